import type { HandlerMap } from '../handler';
import { companyFilesFolder, type PathGuard } from '../path-guard';
import type { Services } from '../../services';
import type { eaChannels } from '../../../shared/api/channels/ea';

/** A folder chosen in a dialog for files, or inside the company's own stored folder. */
function chosenFolder(paths: PathGuard, companies: Services['companies'], input: { companyId: number; folder: string }): string {
  return companyFilesFolder(paths, companies, input, ['yearEndForms', 'assistFiles', 'companyFolder', 'bulkFiles']);
}

export const eaHandlers = {
  'ea:write': async (input, { ea, companies }, { paths }) => ea.write(input.companyId, input.year, chosenFolder(paths, companies, input), { replace: input.replace }),
  'ea:writeCp8d': async (input, { ea, companies }, { paths }) =>
    ea.writeCp8d(input.companyId, input.year, chosenFolder(paths, companies, input), { replace: input.replace }),
  'ea:year': async (input, { ea }) => {
    const figures = ea.figures(input.companyId, input.year);
    return { year: figures.year, employees: figures.statements.length, finalisedMonths: figures.finalisedMonths, openMonths: figures.openMonths };
  },
  'ea:preview': async (input, { ea }) => {
    const file = await ea.preview(input.companyId, input.year, input.employeeId);
    return { fileName: file.fileName, base64: file.bytes.toString('base64') };
  },
} satisfies HandlerMap<keyof typeof eaChannels>;
