// A correction after finalising (issue 17): pay that was short in a finalised month is paid in a
// later month as arrears of wages. It shows in the finalised month's SOCSO/EIS arrears statement
// (worked with that month's tables), is EPF wages and PCB additional remuneration in the month
// paid, and the employee's share of the arrears contributions comes off the pay it is paid with.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordsApp, everyDeduction, hire, lineOf, pay, payrollOf, type RecordsApp } from './setup';
import type { ArrearsReport } from '../../../shared/domain/month-end';
import type { Correction } from '../../../shared/payroll/month';
import { makeTempDir } from '../../helpers/temp-dir';

let app: RecordsApp;
let files: { dir: string; remove: () => void };
beforeEach(() => {
  app = createRecordsApp('2026-12-02');
  files = makeTempDir();
});
afterEach(() => {
  app.dispose();
  files.remove();
});

/** February 2026 paid (2,500), its ASSIST files generated, finalised; March entered (2,500). */
async function paidFebruary() {
  const company = await app.company('A1', 'Kedai A1');
  const ali = await hire(app, company.id, { name: 'Ali', idNumber: '960115-14-5673' });
  await pay(app, company.id, '2026-02', [{ employeeId: ali.id, items: { basic: '2500' } }]);
  await app.call('assist:generate', { companyId: company.id, month: '2026-02', folder: files.dir });
  await app.call('payroll:finalise', { companyId: company.id, month: '2026-02' });
  await pay(app, company.id, '2026-03', [{ employeeId: ali.id, items: { basic: '2500' } }]);
  return { company, ali };
}

describe('a correction of a finalised month', () => {
  it('shows in that month’s arrears statement and is paid, with EPF and PCB, in the next month', async () => {
    const { company, ali } = await paidFebruary();
    const created = await app.call<Correction>('payroll:addCorrection', {
      companyId: company.id,
      employeeId: ali.id,
      forMonth: '2026-02',
      paidMonth: '2026-03',
      amount: '300.00',
      reason: 'Allowance left out',
    });
    expect(created).toMatchObject({ forMonth: '2026-02', paidMonth: '2026-03', amountSen: 30_000 });

    // February's arrears statement (the existing one): wages 2,500 → 2,800 with February's tables.
    // SOCSO 2,700.01–2,800: 48.15 / 13.75 less 2,400.01–2,500: 42.85 / 12.25 = 5.30 / 1.50; EIS 5.50 − 4.90 = 0.60 each.
    const arrears = await app.call<ArrearsReport>('monthEnd:arrears', { companyId: company.id, month: '2026-02' });
    expect(arrears.lines.map((l) => [l.scheme, l.generatedWagesSen, l.currentWagesSen, l.employerDifferenceSen, l.employeeDifferenceSen])).toEqual([
      ['socso', 250_000, 280_000, 530, 150],
      ['eis', 250_000, 280_000, 60, 60],
    ]);
    // February itself stays as paid.
    expect(lineOf(await payrollOf(app, company.id, '2026-02'), ali.id).payroll.grossSen).toBe(250_000);

    // March pays it: gross 2,800; SOCSO of March on March's own 2,500; the arrears shares deducted
    // with it; EPF on 2,800 (arrears are EPF wages of the month paid): 308, K1 on the salary 275, Kt 33;
    // the RM300 is additional remuneration for PCB.
    const march = await payrollOf(app, company.id, '2026-03');
    const line = lineOf(march, ali.id);
    const p = line.payroll;
    expect(p.grossSen).toBe(280_000);
    expect(p.corrections.map((c) => [c.forMonth, c.amountSen, c.socsoWagesBeforeSen, c.socsoWagesAfterSen])).toEqual([['2026-02', 30_000, 250_000, 280_000]]);
    expect([p.wages.socsoSen, p.deductions.socsoSen, p.deductions.arrearsSocsoSen, p.employer.arrearsSocsoSen, p.deductions.arrearsEisSen]).toEqual([
      250_000, 1_225, 150, 530, 60,
    ]);
    expect([p.wages.epfSen, p.deductions.epfSen, p.pcb.k1Sen, p.pcb.ktSen, p.pcb.y1Sen, p.pcb.ytSen]).toEqual([280_000, 30_800, 27_500, 3_300, 250_000, 30_000]);
    expect(p.grossSen - everyDeduction(line)).toBe(p.netSen);
    // PERKESO's arrears are their own line of what to pay.
    expect(march.totals.payable.perkesoArrearsSen).toBe(150 + 530 + 60 + 60);

    // Once March is finalised, April's year to date has the RM300 as paid in March.
    await app.call('payroll:finalise', { companyId: company.id, month: '2026-03' });
    await pay(app, company.id, '2026-04', [{ employeeId: ali.id, items: { basic: '2500' } }]);
    const april = lineOf(await payrollOf(app, company.id, '2026-04'), ali.id).payroll;
    expect(april.pcb.yearToDate.sumYSen).toBe(250_000 + 280_000);
    expect(april.pcb.yearToDate.sumKSen).toBe(27_500 + 30_800);
    // A paid correction cannot be removed, and February cannot be unlocked while it stands.
    expect((await app.refusal('payroll:removeCorrection', { companyId: company.id, id: created.id })).key).toBe('payroll.error.monthFinalised');
    expect((await app.refusal('payroll:unlock', { companyId: company.id, month: '2026-02', reason: 'redo' })).key).toBe('payroll.error.unlockLaterFinalised');
  });

  it('can be removed while the month paid is open, and the arrears statement follows', async () => {
    const { company, ali } = await paidFebruary();
    const created = await app.call<Correction>('payroll:addCorrection', { companyId: company.id, employeeId: ali.id, forMonth: '2026-02', paidMonth: '2026-03', amount: '50', reason: 'Overtime' });
    expect((await app.call<Correction[]>('payroll:corrections', { companyId: company.id, month: '2026-02' })).map((c) => c.id)).toEqual([created.id]);
    expect((await app.refusal('payroll:unlock', { companyId: company.id, month: '2026-02', reason: 'redo' })).key).toBe('payroll.error.unlockHasCorrections');
    await app.call('payroll:removeCorrection', { companyId: company.id, id: created.id });
    const arrears = await app.call<ArrearsReport>('monthEnd:arrears', { companyId: company.id, month: '2026-02' });
    expect(arrears.lines).toEqual([]);
    expect(lineOf(await payrollOf(app, company.id, '2026-03'), ali.id).payroll.grossSen).toBe(250_000);
  });

  it('refuses what is not a correction, each with what to do instead', async () => {
    const { company, ali } = await paidFebruary();
    const base = { companyId: company.id, employeeId: ali.id, forMonth: '2026-02', paidMonth: '2026-03', amount: '100', reason: 'Overtime' };
    const open = await app.refusal('payroll:addCorrection', { ...base, forMonth: '2026-03', paidMonth: '2026-04' });
    expect([open.key, open.message]).toEqual(['payroll.error.correctionMonthOpen', 'March 2026 is not finalised: change its wages directly instead of entering a correction.']);
    expect((await app.refusal('payroll:addCorrection', { ...base, paidMonth: '2026-02' })).key).toBe('payroll.error.correctionPaidBefore');
    expect((await app.refusal('payroll:addCorrection', { ...base, paidMonth: '2026-01' })).key).toBe('payroll.error.correctionPaidBefore');
    const zero = await app.refusal('payroll:addCorrection', { ...base, amount: '0' });
    expect([zero.code, zero.field, zero.key]).toEqual(['VALIDATION', 'amount', 'payroll.error.correctionAmount']);
    expect((await app.refusal('payroll:addCorrection', { ...base, amount: '-5' })).code).toBe('VALIDATION');
    expect((await app.refusal('payroll:addCorrection', { ...base, reason: '' })).field).toBe('reason');
    // Paid in a finalised month: refused like any other write to it.
    await app.call('payroll:finalise', { companyId: company.id, month: '2026-03' });
    expect((await app.refusal('payroll:addCorrection', base)).key).toBe('payroll.error.monthFinalised');
    // Another company's employee is not found.
    const other = await app.company('B2', 'Kedai B2');
    const bob = await hire(app, other.id, { name: 'Bob', idNumber: '800101-14-5679' });
    expect((await app.refusal('payroll:addCorrection', { ...base, employeeId: bob.id })).code).toBe('NOT_FOUND');
    expect(fs.existsSync(files.dir)).toBe(true);
  });
});
