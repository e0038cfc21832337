import path from 'node:path';
import type { HandlerMap } from '../handler';
import type { eaChannels } from '../../../shared/api/channels/ea';

/** Whether resolved is folder itself or inside it. */
function isInside(folder: string, resolved: string): boolean {
  const relative = path.relative(path.resolve(folder), resolved);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export const eaHandlers = {
  'ea:write': async (input, { ea, companies }, { paths }) => {
    // A folder chosen in a dialog for files, or inside the company's own stored folder.
    const folder = paths.require(input.folder, {
      purposes: ['assistFiles', 'companyFolder', 'bulkFiles'],
      field: 'folder',
      alsoAllowed: (resolved) => {
        const stored = companies.get(input.companyId).outputFolder;
        return stored !== null && isInside(stored, resolved);
      },
    });
    return ea.write(input.companyId, input.year, folder, { replace: input.replace });
  },
  'ea:preview': async (input, { ea }) => {
    const file = await ea.preview(input.companyId, input.year, input.employeeId);
    return { fileName: file.fileName, base64: file.bytes.toString('base64') };
  },
} satisfies HandlerMap<keyof typeof eaChannels>;
