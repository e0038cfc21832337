// The month-end dashboard keeps each company's computed month while nothing of the company changed
// (main/services/month-end/month-memo.ts). What it shows must never be a stale month: a wage saved,
// an employee changed, a write by another process on the same database, a sample company removed
// and its row id given to a new company — each is shown at the next open.
import { describe, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { useRecordsApp } from '../helpers/records';
import type { DashboardRow } from '../../shared/api/channels/month-end';
import type { EmployeeWithWarnings } from '../../shared/domain/employee';

const MONTH = '2026-10';
const app = useRecordsApp('2026-11-25');

/** The month computed afresh, without the memo: what the dashboard must show. */
const fresh = (companyId: number) => app.services.contributions.forMonth(companyId, MONTH).totals.totalSen;
const rowOf = async (code: string) => (await app.call<DashboardRow[]>('monthEnd:dashboard', { month: MONTH })).find((r) => r.company.employerCode === code)!;

async function staffed(code: string) {
  const company = await app.company(code, `Kedai ${code}`);
  const employee = await app.call<EmployeeWithWarnings>('employees:create', {
    companyId: company.id,
    employee: { name: 'Ali', idNumber: '800101145677', hireDate: '2020-01-01', perkesoRegisteredDate: '2020-01-05' },
  });
  return { company, employee };
}

describe('the month-end dashboard never shows a month older than what is stored', () => {
  it('shows a wage saved, then an employee who left, at the next open', async () => {
    const { company, employee } = await staffed('A1');
    await app.call('wages:set', { companyId: company.id, month: MONTH, entries: [{ employeeId: employee.id, items: { basic: '1000' } }] });
    const first = fresh(company.id);
    expect(first).toBeGreaterThan(0);
    expect(await rowOf('A1')).toMatchObject({ employees: 1, wagesEntered: 1, contributionSen: first });
    expect(await rowOf('A1')).toMatchObject({ contributionSen: first });
    await app.call('wages:set', { companyId: company.id, month: MONTH, entries: [{ employeeId: employee.id, items: { basic: '2000' } }] });
    expect(fresh(company.id)).toBeGreaterThan(first);
    expect(await rowOf('A1')).toMatchObject({ contributionSen: fresh(company.id) });
    // Left before October: no longer on October's payroll, but the wages saved keep the row.
    await app.call('employees:update', { id: employee.id, employee: { name: 'Ali', idNumber: '800101145677', hireDate: '2020-01-01', perkesoRegisteredDate: '2020-01-05', leaveDate: '2026-09-15', leaveReason: 'resigned' } });
    await app.call('wages:set', { companyId: company.id, month: MONTH, entries: [{ employeeId: employee.id, items: {} }] });
    expect(await rowOf('A1')).toMatchObject({ employees: 1, contributionSen: 0 });
  });

  it('shows what another process wrote to the same database', async () => {
    const { company, employee } = await staffed('A1');
    expect(await rowOf('A1')).toMatchObject({ wagesEntered: 0, contributionSen: 0 });
    const other = createServices({ dataDir: app.dataDir, filesDir: `${app.dataDir}/files`, today: () => '2026-11-25' });
    try {
      other.wages.write(company.id, MONTH, [{ employeeId: employee.id, items: { basic: 100000 } }], 'cli');
    } finally {
      other.close();
    }
    expect(fresh(company.id)).toBeGreaterThan(0);
    expect(await rowOf('A1')).toMatchObject({ wagesEntered: 1, contributionSen: fresh(company.id) });
  });

  it('shows a new company, not the removed sample company whose row id it was given', async () => {
    const sample = await app.call<{ company: { id: number } }>('sample:create', {});
    const before = (await app.call<DashboardRow[]>('monthEnd:dashboard', { month: MONTH })).find((r) => r.company.id === sample.company.id)!;
    expect(before.employees).toBeGreaterThan(0);
    await app.call('sample:remove', { companyId: sample.company.id });
    const { company } = await staffed('B2');
    const after = (await app.call<DashboardRow[]>('monthEnd:dashboard', { month: MONTH })).find((r) => r.company.id === company.id)!;
    expect(after).toMatchObject({ company: { employerCode: 'B2' }, employees: 1, wagesEntered: 0, contributionSen: 0 });
  });
});
