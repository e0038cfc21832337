// Channels for the payroll records beside the employee and the month's wages: TP1 claims, TP3,
// CP38 instructions and the EPF dividend rates. Every call names its company; the services
// refuse another company's employee or record.
import { z } from 'zod';
import { channel } from '../channel';
import { tp1ClaimInputSchema, type Tp1Claim } from '../../domain/tp1';
import { tp3InputSchema, type Tp3Record } from '../../domain/tp3';
import { cp38InputSchema, type Cp38Instruction } from '../../domain/cp38';
import { epfDividendRateInputSchema, type EpfDividendRate } from '../../domain/epf-dividend';

const id = z.number().int().positive();
const year = z.number().int().min(2000).max(2100);

export const payrollRecordChannels = {
  'tp1:list': channel<Tp1Claim[]>()(z.object({ companyId: id, employeeId: id, year: year.optional() }).strict()),
  'tp1:save': channel<Tp1Claim>()(z.object({ companyId: id, claim: tp1ClaimInputSchema }).strict()),
  'tp1:delete': channel<{ deleted: true }>()(z.object({ companyId: id, id }).strict()),
  'tp3:list': channel<Tp3Record[]>()(z.object({ companyId: id, employeeId: id }).strict()),
  'tp3:save': channel<Tp3Record>()(z.object({ companyId: id, record: tp3InputSchema }).strict()),
  'tp3:delete': channel<{ deleted: true }>()(z.object({ companyId: id, id }).strict()),
  'cp38:list': channel<Cp38Instruction[]>()(z.object({ companyId: id, employeeId: id }).strict()),
  'cp38:save': channel<Cp38Instruction>()(z.object({ companyId: id, instruction: cp38InputSchema }).strict()),
  'cp38:delete': channel<{ deleted: true }>()(z.object({ companyId: id, id }).strict()),
  'epfDividendRates:list': channel<EpfDividendRate[]>()(z.object({}).strict()),
  'epfDividendRates:save': channel<EpfDividendRate>()(epfDividendRateInputSchema),
  'epfDividendRates:delete': channel<{ deleted: true }>()(z.object({ year: z.number().int().min(1952).max(2100) }).strict()),
};
