// Adding or editing one employee. Every field of EmployeeInput; a MyKad number fills the date of
// birth and gender as it is typed; the SOCSO category, EIS and LINDUNG 24 Jam status the rules
// give for this month are shown live beside the form, with the reason in plain words. A refusal
// is shown next to the field it names, and nothing typed is lost.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { Company } from '../../../../shared/domain/company';
import {
  employeeInputSchema,
  GENDERS,
  LEAVE_REASONS,
  NATIONALITIES,
  normalizeEmployee,
  type EmployeeWithWarnings,
} from '../../../../shared/domain/employee';
import { ID_TYPES, type IdType } from '../../../../shared/domain/employee-id';
import { api, ApiError } from '../../api/client';
import { CheckField, SelectField, TextAreaField } from '../../components/Controls';
import { TextField } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { fieldMessages } from '../../lib/validation';
import { CoveragePreview } from './CoveragePreview';
import {
  ADVANCED_FIELDS,
  EMPTY_FORM,
  FIELD_ORDER,
  formFieldOf,
  formFromEmployee,
  inputFromForm,
  myKadFacts,
  myKadProblem,
  previewCoverage,
  type Choice3,
  type FormField,
  type FormValues,
} from './form-model';

type FormErrors = Partial<Record<FormField, Message>>;

export interface EmployeeFormProps {
  company: Company;
  /** null: a new employee. */
  employee: EmployeeWithWarnings | null;
  today: string;
  month: string;
  onSaved(employee: EmployeeWithWarnings, created: boolean): void;
  onCancel(): void;
}

const fieldId = (field: FormField) => `employee-${field}`;

export function EmployeeForm({ company, employee, today, month, onSaved, onCancel }: EmployeeFormProps) {
  const { t, say } = useI18n();
  const [values, setValues] = useState<FormValues>(() => (employee ? formFromEmployee(employee) : EMPTY_FORM));
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);
  const [idTouched, setIdTouched] = useState(false);
  const [advancedOpen, setAdvancedOpen] = useState(
    () => !!employee && (!!employee.categoryOverride || !!employee.eisOverride || !!employee.lindungOverride),
  );
  const lastFilledMyKad = useRef<string | null>(employee?.idType === 'mykad' ? employee.idNumber : null);

  const placeholderReason = t('employees.preview.noReasonYet');
  const preview = useMemo(() => previewCoverage(values, month, placeholderReason), [values, month, placeholderReason]);
  const facts = useMemo(() => myKadFacts(values, today), [values, today]);
  const liveIdProblem = useMemo(() => (idTouched ? myKadProblem(values, today) : null), [idTouched, values, today]);
  const age = preview?.age ?? null;

  function set<K extends FormField>(field: K, value: FormValues[K]) {
    const next = { ...values, [field]: value };
    // A full, valid MyKad fills the date of birth and gender at once; both stay editable.
    if (field === 'idNumber' || field === 'idType') {
      const read = myKadFacts(next, today);
      if (read && read.digits !== lastFilledMyKad.current) {
        lastFilledMyKad.current = read.digits;
        next.dateOfBirth = read.dateOfBirth;
        next.gender = read.gender;
      }
    }
    setValues(next);
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function focusField(field: FormField) {
    if (ADVANCED_FIELDS.includes(field)) setAdvancedOpen(true);
    window.setTimeout(() => document.getElementById(fieldId(field))?.focus(), 0);
  }

  function refuse(found: FormErrors, general: Message | null) {
    setErrors(found);
    setFormError(general ?? { key: 'employees.form.invalid' });
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) focusField(first);
  }

  /** The shared rules, checked here first so every problem shows at once where it can. */
  function checkLocally(): FormErrors | null {
    const parsed = employeeInputSchema.safeParse(inputFromForm(values));
    if (!parsed.success) {
      const found: FormErrors = {};
      for (const [path, message] of Object.entries(fieldMessages(parsed.error))) {
        const field = formFieldOf(path);
        if (field && !found[field]) found[field] = message;
      }
      return found;
    }
    const normalized = normalizeEmployee(parsed.data, today);
    if (!normalized.ok) {
      const field = formFieldOf(normalized.error.field) ?? 'idNumber';
      return { [field]: { key: normalized.error.key, params: normalized.error.params } };
    }
    return null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    setIdTouched(true);
    const local = checkLocally();
    if (local && Object.keys(local).length > 0) {
      refuse(local, null);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const input = inputFromForm(values);
      const saved = employee
        ? await api.call('employees:update', { id: employee.id, employee: input })
        : await api.call('employees:create', { companyId: company.id, employee: input });
      if (!employee) {
        setValues(EMPTY_FORM);
        lastFilledMyKad.current = null;
        setIdTouched(false);
        window.setTimeout(() => document.getElementById(fieldId('name'))?.focus(), 0);
      }
      onSaved(saved, !employee);
    } catch (failure) {
      const message = messageOf(failure);
      const field = failure instanceof ApiError ? formFieldOf(failure.field) : null;
      if (field) refuse({ [field]: message }, null);
      else refuse({}, message);
    } finally {
      setSaving(false);
    }
  }

  const errorText = (field: FormField) => {
    const message = errors[field];
    return message ? say(message) : null;
  };

  const idTypeOptions = ID_TYPES.map((type: IdType) => ({ value: type, label: t(`employees.idType.${type}`) }));
  const nationalityOptions = NATIONALITIES.map((n) => ({ value: n, label: t(`statutory.nationality.${n}`) }));
  const genderOptions = [
    { value: '', label: t('employees.gender.unknown') },
    ...GENDERS.map((g) => ({ value: g, label: t(`mykad.gender.${g}`) })),
  ];
  const leaveReasonOptions = [
    { value: '', label: t('employees.leaveReason.none') },
    ...LEAVE_REASONS.map((r) => ({ value: r, label: t(`employees.leaveReason.${r}`) })),
  ];
  const choiceOptions = (yes: string, no: string) => [
    { value: '', label: t('employees.override.byRules') },
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ];

  const idHint = facts
    ? t('employees.mykad.read', {
        formatted: facts.formatted,
        dateOfBirth: facts.dateOfBirth,
        gender: t(`mykad.gender.${facts.gender}`),
      }) + facts.warnings.map((w) => ` ${say(w)}`).join('')
    : t(`employees.idNumber.hint.${values.idType}`);
  const compactId = values.idNumber.trim().toUpperCase().replace(/[\s-]/g, '');

  const show55 = values.firstInsuredAt55 || (age !== null && age >= 55);
  const show57 = values.noEisBefore57 || (age !== null && age >= 57);

  return (
    <div className="employee-editor">
      <form className="panel employee-form" onSubmit={submit} noValidate aria-labelledby="employee-form-heading">
        <h2 id="employee-form-heading">
          {employee ? t('employees.form.editTitle', { name: employee.name }) : t('employees.form.addTitle')}
        </h2>
        {formError ? (
          <p role="alert" className="form-error">
            {say(formError)}
          </p>
        ) : null}

        <fieldset className="form-section">
          <legend>{t('employees.section.identity')}</legend>
          <div className="form-grid">
            <TextField
              id={fieldId('name')}
              label={t('employees.field.name')}
              hint={t('employees.field.name.hint')}
              error={errorText('name')}
              value={values.name}
              autoComplete="off"
              onChange={(event) => set('name', event.target.value)}
              className="span-2"
            />
            <SelectField
              id={fieldId('idType')}
              label={t('employees.field.idType')}
              error={errorText('idType')}
              value={values.idType}
              options={idTypeOptions}
              onChange={(event) => set('idType', event.target.value as IdType)}
            />
            <TextField
              id={fieldId('idNumber')}
              label={t('employees.field.idNumber')}
              hint={idHint}
              error={errorText('idNumber') ?? (liveIdProblem ? say(liveIdProblem) : null)}
              value={values.idNumber}
              autoComplete="off"
              spellCheck={false}
              inputClassName="input input-code"
              onBlur={() => setIdTouched(true)}
              onChange={(event) => set('idNumber', event.target.value)}
            />
            <TextField
              id={fieldId('perkesoId')}
              label={t('employees.field.perkesoId')}
              hint={
                compactId
                  ? t('employees.field.perkesoId.hintWithDefault', { id: compactId })
                  : t('employees.field.perkesoId.hint')
              }
              error={errorText('perkesoId')}
              value={values.perkesoId}
              autoComplete="off"
              spellCheck={false}
              inputClassName="input input-code"
              onChange={(event) => set('perkesoId', event.target.value)}
            />
            <SelectField
              id={fieldId('nationality')}
              label={t('employees.field.nationality')}
              error={errorText('nationality')}
              value={values.nationality}
              options={nationalityOptions}
              onChange={(event) => set('nationality', event.target.value as FormValues['nationality'])}
            />
            <TextField
              id={fieldId('dateOfBirth')}
              type="date"
              label={t('employees.field.dateOfBirth')}
              hint={values.idType === 'mykad' ? t('employees.field.dateOfBirth.hintMyKad') : undefined}
              error={errorText('dateOfBirth')}
              value={values.dateOfBirth}
              onChange={(event) => set('dateOfBirth', event.target.value)}
            />
            <SelectField
              id={fieldId('gender')}
              label={t('employees.field.gender')}
              error={errorText('gender')}
              value={values.gender}
              options={genderOptions}
              onChange={(event) => set('gender', event.target.value as FormValues['gender'])}
            />
            <CheckField
              id={fieldId('domesticWorker')}
              label={t('employees.field.domesticWorker')}
              hint={t('employees.field.domesticWorker.hint')}
              checked={values.domesticWorker}
              onChange={(checked) => set('domesticWorker', checked)}
              className="span-2"
            />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('employees.section.employment')}</legend>
          <div className="form-grid">
            <TextField
              id={fieldId('hireDate')}
              type="date"
              label={t('employees.field.hireDate')}
              error={errorText('hireDate')}
              value={values.hireDate}
              onChange={(event) => set('hireDate', event.target.value)}
            />
            <TextField
              id={fieldId('perkesoRegisteredDate')}
              type="date"
              label={t('employees.field.perkesoRegisteredDate')}
              hint={t('employees.field.perkesoRegisteredDate.hint')}
              error={errorText('perkesoRegisteredDate')}
              value={values.perkesoRegisteredDate}
              onChange={(event) => set('perkesoRegisteredDate', event.target.value)}
            />
            <TextField
              id={fieldId('leaveDate')}
              type="date"
              label={t('employees.field.leaveDate')}
              hint={t('employees.field.leaveDate.hint')}
              error={errorText('leaveDate')}
              value={values.leaveDate}
              onChange={(event) => set('leaveDate', event.target.value)}
            />
            <SelectField
              id={fieldId('leaveReason')}
              label={t('employees.field.leaveReason')}
              error={errorText('leaveReason')}
              value={values.leaveReason}
              options={leaveReasonOptions}
              onChange={(event) => set('leaveReason', event.target.value as FormValues['leaveReason'])}
            />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('employees.section.schemes')}</legend>
          <div className="form-stack">
            {show55 ? (
              <CheckField
                id={fieldId('firstInsuredAt55')}
                label={t('employees.field.firstInsuredAt55')}
                hint={t('employees.field.firstInsuredAt55.hint')}
                checked={values.firstInsuredAt55}
                onChange={(checked) => set('firstInsuredAt55', checked)}
              />
            ) : null}
            {show57 ? (
              <CheckField
                id={fieldId('noEisBefore57')}
                label={t('employees.field.noEisBefore57')}
                hint={t('employees.field.noEisBefore57.hint')}
                checked={values.noEisBefore57}
                onChange={(checked) => set('noEisBefore57', checked)}
              />
            ) : null}
            <CheckField
              id={fieldId('paysLindung')}
              label={t('employees.field.paysLindung')}
              hint={t('employees.field.paysLindung.hint')}
              checked={values.paysLindung}
              onChange={(checked) => set('paysLindung', checked)}
            />
          </div>
        </fieldset>

        <details
          className="form-section advanced"
          open={advancedOpen}
          onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}
        >
          <summary>{t('employees.section.advanced')}</summary>
          <p className="field-hint">{t('employees.section.advanced.hint')}</p>
          <div className="form-grid">
            <SelectField
              id={fieldId('categoryOverride')}
              label={t('employees.field.categoryOverride')}
              error={errorText('categoryOverride')}
              value={values.categoryOverride}
              options={[
                { value: '', label: t('employees.override.byRules') },
                { value: '1', label: t('employees.category.1') },
                { value: '2', label: t('employees.category.2') },
              ]}
              onChange={(event) => set('categoryOverride', event.target.value as FormValues['categoryOverride'])}
            />
            <OverrideReason field="categoryOverrideReason" active={values.categoryOverride !== ''} values={values} set={set} error={errorText('categoryOverrideReason')} />
            <SelectField
              id={fieldId('eisOverride')}
              label={t('employees.field.eisOverride')}
              error={errorText('eisOverride')}
              value={values.eisOverride}
              options={choiceOptions(t('employees.override.eis.yes'), t('employees.override.eis.no'))}
              onChange={(event) => set('eisOverride', event.target.value as Choice3)}
            />
            <OverrideReason field="eisOverrideReason" active={values.eisOverride !== ''} values={values} set={set} error={errorText('eisOverrideReason')} />
            <SelectField
              id={fieldId('lindungOverride')}
              label={t('employees.field.lindungOverride')}
              error={errorText('lindungOverride')}
              value={values.lindungOverride}
              options={choiceOptions(t('employees.override.lindung.yes'), t('employees.override.lindung.no'))}
              onChange={(event) => set('lindungOverride', event.target.value as Choice3)}
            />
            <OverrideReason field="lindungOverrideReason" active={values.lindungOverride !== ''} values={values} set={set} error={errorText('lindungOverrideReason')} />
          </div>
        </details>

        <TextAreaField
          id={fieldId('notes')}
          label={t('employees.field.notes')}
          error={errorText('notes')}
          value={values.notes}
          rows={2}
          onChange={(event) => set('notes', event.target.value)}
          className="form-section"
        />

        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
            {saving ? t('employees.form.saving') : employee ? t('action.save') : t('employees.add')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {employee ? t('action.cancel') : t('employees.backToList')}
          </button>
        </div>
      </form>
      <CoveragePreview result={preview} month={month} />
    </div>
  );
}

function OverrideReason({
  field,
  active,
  values,
  set,
  error,
}: {
  field: 'categoryOverrideReason' | 'eisOverrideReason' | 'lindungOverrideReason';
  active: boolean;
  values: FormValues;
  set: (field: FormField, value: string) => void;
  error: string | null;
}) {
  const { t } = useI18n();
  return (
    <TextField
      id={fieldId(field)}
      label={t(`employees.field.${field}`)}
      hint={active ? t('employees.field.overrideReason.hint') : undefined}
      error={error}
      value={values[field]}
      disabled={!active && values[field] === ''}
      autoComplete="off"
      onChange={(event) => set(field, event.target.value)}
    />
  );
}
