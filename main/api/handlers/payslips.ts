import type { HandlerMap } from '../handler';
import { companyFilesFolder } from '../path-guard';
import type { payslipChannels } from '../../../shared/api/channels/payslips';

export const payslipHandlers = {
  'payslips:write': async (input, { payslips, companies }, { paths }) => {
    // A folder chosen in a dialog for payslips or month files, or inside the company's own stored folder.
    const folder = companyFilesFolder(paths, companies, input, ['payrollFiles', 'assistFiles', 'companyFolder', 'bulkFiles']);
    return payslips.write(input.companyId, input.month, folder, { replace: input.replace });
  },
  'payslips:preview': async (input, { payslips }) => {
    const file = await payslips.preview(input.companyId, input.month, input.employeeId);
    return { fileName: file.fileName, base64: file.bytes.toString('base64') };
  },
} satisfies HandlerMap<keyof typeof payslipChannels>;
