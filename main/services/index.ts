// Builds every service over one open database. The Electron app, the CLI and the tests all start
// here, so each of them exercises exactly the same code.
import { openDatabase, type OpenOptions, type Db } from './db/open';
import { createCompanyService } from './companies';
import { createSettingsService } from './settings';
import { createBackupService, type BackupService } from './backups';

function buildServices(db: Db) {
  return {
    companies: createCompanyService(db),
    settings: createSettingsService(db),
  };
}

export type Services = ReturnType<typeof buildServices> & {
  db: Db;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly backups: BackupService;
  /**
   * Closes the database, runs `whileClosed` (a restore replaces the file here), then opens it
   * again and rebinds every service in place, so the router keeps working with the same object.
   */
  reopen(whileClosed?: () => void): void;
  close(): void;
};

export function createServices(options: OpenOptions): Services {
  const { db, file } = openDatabase(options);
  const services: Services = {
    db,
    dataDir: options.dataDir,
    databaseFile: file,
    backups: createBackupService(() => services, options),
    ...buildServices(db),
    reopen(whileClosed) {
      services.db.close();
      try {
        whileClosed?.();
      } finally {
        const reopened = openDatabase(options).db;
        Object.assign(services, { db: reopened, ...buildServices(reopened) });
      }
    },
    close: () => services.db.close(),
  };
  return services;
}
