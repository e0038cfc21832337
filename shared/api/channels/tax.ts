// The PCB engine on typed cases (no database): the monthly tax deduction for a batch of
// employee-months, each as a person typed it. `caruman pcb --input FILE` sends its rows here.
import { z } from 'zod';
import { channel } from '../channel';
import { PCB_CASE_COLUMNS, type PcbCaseColumn, type PcbCaseOutcome } from '../../tax/case-columns';

/** More cases than any company has employee-months in a year, yet a bounded reply. */
export const MAX_PCB_CASES_PER_CALL = 100_000;

const typedValue = z.string().max(200).optional();
const pcbCaseSchema = z
  .object(Object.fromEntries(PCB_CASE_COLUMNS.map((column) => [column, typedValue])) as Record<PcbCaseColumn, typeof typedValue>)
  .strict();

export const taxChannels = {
  /** One outcome per case, in order: the PCB with its working, or the problem with the column it belongs to. */
  'pcb:calculate': channel<PcbCaseOutcome[]>()(z.object({ cases: z.array(pcbCaseSchema).min(1).max(MAX_PCB_CASES_PER_CALL) }).strict()),
};
