// Builds every service over one open database. The Electron app, the CLI and the tests all start
// here, so each of them exercises exactly the same code.
import { openDatabase, type OpenOptions, type Db } from './db/open';
import { createCompanyService } from './companies';
import { createSettingsService } from './settings';

export interface Services {
  db: Db;
  dataDir: string;
  databaseFile: string;
  companies: ReturnType<typeof createCompanyService>;
  settings: ReturnType<typeof createSettingsService>;
  close(): void;
}

export function createServices(options: OpenOptions): Services {
  const { db, file } = openDatabase(options);
  return {
    db,
    dataDir: options.dataDir,
    databaseFile: file,
    companies: createCompanyService(db),
    settings: createSettingsService(db),
    close: () => db.close(),
  };
}
