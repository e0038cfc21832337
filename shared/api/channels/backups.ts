import { z } from 'zod';
import { channel } from '../channel';
import { isAbsolutePath } from '../../domain/paths';
import type { BackupInfo, RestoreSummary } from '../../domain/backups';

export { BACKUP_REASONS, type BackupInfo, type BackupReason, type RestoreSummary, type VerifiedBackup } from '../../domain/backups';
export { isAbsolutePath } from '../../domain/paths';

const absolutePath = z
  .string({ error: 'backups.error.path.required' })
  .min(1, 'backups.error.path.required')
  .refine(isAbsolutePath, 'backups.error.path.notAbsolute');

export const backupChannels = {
  'backups:list': channel<BackupInfo[]>()(z.object({}).strict()),
  /** Without `to`: a manual backup into the backups folder. With `to`: that file (overwrite to replace it). */
  'backups:create': channel<BackupInfo>()(z.object({ to: absolutePath.optional(), overwrite: z.boolean().optional() }).strict()),
  'backups:restore': channel<RestoreSummary>()(z.object({ file: absolutePath }).strict()),
};
