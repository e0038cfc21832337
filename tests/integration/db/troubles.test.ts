// A busy, full or damaged database says which of the three it is and what to do, through the
// router and the CLI; `caruman … | head` ends quietly (issue 11 item 19). Real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../main/services';
import { createRouter } from '../../../main/api/router';
import { useCleanups, useTempDirs } from '../../helpers/cleanups';
import { runCaruman } from '../../helpers/cli';

const later = useCleanups();
const tempDir = useTempDirs({ prefix: 'caruman-db-', later });
function open(dataDir: string, busyTimeoutMs?: number) {
  const services: Services = createServices({ dataDir, busyTimeoutMs });
  later(() => {
    try {
      services.close();
    } catch {
      // closed already
    }
  });
  const logged: unknown[] = [];
  const router = createRouter(services, { locale: () => 'en', logError: (_c, e) => logged.push(e) });
  return { services, router, logged: () => logged };
}

function addCompanies(db: Database.Database, count: number): void {
  const insert = db.prepare('INSERT INTO companies (name, employer_code) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`Syarikat Contoh Perniagaan ${i} Sdn Bhd`, `C${String(i).padStart(6, '0')}`);
  })();
}

/**
 * The last pages of a table (where its newest rows are), found with SQLite's dbstat: a migration
 * that rebuilds tables leaves free pages that new rows reuse, so the file's last pages may hold an
 * index instead.
 */
function lastPagesOf(db: Database.Database, table: string, pages = 3): number[] {
  return db
    .prepare<[string, number], { pageno: number }>('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno DESC LIMIT ?')
    .all(table, pages)
    .map((row) => row.pageno);
}

/** Overwrites these pages of a closed database with garbage. */
function damagePages(file: string, pages: readonly number[]): void {
  const fd = fs.openSync(file, 'r+');
  try {
    for (const page of pages) fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, (page - 1) * 4096);
  } finally {
    fs.closeSync(fd);
  }
}

describe('issue 11 item 19: a busy, full or damaged database says which, and what to do', () => {
  it('busy: another Caruman holds the write lock; the write says so and nothing changes', async () => {
    const dataDir = tempDir();
    const { router, logged } = open(dataDir, 100);
    const other = new Database(path.join(dataDir, 'caruman.sqlite'));
    later(() => other.close());
    other.exec('BEGIN IMMEDIATE');
    const result = await router.invoke('companies:create', { name: 'Kedai', employerCode: 'A1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE', key: 'storage.db.busy' } });
    expect(result.ok ? '' : result.error.message).toBe(
      'Caruman’s data file is busy: another Caruman (the app, or a `caruman` command) is writing to it. Wait until it has finished, then try again. Nothing was changed.',
    );
    expect(logged()).toEqual([]);
    other.exec('ROLLBACK');
    expect(await router.invoke('companies:create', { name: 'Kedai', employerCode: 'A1' })).toMatchObject({ ok: true });
  });

  it('full: the database may not grow; the write says the disk is full and nothing changes', async () => {
    const { services, router } = open(tempDir());
    services.db.pragma(`max_page_count = ${services.db.pragma('page_count', { simple: true }) as number}`);
    let result: Awaited<ReturnType<typeof router.invoke>> = { ok: true, value: null };
    let created = 0;
    for (; created < 500 && result.ok; created++) {
      result = await router.invoke('companies:create', { name: `Kedai ${created} ${'y'.repeat(140)}`, employerCode: `F${created}` });
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE', key: 'storage.db.full' } });
    expect(result.ok ? '' : result.error.message).toContain('is full, so nothing could be saved. Free some space, then try again.');
    expect((await router.invoke('companies:list', {})) as { value: unknown[] }).toMatchObject({ ok: true, value: { length: created - 1 } });
  });

  it('damaged: rows on a damaged page say the file is damaged and to restore a backup', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    addCompanies(first.services.db, 300);
    const pages = lastPagesOf(first.services.db, 'companies');
    first.services.close();
    damagePages(path.join(dataDir, 'caruman.sqlite'), pages);

    const { router, logged } = open(dataDir);
    const result = await router.invoke('companies:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE', key: 'storage.db.corrupt' } });
    expect(result.ok ? '' : result.error.message).toBe(
      `Caruman’s data file is damaged (${path.join(dataDir, 'caruman.sqlite')}). Do not delete it. Restore your latest backup (Backups → Restore, or \`caruman restore FILE\`); the damaged file is kept as a backup.`,
    );
    expect(logged()).toEqual([]);
  });

  it('damaged beyond opening: the CLI says so in one line, and `caruman restore` still works', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    addCompanies(first.services.db, 1);
    const backup = (await first.services.backups.backupTo(path.join(tempDir(), 'good.sqlite'))).file;
    first.services.close();
    const file = path.join(dataDir, 'caruman.sqlite');
    fs.writeFileSync(file, Buffer.alloc(8192, 0x42));

    const listed = await runCaruman(['companies', 'list'], dataDir);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toBe(
      `caruman: Caruman’s data file is damaged (${file}). Do not delete it. Restore your latest backup (Backups → Restore, or \`caruman restore FILE\`); the damaged file is kept as a backup.\n`,
    );
    expect((await runCaruman(['restore', backup], dataDir)).code).toBe(0);
    expect((await runCaruman(['companies', 'list', '--json'], dataDir)).stdout).toContain('C000000');
  });
});

describe('issue 11 item 19: `caruman … | head` ends quietly', () => {
  it('a reader that goes away early gets no EPIPE stack trace, and the command exits 0', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    addCompanies(first.services.db, 4000); // ~300 KB of table: more than a pipe holds
    first.services.close();

    // Exactly what a user types: `caruman companies list | head -1`; the exit status is caruman's.
    const errors = path.join(tempDir(), 'stderr.txt');
    const run = spawnSync('bash', ['-c', 'node "$0" companies list 2>"$1" | head -1; exit "${PIPESTATUS[0]}"', path.resolve('bin/caruman.mjs'), errors], {
      env: { ...process.env, CARUMAN_DATA_DIR: dataDir, CARUMAN_LANG: 'en', CARUMAN_FROM_SOURCE: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout).toMatch(/^EMPLOYER CODE +NAME/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(fs.readFileSync(errors, 'utf8')).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
