// Issue 11 (trust), the CSV side of importing: every file is written to disk first and imported
// from there, through the router as the app does it, or through the `caruman` command.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appWithCompany, type RecordsApp } from '../../helpers/records';
import { count, importFromDisk, importReport, importStaff, writeUserFile } from '../../helpers/import-files';
import { runCaruman } from '../../helpers/cli';

let app: RecordsApp;
let companyId: number;
beforeEach(async () => ({ app, companyId } = await appWithCompany()));
afterEach(() => app.dispose());

const ALI = '900101-14-5677';
const storedBasic = () => app.services.db.prepare('SELECT basic, overtime, allowance FROM wages').all();

async function addAli() {
  expect(await importStaff(app, companyId, [['Ali bin Abu', ALI]])).toMatchObject({ created: 1 });
}

describe('issue 11 item 1: a row with more cells than the header is refused', () => {
  it('issue 11 item 1: an unquoted thousands separator (1,234.50) is refused, naming the row, both counts and the likely cause', async () => {
    await addAli();
    const file = writeUserFile(app, 'gaji.csv', `id_number,basic\n${ALI},1,234.50\n`);
    const report = await importReport(app, 'wages', file, { companyId });
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 2, key: 'import.error.cells.extra', params: { found: 3, expected: 2 } }),
    ]);
    expect(report.errors[0]!.message).toBe(
      'This row has 3 cells but the header has 2. A number with a thousands separator must be in quotes ("1,234.50") or written without the comma (1234.50).',
    );
    expect(count(app, 'wages')).toBe(0);
  });

  it('issue 11 item 1: "2,500.00,100" under basic,overtime is refused by the caruman command with exit 1 and nothing stored', async () => {
    await addAli();
    const file = writeUserFile(app, 'gaji.csv', `id_number,basic,overtime\n${ALI},2,500.00,100\n`);
    app.services.close();
    const run = await runCaruman(['import', 'wages', file, '--company', 'A3700012345B', '--month', '2025-05'], app.dataDir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error: row 2: This row has 4 cells but the header has 3.');
    app.services.reopen();
    expect(count(app, 'wages')).toBe(0);
  });

  it('issue 11 item 1: a quoted thousands separator is read as one amount', async () => {
    await addAli();
    const file = writeUserFile(app, 'gaji.csv', `id_number,basic\n${ALI},"1,234.50"\n`);
    expect(await importReport(app, 'wages', file, { companyId })).toMatchObject({ committed: true, errors: [] });
    expect(storedBasic()).toEqual([{ basic: 123450, overtime: 0, allowance: 0 }]);
  });
});

describe('issue 11 item 2: short rows and unknown columns never become zeros', () => {
  it('issue 11 item 2: a row with fewer cells than the header is refused', async () => {
    await addAli();
    const file = writeUserFile(app, 'gaji.csv', `id_number,basic,overtime\n${ALI},2500\n`);
    const report = await importReport(app, 'wages', file, { companyId });
    expect(report.errors).toEqual([expect.objectContaining({ row: 2, key: 'import.error.cells.missing', params: { found: 2, expected: 3 } })]);
    expect(count(app, 'wages')).toBe(0);
  });

  it('issue 11 item 2: headers with the unit, "Gaji (RM)" and "Elaun (RM)", are read as basic and allowance', async () => {
    await addAli();
    const file = writeUserFile(app, 'gaji.csv', `No KP,Gaji (RM),Elaun (RM)\n${ALI},2500.00,150.50\n`);
    expect(await importReport(app, 'wages', file, { companyId })).toMatchObject({ committed: true, errors: [] });
    expect(storedBasic()).toEqual([{ basic: 250000, overtime: 0, allowance: 15050 }]);
  });

  it('issue 11 item 2: a file where no pay-item column is recognised is refused, naming each header and the closest known one', async () => {
    await addAli();
    const file = writeUserFile(app, 'gaji.csv', `No KP,Gaji Kasar,Elaun Tetap\n${ALI},2500.00,150.50\n`);
    const report = await importReport(app, 'wages', file, { companyId });
    expect(report.committed).toBe(false);
    expect(report.unknownColumns).toEqual([
      { header: 'Gaji Kasar', closest: 'Basic (RM)' },
      { header: 'Elaun Tetap', closest: 'Allowance (RM)' },
    ]);
    expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [1, 'Gaji Kasar', 'import.error.unknownColumn'],
      [1, 'Elaun Tetap', 'import.error.unknownColumn'],
      [1, null, 'import.error.noPayItems'],
    ]);
    expect(report.errors[0]!.message).toBe(
      'Caruman does not know the column “Gaji Kasar”; the closest it knows is “Basic (RM)”. Rename the column, or tick it to skip it if its values are not needed.',
    );
    // Skipping them leaves no pay item at all: still refused, the month never reads as entered.
    const skipped = await importReport(app, 'wages', file, { companyId, ignoreColumns: ['Gaji Kasar', 'Elaun Tetap'] });
    expect(skipped.errors.map((e) => e.key)).toEqual(['import.error.noPayItems']);
    expect(count(app, 'wages')).toBe(0);
  });

  it('issue 11 item 2: an unknown column is imported only once the user confirms it is skipped', async () => {
    const file = writeUserFile(app, 'staff.csv', `Nama,No KP,Warna kegemaran\nAli bin Abu,${ALI},Biru\n`);
    const first = await importReport(app, 'employees', file, { companyId });
    expect(first).toMatchObject({ committed: false, unknownColumns: [{ header: 'Warna kegemaran', closest: expect.any(String) }] });
    expect(first.errors).toEqual([expect.objectContaining({ row: 1, column: 'Warna kegemaran', key: 'import.error.unknownColumn' })]);
    expect(count(app, 'employees')).toBe(0);

    const confirmed = await importReport(app, 'employees', file, { companyId, ignoreColumns: ['Warna kegemaran'] });
    expect(confirmed).toMatchObject({ committed: true, created: 1, errors: [], ignoredColumns: ['Warna kegemaran'], unknownColumns: [] });
    expect(count(app, 'employees')).toBe(1);
  });

  it('issue 11 item 2: the caruman command skips an unknown column only with --skip-column', async () => {
    const file = writeUserFile(app, 'staff.csv', `Nama,No KP,Warna kegemaran\nAli bin Abu,${ALI},Biru\n`);
    app.services.close();
    const refused = await runCaruman(['import', 'employees', file, '--company', 'A3700012345B'], app.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('--skip-column "Warna kegemaran"');
    const confirmed = await runCaruman(['import', 'employees', file, '--company', 'A3700012345B', '--skip-column', 'Warna kegemaran'], app.dataDir);
    expect(confirmed.code).toBe(0);
    app.services.reopen();
    expect(count(app, 'employees')).toBe(1);
  });
});

describe('issue 11 item 4: text that is not UTF-8, and control characters', () => {
  it('issue 11 item 4: a Windows-1252 file from Excel is refused with one error naming the first bad row and how to save as UTF-8', async () => {
    // "Alé" as Excel's plain "CSV" writes it on Windows: é is the single byte 0xE9.
    const bytes = Buffer.concat([Buffer.from(`name,id_number\nAli,800101-14-5677\nAl`, 'latin1'), Buffer.from([0xe9]), Buffer.from(`,${ALI}\n`)]);
    const file = writeUserFile(app, 'staff.csv', bytes);
    const result = await importFromDisk(app, 'employees', file, { companyId });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'VALIDATION', key: 'import.error.notUtf8', params: { row: 3, near: 'Al' } });
    expect(result.error.message).toContain('“CSV UTF-8 (Comma delimited)”');
    expect(count(app, 'employees')).toBe(0);

    app.services.close();
    const run = await runCaruman(['import', 'employees', file, '--company', 'A3700012345B'], app.dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Row 3 (near “Al”) has characters that are not UTF-8');
    app.services.reopen();
  });

  it('issue 11 item 4: the same file saved as UTF-8 (with Excel’s byte order mark) imports Alé exactly', async () => {
    const file = writeUserFile(app, 'staff.csv', `\uFEFFname,id_number\nAlé,${ALI}\n`);
    expect(await importReport(app, 'employees', file, { companyId })).toMatchObject({ committed: true });
    expect(app.services.db.prepare('SELECT name FROM employees').get()).toEqual({ name: 'Alé' });
  });

  it('issue 11 item 4: text decoded with losses by the sender (U+FFFD) is refused the same way', async () => {
    const result = await app.router.invoke('import:employees', { companyId, fileName: 'x.csv', content: `name,id_number\nAl\uFFFD,${ALI}\n`, dryRun: false });
    expect(result).toMatchObject({ ok: false, error: { key: 'import.error.notUtf8', params: { row: 2 } } });
  });

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['ESC', '\u001b', 'U+001B'],
    ['a right-to-left override', '\u202e', 'U+202E'],
  ])('issue 11 item 4: a %s in a text field is refused', async (_name, character, code) => {
    const file = writeUserFile(app, 'staff.csv', `name,id_number,notes\nAli${character}[31m,${ALI},ok\n`);
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'name', field: 'name', key: 'import.error.cell.control', params: { character: code } }),
    ]);
    expect(count(app, 'employees')).toBe(0);
  });
});

describe('issue 11 item 4: what the file really is', () => {
  it('issue 11 item 4: Excel’s “Unicode Text” (UTF-16 with a byte order mark, tab-separated) is read exactly, and says it is tab-separated', async () => {
    const text = `Nama\tNo KP\r\nAlé bin Abu\t${ALI}\r\n`;
    const file = writeUserFile(app, 'pekerja.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report).toMatchObject({ committed: true, created: 1, errors: [] });
    expect(report.warnings.map((w) => w.key)).toEqual(['import.warning.tab']);
    expect(app.services.db.prepare('SELECT name FROM employees').get()).toEqual({ name: 'Alé bin Abu' });
  });

  it('issue 11 item 4: a workbook saved under a .csv name is read as the workbook it is; an old .xls is refused with what to do', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Pekerja').addRows([['Nama', 'No KP'], ['Ali bin Abu', ALI]]);
    const renamed = writeUserFile(app, 'pekerja.csv', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(await importReport(app, 'employees', renamed, { companyId, dryRun: true })).toMatchObject({ created: 1, errors: [] });
    const xls = writeUserFile(app, 'pekerja.csv', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(await importFromDisk(app, 'employees', xls, { companyId })).toMatchObject({ ok: false, error: { key: 'import.error.xls' } });
  });

  it('issue 11 item 4: an empty file, or one with only blank lines, says the first row must name the columns', async () => {
    for (const content of ['', '\uFEFF', '\r\n\r\n,,,\r\n']) {
      const report = await importReport(app, 'employees', writeUserFile(app, 'empty.csv', content), { companyId });
      expect(report.errors.map((e) => e.key)).toEqual(['import.error.empty']);
    }
  });
});

describe('issue 11 item 6: row numbers are the rows the user sees', () => {
  it('issue 11 item 6: blank lines count, and a quoted cell with a line break stays one row', async () => {
    const csv = `name,id_number,notes\n\nAli,${ALI},"two\nlines"\n\n\nSiti,850202-14-5678,\nAbu,801350-14-5677,\n`;
    const file = writeUserFile(app, 'staff.csv', csv);
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([[7, 'id_number']]);
    expect(report.rows).toBe(3);
  });
});

describe('issue 11 item 19: import messages say what is wrong with the file', () => {
  it('issue 11 item 19: a semicolon-separated file says so, and is read correctly', async () => {
    await addAli();
    const file = writeUserFile(app, 'gaji.csv', `No KP;Gaji;OT\n${ALI};2500.50;100\n`);
    const report = await importReport(app, 'wages', file, { companyId });
    expect(report).toMatchObject({ committed: true, errors: [] });
    expect(report.warnings).toEqual([expect.objectContaining({ row: 1, key: 'import.warning.semicolon' })]);
    expect(storedBasic()).toEqual([{ basic: 250050, overtime: 10000, allowance: 0 }]);
  });

  it('issue 11 item 19: in a semicolon file a decimal comma is refused, never guessed', async () => {
    await addAli();
    const file = writeUserFile(app, 'gaji.csv', `No KP;Gaji\n${ALI};1,500\n`);
    const report = await importReport(app, 'wages', file, { companyId });
    expect(report.errors).toEqual([expect.objectContaining({ row: 2, column: 'Gaji', key: 'import.error.money.decimalComma' })]);
    expect(count(app, 'wages')).toBe(0);
  });

  it('issue 11 item 19: an oversized file says its size and the limit, through the app and the command', async () => {
    const big = 'name,id_number,notes\n' + `Ali,${ALI},${'x'.repeat(1000)}\n`.repeat(11_000);
    const file = writeUserFile(app, 'huge.csv', big);
    const size = `${(Buffer.byteLength(big) / (1024 * 1024)).toFixed(1)} MB`;
    const result = await importFromDisk(app, 'employees', file, { companyId, dryRun: true });
    expect(result).toMatchObject({ ok: false, error: { key: 'import.error.fileTooLarge', params: { size, limit: '10.0 MB' } } });
    app.services.close();
    const run = await runCaruman(['import', 'employees', file, '--company', 'A3700012345B', '--dry-run'], app.dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`is ${size}, larger than the 10.0 MB Caruman reads for this.`);
    app.services.reopen();
  });

  it('issue 11 item 19: the command refuses a device or a folder as the file to import, without reading it', async () => {
    app.services.close();
    const device = await runCaruman(['import', 'employees', '/dev/zero', '--company', 'A3700012345B'], app.dataDir);
    expect(device).toMatchObject({ code: 1 });
    expect(device.stderr).toContain('/dev/zero is a device, not a file.');
    const folder = await runCaruman(['import', 'employees', app.dataDir, '--company', 'A3700012345B'], app.dataDir);
    expect(folder.stderr).toContain('is a folder, not a file.');
    app.services.reopen();
  });
});

describe('issue 11 item 20: a header-only import writes no backup', () => {
  it('issue 11 item 20: a file with only the header says there is nothing to import and takes no backup', async () => {
    const backups = path.join(app.dataDir, 'backups');
    const before = fs.existsSync(backups) ? fs.readdirSync(backups) : [];
    const file = writeUserFile(app, 'staff.csv', 'name,id_number\r\n');
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report).toMatchObject({ committed: false, backup: null, rows: 0 });
    expect(report.errors.map((e) => e.key)).toEqual(['import.error.noRows']);
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual(before);
  });

  it('issue 11 item 20: a file that changes nothing takes no backup either', async () => {
    await addAli();
    const backups = () => fs.readdirSync(path.join(app.dataDir, 'backups')).filter((f) => f.includes('before-import'));
    const taken = backups().length;
    const file = writeUserFile(app, 'again.csv', `name,id_number\nAli bin Abu,${ALI}\n`);
    expect(await importReport(app, 'employees', file, { companyId })).toMatchObject({ committed: false, unchanged: 1, backup: null });
    expect(backups()).toHaveLength(taken);
  });
});
