import type { HandlerMap } from '../handler';
import type { monthEndChannels } from '../../../shared/api/channels/month-end';

export const monthEndHandlers = {
  'monthEnd:dashboard': (input, { monthEnd }) => monthEnd.dashboard(input.month),
  'monthEnd:actionNow': (input, { monthEnd }) => monthEnd.actionNow(input.month),
  'monthEnd:generateAll': (input, { monthEnd }, { t, paths }) =>
    monthEnd.generateAll({ ...input, outDir: paths.require(input.outDir, { purposes: ['bulkFiles'], field: 'outDir' }), t }),
  'monthEnd:pack': (input, { monthEnd }, { t, locale, paths }) =>
    monthEnd.pack({ ...input, outDir: input.outDir === undefined ? undefined : paths.require(input.outDir, { purposes: ['bulkFiles'], field: 'outDir' }), t, locale }),
  'monthEnd:setFiling': (input, { monthEnd }) => monthEnd.setFiling(input.companyId, input.month, input.body, input.mark),
  'monthEnd:arrears': (input, { monthEnd }, { t }) => monthEnd.arrears(input.companyId, input.month, t),
  'monthEnd:history': (input, { monthEnd }) => monthEnd.history(input.companyId, input.lastMonth, input.months),
  'monthEnd:auditExport': (input, { monthEnd }, { t, paths }) =>
    monthEnd.auditExport({ ...input, outDir: paths.require(input.outDir, { purposes: ['auditFiles'], field: 'outDir' }) }, t),
} satisfies HandlerMap<keyof typeof monthEndChannels>;
