// A company's details (address, contact, phone, email, output folder, ASSIST portal user name,
// notes) and its payroll records (KWSP employer number, LHDN E number, HRD Corp levy, normal hours
// a day, payment reference), saved with companies:update. Refusals are shown next to their fields;
// empty clears one. What the service warns of (an HRD levy that does not fit the head count) is
// shown after saving, with the form kept open. The portal user name is never a password: Caruman
// stores no password, and says so.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { HRD_LEVY_CHOICES, updateCompanySchema, type Company, type CompanyWithWarnings, type HrdLevy } from '../../../../shared/domain/company';
import { SelectField } from '../../components/Controls';
import { hoursText, typedMinutes } from './normal-hours';
import { api, ApiError } from '../../api/client';
import { TextField } from '../../components/Field';
import { TextAreaField } from '../../components/Controls';
import { PathChooser } from '../../components/PathChooser';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { fieldMessages } from '../../lib/validation';
import { FormAlert } from '../../components/ErrorMessage';
import { CODE_INPUT, fieldBinder } from './bind-field';

export const DETAIL_FIELDS = [
  'address',
  'contactName',
  'phone',
  'email',
  'outputFolder',
  'portalUsername',
  'epfEmployerNumber',
  'taxEmployerNumber',
  'hrdLevy',
  'normalMinutesPerDay',
  'paymentReference',
  'notes',
] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];
type Values = Record<DetailField, string>;
type Errors = Partial<Record<DetailField, Message>>;

function isDetailField(field: string | undefined): field is DetailField {
  return (DETAIL_FIELDS as readonly string[]).includes(field ?? '');
}

function valuesOf(company: Company): Values {
  return {
    address: company.address ?? '',
    contactName: company.contactName ?? '',
    phone: company.phone ?? '',
    email: company.email ?? '',
    outputFolder: company.outputFolder ?? '',
    portalUsername: company.portalUsername ?? '',
    epfEmployerNumber: company.epfEmployerNumber ?? '',
    taxEmployerNumber: company.taxEmployerNumber ?? '',
    hrdLevy: company.hrdLevy,
    normalMinutesPerDay: hoursText(company.normalMinutesPerDay),
    paymentReference: company.paymentReference ?? '',
    notes: company.notes ?? '',
  };
}

/** The update the form's values ask for (normal hours typed as hours, sent as minutes). */
function inputOf(id: number, values: Values) {
  // The select offers only HRD_LEVY_CHOICES; the schema checks it all the same.
  return { id, ...values, hrdLevy: values.hrdLevy as HrdLevy, normalMinutesPerDay: typedMinutes(values.normalMinutesPerDay) };
}

export interface CompanyDetailsFormProps {
  company: Company;
  /** keepOpen: the service warned of something the user should read first. */
  onSaved(company: Company, keepOpen: boolean): Promise<void>;
  onCancel(): void;
}

export function CompanyDetailsForm({ company, onSaved, onCancel }: CompanyDetailsFormProps) {
  const { t, say } = useI18n();
  const [values, setValues] = useState<Values>(() => valuesOf(company));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);
  const [warnings, setWarnings] = useState<CompanyWithWarnings['warnings']>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function focusField(field: DetailField | undefined) {
    if (!field) return;
    formRef.current?.querySelector<HTMLElement>(`#company-details-${field}`)?.focus();
  }

  function change(field: DetailField, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (errors[field]) {
      const parsed = updateCompanySchema.safeParse(inputOf(company.id, next));
      const stillWrong = parsed.success ? undefined : fieldMessages(parsed.error)[field];
      setErrors((current) => ({ ...current, [field]: stillWrong }));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    setWarnings([]);
    const input = inputOf(company.id, values);
    const parsed = updateCompanySchema.safeParse(input);
    if (!parsed.success) {
      const byField = fieldMessages(parsed.error);
      const found: Errors = {};
      for (const field of DETAIL_FIELDS) if (byField[field]) found[field] = byField[field];
      setErrors(found);
      setFormError({ key: 'companyDetails.invalid' });
      focusField(DETAIL_FIELDS.find((field) => found[field]));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await api.call('companies:update', input);
      setWarnings(saved.warnings);
      await onSaved(saved, saved.warnings.length > 0);
      setSaving(false);
    } catch (failure) {
      const message = messageOf(failure);
      if (failure instanceof ApiError && isDetailField(failure.field)) {
        setErrors({ [failure.field]: message });
        setFormError({ key: 'companyDetails.invalid' });
        focusField(failure.field);
      } else {
        setFormError(message);
      }
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  const errorText = (field: DetailField) => {
    const message = errors[field];
    return message ? say(message) : null;
  };
  const bind = fieldBinder<DetailField>({
    idOf: (field) => `company-details-${field}`,
    labelOf: (field) => t(`companyDetails.${field}`),
    values,
    errorText,
    change,
  });
  const text = (field: DetailField, extra: { hint?: string; autoComplete?: string; type?: string; code?: boolean } = {}) => (
    <TextField {...bind(field)} {...(extra.code ? CODE_INPUT : {})} hint={extra.hint} type={extra.type} autoComplete={extra.autoComplete ?? 'off'} />
  );

  return (
    <section className="panel company-details" aria-labelledby="company-details-heading" data-testid="company-details">
      <h2 id="company-details-heading" ref={headingRef} tabIndex={-1}>
        {t('companyDetails.title', { name: company.name })}
      </h2>
      <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <FormAlert message={formError} />
        <div className="form-grid">
          <TextAreaField {...bind('address')} rows={3} autoComplete="street-address" className="span-2" />
          {text('contactName', { autoComplete: 'name' })}
          {text('phone', { type: 'tel', autoComplete: 'tel' })}
          {text('email', { type: 'email', autoComplete: 'email' })}
          {text('portalUsername', { hint: t('companyDetails.portalUsername.hint'), code: true })}
          <div className="span-2">
            {/* Chosen in the main process's folder dialog, never typed (issue 12 item 4). */}
            <PathChooser
              id="company-details-outputFolder"
              label={t('companyDetails.outputFolder')}
              hint={t('companyDetails.outputFolder.hint')}
              purpose="companyFolder"
              companyId={company.id}
              path={values.outputFolder === '' ? null : values.outputFolder}
              error={errorText('outputFolder')}
              onChosen={(chosen) => change('outputFolder', chosen)}
            />
            {values.outputFolder !== '' ? (
              <button type="button" className="button button-quiet button-small" onClick={() => change('outputFolder', '')}>
                {t('desktop.chooser.useDefaultFolder')}
              </button>
            ) : null}
          </div>
          <fieldset className="form-section span-2">
            <legend>{t('companyDetails.section.payroll')}</legend>
            <div className="form-grid">
              {text('epfEmployerNumber', { hint: t('companyDetails.epfEmployerNumber.hint'), code: true })}
              {text('taxEmployerNumber', { hint: t('companyDetails.taxEmployerNumber.hint'), code: true })}
              <SelectField
                {...bind('hrdLevy')}
                hint={t('companyDetails.hrdLevy.hint')}
                options={HRD_LEVY_CHOICES.map((choice) => ({ value: choice, label: t(`companyDetails.hrdLevy.${choice}`) }))}
              />
              {text('normalMinutesPerDay', { hint: t('companyDetails.normalMinutesPerDay.hint') })}
              {text('paymentReference', { hint: t('companyDetails.paymentReference.hint'), code: true })}
            </div>
            {warnings.length > 0 ? (
              <div role="status" className="warning-box" data-testid="company-details-warnings">
                <p>{t('companyDetails.savedWithWarnings')}</p>
                {warnings.map((warning) => (
                  <p key={warning.key}>{say({ key: warning.key, params: warning.params })}</p>
                ))}
              </div>
            ) : null}
          </fieldset>
          <TextAreaField {...bind('notes')} rows={3} className="span-2" />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
            {saving ? t('companies.form.saving') : t('companyDetails.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
