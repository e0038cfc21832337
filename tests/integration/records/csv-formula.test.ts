// Issue 11 item 11: cells that a spreadsheet would run as formulas (= + - @, tab, CR) are written
// with a leading apostrophe in every CSV Caruman writes, and read back exactly.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordsApp, type RecordsApp } from '../../helpers/records';
import { importReport, writeUserFile } from '../../helpers/import-files';
import { makeTempDir } from '../../helpers/temp-dir';
import { parseCsv } from '../../../shared/csv/csv';
import type { ExportedFile } from '../../../shared/api/channels/records';

let app: RecordsApp;
let out: { dir: string; remove: () => void };
beforeEach(() => {
  app = createRecordsApp('2026-11-25');
  out = makeTempDir('caruman-out-');
});
afterEach(() => {
  app.dispose();
  out.remove();
});

const HOSTILE_NAME = '=HYPERLINK("http://evil.example","Gaji")';
const rowsOf = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error('not CSV');
  return parsed.records.map((r) => r.cells);
};

async function hostileCompany(name = 'Kedai Runcit Ali') {
  const company = await app.company('A3700012345B', name);
  const staff = writeUserFile(
    app,
    'staff.csv',
    `name,id_number,hire_date,perkeso_registered_date,notes\n"${HOSTILE_NAME.replace(/"/g, '""')}",900101-14-5677,2020-01-01,2020-01-02,+SUM(A1)\nSiti,850202-14-5678,2020-01-01,2020-01-02,@cmd\n`,
  );
  expect(await importReport(app, 'employees', staff, { companyId: company.id })).toMatchObject({ committed: true, created: 2 });
  const wages = writeUserFile(app, 'gaji.csv', `id_number,basic,notes\n900101145677,2500,-2+3\n850202145678,1800,=1+1\n`);
  expect(await importReport(app, 'wages', wages, { companyId: company.id, month: '2026-10' })).toMatchObject({ committed: true });
  return company;
}

describe('issue 11 item 11: CSV formula injection', () => {
  it('issue 11 item 11: the employees export guards names and notes, and imports back unchanged', async () => {
    const company = await hostileCompany();
    const exported = await app.call<ExportedFile>('export:employees', { companyId: company.id });
    const rows = rowsOf(exported.content);
    const notes = rows[0]!.indexOf('notes');
    expect(rows.map((r) => [r[0], r[notes]])).toEqual([
      ['name', 'notes'],
      [`'${HOSTILE_NAME}`, "'+SUM(A1)"],
      ['Siti', "'@cmd"],
    ]);
    const file = writeUserFile(app, exported.fileName, exported.content);
    const again = await importReport(app, 'employees', file, { companyId: company.id, dryRun: true });
    expect(again).toMatchObject({ errors: [], unchanged: 2, created: 0, updated: 0 });
  });

  it('issue 11 item 11: the wages export guards notes, and imports back unchanged', async () => {
    const company = await hostileCompany();
    const exported = await app.call<ExportedFile>('export:wages', { companyId: company.id, month: '2026-10' });
    expect(rowsOf(exported.content).map((r) => r.at(-1))).toEqual(['notes', "'-2+3", "'=1+1"]);
    const file = writeUserFile(app, exported.fileName, exported.content);
    expect(await importReport(app, 'wages', file, { companyId: company.id, month: '2026-10', dryRun: true })).toMatchObject({ errors: [], unchanged: 2 });
  });

  it('issue 11 item 11: the bulk summary guards a company name', async () => {
    await hostileCompany('=1+1 Sdn Bhd');
    const report = await app.call<{ summaryFile: string }>('monthEnd:generateAll', { month: '2026-10', outDir: out.dir });
    const rows = rowsOf(fs.readFileSync(report.summaryFile, 'utf8'));
    expect(rows[1]![1]).toBe("'=1+1 Sdn Bhd");
  });

  it('issue 11 item 11: the audit export guards the names in its CSV files', async () => {
    const company = await hostileCompany();
    const result = await app.call<{ folder: string }>('monthEnd:auditExport', { companyId: company.id, year: 2026, outDir: out.dir });
    const contributions = rowsOf(fs.readFileSync(path.join(result.folder, 'contributions', '2026-10.csv'), 'utf8'));
    expect(contributions.map((r) => r[1])).toContain(`'${HOSTILE_NAME}`);
    const wages = rowsOf(fs.readFileSync(path.join(result.folder, 'wages', '2026-10.csv'), 'utf8'));
    expect(wages.map((r) => r.at(-1))).toEqual(['notes', "'-2+3", "'=1+1"]);
    const index = fs.readFileSync(path.join(result.folder, 'index.csv'), 'utf8');
    expect(rowsOf(index).every((r) => r.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });
});
