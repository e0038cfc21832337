// The month-end dashboard's "needs action now" (issue 12 item 5): every company's month to pay
// now, plus each earlier month that is overdue or whose files are out of date — over a real
// SQLite file, through the router. Today is 5 December 2026: November is the month to pay now
// (due 15 December); October was due on 15 November and is 20 days late.
import { describe, expect, it } from 'vitest';
import { useRecordsApp } from '../helpers/records';
import { tempDirsPerTest } from '../helpers/temp-dirs';
import { mykadNumber } from '../helpers/generate';
import type { ActionNowView, DashboardRow } from '../../shared/api/channels/month-end';
import type { Company } from '../../shared/domain/company';

const folder = tempDirsPerTest('caruman-action-now-');
const app = useRecordsApp('2026-12-05');

let serial = 0;
async function companyWithOne(code: string, details: Record<string, unknown> = {}): Promise<{ company: Company; employeeId: number }> {
  const company = await app.call<Company>('companies:create', { name: `Kedai ${code}`, employerCode: code });
  if (Object.keys(details).length > 0) await app.call('companies:update', { id: company.id, ...details });
  serial += 1;
  const employee = await app.call<{ id: number }>('employees:create', {
    companyId: company.id,
    employee: { name: `Pekerja ${code}`, idNumber: mykadNumber(serial * 37), hireDate: '2020-01-01', perkesoRegisteredDate: '2020-01-05' },
  });
  return { company, employeeId: employee.id };
}

async function wages(companyId: number, employeeId: number, month: string, basic: string) {
  await app.call('wages:set', { companyId, month, entries: [{ employeeId, items: { basic } }] });
}

const view = () => app.call<ActionNowView>('monthEnd:actionNow', {});
const monthsOf = (rows: DashboardRow[], companyId: number) => rows.filter((r) => r.company.id === companyId).map((r) => r.month);

describe('needs action now', () => {
  it('October overdue and November current: both shown, November first; October paid: only November', async () => {
    const { company, employeeId } = await companyWithOne('A3700012345B');
    await wages(company.id, employeeId, '2026-10', '3000');
    await wages(company.id, employeeId, '2026-11', '3000');

    const before = await view();
    expect(before.month).toBe('2026-11');
    expect(monthsOf(before.rows, company.id)).toEqual(['2026-11', '2026-10']);
    const october = before.rows.find((r) => r.month === '2026-10')!;
    // Due 15 November, 20 days late by 5 December.
    expect(october).toMatchObject({ overdue: true, dueDate: '2026-11-15', daysToDeadline: -20 });
    expect(october.interestEstimateSen).toBeGreaterThan(0);
    // The one-month dashboard of November does not show October at all: the reason for the view.
    expect((await app.call<DashboardRow[]>('monthEnd:dashboard', { month: '2026-11' })).map((r) => r.month)).toEqual(['2026-11']);

    app.services.receipts.monthStatus.set(company.id, '2026-10', 'paid');
    expect(monthsOf((await view()).rows, company.id)).toEqual(['2026-11']);
  });

  it('every company gets its current month; earlier months only where something must be done', async () => {
    const late = await companyWithOne('B1000000002B');
    const upToDate = await companyWithOne('C1000000003C');
    const noWagesYet = await companyWithOne('D1000000004D');
    for (const month of ['2026-08', '2026-09', '2026-10']) await wages(late.company.id, late.employeeId, month, '2000');
    app.services.receipts.monthStatus.set(late.company.id, '2026-09', 'receipt_filed');
    for (const month of ['2026-09', '2026-10', '2026-11']) {
      await wages(upToDate.company.id, upToDate.employeeId, month, '2500');
      if (month !== '2026-11') app.services.receipts.monthStatus.set(upToDate.company.id, month, 'paid');
    }

    const { rows } = await view();
    expect(monthsOf(rows, late.company.id)).toEqual(['2026-11', '2026-08', '2026-10']);
    expect(monthsOf(rows, upToDate.company.id)).toEqual(['2026-11']);
    expect(monthsOf(rows, noWagesYet.company.id)).toEqual(['2026-11']);
    // Nothing before the company's first wages (July and earlier are not read, let alone shown).
    expect(rows.every((r) => r.month >= '2026-08')).toBe(true);
  });

  it('an earlier month paid but changed after its files were made is shown out of date, until made again', async () => {
    const { company, employeeId } = await companyWithOne('E1000000005E');
    await wages(company.id, employeeId, '2026-10', '3000');
    await app.call('assist:generate', { companyId: company.id, month: '2026-10', folder: folder() });
    app.services.receipts.monthStatus.set(company.id, '2026-10', 'paid');
    expect(monthsOf((await view()).rows, company.id)).toEqual(['2026-11']);

    await wages(company.id, employeeId, '2026-10', '3200'); // after payment: arrears are owed
    const changed = (await view()).rows.find((r) => r.company.id === company.id && r.month === '2026-10');
    expect(changed).toMatchObject({ filesOutOfDate: true, overdue: false, stage: 'paid' });

    await app.call('assist:generate', { companyId: company.id, month: '2026-10', folder: folder() });
    app.services.receipts.monthStatus.set(company.id, '2026-10', 'paid');
    expect(monthsOf((await view()).rows, company.id)).toEqual(['2026-11']);
  });

  it('KWSP late with October is shown even when PERKESO is paid, until KWSP is marked paid', async () => {
    const { company, employeeId } = await companyWithOne('F1000000006F', { epfEmployerNumber: '23456789' });
    await wages(company.id, employeeId, '2026-10', '3000');
    app.services.receipts.monthStatus.set(company.id, '2026-10', 'paid');

    const october = (await view()).rows.find((r) => r.company.id === company.id && r.month === '2026-10');
    // Wages of October: contribution month November, due 15 November (E8).
    expect(october).toMatchObject({ overdue: false, kwsp: { overdue: true, dueDate: '2026-11-15' } });

    await app.call('monthEnd:setFiling', { companyId: company.id, month: '2026-10', body: 'kwsp', mark: 'paid' });
    expect(monthsOf((await view()).rows, company.id)).toEqual(['2026-11']);
  });

  it('a month given is the current one; a bad month is refused by name', async () => {
    const { company, employeeId } = await companyWithOne('G1000000007G');
    await wages(company.id, employeeId, '2026-09', '1800');
    const chosen = await app.call<ActionNowView>('monthEnd:actionNow', { month: '2026-10' });
    expect(chosen.month).toBe('2026-10');
    expect(monthsOf(chosen.rows, company.id)).toEqual(['2026-10', '2026-09']);
    const bad = await app.router.invoke('monthEnd:actionNow', { month: '2026-13' });
    expect(bad.ok).toBe(false);
    const extra = await app.router.invoke('monthEnd:actionNow', { month: '2026-10', companyId: 1 });
    expect(extra.ok).toBe(false);
  });
});
