// The employee form's model: dates shown and typed DD/MM/YYYY and stored ISO; the checks before
// saving; what counts as a change; drafts read back.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FORM,
  checkForm,
  formChanged,
  formFieldOf,
  formFromEmployee,
  inputFromForm,
  myKadFill,
  parseFormDraft,
  previewCoverage,
} from '../../../renderer/src/screens/employees/form-model';
import { employee } from './fixtures';

const TODAY = '2026-06-15';

describe('dates on the form', () => {
  it('are shown DD/MM/YYYY and saved ISO, whichever accepted way they were typed', () => {
    const values = formFromEmployee(employee({ hireDate: '2020-01-02', leaveDate: '2026-03-31', perkesoRegisteredDate: null }));
    expect(values.dateOfBirth).toBe('05/05/1985');
    expect(values.hireDate).toBe('02/01/2020');
    expect(values.leaveDate).toBe('31/03/2026');
    expect(values.perkesoRegisteredDate).toBe('');
    const input = inputFromForm({ ...values, hireDate: '2/1/2020', leaveDate: '2026-03-31', perkesoRegisteredDate: '03.01.2020' });
    expect(input).toMatchObject({ dateOfBirth: '1985-05-05', hireDate: '2020-01-02', leaveDate: '2026-03-31', perkesoRegisteredDate: '2020-01-03' });
  });

  it('that are not dates are refused at their field, saying how to type one', () => {
    const values = { ...formFromEmployee(employee()), hireDate: '31/02/2020', perkesoRegisteredDate: '01/02/20' };
    expect(checkForm(values, TODAY)).toEqual({
      hireDate: { key: 'employees.error.dateTyped' },
      perkesoRegisteredDate: { key: 'employees.error.dateTyped' },
    });
  });

  it('a MyKad number fills the date of birth as the field shows it', () => {
    expect(myKadFill({ idType: 'mykad', idNumber: '950707-14-5678' }, TODAY)).toEqual({ digits: '950707145678', dateOfBirth: '07/07/1995', gender: 'female' });
    expect(myKadFill({ idType: 'passport', idNumber: '950707-14-5678' }, TODAY)).toBeNull();
  });

  it('the preview reads the typed date of birth: 60 or older in the month is SOCSO Category 2', () => {
    const values = { ...EMPTY_FORM, name: 'Tan', idType: 'passport' as const, idNumber: 'A1', dateOfBirth: '15/03/1960' };
    expect(previewCoverage(values, '2026-05', '…')?.category).toBe(2);
    expect(previewCoverage({ ...values, dateOfBirth: '15/03/1990' }, '2026-05', '…')?.category).toBe(1);
  });
});

describe('checkForm', () => {
  it('passes a complete form, and names each missing or wrong field', () => {
    expect(checkForm(formFromEmployee(employee()), TODAY)).toBeNull();
    const empty = checkForm(EMPTY_FORM, TODAY);
    expect(Object.keys(empty ?? {})).toEqual(['name', 'idNumber']);
    expect(empty?.name?.key).toBe('employees.error.name.required');
    expect(empty?.idNumber?.key).toBe('employees.error.idNumber.required');
    const mismatch = checkForm({ ...formFromEmployee(employee()), dateOfBirth: '06/05/1985' }, TODAY);
    expect(Object.keys(mismatch ?? {})).toEqual(['dateOfBirth']);
    expect(mismatch?.dateOfBirth?.key).toBe('employees.error.dobMismatch');
  });
});

describe('formChanged', () => {
  it('is true only when a field differs from where the form started', () => {
    const start = formFromEmployee(employee());
    expect(formChanged({ ...start }, start)).toBe(false);
    expect(formChanged({ ...start, paysLindung: false }, start)).toBe(true);
    expect(formChanged({ ...start, notes: 'x' }, start)).toBe(true);
  });
});

describe('parseFormDraft', () => {
  it('reads back a form it wrote, and nothing else', () => {
    const values = { ...formFromEmployee(employee()), notes: 'half typed' };
    expect(parseFormDraft(JSON.parse(JSON.stringify(values)))).toEqual(values);
    expect(parseFormDraft({ ...values, nationality: 'martian' })).toBeNull();
    expect(parseFormDraft({ ...values, paysLindung: 'yes' })).toBeNull();
    expect(parseFormDraft({ ...values, notes: 'x'.repeat(2001) })).toBeNull();
    const { name: _name, ...withoutName } = values;
    expect(parseFormDraft(withoutName)).toBeNull();
    expect(parseFormDraft('values')).toBeNull();
  });
});

describe('formFieldOf', () => {
  it('maps an error path to the control that shows it', () => {
    expect(formFieldOf('employee.idNumber')).toBe('idNumber');
    expect(formFieldOf('employee.eisOverride.reason')).toBe('eisOverrideReason');
    expect(formFieldOf('employee.categoryOverride.value')).toBe('categoryOverride');
    expect(formFieldOf('companyId')).toBeNull();
    expect(formFieldOf(undefined)).toBeNull();
  });
});
