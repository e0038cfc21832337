import path from 'node:path';
import type { HandlerMap } from '../handler';
import type { payrollExportChannels } from '../../../shared/api/channels/payroll-exports';

/** Whether resolved is folder itself or inside it. */
function isInside(folder: string, resolved: string): boolean {
  const relative = path.relative(path.resolve(folder), resolved);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export const payrollExportHandlers = {
  'payroll:export': async (input, { payrollExports, companies }, { paths, locale }) => {
    // As payslips:write: a folder chosen in a dialog, or inside the company's own stored folder.
    const folder = paths.require(input.folder, {
      purposes: ['payrollFiles', 'assistFiles', 'companyFolder', 'bulkFiles'],
      field: 'folder',
      alsoAllowed: (resolved) => {
        const stored = companies.get(input.companyId).outputFolder;
        return stored !== null && isInside(stored, resolved);
      },
    });
    // Headers in the language asked for, else the caller's (the app's, or CARUMAN_LANG for the CLI).
    return payrollExports.write({ ...input, folder, locale: input.locale ?? locale });
  },
} satisfies HandlerMap<keyof typeof payrollExportChannels>;
