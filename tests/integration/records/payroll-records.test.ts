// The payroll records through the real services over a real SQLite file: employees' and
// companies' new fields, the month's deductions, TP1, TP3, CP38 and the EPF dividend rates —
// with their history, and the careless and hostile inputs each must refuse without losing anything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordsApp, type RecordsApp } from '../../helpers/records';
import { ServiceError } from '../../../main/services/service-error';
import { thrownBy } from '../../helpers/thrown';
import type { Company } from '../../../shared/domain/company';
import type { Employee } from '../../../shared/domain/employee';

let app: RecordsApp;
let company: Company;
beforeEach(async () => {
  app = createRecordsApp('2026-07-15');
  company = await app.company();
});
afterEach(() => app.dispose());

const ali = { name: 'Ali bin Abu', idNumber: '800101-14-5677', hireDate: '2024-03-01' };

/** A TP3 with nothing declared, for the fields a case leaves out. */
const NO_TP3 = { previousEmployer: null, remuneration: 0, epf: 0, pcb: 0, zakat: 0, tp1Relief: 0 };

function count(table: string): number {
  return (app.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('employees: EPF, tax, bank and payslip records', () => {
  it('stores every new field, normalised, and records each change in the history', () => {
    const e = app.services.employees.create(company.id, {
      ...ali,
      epfMemberNumber: '1234 5678',
      epfKeep11: true,
      epfKeep11Date: '2021-01-05',
      taxNumber: 'ig 531367-080',
      maritalStatus: 'married',
      spouseWorking: false,
      childrenBasic: 2,
      childrenStudy: 1,
      bankName: 'Maybank',
      bankAccount: '5123 4567 8901',
      payslipLanguage: 'en',
      jobTitle: 'Cashier',
      staffNumber: 'S-001',
      monthlyRate: '2500.00',
    });
    expect(app.services.employees.get(e.id)).toMatchObject({
      epfMemberNumber: '12345678',
      epfStatus: null,
      epfKeep11: true,
      epfKeep11Date: '2021-01-05',
      taxNumber: 'IG531367080',
      taxResident: true,
      maritalStatus: 'married',
      childrenBasic: 2,
      childrenStudy: 1,
      bankAccount: '512345678901',
      payslipLanguage: 'en',
      monthlyRate: 250_000,
    });
    app.services.employees.update(e.id, { ...ali, maritalStatus: 'married', spouseWorking: true, bankAccount: '5123-4567-8902' });
    const history = app.services.employees.history(e.id);
    expect(history.find((h) => h.field === 'spouseWorking')).toMatchObject({ oldValue: 'false', newValue: 'true' });
    expect(history.find((h) => h.field === 'bankAccount')).toMatchObject({ oldValue: '512345678901', newValue: '5123-4567-8902' });
    // Fields the update left out kept their values.
    expect(app.services.employees.get(e.id)).toMatchObject({ taxNumber: 'IG531367080', childrenBasic: 2, monthlyRate: 250_000 });
  });

  it('an edit from a screen that does not know the new fields clears none of them', async () => {
    const e = app.services.employees.create(company.id, { ...ali, taxNumber: 'IG12345678090', bankAccount: '12345678' });
    await app.call('employees:update', { id: e.id, employee: { ...ali, name: 'Ali bin Abu Bakar' } });
    expect(app.services.employees.get(e.id)).toMatchObject({ name: 'Ali bin Abu Bakar', taxNumber: 'IG12345678090', bankAccount: '12345678' });
  });

  it('refuses a bad value through the router naming the field, in the user’s words, and writes nothing', async () => {
    const e = app.services.employees.create(company.id, { ...ali, bankAccount: '12345678' });
    const before = count('change_log');
    const result = await app.router.invoke('employees:update', { id: e.id, employee: { ...ali, bankAccount: 'MBB-12-34' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'employee.bankAccount', key: 'employees.error.bankAccount' } });
    expect(result.ok ? '' : result.error.message).toMatch(/5 to 20 digits/);
    expect(app.services.employees.get(e.id).bankAccount).toBe('12345678');
    expect(count('change_log')).toBe(before);
  });
});

describe('companies: EPF and LHDN numbers, HRD levy, hours, payment reference', () => {
  it('stores the numbers as the files want them and says when the HRD levy does not fit the head count', async () => {
    const updated = await app.call<Company & { warnings: { key: string; params: { count: number } }[] }>('companies:update', {
      id: company.id,
      epfEmployerNumber: '2345 6789',
      taxEmployerNumber: 'e 908915-10',
      hrdLevy: 'one_percent',
      normalMinutesPerDay: 450,
      paymentReference: 'GAJI JULAI',
    });
    expect(updated).toMatchObject({ epfEmployerNumber: '23456789', taxEmployerNumber: 'E90891510', hrdLevy: 'one_percent', normalMinutesPerDay: 450, paymentReference: 'GAJI JULAI' });
    // No Malaysian employee yet: the levy starts at 5.
    expect(updated.warnings).toEqual([expect.objectContaining({ key: 'companies.warning.hrdLevy.notCovered', params: { count: 0 }, field: 'hrdLevy' })]);
    for (let i = 0; i < 10; i++) {
      app.services.employees.create(company.id, { name: `Pekerja ${i}`, idNumber: `80010114${String(5601 + i * 2)}` });
    }
    const ten = await app.call<{ warnings: unknown[] }>('companies:update', { id: company.id, hrdLevy: 'half_percent' });
    expect(ten.warnings).toEqual([expect.objectContaining({ key: 'companies.warning.hrdLevy.required', params: { count: 10 } })]);
    expect((await app.call<{ warnings: unknown[] }>('companies:update', { id: company.id, hrdLevy: 'one_percent' })).warnings).toEqual([]);
    const history = app.services.db.prepare("SELECT field, new_value AS v FROM change_log WHERE entity = 'company' ORDER BY id").all();
    expect(history).toEqual(expect.arrayContaining([{ field: 'taxEmployerNumber', v: 'E90891510' }, { field: 'hrdLevy', v: 'half_percent' }]));
  });

  it.each([
    [{ epfEmployerNumber: 'KWSP123' }, 'epfEmployerNumber', 'companies.error.epfEmployerNumber'],
    [{ epfEmployerNumber: '12345678901234567890' }, 'epfEmployerNumber', 'companies.error.epfEmployerNumber'],
    [{ taxEmployerNumber: 'C 1234567' }, 'taxEmployerNumber', 'companies.error.taxEmployerNumber'],
    [{ hrdLevy: '2%' }, 'hrdLevy', 'companies.error.hrdLevy'],
    [{ normalMinutesPerDay: 780 }, 'normalMinutesPerDay', 'companies.error.normalHours'],
    [{ paymentReference: 'GAJI <script>' }, 'paymentReference', 'companies.error.paymentReference'],
  ])('refuses %j naming %s', async (details, field, key) => {
    const result = await app.router.invoke('companies:update', { id: company.id, ...details });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field, key } });
    expect(app.services.companies.get(company.id)).toMatchObject({ epfEmployerNumber: null, taxEmployerNumber: null, hrdLevy: 'none', normalMinutesPerDay: 480 });
  });
});

describe('wages: new pay items, deductions, zakat and overtime hours', () => {
  let employee: Employee;
  beforeEach(() => {
    employee = app.services.employees.create(company.id, ali);
  });

  it('stores them, keeps what a write leaves out, and takes unpaid leave off the SOCSO wages', async () => {
    await app.call('wages:set', {
      companyId: company.id,
      month: '2026-07',
      entries: [
        {
          employeeId: employee.id,
          items: { basic: '3000.00', service_charge: '120.00' },
          deductions: { unpaid_leave: '300.00', loan_repayment: '100', zakat: '50.00', other_deduction: '25', salary_advance: '200' },
          unpaidLeaveDays: 3,
          otherDeductionNote: 'Uniform',
          overtimeMinutes: { normal: 150, publicHoliday: 60 },
        },
      ],
    });
    const entry = app.services.wages.entriesFor(company.id, '2026-07').get(employee.id)!;
    expect(entry).toMatchObject({
      items: { basic: 300_000, service_charge: 12_000 },
      deductions: { unpaid_leave: 30_000, salary_advance: 20_000, loan_repayment: 10_000, other_deduction: 2_500, zakat: 5_000 },
      unpaidLeaveDays: 3,
      otherDeductionNote: 'Uniform',
      overtimeMinutes: { normal: 150, restDay: 0, publicHoliday: 60 },
    });
    // The SOCSO wage grid sends pay items only: the deductions stay.
    await app.call('wages:set', { companyId: company.id, month: '2026-07', entries: [{ employeeId: employee.id, items: { basic: '3000.00', service_charge: '150.00' } }] });
    const after = app.services.wages.entriesFor(company.id, '2026-07').get(employee.id)!;
    expect(after.deductions).toEqual(entry.deductions);
    expect(after.overtimeMinutes).toEqual(entry.overtimeMinutes);
    // SOCSO wages = basic + service charge − unpaid leave = 3000 + 150 − 300.
    const month = app.services.contributions.forMonth(company.id, '2026-07');
    expect(month.rows[0]!.wagesSen).toBe(285_000);
    const fields = app.services.wages.history(company.id, '2026-07').map((h) => h.field);
    expect(fields).toContain('service_charge');
  });

  it('refuses unpaid leave above the basic pay and an other deduction without a note, and writes nothing', async () => {
    for (const [entry, field, key] of [
      [{ items: { basic: '1000' }, deductions: { unpaid_leave: '1000.01' } }, 'entries.0.deductions.unpaid_leave', 'statutory.error.unpaidLeave.moreThanBasic'],
      [{ items: { basic: '1000' }, deductions: { other_deduction: '10' } }, 'entries.0.otherDeductionNote', 'wages.error.otherDeductionNote.required'],
      [{ items: { basic: '1000' }, unpaidLeaveDays: 32 }, 'entries.0.unpaidLeaveDays', 'wages.error.unpaidLeaveDays'],
      [{ items: { basic: '1000' }, overtimeMinutes: { normal: 1.5 } }, 'entries.0.overtimeMinutes.normal', 'wages.error.overtimeMinutes'],
      [{ items: { basic: '1000' }, deductions: { zakat: '-5' } }, 'entries.0.deductions.zakat', 'error.money.negative'],
    ] as const) {
      const result = await app.router.invoke('wages:set', { companyId: company.id, month: '2026-07', entries: [{ employeeId: employee.id, ...entry }] });
      expect(result, JSON.stringify(entry)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field, key } });
    }
    expect(count('wages')).toBe(0);
    // Lowering the basic pay under a stored unpaid leave is refused too.
    app.services.wages.write(company.id, '2026-07', [{ employeeId: employee.id, items: { basic: 100_000 }, deductions: { unpaid_leave: 50_000 } }], 'app');
    expect(thrownBy(ServiceError, () => app.services.wages.write(company.id, '2026-07', [{ employeeId: employee.id, items: { basic: 40_000 } }], 'app'))).toMatchObject({
      key: 'statutory.error.unpaidLeave.moreThanBasic',
    });
    expect(app.services.wages.entriesFor(company.id, '2026-07').get(employee.id)!.items.basic).toBe(100_000);
  });

  it('copies last month’s pay items and recurring deductions (loan, zakat), not the one-month ones', () => {
    app.services.wages.write(
      company.id,
      '2026-06',
      [{ employeeId: employee.id, items: { basic: 300_000 }, deductions: { unpaid_leave: 10_000, loan_repayment: 20_000, zakat: 3_000, salary_advance: 5_000 }, unpaidLeaveDays: 1, overtimeMinutes: { normal: 60 } }],
      'app',
    );
    app.services.wages.copyPreviousMonth(company.id, '2026-07');
    expect(app.services.wages.entriesFor(company.id, '2026-07').get(employee.id)).toMatchObject({
      items: { basic: 300_000 },
      deductions: { unpaid_leave: 0, salary_advance: 0, loan_repayment: 20_000, other_deduction: 0, zakat: 3_000 },
      unpaidLeaveDays: 0,
      overtimeMinutes: { normal: 0, restDay: 0, publicHoliday: 0 },
    });
  });
});

describe('TP1 claims', () => {
  let employee: Employee;
  beforeEach(() => {
    employee = app.services.employees.create(company.id, ali);
  });

  it('keeps one amount per item and month, within the item’s yearly limit, with history', () => {
    const july = app.services.tp1.save(company.id, { employeeId: employee.id, month: '2026-07', item: 'C14', amount: 20_000 });
    app.services.tp1.save(company.id, { employeeId: employee.id, month: '2026-08', item: 'C14', amount: 15_000 });
    // C14 (SOCSO + EIS) is limited to RM350 a year: 200 + 150 is the whole of it.
    const over = thrownBy(ServiceError, () => app.services.tp1.save(company.id, { employeeId: employee.id, month: '2026-09', item: 'C14', amount: 1 }));
    expect(over).toMatchObject({ code: 'VALIDATION', key: 'tp1.error.overLimit', field: 'amount', params: { item: 'C14', limit: 'RM350.00', claimed: 'RM350.00', remaining: 'RM0.00' } });
    // Changing July's amount counts only the other months.
    expect(app.services.tp1.save(company.id, { employeeId: employee.id, month: '2026-07', item: 'C14', amount: 19_000 })).toMatchObject({ id: july.id, amount: 19_000 });
    // D1a (zakat not through salary) has no limit; C16 is checked at its higher limit, RM7,000.
    app.services.tp1.save(company.id, { employeeId: employee.id, month: '2026-07', item: 'D1a', amount: 5_000_000 });
    expect(thrownBy(ServiceError, () => app.services.tp1.save(company.id, { employeeId: employee.id, month: '2026-07', item: 'C16', amount: 700_001 })).key).toBe('tp1.error.overLimit');
    // A new year starts again.
    app.services.tp1.save(company.id, { employeeId: employee.id, month: '2027-01', item: 'C14', amount: 35_000 });

    expect(app.services.tp1.list(company.id, employee.id, 2026).map((c) => [c.month, c.item, c.amount])).toEqual([
      ['2026-07', 'C14', 19_000],
      ['2026-07', 'D1a', 5_000_000],
      ['2026-08', 'C14', 15_000],
    ]);
    expect(app.services.tp1.forMonth(company.id, '2026-07').get(employee.id)?.map((c) => c.item)).toEqual(['C14', 'D1a']);
    app.services.tp1.remove(company.id, july.id);
    const history = app.services.employees.history(employee.id).filter((h) => h.entity === 'tp1');
    expect(history.map((h) => h.field)).toEqual(['deleted', 'created', 'created', 'amount', 'created', 'created']);
    expect(JSON.parse(history[0]!.oldValue!)).toEqual({ item: 'C14', amount: 19_000 });
  });

  it.each([
    [{ month: '2025-12', item: 'C14', amount: '10' }, 'month', 'tp1.error.year'],
    [{ month: '2026-07', item: 'C99', amount: '10' }, 'item', 'tp1.error.item'],
    [{ month: '2026-07', item: 'C1', amount: '0' }, 'amount', 'tp1.error.amount'],
    [{ month: '2026-07', item: 'C1', amount: '8000.01' }, 'amount', 'tp1.error.overLimit'],
  ])('refuses %j naming %s', async (claim, field, key) => {
    const result = await app.router.invoke('tp1:save', { companyId: company.id, claim: { employeeId: employee.id, ...claim } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: `claim.${field}`, key } });
    expect(count('tp1_claims')).toBe(0);
  });

  it('refuses a month the employee is not on the payroll', () => {
    const leaver = app.services.employees.create(company.id, { name: 'Tan', idNumber: '900101-14-5679', hireDate: '2026-08-03' });
    expect(thrownBy(ServiceError, () => app.services.tp1.save(company.id, { employeeId: leaver.id, month: '2026-07', item: 'C1', amount: 1_000 }))).toMatchObject({ key: 'tp1.error.notEmployed', field: 'month' });
  });
});

describe('TP3: previous employment in the year the employee joined', () => {
  it('keeps one per year, for the join year only, with amounts that can be true', () => {
    const joiner = app.services.employees.create(company.id, { name: 'Nurul', idNumber: '010707-10-1048', hireDate: '2026-05-04' });
    const saved = app.services.tp3.save(company.id, { ...NO_TP3, employeeId: joiner.id, year: 2026, previousEmployer: 'Kedai Lama', remuneration: 1_200_000, epf: 132_000, pcb: 15_050, zakat: 4_000, tp1Relief: 20_000 });
    expect(saved).toMatchObject({ year: 2026, remuneration: 1_200_000, epf: 132_000, pcb: 15_050, zakat: 4_000, tp1Relief: 20_000 });
    app.services.tp3.save(company.id, { ...NO_TP3, employeeId: joiner.id, year: 2026, remuneration: 1_250_000, epf: 137_500 });
    expect(app.services.tp3.list(company.id, joiner.id)).toHaveLength(1);
    expect(app.services.tp3.forYear(company.id, 2026).get(joiner.id)).toMatchObject({ remuneration: 1_250_000, pcb: 0, previousEmployer: null });

    expect(thrownBy(ServiceError, () => app.services.tp3.save(company.id, { ...NO_TP3, employeeId: joiner.id, year: 2025, remuneration: 100 }))).toMatchObject({ key: 'tp3.error.notJoinYear', params: { year: 2025, hireYear: 2026 } });
    expect(thrownBy(ServiceError, () => app.services.tp3.save(company.id, { ...NO_TP3, employeeId: joiner.id, year: 2026, remuneration: 10_000, epf: 10_100 }))).toMatchObject({ key: 'tp3.error.epfAboveRemuneration' });
    const noHire = app.services.employees.create(company.id, { name: 'Ali', idNumber: '800101-14-5677' });
    expect(thrownBy(ServiceError, () => app.services.tp3.save(company.id, { ...NO_TP3, employeeId: noHire.id, year: 2026, remuneration: 100 })).key).toBe('tp3.error.noHireDate');
    const firstDay = app.services.employees.create(company.id, { name: 'Hari', idNumber: '900202-14-5671', hireDate: '2026-01-01' });
    expect(thrownBy(ServiceError, () => app.services.tp3.save(company.id, { ...NO_TP3, employeeId: firstDay.id, year: 2026, remuneration: 100 })).key).toBe('tp3.error.joinedOnFirstDay');
    expect(app.services.tp3.forYear(company.id, 2026).size).toBe(1);
  });
});

describe('CP38 instructions', () => {
  it('applies an instruction in each month of its range, refusing a range that runs backwards or a reference given twice', () => {
    const e = app.services.employees.create(company.id, ali);
    const first = app.services.cp38.save(company.id, { employeeId: e.id, reference: 'CP38/2026/001', fromMonth: '2026-07', toMonth: '2026-12', amount: 15_000 });
    app.services.cp38.save(company.id, { employeeId: e.id, reference: 'CP38/2026/002', fromMonth: '2026-09', toMonth: '2026-09', amount: 2_050 });
    expect(app.services.cp38.forMonth(company.id, '2026-09').get(e.id)?.totalSen).toBe(17_050);
    expect(app.services.cp38.forMonth(company.id, '2026-10').get(e.id)?.totalSen).toBe(15_000);
    expect(app.services.cp38.forMonth(company.id, '2027-01').size).toBe(0);

    expect(thrownBy(ServiceError, () => app.services.cp38.save(company.id, { employeeId: e.id, reference: 'X', fromMonth: '2026-09', toMonth: '2026-08', amount: 100 }))).toMatchObject({ key: 'cp38.error.toBeforeFrom', field: 'toMonth' });
    expect(thrownBy(ServiceError, () => app.services.cp38.save(company.id, { employeeId: e.id, reference: 'X', fromMonth: '2026-09', toMonth: '2062-09', amount: 100 }))).toMatchObject({ key: 'cp38.error.tooLong' });
    expect(thrownBy(ServiceError, () => app.services.cp38.save(company.id, { employeeId: e.id, reference: 'CP38/2026/001', fromMonth: '2027-01', toMonth: '2027-02', amount: 100 }))).toMatchObject({ code: 'CONFLICT', key: 'cp38.error.duplicateReference' });
    // Editing keeps its reference and id.
    expect(app.services.cp38.save(company.id, { id: first.id, employeeId: e.id, reference: 'CP38/2026/001', fromMonth: '2026-08', toMonth: '2026-12', amount: 15_000 })).toMatchObject({ id: first.id, fromMonth: '2026-08' });
    app.services.cp38.remove(company.id, first.id);
    expect(app.services.cp38.list(company.id, e.id).map((i) => i.reference)).toEqual(['CP38/2026/002']);
    expect(app.services.employees.history(e.id).filter((h) => h.entity === 'cp38').map((h) => h.field)).toEqual(['deleted', 'fromMonth', 'created', 'created']);
  });
});

describe('two companies', () => {
  it('never lets one company’s call touch another company’s employee or records', async () => {
    const other = await app.company('B1234567890X', 'Bengkel Siti');
    const theirs = app.services.employees.create(other.id, { name: 'Siti', idNumber: '900101-14-5678', hireDate: '2024-01-01' });
    const claim = app.services.tp1.save(other.id, { employeeId: theirs.id, month: '2026-07', item: 'C1', amount: 1_000 });
    for (const [channel, input] of [
      ['tp1:save', { companyId: company.id, claim: { employeeId: theirs.id, month: '2026-07', item: 'C1', amount: '10' } }],
      ['tp3:save', { companyId: company.id, record: { employeeId: theirs.id, year: 2024, remuneration: '1' } }],
      ['cp38:save', { companyId: company.id, instruction: { employeeId: theirs.id, reference: 'R', fromMonth: '2026-07', toMonth: '2026-07', amount: '1' } }],
      ['tp1:list', { companyId: company.id, employeeId: theirs.id }],
    ] as const) {
      expect(await app.router.invoke(channel, input), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'wages.error.otherCompany' } });
    }
    expect(await app.router.invoke('tp1:delete', { companyId: company.id, id: claim.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(count('tp1_claims')).toBe(1);
    expect(count('tp3_previous') + count('cp38_instructions')).toBe(0);
  });

  it('a row id SQLite gives again after the sample company is removed carries none of its records or history', async () => {
    const sample = app.services.sampleData.create();
    const sampleEmployees = app.services.employees.list(sample.company.id);
    // The table is empty once the sample goes, so SQLite starts again at the lowest id.
    const first = sampleEmployees.reduce((a, b) => (a.id < b.id ? a : b));
    app.services.tp1.save(sample.company.id, { employeeId: first.id, month: '2026-07', item: 'C14', amount: 1_000 });
    app.services.sampleData.remove(sample.company.id);
    expect(count('tp1_claims') + count('tp3_previous') + count('cp38_instructions')).toBe(0);
    const reused = app.services.employees.create(company.id, ali);
    expect(reused.id).toBe(first.id);
    expect(app.services.tp1.list(company.id, reused.id)).toEqual([]);
    expect(app.services.employees.history(reused.id).map((h) => h.field)).toEqual(['created']);
  });
});

describe('EPF dividend rates', () => {
  it('comes with KWSP’s 2016–2022 rates, takes later years from the user, and never changes a published one', async () => {
    expect((await app.call<{ year: number; rateBasisPoints: number; source: string }[]>('epfDividendRates:list')).slice(-1)).toEqual([
      expect.objectContaining({ year: 2022, rateBasisPoints: 475, source: 'spec' }),
    ]);
    expect(await app.call('epfDividendRates:save', { year: 2023, rate: '5.50' })).toMatchObject({ year: 2023, rateBasisPoints: 550, source: 'user' });
    expect(await app.call('epfDividendRates:save', { year: 2023, rate: '5.5%' })).toMatchObject({ rateBasisPoints: 550 });
    expect(app.services.epfDividendRates.rateFor(2023)).toBe(550);
    expect(app.services.epfDividendRates.rateFor(2024)).toBeNull();
    expect(await app.router.invoke('epfDividendRates:save', { year: 2019, rate: '9' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'epfDividend.error.specYear' } });
    expect(await app.router.invoke('epfDividendRates:save', { year: 2024, rate: '5.555' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'rate' } });
    expect(await app.router.invoke('epfDividendRates:delete', { year: 2020 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await app.call('epfDividendRates:delete', { year: 2023 });
    expect(app.services.epfDividendRates.rateFor(2020)).toBe(490);
    expect(app.services.epfDividendRates.rateFor(2023)).toBeNull();
  });
});
