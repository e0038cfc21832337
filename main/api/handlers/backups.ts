import type { HandlerMap } from '../handler';

export const backupHandlers = {
  'backups:list': (_input, { backups }) => backups.list(),
  'backups:create': (input, { backups }) =>
    input.to === undefined ? backups.backupNow('manual') : backups.backupTo(input.to, { overwrite: input.overwrite === true }),
  'backups:restore': (input, { backups }) => backups.restore(input.file),
} satisfies HandlerMap<'backups:list' | 'backups:create' | 'backups:restore'>;
