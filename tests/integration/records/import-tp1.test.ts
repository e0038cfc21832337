// TP1 claims from a file (issue 16 "Records"): a Malay file read from disk through the router,
// PCB of the month changing by exactly what LHDN's own example says a RM300 claim changes it by,
// hostile rows refused with the row and the user's header and nothing written, each item's
// yearly limit counting the stored claims with the file's, and export → import changing nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../main/api/router';
import { createRecordsApp, type RecordsApp } from '../../helpers/records';
import { writeUserFile } from '../../helpers/import-files';
import { hire, lineOf, pay, payrollOf } from '../payroll/setup';
import type { Tp1Claim } from '../../../shared/domain/tp1';
import type { ExportedFile, ImportReportView } from '../../../shared/api/channels/records';
import fs from 'node:fs';

let app: RecordsApp;
let companyId: number;
beforeEach(async () => {
  app = createRecordsApp('2026-12-02');
  companyId = (await app.company()).id;
});
afterEach(() => app.dispose());

const count = () => (app.services.db.prepare('SELECT COUNT(*) AS n FROM tp1_claims').get() as { n: number }).n;
const claimsOf = async (employeeId: number) =>
  (await app.call<Tp1Claim[]>('tp1:list', { companyId, employeeId })).map((c) => [c.month, c.item, c.amount]);

async function importTp1(name: string, content: string, options: { dryRun?: boolean; locale?: 'ms' | 'en' } = {}): Promise<ImportReportView> {
  writeUserFile(app, name, content);
  const router = options.locale === 'ms' ? createRouter(app.services, { locale: () => 'ms', logError: () => {} }) : app.router;
  const result = await router.invoke('import:tp1', { companyId, fileName: name, content: Buffer.from(content).toString('base64'), encoding: 'base64', dryRun: options.dryRun ?? false });
  if (!result.ok) throw new Error(`${result.error.key}: ${result.error.message}`);
  return result.value as ImportReportView;
}

/** LHDN's employee of the 2026 worked example (official_examples.json L1-EX5-*): category 3, three children. */
async function lhdnEmployee() {
  return hire(app, companyId, { name: 'Ahmad', idNumber: '860502-10-5679', maritalStatus: 'married', spouseWorking: true, childrenBasic: 3, staffNumber: 'K-01' });
}

describe('TP1 claims imported from a file', () => {
  it('a Malay file sets March’s claims, and March’s PCB falls from 110.00 to 108.20 as in LHDN’s example (L1-EX5-MAR)', async () => {
    const ahmad = await lhdnEmployee();
    for (const m of ['2026-01', '2026-02']) {
      await pay(app, companyId, m, [{ employeeId: ahmad.id, items: { basic: '5500' } }]);
      await app.call('payroll:finalise', { companyId, month: m });
    }
    await pay(app, companyId, '2026-03', [{ employeeId: ahmad.id, items: { basic: '5500' } }]);
    // L1-EX5-FEB's figures carried on: without a claim, March is 110.00 as January and February were.
    expect(lineOf(await payrollOf(app, companyId, '2026-03'), ahmad.id).payroll.deductions.pcbSen).toBe(11_000);

    // Books RM100 (C5) and a parent's medical expenses RM200 (C1): LP1 = 300, as the example has it.
    const file = 'No KP,Bulan,Perkara TP1,Jumlah (RM)\r\n860502-10-5679,03/2026,c5,100\r\n860502105679,Mac 2026,C1,200.00\r\n';
    const report = await importTp1('tp1.csv', file, { locale: 'ms' });
    expect(report).toMatchObject({ kind: 'tp1', committed: true, created: 2, updated: 0, errors: [] });
    expect(await claimsOf(ahmad.id)).toEqual([
      ['2026-03', 'C1', 20_000],
      ['2026-03', 'C5', 10_000],
    ]);
    const march = lineOf(await payrollOf(app, companyId, '2026-03'), ahmad.id).payroll;
    expect(march.deductions.pcbSen).toBe(10_820);
    // Written as an import in the history.
    expect(app.services.db.prepare("SELECT DISTINCT source FROM change_log WHERE entity = 'tp1'").all()).toEqual([{ source: 'import' }]);
  });

  it('a hostile file is refused row by row, in Malay with the user’s headers, and no claim is written', async () => {
    const ahmad = await lhdnEmployee();
    await hire(app, companyId, { name: 'Baru', idNumber: '900303-10-5670', hireDate: '2026-09-01' });
    await pay(app, companyId, '2026-01', [{ employeeId: ahmad.id, items: { basic: '5500' } }]);
    await app.call('payroll:finalise', { companyId, month: '2026-01' });
    const bad = [
      'No KP,No pekerja,Bulan,Perkara TP1,Jumlah (RM)',
      '860502-10-5679,,04/2026,C5,100', // good: written only if every row is
      '860502-10-5679,,04/2026,C18,100',
      '860502-10-5679,,13/2026,C5,100',
      '860502-10-5679,,05/2026,C6,-5',
      '860502-10-5679,,05/2026,C6,0',
      '860502-10-5679,,05/2026,C6,1,000.00',
      '860502-10-5679,,04/2026,c5,50',
      '111111-11-1111,,04/2026,C5,100',
      ',K-99,04/2026,C5,100',
      '860502-10-5679,,12/2025,C5,100',
      '860502-10-5679,,06/2026,C5,2500',
      '860502-10-5679,,01/2026,C9,100',
      '900303-10-5670,,08/2026,C9,100',
      ',,04/2026,C9,100',
    ].join('\n');
    const report = await importTp1('salah.csv', bad, { locale: 'ms' });
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.row, e.column, e.key])).toEqual([
      [2, 'Jumlah (RM)', 'tp1.error.overLimit'],
      [3, 'Perkara TP1', 'import.error.tp1.item'],
      [4, 'Bulan', 'import.error.value.month'],
      [5, 'Jumlah (RM)', 'import.error.money.negative'],
      [6, 'Jumlah (RM)', 'tp1.error.amount'],
      [7, null, 'import.error.cells.extra'],
      [8, 'Perkara TP1', 'import.error.tp1.duplicate'],
      [9, 'No KP', 'import.error.unknownEmployee'],
      [10, 'No pekerja', 'import.error.tp1.unknownStaffNumber'],
      [11, 'Bulan', 'tp1.error.year'],
      [12, 'Jumlah (RM)', 'tp1.error.overLimit'],
      [13, 'Bulan', 'payroll.error.monthFinalised'],
      [14, 'Bulan', 'tp1.error.notEmployed'],
      [15, 'No KP', 'import.error.tp1.noEmployee'],
    ]);
    // C5 (lifestyle) is RM2,500 a year: April's 100 and June's 2,500 together are over it, and each row says so.
    expect(report.errors.find((e) => e.row === 12)!.params).toMatchObject({ item: 'C5', limit: 'RM2,500.00', claimed: 'RM100.00', remaining: 'RM2,400.00' });
    expect(report.errors.find((e) => e.row === 8)!.message).toBe('Tuntutan C5 bagi April 2026 pekerja ini sudah ada pada baris 2. Kekalkan satu baris, dengan jumlah penuh bulan itu.');
    expect(report.errors.find((e) => e.row === 13)!.params.month).toBe('2026-01');
    expect(count()).toBe(0);
  });

  it('the yearly limit counts the stored claims, a file row replacing its month’s; a row naming staff number works', async () => {
    const ahmad = await lhdnEmployee();
    await app.call('tp1:save', { companyId, claim: { employeeId: ahmad.id, month: '2026-03', item: 'C5', amount: '2000' } });
    const over = await importTp1('lebih.csv', 'No pekerja,Bulan,Perkara TP1,Jumlah (RM)\r\nK-01,04/2026,C5,600\r\n');
    expect(over.errors.map((e) => [e.row, e.key, e.params.remaining])).toEqual([[2, 'tp1.error.overLimit', 'RM500.00']]);
    // March lowered to 1,000 in the same file: 1,000 + 600 is within RM2,500.
    const fits = await importTp1('muat.csv', 'No pekerja,Bulan,Perkara TP1,Jumlah (RM)\r\nK-01,04/2026,C5,600\r\nK-01,03/2026,C5,1000\r\n');
    expect(fits).toMatchObject({ committed: true, created: 1, updated: 1, errors: [] });
    expect(await claimsOf(ahmad.id)).toEqual([
      ['2026-03', 'C5', 100_000],
      ['2026-04', 'C5', 60_000],
    ]);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`export → import changes nothing (${format}); the template names the columns`, async () => {
      const ahmad = await lhdnEmployee();
      for (const [month, item, amount] of [['2026-03', 'C1', '200'], ['2026-04', 'C9', '150.50'], ['2026-05', 'D1a', '75']]) {
        await app.call('tp1:save', { companyId, claim: { employeeId: ahmad.id, month, item, amount } });
      }
      const exported = await app.call<ExportedFile>('export:tp1', { companyId, year: 2026, format });
      const bytes = Buffer.from(exported.content, exported.encoding === 'base64' ? 'base64' : 'utf8');
      const file = writeUserFile(app, exported.fileName, bytes);
      const result = await app.router.invoke('import:tp1', { companyId, fileName: exported.fileName, content: fs.readFileSync(file).toString('base64'), encoding: 'base64', dryRun: true });
      expect(result.ok ? result.value : result.error).toMatchObject({ unchanged: 3, created: 0, updated: 0, errors: [] });
      if (format === 'csv') {
        expect(exported.content.replace(/^\uFEFF/, '')).toBe('id_number,staff_number,month,item,amount\r\n860502105679,K-01,2026-03,C1,200.00\r\n860502105679,K-01,2026-04,C9,150.50\r\n860502105679,K-01,2026-05,D1a,75.00\r\n');
      }
      const template = await app.call<ExportedFile>('import:template', { kind: 'tp1', format: 'csv' });
      expect([template.fileName, template.content]).toEqual(['tp1-claims-template.csv', '\uFEFFID number,Staff number,Month,TP1 item,Amount (RM)\r\n']);
    });
  }
});
