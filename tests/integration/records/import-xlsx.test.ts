// Issue 11 (trust), the .xlsx side of importing: workbooks are built with exceljs (or crafted
// byte by byte, for the zip bombs), written to disk and imported from there through the router.
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appWithCompany, type RecordsApp } from '../../helpers/records';
import { count, importFromDisk, importReport, importStaff, writeUserFile, writeWorkbook } from '../../helpers/import-files';
import { mykadNumber } from '../../helpers/generate';

let app: RecordsApp;
let companyId: number;
beforeEach(async () => ({ app, companyId } = await appWithCompany()));
afterEach(() => app.dispose());

const ALI = '900101145677';

const addAli = () => importStaff(app, companyId, [['Ali bin Abu', ALI]]);

describe('issue 11 item 5: the sheet the user sees, and one decimal rule for both formats', () => {
  it('issue 11 item 5: a hidden first sheet (a stale copy) is skipped: the first visible sheet is imported, and the report says so', async () => {
    const file = await writeWorkbook(app, 'pekerja.xlsx', [
      { name: 'Lama', state: 'hidden', rows: [['Nama', 'No KP'], ['Stale Person', '850202145678']] },
      { name: 'Pekerja', rows: [['Nama', 'No KP'], ['Ali bin Abu', ALI]] },
    ]);
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report).toMatchObject({ committed: true, created: 1, errors: [] });
    expect(report.warnings).toEqual([expect.objectContaining({ key: 'import.warning.hiddenSheets', params: { sheet: 'Pekerja', hidden: 'Lama' } })]);
    expect(app.services.db.prepare('SELECT name FROM employees').all()).toEqual([{ name: 'Ali bin Abu' }]);
  });

  it('issue 11 item 5: a workbook whose every sheet is hidden is refused', async () => {
    const file = await writeWorkbook(app, 'pekerja.xlsx', [{ name: 'Lama', state: 'hidden', rows: [['Nama', 'No KP'], ['Ali', ALI]] }]);
    const result = await importFromDisk(app, 'employees', file, { companyId });
    expect(result).toMatchObject({ ok: false, error: { key: 'import.error.xlsx.noVisibleSheet' } });
  });

  it('issue 11 item 5: an amount with three decimals is refused the same way in .xlsx and in CSV, never rounded', async () => {
    await addAli();
    const xlsx = await writeWorkbook(app, 'gaji.xlsx', [{ name: 'Gaji', rows: [['No KP', 'Gaji'], [ALI, 1234.567]] }]);
    const csv = writeUserFile(app, 'gaji.csv', `No KP,Gaji\n${ALI},1234.567\n`);
    for (const file of [xlsx, csv]) {
      const report = await importReport(app, 'wages', file, { companyId });
      expect(report.errors).toEqual([
        expect.objectContaining({ row: 2, column: 'Gaji', key: 'import.error.money.decimals', params: { value: '1234.567' } }),
      ]);
    }
    expect(count(app, 'wages')).toBe(0);
  });

  it('issue 11 item 5: a computed amount is read as Excel shows it (1500 × 1.1 = 1650.00, not 1650.0000000000002)', async () => {
    await addAli();
    const file = await writeWorkbook(app, 'gaji.xlsx', [
      { name: 'Gaji', rows: [['No KP', 'Gaji', 'Elaun'], [ALI, { formula: 'B3*1.1', result: 1500 * 1.1 }, 0.1 + 0.2]] },
    ]);
    expect(1500 * 1.1).not.toBe(1650);
    expect(await importReport(app, 'wages', file, { companyId })).toMatchObject({ committed: true, errors: [] });
    expect(app.services.db.prepare('SELECT basic, allowance FROM wages').get()).toEqual({ basic: 165000, allowance: 30 });
  });

  it('issue 11 item 5: a value in a column without a header is refused, naming the column letter', async () => {
    await addAli();
    const file = await writeWorkbook(app, 'gaji.xlsx', [{ name: 'Gaji', rows: [['No KP', 'Gaji'], [ALI, 2500, 100]] }]);
    const report = await importReport(app, 'wages', file, { companyId });
    expect(report.errors).toEqual([expect.objectContaining({ row: 2, column: 'C', key: 'import.error.cells.noHeader', params: { column: 'C', value: '100' } })]);
  });
});

describe('issue 11 item 6: .xlsx row numbers are Excel’s', () => {
  it('issue 11 item 6: blank rows above and between keep the numbers Excel shows', async () => {
    const file = await writeWorkbook(app, 'pekerja.xlsx', [
      {
        name: 'Pekerja',
        rows: [undefined, ['Nama', 'No KP', 'Tarikh mula'], undefined, ['Ali', ALI, '01/03/2024'], undefined, undefined, ['Abu', '801350145677', '2024-13-01']],
      },
    ]);
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [7, 'Tarikh mula', 'import.error.value.date'],
      [7, 'No KP', 'mykad.error.date'],
    ]);
    expect(report.rows).toBe(2);
  });
});

describe('issue 11 item 4 in .xlsx: one cell rule for every format', () => {
  it('issue 11 item 4: a control character in a workbook cell is refused as in a CSV', async () => {
    const file = await writeWorkbook(app, 'pekerja.xlsx', [{ name: 'Pekerja', rows: [['Nama', 'No KP'], ['Ali\u202Ebin', ALI]] }]);
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report.errors).toEqual([expect.objectContaining({ row: 2, column: 'Nama', key: 'import.error.cell.control', params: { character: 'U+202E' } })]);
  });
});

// A zip archive written by hand: exceljs would never write these.
interface ZipPart {
  name: string;
  /** Stored as given (method 8 = deflate, 0 = stored). */
  data: Buffer;
  method: 0 | 8;
  crc: number;
  /** What the directory says the part inflates to (a bomb may lie). */
  size: number;
}

function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'latin1');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    centrals.push(central, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function stored(name: string, text: string): ZipPart {
  const data = Buffer.from(text, 'utf8');
  return { name, data, method: 0, crc: zlib.crc32(data), size: data.length };
}

/** 100 MB of zeros deflated to about 100 KB, made in 1 MB steps (never held whole). */
async function zerosDeflated(megabytes: number): Promise<{ data: Buffer; crc: number; size: number }> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zero = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    crc = zlib.crc32(zero, crc);
    if (!deflate.write(zero)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { data: Buffer.concat(chunks), crc, size: megabytes * 1024 * 1024 };
}

const CONTENT_TYPES = stored(
  '[Content_Types].xml',
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
);

describe('issue 11 item 9: decompression bombs and huge cells', () => {
  it('issue 11 item 9: a small file whose parts declare 100 MB is refused before parsing', async () => {
    const bomb = await zerosDeflated(100);
    const file = writeUserFile(app, 'bomb.xlsx', zipOf([CONTENT_TYPES, { name: 'xl/worksheets/sheet1.xml', method: 8, ...bomb }]));
    const result = await importFromDisk(app, 'employees', file, { companyId });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'import.error.xlsx.tooLarge', params: { limitMb: 64 } } });
    expect(count(app, 'employees')).toBe(0);
  });

  it('issue 11 item 9: a bomb that lies about its size (1 KB declared, 100 MB inside) is refused without inflating it', async () => {
    const bomb = await zerosDeflated(100);
    const file = writeUserFile(app, 'bomb.xlsx', zipOf([CONTENT_TYPES, { name: 'xl/worksheets/sheet1.xml', method: 8, ...bomb, size: 1024 }]));
    const result = await importFromDisk(app, 'employees', file, { companyId });
    expect(result).toMatchObject({ ok: false, error: { key: 'import.error.xlsx.bomb' } });
  });

  it('issue 11 item 9: a workbook with more rows than the limit is refused before parsing', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"></row>`).join('');
    const sheet = stored('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${rows}</sheetData></worksheet>`);
    const file = writeUserFile(app, 'rows.xlsx', zipOf([CONTENT_TYPES, sheet]));
    const result = await importFromDisk(app, 'employees', file, { companyId });
    expect(result).toMatchObject({ ok: false, error: { key: 'import.error.tooManyRows', params: { rows: 60_000, limit: 50_000 } } });
  });

  it('issue 11 item 9: a 5 MB cell is refused, and the error quotes only its first 60 characters', async () => {
    const huge = 'A'.repeat(5 * 1024 * 1024);
    const file = await writeWorkbook(app, 'pekerja.xlsx', [{ name: 'Pekerja', rows: [['Nama', 'No KP'], [huge, ALI]] }]);
    const report = await importReport(app, 'employees', file, { companyId });
    expect(report.errors).toEqual([expect.objectContaining({ row: 2, column: 'Nama', key: 'import.error.cell.tooLong' })]);
    expect(report.errors[0]!.params.value).toBe(`${'A'.repeat(60)}…`);
    expect(report.errors[0]!.message.length).toBeLessThan(200);
    expect(JSON.stringify(report).length).toBeLessThan(2000);
  });

  it('issue 11 item 9: a workbook is unzipped and parsed in a worker thread, leaving this one (the app’s main process) free', async () => {
    const rows: (string | number)[][] = [['Nama', 'No KP', 'Tarikh mula', 'Catatan']];
    for (let i = 0; i < 20_000; i++) rows.push([`Pekerja ${i}`, mykadNumber(i), '06/01/2020', `catatan ${i}`]);
    const file = await writeWorkbook(app, 'besar.xlsx', [{ name: 'Pekerja', rows }]);
    const before = performance.eventLoopUtilization();
    const report = await importReport(app, 'employees', file, { companyId, dryRun: true });
    const used = performance.eventLoopUtilization(before);
    expect(report).toMatchObject({ rows: 20_000, created: 20_000, errors: [] });
    // Parsing on this thread keeps its event loop busy nearly all the time, even between the
    // library's awaits; with the worker it only checks the rows it gets back.
    expect(used.utilization).toBeLessThan(0.6);
  }, 120_000);
});
