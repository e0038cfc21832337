import os from 'node:os';
import path from 'node:path';
import type { Command, CommandContext } from '../command';
import { sharedOptions } from '../args';
import { call, printJson, printList } from '../call';
import { resolveDataDir } from '../../services/db/paths';
import { ServiceError } from '../../services/service-error';
import { formatBytes } from '../../../shared/domain/file-size';
import { formatMalaysianDate } from '../../../shared/calendar';
import { BACKUP_REASONS, type BackupReason } from '../../../shared/domain/backups';
import type { RestoreSummary } from '../../../shared/api/channels/backups';

/** Paths on the command line are relative to where `caruman` runs; the contract wants them absolute. */
function absolute(ctx: CommandContext, file: string): string {
  return file === '' ? file : path.resolve(ctx.io.cwd, file);
}


const backup: Command = {
  path: ['backup'],
  options: {
    to: { type: 'string', valueName: 'FILE' },
    ...sharedOptions('force', 'json'),
  },
  async run(ctx, values) {
    const to = typeof values.to === 'string' ? absolute(ctx, values.to) : undefined;
    const made = await call(ctx, 'backups:create', to === undefined ? {} : { to, overwrite: values.force === true });
    if (ctx.json) printJson(ctx, made);
    else ctx.io.stdout(`${ctx.t('cli.backup.made', { file: made.file, size: formatBytes(made.size) })}\n`);
    return 0;
  },
};

const list: Command = {
  path: ['backup', 'list'],
  options: sharedOptions('json'),
  async run(ctx) {
    printList(ctx, await call(ctx, 'backups:list', {}), {
      none: ctx.t('cli.backup.none'),
      headers: (['created', 'kind', 'size', 'version', 'file'] as const).map((c) => ctx.t(`cli.column.${c}`)),
      row: (b) => [
        `${formatMalaysianDate(b.createdAt.slice(0, 10))} ${b.createdAt.slice(11, 19)}`,
        (BACKUP_REASONS as readonly string[]).includes(b.reason) ? ctx.t(`backups.reason.${b.reason as BackupReason}`) : b.reason,
        formatBytes(b.size),
        String(b.schemaVersion ?? '?'),
        b.file,
      ],
    });
    return 0;
  },
};

const restore: Command = {
  path: ['restore'],
  positionals: [{ name: 'FILE', required: true }],
  options: sharedOptions('json'),
  async run(ctx, _values, positionals) {
    const file = absolute(ctx, positionals[0] ?? '');
    const summary = (await restoreOverUnopenableDatabase(ctx, file)) ?? (await call(ctx, 'backups:restore', { file }));
    if (ctx.json) printJson(ctx, summary);
    else
      ctx.io.stdout(
        `Restored ${summary.restoredFrom} (${summary.companies} ${summary.companies === 1 ? 'company' : 'companies'}).\n` +
          (summary.replacedBackup ? `Your previous data was kept in ${summary.replacedBackup}.\n` : ''),
      );
    return 0;
  },
};

/**
 * Restoring is what you reach for when the current database is damaged so badly it will not
 * open; then there are no services to go through, so the file is replaced directly (after the
 * same verification) and opened afterwards. Returns null when the database opens normally.
 */
async function restoreOverUnopenableDatabase(ctx: CommandContext, file: string): Promise<RestoreSummary | null> {
  try {
    ctx.services();
    return null;
  } catch (error) {
    if (!(error instanceof ServiceError && (error.key === 'error.db.openFailed' || error.key === 'storage.db.corrupt'))) throw error;
  }
  // Loaded here, not at the top: it brings SQLite, which `--help` does not need.
  const { restoreOverClosedDatabase } = await import('../../services/backups');
  const done = restoreOverClosedDatabase(resolveDataDir(ctx.io.env, process.platform, os.homedir()), file);
  const companies = await call(ctx, 'companies:list', {});
  return { ...done, schemaVersion: ctx.services().db.pragma('user_version', { simple: true }) as number, companies: companies.length };
}

export const backupCommands = [backup, list, restore];
