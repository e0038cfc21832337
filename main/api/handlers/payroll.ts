import type { HandlerMap } from '../handler';
import type { payrollChannels } from '../../../shared/api/channels/payroll';

export const payrollHandlers = {
  'payroll:month': (input, { payroll }, { t }) => payroll.month(input.companyId, input.month, t),
  'payroll:status': (input, { payroll }) => payroll.status(input.companyId, input.month),
  'payroll:finalise': (input, { payroll }) => payroll.finalise(input.companyId, input.month, 'app'),
  'payroll:unlock': (input, { payroll }, { t }) => payroll.unlock(input.companyId, input.month, input.reason, 'app', t),
  'payroll:corrections': (input, { payroll }) => payroll.corrections.list(input.companyId, input.month),
  'payroll:addCorrection': (input, { payroll }) =>
    payroll.corrections.add(
      input.companyId,
      { employeeId: input.employeeId, forMonth: input.forMonth, paidMonth: input.paidMonth, amountSen: input.amount, reason: input.reason },
      'app',
    ),
  'payroll:removeCorrection': (input, { payroll }) => payroll.corrections.remove(input.companyId, input.id, 'app'),
  'payroll:entry': (input, { payroll }) => payroll.entries.get(input.companyId, input.month, input.employeeId),
  'payroll:saveEntry': (input, { payroll }) => payroll.entries.save(input.companyId, input.month, input.entry, 'app'),
} satisfies HandlerMap<keyof typeof payrollChannels>;
