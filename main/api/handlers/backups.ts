import type { HandlerMap } from '../handler';

export const backupHandlers = {
  'backups:list': (_input, { backups }) => backups.list(),
  'backups:create': (input, { backups }) =>
    input.to === undefined ? backups.backupNow('manual') : backups.backupTo(input.to, { overwrite: input.overwrite === true }),
  'backups:restore': async (input, services) => {
    const summary = await services.backups.restore(input.file);
    // Row ids now name the restored companies: every portal view is closed and re-keyed.
    await services.portal.reset(services.companies.list().map((company) => company.uuid));
    return summary;
  },
} satisfies HandlerMap<'backups:list' | 'backups:create' | 'backups:restore'>;
