// The form that adds a company (name, PERKESO employer code, SSM): used on the Companies screen
// and in the first-run setup. Refusals are shown next to their fields; what was typed is kept.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { employerCodeAsSaved, newCompanySchema, type Company } from '../../../../shared/domain/company';
import { api, ApiError } from '../../api/client';
import { TextField } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { fieldMessages } from '../../lib/validation';
import { FormAlert } from '../../components/ErrorMessage';
import { CODE_INPUT, fieldBinder } from './bind-field';

const FORM_FIELDS = ['name', 'employerCode', 'ssmNumber'] as const;
type FormField = (typeof FORM_FIELDS)[number];
type FormValues = Record<FormField, string>;
type FormErrors = Partial<Record<FormField, Message>>;

const EMPTY: FormValues = { name: '', employerCode: '', ssmNumber: '' };
const FIELD_IDS: Record<FormField, string> = { name: 'company-name', employerCode: 'company-employer-code', ssmNumber: 'company-ssm-number' };

function isFormField(field: string | undefined): field is FormField {
  return (FORM_FIELDS as readonly string[]).includes(field ?? '');
}

export interface AddCompanyFormProps {
  onCreated(company: Company): Promise<void>;
  /** The heading and button text; default "Add company". */
  title?: string;
  submitLabel?: string;
  /** Text under the heading. */
  intro?: string;
  /** No panel and no heading of its own (the first-run step has its heading). */
  headless?: boolean;
  /** More buttons beside the submit button (the first run's Back). */
  extraButtons?: ReactNode;
}

export function AddCompanyForm({ onCreated, title, submitLabel, intro, headless, extraButtons }: AddCompanyFormProps) {
  const { t, say } = useI18n();
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const employerCodeRef = useRef<HTMLInputElement>(null);
  const ssmNumberRef = useRef<HTMLInputElement>(null);

  function focusFirst(fields: FormErrors) {
    const first = FORM_FIELDS.find((field) => fields[field]);
    const ref = first === 'name' ? nameRef : first === 'employerCode' ? employerCodeRef : ssmNumberRef;
    if (first) ref.current?.focus();
  }

  function change(field: FormField, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    // An error goes away as soon as the value is right; a new one only appears on Save.
    if (errors[field]) {
      const parsed = newCompanySchema.safeParse(next);
      const stillWrong = parsed.success ? undefined : fieldMessages(parsed.error)[field];
      if (!stillWrong || errors[field]?.key !== stillWrong.key) {
        setErrors((current) => ({ ...current, [field]: stillWrong }));
      }
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    const parsed = newCompanySchema.safeParse(values);
    if (!parsed.success) {
      const found: FormErrors = {};
      const byField = fieldMessages(parsed.error);
      for (const field of FORM_FIELDS) if (byField[field]) found[field] = byField[field];
      setErrors(found);
      setFormError({ key: 'companies.form.invalid' });
      focusFirst(found);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const company = await api.call('companies:create', {
        name: values.name,
        employerCode: values.employerCode,
        ssmNumber: values.ssmNumber,
      });
      setValues(EMPTY);
      await onCreated(company);
      nameRef.current?.focus();
    } catch (failure) {
      const message = messageOf(failure);
      if (failure instanceof ApiError && isFormField(failure.field)) {
        const found: FormErrors = { [failure.field]: message };
        setErrors(found);
        setFormError({ key: 'companies.form.invalid' });
        focusFirst(found);
      } else {
        setFormError(message);
      }
    } finally {
      setSaving(false);
    }
  }

  const errorText = (field: FormField) => {
    const message = errors[field];
    return message ? say(message) : null;
  };
  const bind = fieldBinder<FormField>({ idOf: (field) => FIELD_IDS[field], labelOf: (field) => t(`companies.field.${field}`), values, errorText, change });

  return (
    <section className={headless ? 'add-company' : 'panel add-company'} aria-labelledby={headless ? undefined : 'add-company-heading'}>
      {headless ? null : <h2 id="add-company-heading">{title ?? t('companies.add')}</h2>}
      {intro ? <p className="muted">{intro}</p> : null}
      <form onSubmit={submit} noValidate>
        <FormAlert message={formError} />
        <div className="form-grid">
          <TextField {...bind('name')} inputRef={nameRef} autoComplete="organization" className="span-2" />
          <TextField
            {...bind('employerCode')}
            // "A3700-12345" is taken as A370012345, and the hint says so while it is typed.
            hint={
              /[\s-]/.test(values.employerCode.trim()) && employerCodeAsSaved(values.employerCode) !== ''
                ? t('companies.field.employerCode.cleaned', { code: employerCodeAsSaved(values.employerCode) })
                : t('companies.field.employerCode.hint')
            }
            inputRef={employerCodeRef}
            {...CODE_INPUT}
            autoCapitalize="characters"
          />
          <TextField
            {...bind('ssmNumber')}
            hint={t('companies.field.ssmNumber.hint')}
            inputRef={ssmNumberRef}
            {...CODE_INPUT}
            autoCapitalize="characters"
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
            {saving ? t('companies.form.saving') : (submitLabel ?? t('companies.add'))}
          </button>
          {extraButtons}
        </div>
      </form>
    </section>
  );
}
