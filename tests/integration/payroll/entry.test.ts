// Deductions and hours of one employee-month from the Payroll screen (issue 17), through the real
// router over a real SQLite file: saved with the month's version, net pay read again from the pay
// run, a row changed elsewhere refused, a finalised month refused, a save that would make the net
// pay negative refused naming the employee with nothing written; the Employment Act helpers'
// amounts worked by hand in the comments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordsApp, hire, lineOf, pay, payrollOf, type RecordsApp } from './setup';
import { overtimeSen, unpaidLeaveSen } from '../../../shared/payroll/employment-act';
import { overtimeWorking, unpaidLeaveWorking, monthlyRateOf, proratedBasicSuggestion } from '../../../shared/payroll/employment-act-working';
import type { WageEntry } from '../../../shared/domain/wages';

let app: RecordsApp;
beforeEach(() => {
  app = createRecordsApp('2026-12-02');
});
afterEach(() => app.dispose());

const MONTH = '2026-11'; // 30 days

async function refusal(channel: string, input: unknown) {
  const result = await app.router.invoke(channel, input);
  if (result.ok) throw new Error(`${channel} was not refused`);
  return result.error;
}

async function siti() {
  const company = await app.company('A1', 'Kedai A1');
  const employee = await hire(app, company.id, { name: 'Siti binti Omar', idNumber: '960115-14-5674', monthlyRate: '2600.00' });
  await pay(app, company.id, MONTH, [{ employeeId: employee.id, items: { basic: '2600', allowance: '100' } }]);
  const { entry } = await app.call<{ entry: WageEntry; finalised: boolean }>('payroll:entry', { companyId: company.id, month: MONTH, employeeId: employee.id });
  return { company, employee, entry };
}

describe('the Employment Act helpers, worked by hand', () => {
  it('overtime of RM2,600 a month, 8 h a day: 4 h normal + 2 h rest day + 1 h public holiday', () => {
    // Hourly 2600 ÷ 26 ÷ 8 = RM12.50; 4 × 12.50 × 1.5 = 75.00; 2 × 12.50 × 2 = 50.00; 1 × 12.50 × 3 = 37.50; total RM162.50.
    const worked = overtimeWorking(monthlyRateOf(260_000, 0), { normal: 240, restDay: 120, publicHoliday: 60 }, 480);
    expect(worked.amountSen).toBe(16_250);
    expect(worked.working.map((w) => [w.key, w.params])).toEqual([
      ['payHours.working.hourly.employee', { monthly: 'RM2,600.00', divisor: 26, hours: '8:00', hourly: 'RM12.50' }],
      ['payHours.working.overtime.normal', { hours: '4:00', multiplier: '1.5', amount: 'RM75.00' }],
      ['payHours.working.overtime.restDay', { hours: '2:00', multiplier: '2', amount: 'RM50.00' }],
      ['payHours.working.overtime.publicHoliday', { hours: '1:00', multiplier: '3', amount: 'RM37.50' }],
      ['payHours.working.overtime.total', { amount: 'RM162.50' }],
    ]);
  });
  it('unpaid leave of 3 days in a 30-day month, from the basic pay when no monthly rate is recorded', () => {
    // 2600 ÷ 30 × 3 = RM260.00.
    const worked = unpaidLeaveWorking(monthlyRateOf(null, 260_000), MONTH, 3);
    expect(worked.amountSen).toBe(26_000);
    expect(worked.working[0]).toEqual({ key: 'payHours.working.unpaidLeave.basic', params: { monthly: 'RM2,600.00', daysInMonth: 30, days: 3, amount: 'RM260.00', month: MONTH } });
  });
  it('offers a joiner’s prorated basic pay, and nothing for a whole month', () => {
    // Joined 10 November: employed 10–30 November = 21 days; 2600 ÷ 30 × 21 = RM1,820.00.
    expect(proratedBasicSuggestion(monthlyRateOf(260_000, 0), MONTH, '2026-11-10', null)?.amountSen).toBe(182_000);
    // Left 5 December (31 days): 2600 ÷ 31 × 5 = 419.354… → RM419.35.
    expect(proratedBasicSuggestion(monthlyRateOf(260_000, 0), '2026-12', '2020-01-06', '2026-12-05')?.amountSen).toBe(41_935);
    expect(proratedBasicSuggestion(monthlyRateOf(260_000, 0), MONTH, '2020-01-06', null)).toBeNull();
  });
});

describe('payroll:saveEntry', () => {
  it('refuses more unpaid leave days than the month has (31 in a 30-day November), whichever way the entry comes; 30 is kept', async () => {
    const { company, employee } = await siti();
    const days = (unpaidLeaveDays: number) => [{ employeeId: employee.id, items: { basic: '2600' }, unpaidLeaveDays }];
    const error = await refusal('wages:set', { companyId: company.id, month: MONTH, entries: days(31) });
    expect(error.key).toBe('payHours.import.days');
    expect(error.message).toContain('0 to 30');
    expect((await app.call<{ entry: WageEntry }>('payroll:entry', { companyId: company.id, month: MONTH, employeeId: employee.id })).entry.unpaidLeaveDays).toBe(0);
    await app.call('wages:set', { companyId: company.id, month: MONTH, entries: days(30) });
    expect((await app.call<{ entry: WageEntry }>('payroll:entry', { companyId: company.id, month: MONTH, employeeId: employee.id })).entry.unpaidLeaveDays).toBe(30);
  });
  it('saves deductions and hours against the version loaded; net pay falls by the net-only deductions', async () => {
    const { company, employee, entry } = await siti();
    const before = lineOf(await payrollOf(app, company.id, MONTH), employee.id).payroll;
    const overtime = overtimeSen(260_000, { normal: 240, restDay: 120, publicHoliday: 60 });
    expect(overtime).toBe(16_250); // worked by hand above
    const saved = await app.call<{ changed: number }>('payroll:saveEntry', {
      companyId: company.id,
      month: MONTH,
      entry: {
        employeeId: employee.id,
        items: { basic: '2600.00', allowance: '100.00', overtime: '162.50' },
        deductions: { salary_advance: '100.00', loan_repayment: '50.00', other_deduction: '20.00', zakat: '', unpaid_leave: '' },
        otherDeductionNote: 'Uniform',
        overtimeMinutes: { normal: 240, restDay: 120, publicHoliday: 60 },
        unpaidLeaveDays: 0,
        expectedVersion: entry.updatedAt,
      },
    });
    expect(saved.changed).toBe(1);
    const { entry: stored } = await app.call<{ entry: WageEntry }>('payroll:entry', { companyId: company.id, month: MONTH, employeeId: employee.id });
    expect(stored.items.overtime).toBe(16_250);
    expect(stored.overtimeMinutes).toEqual({ normal: 240, restDay: 120, publicHoliday: 60 });
    expect(stored.deductions).toMatchObject({ salary_advance: 10_000, loan_repayment: 5_000, other_deduction: 2_000 });
    expect(stored.otherDeductionNote).toBe('Uniform');

    const after = lineOf(await payrollOf(app, company.id, MONTH), employee.id).payroll;
    expect(after.grossSen).toBe(before.grossSen + 16_250);
    expect(after.deductions.salaryAdvanceSen + after.deductions.loanRepaymentSen + after.deductions.otherDeductionSen).toBe(17_000);
    // Overtime is not EPF wages (EPF.md §3): the EPF stays; net rises by the overtime less the
    // statutory shares on it and falls by the three net-only deductions.
    expect(after.deductions.epfSen).toBe(before.deductions.epfSen);
    const statutoryChange =
      after.deductions.socsoSen - before.deductions.socsoSen + (after.deductions.eisSen - before.deductions.eisSen) + (after.deductions.lindungSen - before.deductions.lindungSen) + (after.deductions.pcbSen - before.deductions.pcbSen);
    expect(after.netSen).toBe(before.netSen + 16_250 - 17_000 - statutoryChange);
  });

  it('unpaid leave of 3 days comes off the pay for every scheme', async () => {
    const { company, employee, entry } = await siti();
    const amount = unpaidLeaveSen(260_000, MONTH, 3);
    expect(amount).toBe(26_000); // 2600 ÷ 30 × 3, by hand
    await app.call('payroll:saveEntry', {
      companyId: company.id,
      month: MONTH,
      entry: { employeeId: employee.id, items: { basic: '2600', allowance: '100' }, deductions: { unpaid_leave: '260.00' }, unpaidLeaveDays: 3, expectedVersion: entry.updatedAt },
    });
    const line = lineOf(await payrollOf(app, company.id, MONTH), employee.id).payroll;
    expect(line.deductions.unpaidLeaveSen).toBe(26_000);
    // SOCSO wages 2,700 − 260 = 2,440.00: band 2,400.01–2,500.00, employee RM12.25 (socso_first_2024-10).
    expect(line.deductions.socsoSen).toBe(1_225);
  });

  it('refuses a row changed elsewhere since it was loaded, and writes nothing', async () => {
    const { company, employee, entry } = await siti();
    // Another window (the wage grid) saves the month meanwhile.
    await pay(app, company.id, MONTH, [{ employeeId: employee.id, items: { basic: '2600', allowance: '150' } }]);
    const error = await refusal('payroll:saveEntry', {
      companyId: company.id,
      month: MONTH,
      entry: { employeeId: employee.id, items: { basic: '2600', allowance: '100' }, deductions: { salary_advance: '100' }, expectedVersion: entry.updatedAt },
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Siti binti Omar');
    const { entry: stored } = await app.call<{ entry: WageEntry }>('payroll:entry', { companyId: company.id, month: MONTH, employeeId: employee.id });
    expect(stored.items.allowance).toBe(15_000);
    expect(stored.deductions.salary_advance).toBe(0);
  });

  it('refuses a net pay below zero naming the employee, and writes nothing', async () => {
    const { company, employee, entry } = await siti();
    const error = await refusal('payroll:saveEntry', {
      companyId: company.id,
      month: MONTH,
      entry: { employeeId: employee.id, items: { basic: '2600', allowance: '100' }, deductions: { salary_advance: '2700' }, expectedVersion: entry.updatedAt },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('Siti binti Omar');
    expect(error.message).toContain('below zero');
    expect(error.field).toBe('entry');
    const { entry: stored } = await app.call<{ entry: WageEntry }>('payroll:entry', { companyId: company.id, month: MONTH, employeeId: employee.id });
    expect(stored.deductions.salary_advance).toBe(0);
    expect(stored.updatedAt).toBe(entry.updatedAt);
  });

  it('refuses what the wage file refuses, with the same messages and the entry’s field', async () => {
    const { company, employee, entry } = await siti();
    const base = { employeeId: employee.id, items: { basic: '2600', allowance: '100' }, expectedVersion: entry.updatedAt };
    const noNote = await refusal('payroll:saveEntry', { companyId: company.id, month: MONTH, entry: { ...base, deductions: { other_deduction: '20' } } });
    expect([noNote.code, noNote.field]).toEqual(['VALIDATION', 'entry.otherDeductionNote']);
    expect(noNote.message).toContain('Say what the other deduction is for');
    const tooMuchLeave = await refusal('payroll:saveEntry', { companyId: company.id, month: MONTH, entry: { ...base, deductions: { unpaid_leave: '2600.01' } } });
    expect([tooMuchLeave.code, tooMuchLeave.field]).toEqual(['VALIDATION', 'entry.deductions.unpaid_leave']);
    const minutes = await refusal('payroll:saveEntry', { companyId: company.id, month: MONTH, entry: { ...base, overtimeMinutes: { normal: 1.5 } } });
    expect(minutes.code).toBe('VALIDATION');
  });

  it('refuses a finalised month, and another company’s employee', async () => {
    const { company, employee, entry } = await siti();
    await app.call('payroll:finalise', { companyId: company.id, month: MONTH });
    const view = await app.call<{ finalised: boolean }>('payroll:entry', { companyId: company.id, month: MONTH, employeeId: employee.id });
    expect(view.finalised).toBe(true);
    const locked = await refusal('payroll:saveEntry', {
      companyId: company.id,
      month: MONTH,
      entry: { employeeId: employee.id, items: { basic: '2600', allowance: '100' }, deductions: { salary_advance: '10' }, expectedVersion: entry.updatedAt },
    });
    expect(locked.code).toBe('CONFLICT');
    expect(locked.message).toContain('finalised');

    const other = await app.company('B2', 'Kedai B2');
    const foreign = await refusal('payroll:saveEntry', {
      companyId: other.id,
      month: '2026-12',
      entry: { employeeId: employee.id, items: { basic: '1' }, expectedVersion: null },
    });
    expect(foreign.code).toBe('FORBIDDEN');
    expect((await refusal('payroll:entry', { companyId: other.id, month: MONTH, employeeId: employee.id })).code).toBe('NOT_FOUND');
  });
});
