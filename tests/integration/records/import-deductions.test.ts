// The month's own deductions come in with the wages (issue 17: salary advance, loan repayment,
// unpaid leave, other, zakat): columns of the wage file with Malay and English headers, merged like
// pay items (a column left out keeps what is stored), checked like the grid (an other deduction
// says what it is for; unpaid leave within basic pay), all or nothing, and exported back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordsApp } from '../../helpers/records';
import { appWithWages, importReport, storedWagesOf, writeUserFile } from '../../helpers/import-files';
import type { ExportedFile } from '../../../shared/api/channels/records';

const MONTH = '2026-07';
const ALI = '900101145677';
const SITI = '850505105678';
let app: RecordsApp;
let companyId: number;
beforeEach(async () => {
  const staff = [['Ali bin Abu', ALI], ['Siti binti Omar', SITI]] as const;
  ({ app, companyId } = await appWithWages({ today: '2026-08-10', staff, month: MONTH, wages: `id_number,basic\n${ALI},3000\n${SITI},2500\n` }));
});
afterEach(() => app.dispose());

const stored = (idNumber: string) =>
  storedWagesOf(app, idNumber, 'basic, salary_advance, loan_repayment, other_deduction, other_deduction_note, zakat, unpaid_leave');

describe('deductions in the wage file', () => {
  it('imports a file of deductions alone (Malay headers), keeping the pay stored, and the pay run takes them off the net', async () => {
    const file = writeUserFile(
      app,
      'potongan.csv',
      `No KP,Pendahuluan gaji (RM),Bayaran balik pinjaman (RM),Potongan lain (RM),Potongan lain untuk,Zakat (RM)\n${ALI},200,"1,000.00",35.50,Uniform,\n${SITI},,,,,45\n`,
    );
    const report = await importReport(app, 'wages', file, { companyId, month: MONTH });
    expect(report).toMatchObject({ committed: true, updated: 2, errors: [] });
    expect(stored(ALI)).toEqual({ basic: 300000, salary_advance: 20000, loan_repayment: 100000, other_deduction: 3550, other_deduction_note: 'Uniform', zakat: 0, unpaid_leave: 0 });
    expect(stored(SITI)).toEqual({ basic: 250000, salary_advance: 0, loan_repayment: 0, other_deduction: 0, other_deduction_note: null, zakat: 4500, unpaid_leave: 0 });
    // Ali's net: gross 3,000 less EPF, SOCSO, EIS, LINDUNG and PCB as the pay run works them out,
    // less exactly the 200 + 1,000 + 35.50 imported.
    const month = await app.call<{ lines: { employee: { idNumber: string }; payroll: { grossSen: number; netSen: number; totalDeductionsSen: number; deductions: Record<string, number> } }[] }>('payroll:month', { companyId, month: MONTH });
    const ali = month.lines.find((l) => l.employee.idNumber === ALI)!.payroll;
    expect(ali.deductions).toMatchObject({ salaryAdvanceSen: 20000, loanRepaymentSen: 100000, otherDeductionSen: 3550, otherDeductionNote: 'Uniform' });
    const statutory = ali.deductions.epfSen! + ali.deductions.socsoSen! + ali.deductions.eisSen! + ali.deductions.lindungSen! + ali.deductions.pcbSen!;
    expect(ali.netSen).toBe(300000 - statutory - 20000 - 100000 - 3550);
  });

  it('refuses, naming the row and column, an other deduction without what it is for and unpaid leave above the basic pay; nothing is written', async () => {
    const file = writeUserFile(app, 'bad.csv', `id_number,other_deduction,unpaid_leave\n${ALI},10,\n${SITI},,2600\n`);
    const report = await importReport(app, 'wages', file, { companyId, month: MONTH });
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [2, 'other_deduction_note', 'wages.error.otherDeductionNote.required'],
      [3, 'unpaid_leave', 'statutory.error.unpaidLeave.moreThanBasic'],
    ]);
    expect(stored(ALI)).toMatchObject({ other_deduction: 0 });
    expect(stored(SITI)).toMatchObject({ unpaid_leave: 0 });
  });

  it('exports the deductions in the columns it imports them from, and the export imports back unchanged', async () => {
    const file = writeUserFile(app, 'potongan.csv', `id_number,salary_advance,other_deduction,other_deduction_note\n${ALI},150,20,"Cash short, till 2"\n`);
    expect(await importReport(app, 'wages', file, { companyId, month: MONTH })).toMatchObject({ committed: true });
    const exported = await app.call<ExportedFile>('export:wages', { companyId, month: MONTH, format: 'csv' });
    const [header, aliRow] = exported.content.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header).toContain('salary_advance,loan_repayment,other_deduction,zakat,other_deduction_note');
    expect(aliRow).toContain('150.00');
    expect(aliRow).toContain('"Cash short, till 2"');
    const again = writeUserFile(app, 'again.csv', exported.content);
    const reimported = await importReport(app, 'wages', again, { companyId, month: MONTH });
    expect(reimported.errors).toEqual([]);
    expect(reimported).toMatchObject({ updated: 0, created: 0 });
  });
});
