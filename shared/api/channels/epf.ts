// The EPF engine on typed cases (no database): the shares for a batch of employee-months, each as
// a person typed it. `caruman epf --input FILE` sends its file's rows here.
import { z } from 'zod';
import { channel } from '../channel';
import {
  EPF_CASE_COLUMNS,
  MAX_EPF_CASES_PER_CALL,
  type EpfCaseColumn,
  type EpfCaseOutcome,
} from '../../epf/cases';

const typedValue = z.string().max(200).optional();
const epfCaseSchema = z
  .object(
    Object.fromEntries(EPF_CASE_COLUMNS.map((column) => [column, typedValue])) as Record<
      EpfCaseColumn,
      typeof typedValue
    >,
  )
  .strict();

export const epfChannels = {
  /** One outcome per case, in order: the shares with their explanation, or the problem with the column it belongs to. */
  'epf:calculate': channel<EpfCaseOutcome[]>()(
    z.object({ cases: z.array(epfCaseSchema).min(1).max(MAX_EPF_CASES_PER_CALL) }).strict(),
  ),
};
