import { underField, type HandlerMap } from '../handler';
import type { payrollRecordChannels } from '../../../shared/api/channels/payroll-records';

export const payrollRecordHandlers = {
  'tp1:list': (input, { tp1 }) => tp1.list(input.companyId, input.employeeId, input.year),
  'tp1:save': (input, { tp1 }) => underField('claim', () => tp1.save(input.companyId, input.claim)),
  'tp1:delete': (input, { tp1 }) => tp1.remove(input.companyId, input.id),
  'tp3:list': (input, { tp3 }) => tp3.list(input.companyId, input.employeeId),
  'tp3:save': (input, { tp3 }) => underField('record', () => tp3.save(input.companyId, input.record)),
  'tp3:delete': (input, { tp3 }) => tp3.remove(input.companyId, input.id),
  'cp38:list': (input, { cp38 }) => cp38.list(input.companyId, input.employeeId),
  'cp38:save': (input, { cp38 }) => underField('instruction', () => cp38.save(input.companyId, input.instruction)),
  'cp38:delete': (input, { cp38 }) => cp38.remove(input.companyId, input.id),
  'epfDividendRates:list': (_input, { epfDividendRates }) => epfDividendRates.list(),
  'epfDividendRates:save': (input, { epfDividendRates }) => epfDividendRates.save(input.year, input.rate),
  'epfDividendRates:delete': (input, { epfDividendRates }) => epfDividendRates.remove(input.year),
} satisfies HandlerMap<keyof typeof payrollRecordChannels>;
