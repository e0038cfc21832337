import type { HandlerMap } from '../handler';
import type { monthEndChannels } from '../../../shared/api/channels/month-end';

export const monthEndHandlers = {
  'monthEnd:dashboard': (input, { monthEnd }) => monthEnd.dashboard(input.month),
  'monthEnd:generateAll': (input, { monthEnd }, { t }) => monthEnd.generateAll({ ...input, t }),
  'monthEnd:arrears': (input, { monthEnd }, { t }) => monthEnd.arrears(input.companyId, input.month, t),
  'monthEnd:history': (input, { monthEnd }) => monthEnd.history(input.companyId, input.lastMonth, input.months),
  'monthEnd:auditExport': (input, { monthEnd }, { t }) => monthEnd.auditExport(input, t),
} satisfies HandlerMap<keyof typeof monthEndChannels>;
