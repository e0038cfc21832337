import { describe, expect, it } from 'vitest';
import { useRecordsApp } from '../../helpers/records';
import type { EmployeeWithWarnings } from '../../../shared/domain/employee';

const app = useRecordsApp('2025-06-15');

const ali = { name: 'Ali bin Abu', idNumber: '800101-14-5677', hireDate: '2024-03-01', perkesoRegisteredDate: '2024-03-10' };

describe('employees', () => {
  it('derives date of birth, gender, citizen and the PERKESO ID from a MyKad number', async () => {
    const company = await app.company();
    const e = await app.call<EmployeeWithWarnings>('employees:create', { companyId: company.id, employee: ali });
    expect(e).toMatchObject({
      idType: 'mykad',
      idNumber: '800101145677',
      perkesoId: '800101145677',
      dateOfBirth: '1980-01-01',
      gender: 'male',
      nationality: 'citizen',
      paysLindung: true,
      warnings: [],
    });
  });

  it('lets the century of a MyKad birth date be corrected, but not the day', async () => {
    const company = await app.company();
    const ok = await app.call<EmployeeWithWarnings>('employees:create', {
      companyId: company.id,
      employee: { name: 'Old Timer', idNumber: '250505-01-1234', dateOfBirth: '1925-05-05' },
    });
    expect(ok.dateOfBirth).toBe('1925-05-05');
    const bad = await app.router.invoke('employees:create', {
      companyId: company.id,
      employee: { name: 'X', idNumber: '800101-14-5679', dateOfBirth: '1980-01-02' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'employee.dateOfBirth' } });
  });

  it.each([
    [{ name: 'X', idNumber: '800132-14-5677' }, 'idNumber'],
    [{ name: 'X', idNumber: '80010114567' }, 'idNumber'],
    [{ name: 'X', idNumber: 'ABC' }, 'idNumber'],
    [{ name: '', idNumber: '800101-14-5677' }, 'name'],
    [{ name: 'X', idType: 'passport', idNumber: 'A12345678' }, 'nationality'],
    [{ name: 'X', idNumber: '800101-14-5677', hireDate: '2024-02-30' }, 'hireDate'],
    [{ name: 'X', idNumber: '800101-14-5677', hireDate: '2024-03-01', leaveDate: '2024-01-01' }, 'leaveDate'],
    [{ name: 'X', idNumber: '800101-14-5677', leaveReason: 'died' }, 'leaveDate'],
    [{ name: 'X', idNumber: '800101-14-5677', categoryOverride: { value: 2, reason: ' ' } }, 'categoryOverride.reason'],
    [{ name: 'X', idType: 'passport', idNumber: 'A1234567890123', nationality: 'foreign' }, 'perkesoId'],
  ])('refuses %j naming the field %s, and writes nothing', async (employee, field) => {
    const company = await app.company();
    const result = await app.router.invoke('employees:create', { companyId: company.id, employee });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe(`employee.${field}`);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
    expect(app.services.db.prepare('SELECT count(*) AS n FROM employees').get()).toEqual({ n: 0 });
  });

  it('keeps one ID number once per company, but two companies may employ the same person separately', async () => {
    const a = await app.company('A1', 'Kedai A');
    const b = await app.company('B2', 'Kedai B');
    await app.call('employees:create', { companyId: a.id, employee: ali });
    const dup = await app.router.invoke('employees:create', { companyId: a.id, employee: { ...ali, name: 'Someone' } });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'employee.idNumber' } });
    const inB = await app.call<EmployeeWithWarnings>('employees:create', { companyId: b.id, employee: { ...ali, name: 'Ali (B)' } });
    await app.call('employees:update', { id: inB.id, employee: { ...ali, name: 'Ali at B', hireDate: '2025-01-01' } });

    const listA = await app.call<EmployeeWithWarnings[]>('employees:list', { companyId: a.id });
    const listB = await app.call<EmployeeWithWarnings[]>('employees:list', { companyId: b.id });
    expect(listA.map((e) => [e.name, e.hireDate])).toEqual([['Ali bin Abu', '2024-03-01']]);
    expect(listB.map((e) => [e.name, e.hireDate])).toEqual([['Ali at B', '2025-01-01']]);
  });

  it('records every change with old and new value', async () => {
    const company = await app.company();
    const e = await app.call<EmployeeWithWarnings>('employees:create', { companyId: company.id, employee: ali });
    await app.call('employees:update', { id: e.id, employee: { ...ali, name: 'Ali bin Abu Bakar', paysLindung: false } });
    const history = await app.call<{ field: string; oldValue: string | null; newValue: string | null; source: string }[]>('employees:history', { id: e.id });
    const byField = Object.fromEntries(history.map((h) => [h.field, h]));
    expect(byField.name).toMatchObject({ oldValue: 'Ali bin Abu', newValue: 'Ali bin Abu Bakar', source: 'app' });
    expect(byField.paysLindung).toMatchObject({ oldValue: 'true', newValue: 'false' });
    expect(byField.created).toBeDefined();
    expect(history).toHaveLength(3);
  });

  it('warns about anyone not registered with PERKESO within 30 days of hiring', async () => {
    const company = await app.company();
    const late = await app.call<EmployeeWithWarnings>('employees:create', {
      companyId: company.id,
      employee: { ...ali, perkesoRegisteredDate: '2024-04-15' },
    });
    expect(late.warnings).toEqual([expect.objectContaining({ key: 'employees.warning.registeredLate', params: { days: 15 } })]);
    const never = await app.call<EmployeeWithWarnings>('employees:create', {
      companyId: company.id,
      employee: { name: 'Siti', idNumber: '850202-14-5678', hireDate: '2025-05-01' },
    });
    expect(never.warnings).toEqual([expect.objectContaining({ key: 'employees.warning.notRegistered', params: { days: 15 } })]);
    const inTime = await app.call<EmployeeWithWarnings>('employees:create', {
      companyId: company.id,
      employee: { name: 'Raju', idNumber: '900303-10-5679', hireDate: '2025-05-20' },
    });
    expect(inTime.warnings).toEqual([]);
  });

  it('filters active and left employees and searches by name or ID', async () => {
    const company = await app.company();
    await app.call('employees:create', { companyId: company.id, employee: ali });
    await app.call('employees:create', {
      companyId: company.id,
      employee: { name: 'Siti', idNumber: '850202-14-5678', leaveDate: '2025-01-31', leaveReason: 'resigned' },
    });
    const names = async (input: object) =>
      (await app.call<EmployeeWithWarnings[]>('employees:list', { companyId: company.id, ...input })).map((e) => e.name);
    expect(await names({ filter: 'active' })).toEqual(['Ali bin Abu']);
    expect(await names({ filter: 'left' })).toEqual(['Siti']);
    expect(await names({ search: '850202-14' })).toEqual(['Siti']);
    expect(await names({ search: 'ali bin' })).toEqual(['Ali bin Abu']);
  });
});
