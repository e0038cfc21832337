// The employee form's payroll records: shown as the form holds them and saved as the services store
// them; wrong values refused at their field; the EPF part and PCB category the preview shows;
// drafts kept before these fields existed read back without clearing them.
import { describe, expect, it } from 'vitest';
import { employeeInputSchema, normalizeEmployee } from '../../../shared/domain/employee';
import { PAYROLL_FIELD_NAMES } from '../../../shared/domain/employee-payroll';
import {
  EMPTY_FORM,
  checkForm,
  formChanged,
  formFieldOf,
  formFromEmployee,
  inputFromForm,
  parseFormDraft,
} from '../../../renderer/src/screens/employees/form-model';
import { fieldBinder } from '../../../renderer/src/screens/employees/field-binder';
import { previewEpf, previewPcb, typedCount } from '../../../renderer/src/screens/employees/payroll-form';
import { employee } from './fixtures';

const TODAY = '2026-06-15';

const recorded = employee({
  epfMemberNumber: '12345678',
  epfStatus: null,
  epfKeep11: true,
  epfKeep11Date: '2020-05-04',
  taxNumber: 'IG12345678090',
  taxResident: true,
  maritalStatus: 'married',
  spouseWorking: false,
  disabled: false,
  spouseDisabled: true,
  childrenBasic: 2,
  childrenStudy: 1,
  childrenDisabled: 0,
  childrenDisabledStudy: 0,
  bankName: 'Maybank',
  bankAccount: '5140-1234-5678',
  payslipLanguage: 'en',
  jobTitle: 'Cashier',
  staffNumber: 'S-0012',
  monthlyRate: 250_000,
});

/** What saving the form would store: the input through the shared schema and rules. */
function stored(values: typeof EMPTY_FORM) {
  const parsed = employeeInputSchema.parse(inputFromForm(values));
  const normalized = normalizeEmployee(parsed, TODAY);
  if (!normalized.ok) throw new Error(normalized.error.key);
  return normalized.fields;
}

describe('payroll fields on the form', () => {
  it('show a stored employee as typed text (date DD/MM/YYYY, rate in ringgit, no child as empty) and save back exactly', () => {
    const values = formFromEmployee(recorded);
    expect(values).toMatchObject({
      epfMemberNumber: '12345678',
      epfStatus: '',
      epfKeep11Date: '04/05/2020',
      childrenBasic: '2',
      childrenDisabled: '',
      monthlyRate: '2500.00',
      payslipLanguage: 'en',
    });
    const fields = stored(values);
    for (const name of PAYROLL_FIELD_NAMES) expect(fields[name], name).toEqual(recorded[name]);
  });

  it('save what a person types in the usual ways, normalised', () => {
    const values = {
      ...formFromEmployee(employee()),
      epfMemberNumber: '1234 5678',
      taxNumber: 'ig 531367-080',
      bankAccount: '5140 1234 5678',
      monthlyRate: '2,500',
      childrenStudy: ' 3 ',
      epfKeep11: true,
      epfKeep11Date: '4/5/2020',
    };
    expect(checkForm(values, TODAY)).toBeNull();
    expect(stored(values)).toMatchObject({
      epfMemberNumber: '12345678',
      taxNumber: 'IG531367080',
      bankAccount: '514012345678',
      monthlyRate: 250_000,
      childrenStudy: 3,
      epfKeep11Date: '2020-05-04',
    });
  });

  it('refuse wrong values at their own field, each with its message', () => {
    const values = {
      ...formFromEmployee(employee()),
      epfMemberNumber: '12AB',
      taxNumber: 'not a number',
      childrenBasic: '2.5',
      childrenStudy: 'two',
      bankAccount: '12',
      monthlyRate: '-100',
      epfKeep11: true,
      epfKeep11Date: '31/02/2020',
      staffNumber: 'S 12',
    };
    const errors = checkForm(values, TODAY) ?? {};
    expect(Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, message?.key]))).toEqual({
      epfMemberNumber: 'employees.error.epfMemberNumber',
      taxNumber: 'employees.error.taxNumber',
      childrenBasic: 'employees.error.children',
      childrenStudy: 'employees.error.children',
      bankAccount: 'employees.error.bankAccount',
      monthlyRate: 'error.money.negative',
      epfKeep11Date: 'employees.error.dateTyped',
      staffNumber: 'employees.error.staffNumber',
    });
  });

  it('refuse what needs two fields at the field to change: an election date without the election, a status the nationality forbids', () => {
    const noElection = checkForm({ ...formFromEmployee(employee()), epfKeep11: false, epfKeep11Date: '01/05/2020' }, TODAY);
    expect(noElection).toEqual({ epfKeep11Date: { key: 'employees.error.keep11DateWithoutElection' } });
    const wrongStatus = checkForm({ ...formFromEmployee(employee()), epfStatus: 'foreign_elected' }, TODAY);
    expect(Object.keys(wrongStatus ?? {})).toEqual(['epfStatus']);
    expect(wrongStatus?.epfStatus?.key).toBe('employees.error.epfStatusNationality');
  });

  it('drop the spouse facts when the employee is not married (their boxes are hidden then)', () => {
    const values = { ...formFromEmployee(recorded), maritalStatus: 'divorced' as const, spouseWorking: true };
    expect(checkForm(values, TODAY)).toBeNull();
    expect(stored(values)).toMatchObject({ maritalStatus: 'divorced', spouseWorking: false, spouseDisabled: false });
  });

  it('count as changes, and an error path names their control', () => {
    const initial = formFromEmployee(recorded);
    expect(formChanged({ ...initial, bankName: 'CIMB' }, initial)).toBe(true);
    expect(formChanged({ ...initial, epfKeep11: false }, initial)).toBe(true);
    expect(formFieldOf('employee.childrenDisabledStudy')).toBe('childrenDisabledStudy');
    expect(formFieldOf('employee.monthlyRate')).toBe('monthlyRate');
  });

  it('a count is a whole number as typed; anything else is never taken for another number', () => {
    expect([typedCount(''), typedCount(' 4 '), typedCount('12')]).toEqual([0, 4, 12]);
    for (const text of ['2.5', '-1', 'two', '1e2', '1,000']) expect(typedCount(text)).toBeNaN();
  });
});

describe('the binder', () => {
  it('binds value, label, error and change by field name, for the payroll fields too', () => {
    const changes: [string, unknown][] = [];
    const bind = fieldBinder({
      values: formFromEmployee(recorded),
      set: (field, value) => changes.push([field, value]),
      errorText: (field) => (field === 'taxNumber' ? 'wrong' : null),
      t: ((key: string) => `«${key}»`) as never,
    });
    const tax = bind.text('taxNumber');
    expect(tax).toMatchObject({ id: 'employee-taxNumber', label: '«employees.field.taxNumber»', error: 'wrong', value: 'IG12345678090' });
    tax.onChange({ target: { value: 'IG1' } } as never);
    const keep = bind.check('epfKeep11');
    expect(keep).toMatchObject({ checked: true, hint: '«employees.field.epfKeep11.hint»', label: '«employees.field.epfKeep11»' });
    keep.onChange(false);
    const date = bind.date('epfKeep11Date');
    expect(date.value).toBe('04/05/2020');
    date.onChange('05/05/2020');
    expect(changes).toEqual([
      ['taxNumber', 'IG1'],
      ['epfKeep11', false],
      ['epfKeep11Date', '05/05/2020'],
    ]);
  });
});

describe('the preview', () => {
  const person = { ...formFromEmployee(employee({ dateOfBirth: '1990-03-15', nationality: 'citizen' })) };

  it('says the EPF part and why: a citizen below 60 is Part A, from the nationality', () => {
    const epf = previewEpf(person, '2026-05');
    expect(epf).toMatchObject({ part: 'A', status: 'citizen', fromNationality: true, shares: null });
    expect(epf?.reasons.map((r) => r.key)).toEqual(['epf.explain.part.A.citizen']);
  });

  it('follows the nationality and the status set: a foreign worker is Part F from October 2025, a foreign domestic worker has none', () => {
    const foreign = { ...person, nationality: 'foreign' as const, idType: 'passport' as const, idNumber: 'A1234567' };
    expect(previewEpf(foreign, '2026-05')).toMatchObject({ part: 'F', status: 'foreign', fromNationality: true });
    expect(previewEpf({ ...foreign, domesticWorker: true }, '2026-05')?.reasons.map((r) => r.key)).toEqual(['epf.explain.none.foreignDomestic']);
    expect(previewEpf({ ...foreign, epfStatus: 'pre1998' }, '2026-05')).toMatchObject({ part: 'A', status: 'pre1998', fromNationality: false });
    // Before Part F, a foreign worker who has not elected pays none.
    expect(previewEpf(foreign, '2025-09')?.part).toBe('none');
  });

  it('gives the shares on the monthly rate: RM2,500.00 is the band RM2,480.01–2,500.00, 13 % and 11 % of RM2,500 = RM325 and RM275', () => {
    expect(previewEpf({ ...person, monthlyRate: '2,500.00' }, '2026-05')?.shares).toEqual({ rateSen: 250_000, employerSen: 32_500, employeeSen: 27_500 });
  });

  it('says the PCB category by PCB.md §1.3', () => {
    const single = { ...EMPTY_FORM };
    expect(previewPcb(single, '2026-05').category).toBe(1);
    expect(previewPcb({ ...single, childrenBasic: '1' }, '2026-05').category).toBe(3);
    expect(previewPcb({ ...single, maritalStatus: 'married' }, '2026-05').category).toBe(2);
    expect(previewPcb({ ...single, maritalStatus: 'married', spouseWorking: true }, '2026-05').category).toBe(3);
    expect(previewPcb({ ...single, maritalStatus: 'widowed' }, '2026-05').category).toBe(3);
    // A "spouse working" tick left over from before the status changed does not count.
    expect(previewPcb({ ...single, spouseWorking: true }, '2026-05').category).toBe(1);
    expect(previewPcb({ ...single, taxResident: false }, '2026-05')).toMatchObject({ resident: false, nonResidentRateBp: 3_000 });
  });
});

describe('drafts of the form', () => {
  it('keep the payroll fields, and refuse a value no control offers', () => {
    const values = { ...formFromEmployee(recorded), bankName: 'CIMB', childrenBasic: '3' };
    expect(parseFormDraft(JSON.parse(JSON.stringify(values)))).toEqual(values);
    expect(parseFormDraft({ ...values, epfStatus: 'martian' })).toBeNull();
    expect(parseFormDraft({ ...values, childrenBasic: 3 })).toBeNull();
  });

  it('a draft kept before the payroll fields existed takes them from the employee, so it never clears them', () => {
    const initial = formFromEmployee(recorded);
    const old: Record<string, unknown> = { ...initial, name: 'Ali bin Ahmad Jr' };
    for (const name of PAYROLL_FIELD_NAMES) delete old[name];
    expect(parseFormDraft(old, initial)).toEqual({ ...initial, name: 'Ali bin Ahmad Jr' });
  });
});
