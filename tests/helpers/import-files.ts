// Imports as a user does them: the file is written to a real folder first, then read from disk
// and handed to the router as the app's renderer hands it over (the file's bytes, base64).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ApiResult } from '../../shared/api/errors';
import type { ImportReportView } from '../../shared/api/channels/records';
import { appWithCompany, type RecordsApp } from './records';

export interface ImportCall {
  companyId: number;
  month?: string;
  dryRun?: boolean;
  ignoreColumns?: string[];
}

/** Writes a file into the app's temp folder and returns its path. */
export function writeUserFile(app: RecordsApp, name: string, content: string | Buffer): string {
  const dir = path.join(app.dataDir, 'user-files');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export async function importFromDisk(app: RecordsApp, kind: 'employees' | 'wages', file: string, call: ImportCall): Promise<ApiResult<ImportReportView>> {
  const input = {
    companyId: call.companyId,
    ...(kind === 'wages' ? { month: call.month ?? '2025-05' } : {}),
    fileName: path.basename(file),
    content: fs.readFileSync(file).toString('base64'),
    encoding: 'base64',
    dryRun: call.dryRun ?? false,
    ignoreColumns: call.ignoreColumns ?? [],
  };
  return (await app.router.invoke(`import:${kind}`, input)) as ApiResult<ImportReportView>;
}

/** The report of an import that must reach the importer (not be refused as a whole file). */
export async function importReport(app: RecordsApp, kind: 'employees' | 'wages', file: string, call: ImportCall): Promise<ImportReportView> {
  const result = await importFromDisk(app, kind, file, call);
  if (!result.ok) throw new Error(`import:${kind} refused the file: ${result.error.key} ${result.error.message}`);
  return result.value;
}

/** Imports a CSV written to disk under `name`; throws unless the import was committed. */
export async function importCommitted(app: RecordsApp, kind: 'employees' | 'wages', name: string, csv: string, call: ImportCall): Promise<ImportReportView> {
  const report = await importReport(app, kind, writeUserFile(app, name, csv), call);
  if (!report.committed) throw new Error(`import:${kind} of ${name} was not committed: ${JSON.stringify(report.errors)}`);
  return report;
}

/** Hires these people (name, MyKad) through an employee file, as a user would. */
export function importStaff(app: RecordsApp, companyId: number, people: readonly (readonly [name: string, mykad: string])[]): Promise<ImportReportView> {
  const rows = people.map(([name, mykad]) => `${name},${mykad}\n`).join('');
  return importCommitted(app, 'employees', 'staff.csv', `name,id_number\n${rows}`, { companyId });
}

/**
 * Where the wage-file tests start: a company with these people hired and the month's wages
 * imported from `wages` (a CSV, written to disk as start.csv), both through the real imports.
 */
export async function appWithWages(start: {
  today?: string;
  staff: readonly (readonly [name: string, mykad: string])[];
  month: string;
  wages: string;
}): Promise<{ app: RecordsApp; companyId: number }> {
  const { app, companyId } = await appWithCompany(start.today);
  await importStaff(app, companyId, start.staff);
  await importCommitted(app, 'wages', 'start.csv', start.wages, { companyId, month: start.month });
  return { app, companyId };
}

/** An employee's stored wages, found by ID number: the columns named (SQL, aliases allowed), read straight from SQLite. */
export function storedWagesOf(app: RecordsApp, idNumber: string, columns: string): unknown {
  return app.services.db.prepare(`SELECT ${columns} FROM wages JOIN employees ON employees.id = wages.employee_id WHERE id_number = ?`).get(idNumber);
}

/** A workbook with one sheet per entry, in order; rows are arrays of cell values (undefined leaves a blank row). */
export async function writeWorkbook(
  app: RecordsApp,
  name: string,
  sheets: { name: string; state?: 'visible' | 'hidden' | 'veryHidden'; rows: (ExcelJS.CellValue[] | undefined)[] }[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    spec.rows.forEach((cells, index) => {
      if (cells) sheet.getRow(index + 1).values = cells;
    });
  }
  return writeUserFile(app, name, Buffer.from(await workbook.xlsx.writeBuffer()));
}

export const count = (app: RecordsApp, table: string) => (app.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
