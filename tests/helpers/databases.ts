// Databases opened by one test, in folders of their own, closed and removed after it (pass or
// fail), for the tests that open SQLite files themselves (migrations, schema):
//   const databases = databasesPerTest();
//   const db = databases.open();                                  // a fresh database, latest schema
//   const { db, preMigrationBackup } = databases.opened({ dataDir, migrations }); // the whole result
//   const dir = databases.tempDir();                              // a folder to build a file in first
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../main/services/db/open';
import { makeTempDir } from './temp-dir';

type OpenOptions = Omit<Parameters<typeof openDatabase>[0], 'dataDir'> & { dataDir?: string };

export function databasesPerTest() {
  const folders: { remove(): void }[] = [];
  const dbs: Database.Database[] = [];
  // One hook, in this order: a database is closed before its folder is removed.
  afterEach(() => {
    dbs.splice(0).forEach((db) => db.open && db.close());
    folders.splice(0).forEach((t) => t.remove());
  });
  function tempDir(): string {
    const t = makeTempDir();
    folders.push(t);
    return t.dir;
  }
  function opened(options: OpenOptions = {}): OpenedDatabase {
    const result = openDatabase({ ...options, dataDir: options.dataDir ?? tempDir() });
    dbs.push(result.db);
    return result;
  }
  return { tempDir, opened, open: (options: OpenOptions = {}) => opened(options).db };
}
