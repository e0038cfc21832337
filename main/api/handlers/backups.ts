import path from 'node:path';
import type { HandlerMap } from '../handler';
import { backupsDir } from '../../services/db/paths';
import { samePlace } from '../../services/chosen-paths';

export const backupHandlers = {
  'backups:list': (_input, { backups }) => backups.list(),
  'backups:create': (input, { backups }, { paths }) =>
    input.to === undefined
      ? backups.backupNow('manual')
      : // A file the user chose in the save dialog (any folder: a USB drive).
        backups.backupTo(paths.require(input.to, { purposes: ['backup'], field: 'to' }), { overwrite: input.overwrite === true }),
  'backups:restore': async (input, services, { paths }) => {
    // A file chosen in the restore dialog, or one of the backups Caruman lists from its own folder.
    const inBackupsFolder = (resolved: string) => samePlace(path.dirname(resolved), backupsDir(services.dataDir));
    const file = paths.require(input.file, { purposes: ['restore'], field: 'file', alsoAllowed: inBackupsFolder });
    const summary = await services.backups.restore(file);
    // Row ids now name the restored companies: every portal view is closed and re-keyed.
    await services.portal.reset(services.companies.list().map((company) => company.uuid));
    return summary;
  },
} satisfies HandlerMap<'backups:list' | 'backups:create' | 'backups:restore'>;
