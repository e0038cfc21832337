// Builds every service over one open database. The Electron app, the CLI and the tests all start
// here, so each of them exercises exactly the same code.
import os from 'node:os';
import { todayInMalaysia } from '../../shared/calendar';
import { openDatabase, type OpenOptions, type Db } from './db/open';
import { databaseError } from './db/errors';
import { createCompanyService } from './companies';
import { createSettingsService } from './settings';
import { createChangeLog } from './change-log';
import { createEmployeeService } from './employees';
import { createWageService } from './wages';
import { createBackupService, type BackupService } from './backups';
import { createImportService } from './import';
import { createExportService } from './export';
import { createContributionService } from './contributions';
import { createMonthEndService } from './month-end';
import { createReceiptService, resolveFilesDir } from './receipts';
import { createUnavailablePortal, type PortalController } from './portal-port';
import { createMonthFilesService } from './month-files';
import { pcbFiguresOf } from './month-files/pay-run-pcb';
import type { DurableFs } from './fs';
import { createSampleDataService } from './sample-data';
import { createUnavailableDialogs, type DialogPort } from './dialog-port';
import { createChosenPaths, type ChosenPaths } from './chosen-paths';
import { createCp38Service, createEpfDividendRateService, createTp1Service, createTp3Service } from './payroll-records';
import { createCorrectionSums } from './payroll/corrections';
import { createPayrollService } from './payroll';
import { createPayslipService } from './payslips';
import { createPayrollExports } from './payroll-exports';
import { createEaService } from './ea';

export interface ServiceOptions extends OpenOptions {
  /** Today's date "YYYY-MM-DD" in Malaysia; tests pin it. */
  today?: () => string;
  /** Where companies without an output folder keep their files (default Documents/Caruman, or CARUMAN_FILES_DIR). */
  filesDir?: string;
  /** The ASSIST portal view (the Electron app's); elsewhere it is unavailable. */
  portal?: PortalController;
  /** Native folder and file dialogs (the Electron app's; a stand-in in the browser harness). */
  dialogs?: DialogPort;
  /** The file-system layer used to write the month's files (tests make its steps fail). */
  monthFilesFs?: DurableFs;
}

function buildServices(db: Db, options: ServiceOptions, backupBeforeImport: () => Promise<string | null>) {
  const changes = createChangeLog(db);
  const today = options.today ?? (() => todayInMalaysia());
  const employees = createEmployeeService(db, changes, today);
  const wages = createWageService(db, changes);
  const contributions = createContributionService(wages, createCorrectionSums(db));
  const companies = createCompanyService(db, changes, today);
  
  const receipts = createReceiptService(db, options.filesDir ?? resolveFilesDir(process.env, os.homedir()));
  const tp1 = createTp1Service(db, changes);
  const tp3 = createTp3Service(db, changes);
  const cp38 = createCp38Service(db, changes);
  const exports = createExportService({ employees, wages, tp1, tp3, cp38, today });
  const settings = createSettingsService(db);
  const payroll = createPayrollService({ db, changes, companies, contributions, tp1, tp3, cp38, today, wages });
  const payslips = createPayslipService({ payroll, appLocale: () => settings.locale() });
  const monthFiles = createMonthFilesService({ db, companies, contributions, employees, today, fs: options.monthFilesFs, pcbFigures: pcbFiguresOf(payroll) });
  const epfDividendRates = createEpfDividendRateService(db);
  return {
    today,
    changes,
    companies,
    settings,
    employees,
    wages,
    contributions,
    imports: createImportService({
      db,
      employees,
      wages,
      tp1,
      tp3,
      cp38,
      today,
      backupBeforeImport,
      netRefusals: (companyId, month, writes) => payroll.entries.refusalsIfWritten(companyId, month, writes, 'import'),
    }),
    exports,
    receipts,
    monthFiles,
    monthEnd: createMonthEndService({ db, companies, contributions, employees, receipts, monthFiles, exports, epfDividendRates, payroll, payslips, today }),
    sampleData: createSampleDataService({ db, companies, employees, wages, today }),
    tp1,
    tp3,
    cp38,
    epfDividendRates,
    payroll,
    payslips,
    payrollExports: createPayrollExports({ payroll, appLocale: () => settings.locale() }),
    ea: createEaService({ payroll, companies, employees, tp3, appLocale: () => settings.locale(), today }),
  };
}

export type Services = ReturnType<typeof buildServices> & {
  db: Db;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly backups: BackupService;
  readonly portal: PortalController;
  readonly dialogs: DialogPort;
  /** What the user chose in dialogs this session; kept across a restore (reopen). */
  readonly chosenPaths: ChosenPaths;
  /**
   * Closes the database, runs `whileClosed` (a restore replaces the file here), then opens it
   * again and rebinds every service in place, so the router keeps working with the same object.
   */
  reopen(whileClosed?: () => void): void;
  close(): void;
};

/**
 * buildServices over a freshly opened database; the first statements read its schema, so a
 * damaged file shows here: closed again and said plainly (storage.db.corrupt), never as a crash.
 */
function buildOver(db: Db, file: string, options: ServiceOptions, backupBeforeImport: () => Promise<string | null>) {
  try {
    return buildServices(db, options, backupBeforeImport);
  } catch (error) {
    const explained = databaseError(error, file);
    if (!explained) throw error;
    db.close();
    throw explained;
  }
}

export function createServices(options: ServiceOptions): Services {
  const { db, file } = openDatabase(options);
  const backupBeforeImport = async () => (await services.backups.backupNow('before-import')).file;
  const services: Services = {
    db,
    dataDir: options.dataDir,
    databaseFile: file,
    backups: createBackupService(() => services, options),
    portal: options.portal ?? createUnavailablePortal(),
    dialogs: options.dialogs ?? createUnavailableDialogs(),
    chosenPaths: createChosenPaths(),
    ...buildOver(db, file, options, backupBeforeImport),
    reopen(whileClosed) {
      services.db.close();
      try {
        whileClosed?.();
      } finally {
        const reopened = openDatabase(options).db;
        Object.assign(services, { db: reopened, ...buildOver(reopened, file, options, backupBeforeImport) });
      }
    },
    close: () => services.db.close(),
  };
  return services;
}
