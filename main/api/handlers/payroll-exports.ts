import type { HandlerMap } from '../handler';
import { companyFilesFolder } from '../path-guard';
import type { payrollExportChannels } from '../../../shared/api/channels/payroll-exports';

export const payrollExportHandlers = {
  'payroll:export': async (input, { payrollExports, companies }, { paths, locale }) => {
    // As payslips:write: a folder chosen in a dialog, or inside the company's own stored folder.
    const folder = companyFilesFolder(paths, companies, input, ['payrollFiles', 'assistFiles', 'companyFolder', 'bulkFiles']);
    // Headers in the language asked for, else the caller's (the app's, or CARUMAN_LANG for the CLI).
    return payrollExports.write({ ...input, folder, locale: input.locale ?? locale });
  },
} satisfies HandlerMap<keyof typeof payrollExportChannels>;
