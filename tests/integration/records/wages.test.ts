import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appWithCompany, type RecordsApp } from '../../helpers/records';
import type { EmployeeWithWarnings } from '../../../shared/domain/employee';
import type { CompanyMonth } from '../../../shared/api/channels/records';
import type { WageGrid } from '../../../shared/domain/wage-grid';

let app: RecordsApp;
let companyId: number;
let ali: EmployeeWithWarnings;
let siti: EmployeeWithWarnings;
beforeEach(async () => {
  ({ app, companyId } = await appWithCompany());
  ali = await app.call('employees:create', { companyId, employee: { name: 'Ali', idNumber: '800101-14-5677', hireDate: '2024-01-15' } });
  siti = await app.call('employees:create', {
    companyId,
    employee: { name: 'Siti', idNumber: '850202-14-5678', hireDate: '2024-01-01', leaveDate: '2024-03-10', leaveReason: 'resigned' },
  });
});
afterEach(() => app.dispose());

const storedWages = () => app.services.db.prepare('SELECT employee_id, month, basic, overtime, bonus, event FROM wages ORDER BY month, employee_id').all();

describe('monthly wages', () => {
  it('stores pay items as integer sen from decimal strings, with the month’s event', async () => {
    await app.call('wages:set', {
      companyId,
      month: '2024-02',
      entries: [{ employeeId: ali.id, items: { basic: '2,500.50', overtime: '100', bonus: '0.05' }, event: 'T' }],
    });
    expect(storedWages()).toEqual([{ employee_id: ali.id, month: '2024-02', basic: 250050, overtime: 10000, bonus: 5, event: 'T' }]);
  });

  it.each([
    [{ basic: '-100' }, 'An amount cannot be negative.'],
    [{ basic: 'abc' }, 'Type an amount in ringgit'],
    [{ basic: '12.345' }, 'Type an amount in ringgit'],
    [{ basic: 1000 }, 'Type an amount in ringgit'],
    [{ salary: '1000' }, 'Unexpected field'],
  ])('refuses items %j and writes nothing, not even the valid rows', async (items, message) => {
    const result = await app.router.invoke('wages:set', {
      companyId,
      month: '2024-02',
      entries: [
        { employeeId: siti.id, items: { basic: '1000' } },
        { employeeId: ali.id, items },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toContain(message);
      expect(result.error.field).toMatch(/^entries\.1\.items/);
    }
    expect(storedWages()).toEqual([]);
  });

  it('never writes wages for another company’s employee', async () => {
    const other = await app.company('B2', 'Other');
    const result = await app.router.invoke('wages:set', { companyId: other.id, month: '2024-02', entries: [{ employeeId: ali.id, items: { basic: '1' } }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(storedWages()).toEqual([]);
  });

  it('lists the employees on the payroll in the month: hired by its end, not gone before its start', async () => {
    const names = async (month: string) => (await app.call<CompanyMonth>('wages:sheet', { companyId, month })).rows.map((r) => r.employee.name);
    expect(await names('2023-12')).toEqual([]);
    expect(await names('2024-01')).toEqual(['Ali', 'Siti']);
    expect(await names('2024-03')).toEqual(['Ali', 'Siti']);
    expect(await names('2024-04')).toEqual(['Ali']);
  });

  it('copies last month for everyone still employed, without events, and keeps what was entered', async () => {
    await app.call('wages:set', {
      companyId,
      month: '2024-03',
      entries: [
        { employeeId: ali.id, items: { basic: '2000', overtime: '50' }, event: 'S' },
        { employeeId: siti.id, items: { basic: '1500' } },
      ],
    });
    const copied = await app.call('wages:copyPreviousMonth', { companyId, month: '2024-04' });
    expect(copied).toEqual({ copied: 1, skipped: 0 }); // Siti left in March
    expect(storedWages()).toContainEqual({ employee_id: ali.id, month: '2024-04', basic: 200000, overtime: 5000, bonus: 0, event: null });

    await app.call('wages:set', { companyId, month: '2024-04', entries: [{ employeeId: ali.id, items: { basic: '2100' } }] });
    expect(await app.call('wages:copyPreviousMonth', { companyId, month: '2024-04' })).toEqual({ copied: 0, skipped: 1 });
    expect(app.services.db.prepare("SELECT basic FROM wages WHERE month = '2024-04'").get()).toEqual({ basic: 210000 });
  });

  it('records each changed pay item in the month’s history, and nothing for an identical save', async () => {
    await app.call('wages:set', { companyId, month: '2024-02', entries: [{ employeeId: ali.id, items: { basic: '2000' } }] });
    await app.call('wages:set', { companyId, month: '2024-02', entries: [{ employeeId: ali.id, items: { basic: '2100', overtime: '10' } }] });
    await app.call('wages:set', { companyId, month: '2024-02', entries: [{ employeeId: ali.id, items: { basic: '2100', overtime: '10' } }] });
    const history = await app.call<{ field: string; oldValue: string; newValue: string }[]>('wages:history', { companyId, month: '2024-02' });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['overtime', '0', '1000'],
      ['basic', '200000', '210000'],
      ['created', null, expect.stringContaining('"basic":200000')],
    ]);
  });

  it('a new month’s history entry names the columns it fills; every other one was 0 or empty', async () => {
    await app.call('wages:set', { companyId, month: '2024-02', entries: [{ employeeId: ali.id, items: { basic: '2000', overtime: '12.50' }, event: 'S' }] });
    const [created] = await app.call<{ field: string; newValue: string }[]>('wages:history', { companyId, month: '2024-02' });
    expect(created!.field).toBe('created');
    expect(JSON.parse(created!.newValue)).toEqual({ basic: 200000, overtime: 1250, event: 'S' });
  });

  describe('a save of many rows (what is stored read once for all of them, not row by row)', () => {
    // 20 employees besides Ali and Siti: more than a write reads row by row (wages.ts POINT_READS_UP_TO).
    let many: number[];
    beforeEach(async () => {
      many = [ali.id];
      for (let i = 0; i < 20; i++) {
        const e = await app.call<EmployeeWithWarnings>('employees:create', { companyId, employee: { name: `Staff ${i}`, idType: 'passport', idNumber: `P${1000 + i}`, nationality: 'foreign', hireDate: '2024-01-01' } });
        many.push(e.id);
      }
      await app.call('wages:set', { companyId, month: '2024-02', entries: [{ employeeId: ali.id, items: { basic: '2000' }, event: 'S' }] });
    });
    const entries = (basic: string) => many.map((employeeId) => ({ employeeId, items: { basic } }));
    const basics = () => app.services.db.prepare("SELECT employee_id, basic FROM wages WHERE month = '2024-02' ORDER BY employee_id").all();

    it('updates what is stored field by field, keeps what the write leaves out, and creates the rest', async () => {
      const written = await app.call<{ changed: number; versions: unknown[] }>('wages:set', { companyId, month: '2024-02', entries: entries('2100') });
      expect(written.changed).toBe(21);
      expect(basics()).toEqual(many.map((id) => ({ employee_id: id, basic: 210000 })));
      // Ali's event was not in this write: kept, and only his basic pay is logged as changed.
      expect(storedWages()).toContainEqual({ employee_id: ali.id, month: '2024-02', basic: 210000, overtime: 0, bonus: 0, event: 'S' });
      const ofAli = (await app.call<{ employeeId: number; field: string; oldValue: string | null; newValue: string }[]>('wages:history', { companyId, month: '2024-02' }))
        .filter((h) => h.employeeId === ali.id)
        .map((h) => [h.field, h.oldValue, h.newValue]);
      expect(ofAli).toEqual([['basic', '200000', '210000'], ['created', null, '{"basic":200000,"event":"S"}']]);
      // The same rows again change nothing and log nothing.
      expect((await app.call<{ changed: number }>('wages:set', { companyId, month: '2024-02', entries: entries('2100') })).changed).toBe(0);
    });

    it.each([
      ['another company’s employee', async () => (await app.call<EmployeeWithWarnings>('employees:create', { companyId: (await app.company('B2', 'Other')).id, employee: { name: 'Other', idNumber: '900303-14-5679' } })).id, 'FORBIDDEN'],
      ['an employee who does not exist', async () => 999_999, 'NOT_FOUND'],
    ])('refuses %s among them and writes nothing', async (_what, stranger, code) => {
      const before = basics();
      const result = await app.router.invoke('wages:set', { companyId, month: '2024-02', entries: [...entries('2100'), { employeeId: await stranger(), items: { basic: '1' } }] });
      expect(result).toMatchObject({ ok: false, error: { code } });
      expect(basics()).toEqual(before);
    });

    it('refuses a row changed since the screen loaded it, and one written twice sees its first write', async () => {
      const stale = [...entries('2100').slice(1), { employeeId: ali.id, items: { basic: '2200' }, expectedVersion: '2000-01-01T00:00:00.000Z' }];
      expect(await app.router.invoke('wages:set', { companyId, month: '2024-02', entries: stale })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(basics()).toEqual([{ employee_id: ali.id, basic: 200000 }]);

      const twice = [...entries('2100'), { employeeId: ali.id, items: { basic: '2300' } }];
      await app.call('wages:set', { companyId, month: '2024-02', entries: twice });
      const ofAli = (await app.call<{ employeeId: number; field: string; oldValue: string | null; newValue: string }[]>('wages:history', { companyId, month: '2024-02' }))
        .filter((h) => h.employeeId === ali.id && h.field === 'basic')
        .map((h) => [h.oldValue, h.newValue]);
      expect(ofAli).toEqual([['210000', '230000'], ['200000', '210000']]);
    });
  });
});

describe('the computed month', () => {
  it('derives liable wages from the pay items and computes each employee with the month’s table', async () => {
    await app.call('wages:set', {
      companyId,
      month: '2024-10',
      entries: [{ employeeId: ali.id, items: { basic: '1000', overtime: '50.50', bonus: '5000', travel_allowance: '300' } }],
    });
    const month = await app.call<CompanyMonth>('wages:sheet', { companyId, month: '2024-10' });
    const [row] = month.rows;
    // Liable: basic + overtime only (bonus and travel allowance are not wages, STATUTORY.md §1.4).
    expect(row!.wagesSen).toBe(105050);
    // Band RM1,000.01 – RM1,100.00 of the 2024-10 Category 1 table: 18.35 / 5.25; EIS 2.10 each.
    expect(row!.result.socso).toMatchObject({ employerSen: 1835, employeeSen: 525 });
    expect(row!.result.eis).toMatchObject({ employerSen: 210, employeeSen: 210, eligible: true });
    expect(month.totals.totalSen).toBe(1835 + 525 + 210 + 210);
  });

  it('gives the wage grid compact rows: the stored items and amounts, no employee record, no explanation', async () => {
    const saved = await app.call<{ versions: { version: string }[] }>('wages:set', {
      companyId,
      month: '2024-10',
      entries: [{ employeeId: ali.id, items: { basic: '1000', overtime: '50.50', bonus: '5000' }, event: 'S' }],
    });
    const grid = await app.call<WageGrid>('wages:grid', { companyId, month: '2024-10' });
    expect(grid.rows).toHaveLength(1);
    const [row] = grid.rows;
    // Band RM1,000.01 – RM1,100.00 of the 2024-10 Category 1 table: 18.35 / 5.25; EIS 2.10 each.
    expect(row).toEqual({
      employeeId: ali.id,
      name: 'Ali',
      idNumber: '800101145677',
      person: expect.objectContaining({ dateOfBirth: '1980-01-01', nationality: 'citizen' }),
      epfPerson: { dateOfBirth: '1980-01-01', status: 'citizen', keep11Percent: false, foreignDomesticServant: false },
      events: { joined: false, left: false, died: false },
      items: { basic: 100000, overtime: 5050, bonus: 500000 },
      // The stored version, as the save returned it: the grid sends it back with the next save.
      version: saved.versions[0]?.version,
      event: 'S',
      unpaidLeaveSen: 0,
      wagesSen: 105050,
      amounts: {
        socsoEmployer: 1835,
        socsoEmployee: 525,
        eisEmployer: 210,
        eisEmployee: 210,
        lindung: 0,
        lindungInForce: false,
        employer: 1835 + 210,
        employee: 525 + 210,
        total: 1835 + 525 + 210 + 210,
        // EPF wages: basic + bonus, not overtime (EPF.md §3): RM1,000 + RM5,000 bonus = RM6,000. The
        // bonus lifts normal wages of RM5,000 or less above RM5,000 (E5): the employer pays 13 % of
        // RM6,000 = RM780; the employee's share is Part A 2022-07's RM5,900.01–6,000.00 row, RM660.
        epfEmployer: 78000,
        epfEmployee: 66000,
      },
    });
    // Nothing entered yet: no items, amounts of zero wages.
    const empty = await app.call<WageGrid>('wages:grid', { companyId, month: '2024-11' });
    expect(empty.rows[0]).toMatchObject({ items: null, wagesSen: 0, amounts: { total: 0 } });
    const other = await app.router.invoke('wages:grid', { companyId: companyId + 100, month: '2024-10' });
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('marks joiners and leavers of the month', async () => {
    const march = await app.call<CompanyMonth>('wages:sheet', { companyId, month: '2024-03' });
    const siti = march.rows.find((r) => r.employee.name === 'Siti')!;
    expect(siti.events).toEqual({ joined: false, left: true, died: false });
    const january = await app.call<CompanyMonth>('wages:sheet', { companyId, month: '2024-01' });
    expect(january.rows.map((r) => r.events.joined)).toEqual([true, true]);
  });

  it('refuses a month before 2016-06 with the engine’s message', async () => {
    const result = await app.router.invoke('wages:sheet', { companyId, month: '2016-05' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });
});
