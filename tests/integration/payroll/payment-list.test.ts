// The payment list (issue 17, paying staff) from a month the real pay run computed: one row per
// employee paid with bank, account, net pay and reference, the total, a formula-shaped name made
// harmless, and no list at all while someone cannot be paid as entered.
import { describe, expect, it } from 'vitest';
import { useRecordsApp, hire, pay, payrollOf } from './setup';
import { paymentListCsv } from '../../../shared/payroll/payment-list';
import { PayrollError } from '../../../shared/payroll/errors';

const app = useRecordsApp('2026-12-02');

describe('payment list', () => {
  it('lists each employee paid with bank, account, net pay and reference, and the total', async () => {
    const company = await app.company('A1', 'Kedai A1');
    await app.call('companies:update', { id: company.id, paymentReference: 'GAJI JULAI' });
    const ali = await hire(app, company.id, { name: 'Ali bin Abu', idNumber: '960115-14-5673', bankName: 'Maybank', bankAccount: '1140-2233-4455' });
    const eve = await hire(app, company.id, { name: '=HYPERLINK("http://x")', idNumber: '900303-10-5670', bankName: 'CIMB', bankAccount: '800112233' });
    // Ali: RM3,000 → net 2,627.20 (EPF 330.00, SOCSO 14.75, EIS 5.90, LINDUNG 22.15, no PCB), as the pay run says.
    await pay(app, company.id, '2026-07', [
      { employeeId: ali.id, items: { basic: '3000' } },
      { employeeId: eve.id, items: { reimbursement: '100' } },
    ]);
    const month = await payrollOf(app, company.id, '2026-07');
    const file = paymentListCsv(month, 'en');
    expect(file.fileName).toBe('payment-list-2026-07-A1.csv');
    const net = (id: number) => month.lines.find((l) => l.employee.id === id)!.payroll.netSen;
    expect(net(eve.id)).toBe(10_000); // a reimbursement only: nothing deducted
    expect(file.content).toContain('Ali bin Abu,960115145673,Maybank,1140-2233-4455,2627.20,GAJI JULAI 2026-07');
    expect(file.content).toContain(`,,,,${((net(ali.id) + 10_000) / 100).toFixed(2)},`);
    expect(file.content).toContain('Total (2 employees)');
    // The formula-shaped name is written so no spreadsheet runs it.
    expect(file.content).not.toMatch(/(^|\n|,)=HYPERLINK/);
    expect(file.content.trim().split(/\r?\n/)).toHaveLength(4); // header, two employees, total
    expect(paymentListCsv(month, 'ms').content).toContain('Jumlah (2 pekerja)');
  });

  it('makes no list while an employee cannot be paid as entered', async () => {
    const company = await app.company('A1', 'Kedai A1');
    const ali = await hire(app, company.id, { name: 'Ali bin Abu', idNumber: '960115-14-5673' });
    await pay(app, company.id, '2026-07', [{ employeeId: ali.id, items: { basic: '500' }, deductions: { loan_repayment: '900' } }]);
    const month = await payrollOf(app, company.id, '2026-07');
    expect(() => paymentListCsv(month, 'en')).toThrow(PayrollError);
  });

  it('makes no list while someone paid has no bank account, naming each of them', async () => {
    const company = await app.company('A1', 'Kedai A1');
    const ali = await hire(app, company.id, { name: 'Ali bin Abu', idNumber: '960115-14-5673' });
    const siti = await hire(app, company.id, { name: 'Siti', idNumber: '900303-10-5670', bankName: 'CIMB', bankAccount: '800112233' });
    await pay(app, company.id, '2026-07', [
      { employeeId: ali.id, items: { basic: '2000' } },
      { employeeId: siti.id, items: { basic: '2000' } },
    ]);
    const folder = `${app.dataDir}/out`;
    (await import('node:fs')).mkdirSync(folder);
    const result = await app.router.invoke('payroll:export', { companyId: company.id, month: '2026-07', kind: 'paymentList', folder });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toBe(
        'No payment list was made for July 2026: 1 employee has no bank account number: Ali bin Abu (960115145673). Enter their bank and account number (Employees), or pay them another way and leave them out of the bank upload.',
      );
    }
    expect((await import('node:fs')).readdirSync(folder)).toEqual([]);
  });
});
