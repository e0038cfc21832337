import os from 'node:os';
import path from 'node:path';
import type { Command, CommandContext } from '../command';
import { call, printJson, printTable } from '../call';
import { resolveDataDir } from '../../services/db/paths';
import { ServiceError } from '../../services/service-error';
import { formatBytes } from '../../../shared/domain/file-size';
import type { RestoreSummary } from '../../../shared/api/channels/backups';

/** Paths on the command line are relative to where `caruman` runs; the contract wants them absolute. */
function absolute(ctx: CommandContext, file: string): string {
  return file === '' ? file : path.resolve(ctx.io.cwd, file);
}


const backup: Command = {
  path: ['backup'],
  summary: 'Back up the Caruman database (into the data folder, or to a file with --to).',
  details:
    'The copy is taken while Caruman may be in use and checked before it is kept.\n' +
    'Examples:\n  caruman backup\n  caruman backup --to /media/usb/caruman-2026-03.sqlite',
  options: {
    to: { type: 'string', valueName: 'FILE', description: 'Write the backup to this file instead of the backups folder.' },
    force: { type: 'boolean', description: 'Replace FILE if it already exists.' },
    json: { type: 'boolean', description: 'Print the backup as JSON.' },
  },
  async run(ctx, values) {
    const to = typeof values.to === 'string' ? absolute(ctx, values.to) : undefined;
    const made = await call(ctx, 'backups:create', to === undefined ? {} : { to, overwrite: values.force === true });
    if (ctx.json) printJson(ctx, made);
    else ctx.io.stdout(`Backed up to ${made.file} (${formatBytes(made.size)}).\n`);
    return 0;
  },
};

const list: Command = {
  path: ['backup', 'list'],
  summary: 'List the backups in the data folder, newest first.',
  options: { json: { type: 'boolean', description: 'Print JSON instead of a table.' } },
  async run(ctx) {
    const backups = await call(ctx, 'backups:list', {});
    if (ctx.json) printJson(ctx, backups);
    else if (backups.length === 0) ctx.io.stdout('No backups yet. Make one with `caruman backup`.\n');
    else
      printTable(
        ctx,
        ['CREATED (UTC)', 'KIND', 'SIZE', 'VERSION', 'FILE'],
        backups.map((b) => [b.createdAt.replace('T', ' ').slice(0, 19), b.reason, formatBytes(b.size), String(b.schemaVersion ?? '?'), b.file]),
      );
    return 0;
  },
};

const restore: Command = {
  path: ['restore'],
  summary: 'Replace the Caruman database with a backup (the current one is kept as a backup).',
  details:
    'FILE is checked completely first; a damaged file, a file that is not a Caruman backup or one\n' +
    'from a newer Caruman is refused and nothing is changed. Close the Caruman app before restoring.\n' +
    'Example:\n  caruman restore /media/usb/caruman-2026-03.sqlite',
  positionals: [{ name: 'FILE', description: 'The backup file to restore.', required: true }],
  options: { json: { type: 'boolean', description: 'Print the result as JSON.' } },
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
