// Adding or editing one employee. Every field of EmployeeInput, each wired through one binder; a
// MyKad number fills the date of birth and gender as it is typed; dates are typed DD/MM/YYYY; the
// SOCSO category, EIS and LINDUNG 24 Jam status the rules give for this month are shown live beside
// the form, with the reason in plain words. A refusal is shown next to the field it names, and
// nothing typed is lost: leaving with unsaved changes asks first, and what is typed is kept as a
// draft on this computer until it is saved or discarded.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Company } from '../../../../shared/domain/company';
import { GENDERS, LEAVE_REASONS, NATIONALITIES, type EmployeeWithWarnings } from '../../../../shared/domain/employee';
import { ID_TYPES } from '../../../../shared/domain/employee-id';
import { formatMalaysianDate } from '../../../../shared/calendar';
import { api, ApiError } from '../../api/client';
import { CheckField, SelectField, TextAreaField } from '../../components/Controls';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/Field';
import { withCalendarWords } from '../../i18n/calendar-params';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { readDraft, removeDraft, writeDraft } from '../../state/drafts';
import { useConfirmLeave, useUnsavedChanges } from '../../state/UnsavedChanges';
import { CoveragePreview } from './CoveragePreview';
import { PayrollPreview } from './PayrollPreview';
import { EmployeeRecordsPanel } from './records/EmployeeRecordsPanel';
import { PayrollSections } from './PayrollSections';
import { previewEpf, previewPcb } from './payroll-form';
import { fieldBinder, fieldId } from './field-binder';
import { EMPLOYEE_DRAFT_KIND, formDraftScope } from './form-drafts';
import {
  ADVANCED_FIELDS,
  EMPTY_FORM,
  FIELD_ORDER,
  checkForm,
  formChanged,
  formFieldOf,
  formFromEmployee,
  inputFromForm,
  myKadFacts,
  myKadFill,
  myKadProblem,
  parseFormDraft,
  previewCoverage,
  type FormErrors,
  type FormField,
  type FormValues,
} from './form-model';
import { FormAlert } from '../../components/ErrorMessage';

export interface EmployeeFormProps {
  company: Company;
  /** null: a new employee. */
  employee: EmployeeWithWarnings | null;
  today: string;
  month: string;
  onSaved(employee: EmployeeWithWarnings, created: boolean): void;
  onCancel(): void;
}


export function EmployeeForm({ company, employee, today, month, onSaved, onCancel }: EmployeeFormProps) {
  const { t, say: sayText, locale } = useI18n();
  const say = (message: Message) => sayText(withCalendarWords(message, locale));
  const confirmLeave = useConfirmLeave();
  const draftScope = formDraftScope(employee?.id ?? null);
  const [initial] = useState<FormValues>(() => (employee ? formFromEmployee(employee) : EMPTY_FORM));
  // What was typed here before and not saved (the app was closed, the renderer reloaded) comes back.
  const [kept] = useState(() => readDraft(EMPLOYEE_DRAFT_KIND, company, draftScope, (data) => parseFormDraft(data, initial)));
  const [values, setValues] = useState<FormValues>(() => kept?.data ?? initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);
  const [idTouched, setIdTouched] = useState(false);
  const [advancedOpen, setAdvancedOpen] = useState(
    () => !!employee && (!!employee.categoryOverride || !!employee.eisOverride || !!employee.lindungOverride),
  );
  /** The MyKad digits whose date of birth and gender were last filled in (each number fills them once). */
  const [lastFilledMyKad, setLastFilledMyKad] = useState<string | null>(employee?.idType === 'mykad' ? employee.idNumber : null);

  const placeholderReason = t('employees.preview.noReasonYet');
  const preview = useMemo(() => previewCoverage(values, month, placeholderReason), [values, month, placeholderReason]);
  const epfPreview = useMemo(() => previewEpf(values, month), [values, month]);
  const pcbPreview = useMemo(() => previewPcb(values, month), [values, month]);
  const facts = useMemo(() => myKadFacts(values, today), [values, today]);
  const liveIdProblem = useMemo(() => (idTouched ? myKadProblem(values, today) : null), [idTouched, values, today]);
  const age = preview?.age ?? null;

  function set<K extends FormField>(field: K, value: FormValues[K]) {
    const next = { ...values, [field]: value };
    // A full, valid MyKad fills the date of birth and gender at once; both stay editable.
    if (field === 'idNumber' || field === 'idType') {
      const read = myKadFill(next, today);
      if (read && read.digits !== lastFilledMyKad) {
        setLastFilledMyKad(read.digits);
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

  const dirty = formChanged(values, initial);
  useEffect(() => {
    if (dirty) writeDraft(EMPLOYEE_DRAFT_KIND, company, draftScope, values);
    else removeDraft(EMPLOYEE_DRAFT_KIND, company, draftScope);
  }, [company, draftScope, values, dirty]);

  useUnsavedChanges({
    dirty,
    summary: employee ? { key: 'employees.unsaved.edit', params: { name: employee.name } } : { key: 'employees.unsaved.new' },
    save,
    discard: () => {
      removeDraft(EMPLOYEE_DRAFT_KIND, company, draftScope);
      setValues(initial);
      setErrors({});
      setFormError(null);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  /** Checks, then saves; false when refused (shown next to the fields, the focus on the first). */
  async function save(): Promise<boolean> {
    if (savingRef.current) return false;
    setFormError(null);
    setIdTouched(true);
    // The shared rules, checked here first so every problem shows at once where it can.
    const local = checkForm(values, today);
    if (local) {
      refuse(local, null);
      return false;
    }
    setErrors({});
    savingRef.current = true;
    setSaving(true);
    try {
      const input = inputFromForm(values);
      const saved = employee
        ? await api.call('employees:update', { id: employee.id, employee: input })
        : await api.call('employees:create', { companyId: company.id, employee: input });
      if (!employee) {
        setValues(EMPTY_FORM);
        setLastFilledMyKad(null);
        setIdTouched(false);
        window.setTimeout(() => document.getElementById(fieldId('name'))?.focus(), 0);
      }
      removeDraft(EMPLOYEE_DRAFT_KIND, company, draftScope);
      onSaved(saved, !employee);
      return true;
    } catch (failure) {
      const message = messageOf(failure);
      const field = failure instanceof ApiError ? formFieldOf(failure.field) : null;
      if (field) refuse({ [field]: message }, null);
      else refuse({}, message);
      return false;
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  }

  const errorText = (field: FormField) => {
    const message = errors[field];
    return message ? say(message) : null;
  };

  const bind = fieldBinder({ values, set, errorText, t });
  const options = <V extends string>(list: readonly V[], label: (value: V) => string) => list.map((value) => ({ value, label: label(value) }));
  const byRules = { value: '', label: t('employees.override.byRules') };
  const choiceOptions = (yes: string, no: string) => [byRules, { value: 'yes', label: yes }, { value: 'no', label: no }];

  const idHint = facts
    ? t('employees.mykad.read', {
        formatted: facts.formatted,
        dateOfBirth: formatMalaysianDate(facts.dateOfBirth),
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
          <FormAlert message={withCalendarWords(formError, locale)} />
        ) : kept && dirty ? (
          <p className="status-message" data-testid="employee-draft-restored">
            {t('employees.draft.restored')}
          </p>
        ) : null}

        <fieldset className="form-section">
          <legend>{t('employees.section.identity')}</legend>
          <div className="form-grid">
            <TextField {...bind.text('name')} hint={t('employees.field.name.hint')} autoComplete="off" className="span-2" />
            <SelectField {...bind.select('idType')} options={options(ID_TYPES, (type) => t(`employees.idType.${type}`))} />
            <TextField
              {...bind.text('idNumber')}
              hint={idHint}
              error={errorText('idNumber') ?? (liveIdProblem ? say(liveIdProblem) : null)}
              autoComplete="off"
              spellCheck={false}
              inputClassName="input input-code"
              onBlur={() => setIdTouched(true)}
            />
            <TextField
              {...bind.text('perkesoId')}
              hint={compactId ? t('employees.field.perkesoId.hintWithDefault', { id: compactId }) : t('employees.field.perkesoId.hint')}
              autoComplete="off"
              spellCheck={false}
              inputClassName="input input-code"
            />
            <SelectField {...bind.select('nationality')} options={options(NATIONALITIES, (n) => t(`statutory.nationality.${n}`))} />
            <DateField {...bind.date('dateOfBirth')} hint={values.idType === 'mykad' ? t('employees.field.dateOfBirth.hintMyKad') : undefined} />
            <SelectField
              {...bind.select('gender')}
              options={[{ value: '', label: t('employees.gender.unknown') }, ...options(GENDERS, (g) => t(`mykad.gender.${g}`))]}
            />
            <CheckField {...bind.check('domesticWorker')} className="span-2" />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('employees.section.employment')}</legend>
          <div className="form-grid">
            <DateField {...bind.date('hireDate')} />
            <DateField {...bind.date('perkesoRegisteredDate')} hint={t('employees.field.perkesoRegisteredDate.hint')} />
            <DateField {...bind.date('leaveDate')} hint={t('employees.field.leaveDate.hint')} />
            <SelectField
              {...bind.select('leaveReason')}
              options={[{ value: '', label: t('employees.leaveReason.none') }, ...options(LEAVE_REASONS, (r) => t(`employees.leaveReason.${r}`))]}
            />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('employees.section.schemes')}</legend>
          <div className="form-stack">
            {show55 ? <CheckField {...bind.check('firstInsuredAt55')} /> : null}
            {show57 ? <CheckField {...bind.check('noEisBefore57')} /> : null}
            <CheckField {...bind.check('paysLindung')} />
          </div>
        </fieldset>

        <PayrollSections values={values} bind={bind} />

        <details className="form-section advanced" open={advancedOpen} onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}>
          <summary>{t('employees.section.advanced')}</summary>
          <p className="field-hint">{t('employees.section.advanced.hint')}</p>
          <div className="form-grid">
            <SelectField
              {...bind.select('categoryOverride')}
              options={[byRules, { value: '1', label: t('employees.category.1') }, { value: '2', label: t('employees.category.2') }]}
            />
            <OverrideReason bound={bind.text('categoryOverrideReason')} active={values.categoryOverride !== ''} />
            <SelectField {...bind.select('eisOverride')} options={choiceOptions(t('employees.override.eis.yes'), t('employees.override.eis.no'))} />
            <OverrideReason bound={bind.text('eisOverrideReason')} active={values.eisOverride !== ''} />
            <SelectField
              {...bind.select('lindungOverride')}
              options={choiceOptions(t('employees.override.lindung.yes'), t('employees.override.lindung.no'))}
            />
            <OverrideReason bound={bind.text('lindungOverrideReason')} active={values.lindungOverride !== ''} />
          </div>
        </details>

        <TextAreaField {...bind.text('notes')} rows={2} className="form-section" />

        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
            {saving ? t('employees.form.saving') : employee ? t('action.save') : t('employees.add')}
          </button>
          <button type="button" className="button" onClick={() => confirmLeave(onCancel)}>
            {employee ? t('action.cancel') : t('employees.backToList')}
          </button>
        </div>
      </form>
      <CoveragePreview result={preview} month={month}>
        <PayrollPreview epf={epfPreview} pcb={pcbPreview} />
      </CoveragePreview>
      {employee ? <EmployeeRecordsPanel companyId={company.id} employeeId={employee.id} month={month} /> : null}
    </div>
  );
}

/** The reason an override needs: asked only once the override is set (a reason already typed stays editable). */
function OverrideReason({ bound, active }: { bound: ReturnType<ReturnType<typeof fieldBinder>['text']>; active: boolean }) {
  const { t } = useI18n();
  return (
    <TextField
      {...bound}
      hint={active ? t('employees.field.overrideReason.hint') : undefined}
      disabled={!active && bound.value === ''}
      autoComplete="off"
    />
  );
}
