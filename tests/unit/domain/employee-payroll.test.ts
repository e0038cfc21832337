// The employee's payroll records: normalising what people type, the rules across fields, and
// the facts the EPF and PCB engines get (EPF.md §1.1 and E3; PCB.md §1.3).
import { describe, expect, it } from 'vitest';
import { employeeInputSchema, normalizeEmployee, type Employee } from '../../../shared/domain/employee';
import { normalizeBankAccount, normalizeTaxNumber, PAYROLL_FIELD_DEFAULTS } from '../../../shared/domain/employee-payroll';
import { effectiveEpfStatus, epfPersonOf, keeps11PercentIn } from '../../../shared/domain/epf-facts';
import { pcbCategory, taxFactsOf } from '../../../shared/domain/tax-facts';
import { calculateEpf } from '../../../shared/epf';
import { translate } from '../../../shared/i18n/catalog';

const ali = { name: 'Ali bin Abu', idNumber: '800101-14-5677' };

function normalized(input: Record<string, unknown>, stored = PAYROLL_FIELD_DEFAULTS) {
  const parsed = employeeInputSchema.safeParse({ ...ali, ...input });
  if (!parsed.success) return { ok: false as const, error: { key: parsed.error.issues[0]!.message, field: parsed.error.issues[0]!.path.join('.') } };
  return normalizeEmployee(parsed.data, '2026-07-15', stored);
}

describe('what people type', () => {
  it('keeps a bank account’s digits and hyphens, removing spaces; refuses letters and wrong lengths', () => {
    expect(normalizeBankAccount(' 1234 5678 9012 ')).toBe('123456789012');
    expect(normalizeBankAccount('5123-4567-8901')).toBe('5123-4567-8901');
    expect(normalizeBankAccount('')).toBeNull();
    for (const bad of ['1234', '12345678901234567890123', '1234O5678', '-', 'MBB 1234 5678']) expect(normalizeBankAccount(bad), bad).toBe('invalid');
  });

  it('writes a tax number in capitals without spaces or dashes; refuses what is not one', () => {
    expect(normalizeTaxNumber('ig 531367-080')).toBe('IG531367080');
    expect(normalizeTaxNumber('IG12345678090')).toBe('IG12345678090');
    expect(normalizeTaxNumber('SG 531367-08 (0)')).toBe('SG531367080');
    for (const bad of ['IG', 'IG123456789012', 'ABC123', 'IG00000', '12-34-AB']) expect(normalizeTaxNumber(bad), bad).toBe('invalid');
  });

  it('stores the EPF member number as digits, the monthly rate in sen, and refuses the rest with a message in both languages', () => {
    const ok = normalized({ epfMemberNumber: '1234 5678', monthlyRate: '2,500.50', staffNumber: 'S-0012', bankAccount: '1234 5678 90' });
    expect(ok).toMatchObject({ ok: true, fields: { epfMemberNumber: '12345678', monthlyRate: 250_050, staffNumber: 'S-0012', bankAccount: '1234567890' } });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ epfMemberNumber: '12AB' }, 'epfMemberNumber', 'employees.error.epfMemberNumber'],
      [{ epfMemberNumber: '0000' }, 'epfMemberNumber', 'employees.error.epfMemberNumber'],
      [{ taxNumber: 'IG 12 34 XX' }, 'taxNumber', 'employees.error.taxNumber'],
      [{ bankAccount: 'ACC-12345' }, 'bankAccount', 'employees.error.bankAccount'],
      [{ childrenBasic: 1.5 }, 'childrenBasic', 'employees.error.children'],
      [{ childrenStudy: -1 }, 'childrenStudy', 'employees.error.children'],
      [{ staffNumber: 'S 12' }, 'staffNumber', 'employees.error.staffNumber'],
      [{ monthlyRate: '2500.555' }, 'monthlyRate', 'error.money.format'],
      [{ maritalStatus: 'engaged' }, 'maritalStatus', 'employees.error.maritalStatus'],
      [{ epfStatus: 'tourist' }, 'epfStatus', 'employees.error.epfStatus'],
      [{ payslipLanguage: 'fr' }, 'payslipLanguage', 'employees.error.payslipLanguage'],
      [{ spouseWorking: true }, 'spouseWorking', 'employees.error.spouseNotMarried'],
      [{ maritalStatus: 'divorced', spouseDisabled: true }, 'spouseDisabled', 'employees.error.spouseNotMarried'],
      [{ epfKeep11Date: '2021-01-05' }, 'epfKeep11Date', 'employees.error.keep11DateWithoutElection'],
      [{ epfStatus: 'foreign' }, 'epfStatus', 'employees.error.epfStatusNationality'],
      [{ idType: 'passport', idNumber: 'A1234567', nationality: 'foreign', epfStatus: 'citizen' }, 'epfStatus', 'employees.error.epfStatusNationality'],
    ];
    for (const [input, field, key] of cases) {
      const result = normalized(input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { field, key } });
      expect(translate('en', key)).not.toBe(key);
      expect(translate('ms', key)).not.toBe(translate('en', key));
    }
  });

  it('takes payroll fields left out from what is stored, so a screen that does not know them clears nothing', () => {
    const stored = { ...PAYROLL_FIELD_DEFAULTS, taxNumber: 'IG1', bankAccount: '12345678', maritalStatus: 'married' as const, spouseWorking: true, childrenBasic: 2 };
    expect(normalized({ name: 'Ali' }, stored)).toMatchObject({ ok: true, fields: { taxNumber: 'IG1', bankAccount: '12345678', spouseWorking: true, childrenBasic: 2 } });
    // Given as empty, it is cleared.
    expect(normalized({ taxNumber: '', bankAccount: null }, stored)).toMatchObject({ ok: true, fields: { taxNumber: null, bankAccount: null } });
    // The stored spouse facts are checked against a marital status that changes now.
    expect(normalized({ maritalStatus: 'single' }, stored)).toMatchObject({ ok: false, error: { field: 'spouseWorking' } });
  });
});

describe('facts for the engines', () => {
  const person = (overrides: Partial<Employee>) => ({ ...PAYROLL_FIELD_DEFAULTS, dateOfBirth: '1980-01-01', nationality: 'citizen' as const, domesticWorker: false, ...overrides });

  it('derives the EPF status from nationality unless one is set', () => {
    expect(effectiveEpfStatus(person({}))).toBe('citizen');
    expect(effectiveEpfStatus(person({ nationality: 'pr' }))).toBe('pr');
    expect(effectiveEpfStatus(person({ nationality: 'temporary' }))).toBe('foreign');
    expect(effectiveEpfStatus(person({ nationality: 'foreign' }))).toBe('foreign');
    expect(effectiveEpfStatus(person({ nationality: 'foreign', epfStatus: 'pre1998' }))).toBe('pre1998');
  });

  it('counts the keep-11 % election from the month after it was made (or always, without a date)', () => {
    const elected = person({ epfKeep11: true, epfKeep11Date: '2021-01-20' });
    expect([keeps11PercentIn(elected, '2021-01'), keeps11PercentIn(elected, '2021-02')]).toEqual([false, true]);
    expect(keeps11PercentIn(person({ epfKeep11: true }), '2020-04')).toBe(true);
    expect(keeps11PercentIn(person({}), '2021-02')).toBe(false);
    // 9 % period (2021-01..2022-06), RM3,000: the table gives 270 at 9 % and 330 at 11 %.
    expect(calculateEpf({ wageMonth: '2021-01', wagesSen: 300_000, bonusSen: 0, person: epfPersonOf(elected, '2021-01') }).employeeSen).toBe(27_000);
    expect(calculateEpf({ wageMonth: '2021-02', wagesSen: 300_000, bonusSen: 0, person: epfPersonOf(elected, '2021-02') }).employeeSen).toBe(33_000);
  });

  it('gives the engine a Part E senior and a Part F foreign worker from their records', () => {
    const senior = calculateEpf({ wageMonth: '2026-07', wagesSen: 200_000, bonusSen: 0, person: epfPersonOf(person({ dateOfBirth: '1962-03-15' }), '2026-07') });
    expect([senior.part, senior.employerSen, senior.employeeSen]).toEqual(['E', 8_000, 0]);
    const worker = calculateEpf({ wageMonth: '2026-07', wagesSen: 170_000, bonusSen: 0, person: epfPersonOf(person({ nationality: 'foreign', dateOfBirth: '1992-05-05' }), '2026-07') });
    expect([worker.part, worker.employerSen, worker.employeeSen]).toEqual(['F', 3_400, 3_400]);
  });

  it('decides the PCB category by PCB.md §1.3', () => {
    const facts = (maritalStatus: Employee['maritalStatus'], spouseWorking = false, childrenBasic = 0) =>
      pcbCategory({ maritalStatus, spouseWorking, childrenBasic, childrenStudy: 0, childrenDisabled: 0, childrenDisabledStudy: 0 });
    expect(facts('single')).toBe(1);
    expect(facts('single', false, 1)).toBe(3);
    expect(facts('married')).toBe(2);
    expect(facts('married', true)).toBe(3);
    expect(facts('divorced')).toBe(3);
    expect(facts('widowed', false, 2)).toBe(3);
    expect(taxFactsOf(person({ maritalStatus: 'married', childrenBasic: 2, childrenStudy: 1, childrenDisabled: 1, childrenDisabledStudy: 1, disabled: true, taxResident: false }))).toEqual({
      resident: false,
      category: 2,
      disabled: true,
      spouseDisabled: false,
      children: { qualifying: 2, higherEducation: 1, disabled: 1, disabledHigherEducation: 1 },
    });
  });
});
