// Issue 11 item 3: an import and any other write at the same time. Each import reads, merges and
// writes inside one write transaction; another writer waits (or is told the database is busy),
// and neither change is ever silently reverted. Two real processes, real files, one SQLite file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordsApp } from '../../helpers/records';
import { appWithWages, importReport, writeUserFile } from '../../helpers/import-files';

const MONTH = '2025-05';
const ALI = '900101145677';
let app: RecordsApp;
let companyId: number;
beforeEach(async () => {
  ({ app, companyId } = await appWithWages({ staff: [['Ali bin Abu', ALI]], month: MONTH, wages: `id_number,basic,overtime\n${ALI},2000,0\n` }));
});
afterEach(() => app.dispose());

const stored = () => app.services.db.prepare('SELECT basic, overtime FROM wages').get();

/** Starts a second Caruman process importing `file`; resolves its output when it ends. */
function importInChild(file: string, barrier?: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('tests/helpers/import-race-child.ts'), app.dataDir, String(companyId), MONTH, file, ...(barrier ? [barrier] : [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  let errors = '';
  const waiting = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('waiting')) resolve();
    });
  });
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const ended = new Promise<string>((resolve) => child.once('exit', (code) => resolve(`${output}${errors}exit ${code}`)));
  return { waiting, ended };
}

describe('issue 11 item 3: no lost update between an import and another write', () => {
  it('issue 11 item 3: two imports in two processes at once: each keeps the other’s change', async () => {
    const basicFile = writeUserFile(app, 'basic.csv', `id_number,basic\n${ALI},3000\n`);
    const overtimeFile = writeUserFile(app, 'overtime.csv', `id_number,overtime\n${ALI},150\n`);
    const barrier = path.join(app.dataDir, 'go');
    // The first import has read what is stored and taken its backup when the second one runs.
    const first = importInChild(basicFile, barrier);
    await first.waiting;
    const second = await importInChild(overtimeFile).ended;
    expect(second).toContain('done committed=true');
    fs.writeFileSync(barrier, '');
    expect(await first.ended).toContain('done committed=true');
    expect(stored()).toEqual({ basic: 300000, overtime: 15000 });
  }, 60_000);

  it('issue 11 item 3: a wage-grid save while an import takes its backup is kept, not reverted', async () => {
    const file = writeUserFile(app, 'basic.csv', `id_number,basic\n${ALI},3000\n`);
    const employeeId = (app.services.db.prepare('SELECT id FROM employees').get() as { id: number }).id;
    const backupNow = app.services.backups.backupNow.bind(app.services.backups);
    app.services.backups.backupNow = async (reason) => {
      // The user saves the grid (overtime 150) while the import's backup is being written.
      const saved = await app.router.invoke('wages:set', { companyId, month: MONTH, entries: [{ employeeId, items: { basic: '2000.00', overtime: '150.00' } }] });
      expect(saved.ok).toBe(true);
      return backupNow(reason);
    };
    const report = await importReport(app, 'wages', file, { companyId, month: MONTH });
    expect(report).toMatchObject({ committed: true, updated: 1 });
    expect(stored()).toEqual({ basic: 300000, overtime: 15000 });
  });

  it('issue 11 item 3: an import waits for another process that is writing, then imports', async () => {
    const file = writeUserFile(app, 'basic.csv', `id_number,basic\n${ALI},3000\n`);
    const barrier = path.join(app.dataDir, 'go');
    const child = importInChild(file, barrier);
    await child.waiting;
    // Another program is in the middle of a write when the import wants to write.
    const other = new Database(app.services.databaseFile);
    other.exec('BEGIN IMMEDIATE');
    other.prepare('UPDATE wages SET overtime = 9900').run();
    fs.writeFileSync(barrier, '');
    // It finishes well within the importer's busy timeout (5 s).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    other.exec('COMMIT');
    other.close();
    expect(await child.ended).toContain('done committed=true');
    expect(stored()).toEqual({ basic: 300000, overtime: 9900 });
  }, 60_000);

  it('issue 11 item 3: an import blocked longer than the busy timeout says the database is busy and writes nothing', async () => {
    const file = writeUserFile(app, 'basic.csv', `id_number,basic\n${ALI},3000\n`);
    const other = new Database(app.services.databaseFile);
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(await importInChild(file).ended).toContain('failed import.error.busy');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(stored()).toEqual({ basic: 200000, overtime: 0 });
  }, 60_000);
});
