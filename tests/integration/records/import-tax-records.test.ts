// Form TP3 and CP38 in the employee file (issue 16 "Records"): Malay headers read from a real file
// on disk, hostile values refused with the row and the user's own header and nothing written,
// empty cells and left-out columns keeping what is stored, export → import changing nothing, and
// the joiner's PCB using the imported TP3 (worked by hand below).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../main/api/router';
import { createRecordsApp, type RecordsApp } from '../../helpers/records';
import { importReport, writeUserFile } from '../../helpers/import-files';
import { lineOf, pay, payrollOf } from '../payroll/setup';
import type { Employee } from '../../../shared/domain/employee';
import type { Tp3Record } from '../../../shared/domain/tp3';
import type { Cp38Instruction } from '../../../shared/domain/cp38';
import type { ExportedFile, ImportReportView } from '../../../shared/api/channels/records';

let app: RecordsApp;
let companyId: number;
beforeEach(async () => {
  app = createRecordsApp('2026-12-02');
  companyId = (await app.company()).id;
});
afterEach(() => app.dispose());

const list = (id = companyId) => app.call<Employee[]>('employees:list', { companyId: id, filter: 'all' });
const tp3Of = (employeeId: number, id = companyId) => app.call<Tp3Record[]>('tp3:list', { companyId: id, employeeId });
const cp38Of = (employeeId: number, id = companyId) => app.call<Cp38Instruction[]>('cp38:list', { companyId: id, employeeId });
const count = (table: string) => (app.services.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const byName = async (name: string, id = companyId) => (await list(id)).find((e) => e.name === name)!;
const tp3Figures = (r: Tp3Record) => [r.year, r.previousEmployer, r.remuneration, r.epf, r.pcb, r.zakat, r.tp1Relief];
const cp38Figures = (i: Cp38Instruction) => [i.reference, i.amount, i.fromMonth, i.toMonth];

/** Farah joined on 1 July 2026 from another employer (TP3); Ali has LHDN's CP38 for his arrears. */
const MALAY_FILE = [
  'Nama,No KP,Tarikh mula kerja,TP3 majikan terdahulu,TP3 saraan (RM),TP3 KWSP (RM),TP3 PCB (RM),TP3 zakat (RM),TP3 pelepasan TP1 (RM),Rujukan CP38,CP38 sebulan (RM),CP38 bulan pertama,CP38 bulan terakhir',
  'Farah binti Osman,900303-10-5670,01/07/2026,Syarikat Lama Sdn Bhd,"30,000.00",3300,300,,,,,,',
  'Ali bin Ahmad,850505-10-5151,06/01/2020,,,,,,,CP38/2026/00123,150.50,08/2026,Jan 2027',
].join('\r\n');

async function importMalayFile() {
  const report = await importReport(app, 'employees', writeUserFile(app, 'pekerja.csv', MALAY_FILE), { companyId });
  expect(report).toMatchObject({ committed: true, created: 2, errors: [] });
}

async function exportedFile(format: 'csv' | 'xlsx', id = companyId): Promise<string> {
  const exported = await app.call<ExportedFile>('export:employees', { companyId: id, format });
  return writeUserFile(app, `${id}-${exported.fileName}`, Buffer.from(exported.content, exported.encoding === 'base64' ? 'base64' : 'utf8'));
}

describe('TP3 and CP38 columns of the employee file', () => {
  it('are read from a Malay file: TP3 for the year of the hire date, CP38 named by its reference, months as people write them', async () => {
    await importMalayFile();
    const farah = await byName('Farah binti Osman');
    const ali = await byName('Ali bin Ahmad');
    expect((await tp3Of(farah.id)).map(tp3Figures)).toEqual([[2026, 'Syarikat Lama Sdn Bhd', 3_000_000, 330_000, 30_000, 0, 0]]);
    expect((await cp38Of(ali.id)).map(cp38Figures)).toEqual([['CP38/2026/00123', 15_050, '2026-08', '2027-01']]);
    expect(await tp3Of(ali.id)).toEqual([]);
    expect(await cp38Of(farah.id)).toEqual([]);
    // Written as an import in the change history, like the employee rows.
    const sources = app.services.db.prepare("SELECT entity, source FROM change_log WHERE entity IN ('tp3', 'cp38') ORDER BY entity").all();
    expect(sources).toEqual([
      { entity: 'cp38', source: 'import' },
      { entity: 'tp3', source: 'import' },
    ]);
  });

  it('the joiner’s first PCB uses the imported TP3 (worked by hand)', async () => {
    await importMalayFile();
    const farah = await byName('Farah binti Osman');
    await pay(app, companyId, '2026-07', [{ employeeId: farah.id, items: { basic: '6000' } }]);
    const line = lineOf(await payrollOf(app, companyId, '2026-07'), farah.id).payroll;
    // PCB.md's formula, July 2026 (n = 5), single (category 1, D = 9,000), TP3: Y 30,000, K 3,300, X 300.
    //   K1 = 660 (EPF 11 % of 6,000); K2 = (4,000 − (3,300 + 660)) / 5 = 8.00
    //   P = (30,000 − 3,300) + (6,000 − 660) + (6,000 − 8) × 5 − 9,000 = 26,700 + 5,340 + 29,960 − 9,000 = 53,000
    //   band 50,001–70,000: M 50,000, R 11 %, B 1,500 → yearly tax 3,000 × 11 % + 1,500 = 1,830
    //   PCB = (1,830 − (Z 0 + X 300)) / (n + 1 = 6) = 255.00
    expect(line.pcb.yearToDate).toEqual({ sumYSen: 3_000_000, sumKSen: 330_000, xSen: 30_000, zSen: 0, sumLpSen: 0 });
    expect(line.deductions.epfSen).toBe(66_000);
    expect(line.deductions.pcbSen).toBe(25_500);
  });

  it('a hostile file is refused row by row with the user’s own headers, in Malay, and nothing at all is written', async () => {
    const malay = createRouter(app.services, { locale: () => 'ms', logError: () => {} });
    const bad = [
      'Nama,No KP,Tarikh mula kerja,TP3 saraan (RM),TP3 KWSP (RM),TP3 PCB (RM),Rujukan CP38,CP38 sebulan (RM),CP38 bulan pertama,CP38 bulan terakhir',
      'Baik,880808-08-8885,01/03/2026,1000,110,,,,,', // a good row: written only if every row is good
      'Negatif,900202-10-5154,01/03/2026,-500,,,,,,',
      'Bulan,800101-14-5677,01/03/2026,,,,R-1,100,13/2026,12/2026',
      'Terbalik,870707-07-5151,01/03/2026,,,,R-2,100,09/2026,03/2026',
      'PcbLebih,690808-10-5678,01/03/2026,1000,100,1200,,,,',
      'Ribu,660315-10-1235,01/03/2026,1,000.00,,,,,,',
      'TanpaRujukan,920303-08-5242,01/03/2026,,,,,100,03/2026,04/2026',
      'TanpaBulan,950505-05-5055,01/03/2026,,,,R-3,100,,',
      'TanpaTarikh,960606-06-5066,,5000,,,,,,',
      'SatuJan,970707-07-5077,01/01/2026,5000,,,,,,',
    ].join('\n');
    writeUserFile(app, 'salah.csv', bad);
    const result = await malay.invoke('import:employees', { companyId, fileName: 'salah.csv', content: Buffer.from(bad).toString('base64'), encoding: 'base64', dryRun: false });
    if (!result.ok) throw new Error(result.error.key);
    const report = result.value as ImportReportView;
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [3, 'TP3 saraan (RM)', 'import.error.money.negative'],
      [4, 'CP38 bulan pertama', 'import.error.value.month'],
      [5, 'CP38 bulan terakhir', 'cp38.error.toBeforeFrom'],
      [6, 'TP3 PCB (RM)', 'tp3.error.pcbAboveRemuneration'],
      [7, null, 'import.error.cells.extra'],
      [8, 'CP38 sebulan (RM)', 'import.error.cp38.noReference'],
      [9, 'Rujukan CP38', 'import.error.cp38.incomplete'],
      [10, 'TP3 saraan (RM)', 'tp3.error.noHireDate'],
      [11, 'TP3 saraan (RM)', 'tp3.error.joinedOnFirstDay'],
    ]);
    expect(report.errors.find((e) => e.row === 4)!.message).toBe('“13/2026” bukan bulan. Tulis sebagai BB/TTTT, contohnya 03/2026 (atau 2026-03, atau Mac 2026).');
    expect(report.errors.find((e) => e.row === 9)!.message).toBe('Arahan CP38 R-3 baharu bagi pekerja ini: berikan juga CP38 bulan pertama, CP38 bulan terakhir.');
    expect([count('employees'), count('tp3_previous'), count('cp38_instructions')]).toEqual([0, 0, 0]);
  });

  it('a CP38 change that would alter a finalised month is refused naming the month, and the row’s other changes are not written', async () => {
    await importMalayFile();
    const ali = await byName('Ali bin Ahmad');
    await pay(app, companyId, '2026-08', [{ employeeId: ali.id, items: { basic: '3000' } }]);
    await app.call('payroll:finalise', { companyId, month: '2026-08' });
    const csv = 'No KP,Nama,Rujukan CP38,CP38 sebulan (RM)\r\n850505-10-5151,Ali Ahmad,CP38/2026/00123,200\r\n';
    const report = await importReport(app, 'employees', writeUserFile(app, 'kemas.csv', csv), { companyId });
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.row, e.column, e.key, e.params.month])).toEqual([[2, 'CP38 sebulan (RM)', 'payroll.error.monthFinalised', '2026-08']]);
    expect((await byName('Ali bin Ahmad')).name).toBe('Ali bin Ahmad');
    expect((await cp38Of(ali.id)).map(cp38Figures)).toEqual([['CP38/2026/00123', 15_050, '2026-08', '2027-01']]);
  });

  it('empty cells and left-out columns keep what is stored; a known reference changes its instruction, a new one adds one', async () => {
    await importMalayFile();
    const farah = await byName('Farah binti Osman');
    const ali = await byName('Ali bin Ahmad');
    const update = [
      'No KP,Nama,TP3 saraan (RM),TP3 PCB (RM),Rujukan CP38,CP38 sebulan (RM),CP38 bulan pertama,CP38 bulan terakhir',
      '900303-10-5670,Farah binti Osman,,450,,,,', // TP3 PCB changes; the rest of TP3 stays
      '850505-10-5151,Ali bin Ahmad,,,CP38/2026/00123,,,03/2027', // extends the instruction, amount kept
    ].join('\r\n');
    const report = await importReport(app, 'employees', writeUserFile(app, 'kemas.csv', update), { companyId });
    expect(report).toMatchObject({ committed: true, updated: 2, created: 0, errors: [] });
    expect(report.changes.map((c) => [c.name, c.fields])).toEqual([
      ['Farah binti Osman', ['tp3']],
      ['Ali bin Ahmad', ['cp38']],
    ]);
    expect((await tp3Of(farah.id)).map(tp3Figures)).toEqual([[2026, 'Syarikat Lama Sdn Bhd', 3_000_000, 330_000, 45_000, 0, 0]]);
    expect((await cp38Of(ali.id)).map(cp38Figures)).toEqual([['CP38/2026/00123', 15_050, '2026-08', '2027-03']]);

    const second = 'No KP,Nama,Rujukan CP38,CP38 sebulan (RM),CP38 bulan pertama,CP38 bulan terakhir\r\n850505-10-5151,Ali bin Ahmad,CP38/2027/00999,80,04/2027,06/2027\r\n';
    expect(await importReport(app, 'employees', writeUserFile(app, 'baru.csv', second), { companyId })).toMatchObject({ committed: true, updated: 1 });
    expect((await cp38Of(ali.id)).map(cp38Figures)).toEqual([
      ['CP38/2026/00123', 15_050, '2026-08', '2027-03'],
      ['CP38/2027/00999', 8_000, '2027-04', '2027-06'],
    ]);
    // A file without the columns at all leaves both untouched.
    const plain = 'No KP,Nama\r\n850505-10-5151,Ali bin Ahmad\r\n900303-10-5670,Farah binti Osman\r\n';
    expect(await importReport(app, 'employees', writeUserFile(app, 'biasa.csv', plain), { companyId })).toMatchObject({ unchanged: 2, updated: 0 });
    expect(count('tp3_previous')).toBe(1);
    expect(count('cp38_instructions')).toBe(2);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`export → import is a no-op, and into another company gives the same TP3 and CP38 (${format})`, async () => {
      await importMalayFile();
      const file = await exportedFile(format);
      expect(await importReport(app, 'employees', file, { companyId, dryRun: true })).toMatchObject({ unchanged: 2, created: 0, updated: 0, errors: [] });
      const other = (await app.company('A3700098765C', 'Kedai Dua')).id;
      expect(await importReport(app, 'employees', file, { companyId: other })).toMatchObject({ committed: true, created: 2, errors: [] });
      for (const name of ['Farah binti Osman', 'Ali bin Ahmad']) {
        const [mine, theirs] = [await byName(name), await byName(name, other)];
        expect((await tp3Of(theirs.id, other)).map(tp3Figures)).toEqual((await tp3Of(mine.id)).map(tp3Figures));
        expect((await cp38Of(theirs.id, other)).map(cp38Figures)).toEqual((await cp38Of(mine.id)).map(cp38Figures));
      }
    });
  }

  it('the template and the export list the columns in the user’s language', async () => {
    const template = await app.call<ExportedFile>('import:template', { kind: 'employees', format: 'csv' });
    expect(template.content).toContain('TP3 remuneration (RM),TP3 EPF (RM),TP3 PCB (RM),TP3 zakat (RM),TP3 TP1 reliefs (RM),CP38 reference,CP38 each month (RM),CP38 first month,CP38 last month');
    await importMalayFile();
    const exported = await app.call<ExportedFile>('export:employees', { companyId, format: 'csv' });
    const [header, ...rows] = exported.content.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(header).toContain('tp3_remuneration,tp3_epf,tp3_pcb,tp3_zakat,tp3_tp1_relief,cp38_reference,cp38_amount,cp38_from,cp38_to');
    expect(rows.find((r) => r.startsWith('Ali'))).toContain(',CP38/2026/00123,150.50,2026-08,2027-01,');
  });
});
