// The month-end dashboard shows each company's payslips for the month (issue 17): nothing while no
// wages are saved, DRAFT while the month is open (each page says so), final once it is finalised.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordsApp, type RecordsApp } from '../helpers/records';
import type { DashboardRow } from '../../shared/api/channels/month-end';
import type { EmployeeWithWarnings } from '../../shared/domain/employee';

const MONTH = '2026-10';
let app: RecordsApp;
beforeEach(() => {
  app = createRecordsApp('2026-11-25');
});
afterEach(() => app.dispose());

const rowOf = async (companyId: number) => (await app.call<DashboardRow[]>('monthEnd:dashboard', { month: MONTH })).find((r) => r.company.id === companyId)!;

describe('payslips on the month-end dashboard', () => {
  it('nothing without wages, draft while open, final with the time it was finalised, draft again after an unlock', async () => {
    const company = await app.company('A1', 'Kedai A1');
    const ali = await app.call<EmployeeWithWarnings>('employees:create', {
      companyId: company.id,
      employee: { name: 'Ali', idNumber: '800101145677', hireDate: '2020-01-01', perkesoRegisteredDate: '2020-01-05', bankName: 'Maybank', bankAccount: '114100001111' },
    });
    expect((await rowOf(company.id)).payslips).toBeNull();
    await app.call('wages:set', { companyId: company.id, month: MONTH, entries: [{ employeeId: ali.id, items: { basic: '2000' } }] });
    expect((await rowOf(company.id)).payslips).toEqual({ stage: 'draft', finalisedAt: null });
    await app.call('payroll:finalise', { companyId: company.id, month: MONTH });
    const final = (await rowOf(company.id)).payslips;
    expect(final).toMatchObject({ stage: 'final' });
    expect(final?.finalisedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await app.call('payroll:unlock', { companyId: company.id, month: MONTH, reason: 'Overtime was left out' });
    expect((await rowOf(company.id)).payslips).toEqual({ stage: 'draft', finalisedAt: null });
  });
});
