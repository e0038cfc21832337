import path from 'node:path';
import type { HandlerMap } from '../handler';
import type { payslipChannels } from '../../../shared/api/channels/payslips';

/** Whether resolved is folder itself or inside it. */
function isInside(folder: string, resolved: string): boolean {
  const relative = path.relative(path.resolve(folder), resolved);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export const payslipHandlers = {
  'payslips:write': async (input, { payslips, companies }, { paths }) => {
    // A folder chosen in a dialog for payslips or month files, or inside the company's own stored folder.
    const folder = paths.require(input.folder, {
      purposes: ['payrollFiles', 'assistFiles', 'companyFolder', 'bulkFiles'],
      field: 'folder',
      alsoAllowed: (resolved) => {
        const stored = companies.get(input.companyId).outputFolder;
        return stored !== null && isInside(stored, resolved);
      },
    });
    return payslips.write(input.companyId, input.month, folder, { replace: input.replace });
  },
  'payslips:preview': async (input, { payslips }) => {
    const file = await payslips.preview(input.companyId, input.month, input.employeeId);
    return { fileName: file.fileName, base64: file.bytes.toString('base64') };
  },
} satisfies HandlerMap<keyof typeof payslipChannels>;
