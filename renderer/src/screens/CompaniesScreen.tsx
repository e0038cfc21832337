// Companies: the list, adding one, renaming one in place. Every refusal is shown next to the
// field it concerns, in the current language, and nothing the user typed is thrown away.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { companyNameSchema, newCompanySchema, type Company } from '../../../shared/domain/company';
import { api, ApiError } from '../api/client';
import { ScreenTitle } from '../components/ScreenTitle';
import { TextField } from '../components/Field';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { fieldMessages } from '../lib/validation';
import { useCurrentCompany } from '../state/CurrentCompany';

const FORM_FIELDS = ['name', 'employerCode', 'ssmNumber'] as const;
type FormField = (typeof FORM_FIELDS)[number];
type FormValues = Record<FormField, string>;
type FormErrors = Partial<Record<FormField, Message>>;

const EMPTY: FormValues = { name: '', employerCode: '', ssmNumber: '' };

function isFormField(field: string | undefined): field is FormField {
  return (FORM_FIELDS as readonly string[]).includes(field ?? '');
}

export function CompaniesScreen() {
  const { t, say } = useI18n();
  const { companies, current, select, refresh, loaded, loadError } = useCurrentCompany();
  const [status, setStatus] = useState<Message | null>(null);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [focusEditOf, setFocusEditOf] = useState<number | null>(null);

  async function created(company: Company) {
    const hadCurrent = current !== null;
    await refresh().catch(() => undefined);
    if (!hadCurrent) select(company.id);
    setStatus({ key: 'companies.created', params: { name: company.name } });
  }

  async function renamed(company: Company) {
    await refresh().catch(() => undefined);
    setEditingId(null);
    setFocusEditOf(company.id);
    setStatus({ key: 'companies.renamed', params: { name: company.name } });
  }

  return (
    <section className="screen companies-screen" aria-labelledby="companies-title">
      <ScreenTitle id="companies-title">{t('companies.title')}</ScreenTitle>
      <p role="status" className={status ? 'status-message' : 'status-message status-empty'}>
        {status ? say(status) : ''}
      </p>

      <div className="panel">
        {!loaded ? (
          <p className="muted">{t('status.loading')}</p>
        ) : loadError ? (
          <p role="alert" className="form-error">
            {say(loadError)}
          </p>
        ) : companies.length === 0 ? (
          <p className="empty-state">{t('companies.empty')}</p>
        ) : (
          <table className="table companies-table">
            <caption className="visually-hidden">{t('companies.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('companies.field.name')}</th>
                <th scope="col">{t('companies.field.employerCode')}</th>
                <th scope="col">{t('companies.field.ssmNumber')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('companies.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {companies.map((company) => (
                <CompanyRow
                  key={company.id}
                  company={company}
                  isCurrent={current?.id === company.id}
                  editing={editingId === company.id}
                  focusEdit={focusEditOf === company.id}
                  onFocused={() => setFocusEditOf(null)}
                  onEdit={() => {
                    setStatus(null);
                    setEditingId(company.id);
                  }}
                  onCancel={() => {
                    setEditingId(null);
                    setFocusEditOf(company.id);
                  }}
                  onRenamed={renamed}
                  onMakeCurrent={() => {
                    select(company.id);
                    setStatus({
                      key: 'shell.company.switched',
                      params: { name: company.name, employerCode: company.employerCode },
                    });
                  }}
                />
              ))}
            </tbody>
          </table>
        )}
      </div>

      <AddCompanyForm onCreated={created} />
    </section>
  );
}

interface CompanyRowProps {
  company: Company;
  isCurrent: boolean;
  editing: boolean;
  focusEdit: boolean;
  onFocused(): void;
  onEdit(): void;
  onCancel(): void;
  onRenamed(company: Company): Promise<void>;
  onMakeCurrent(): void;
}

function CompanyRow({ company, isCurrent, editing, focusEdit, onFocused, onEdit, onCancel, onRenamed, onMakeCurrent }: CompanyRowProps) {
  const { t } = useI18n();
  const editRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusEdit && !editing) {
      editRef.current?.focus();
      onFocused();
    }
  }, [focusEdit, editing, onFocused]);

  return (
    <tr className={isCurrent ? 'is-current' : undefined} aria-current={isCurrent ? 'true' : undefined}>
      <th scope="row" className="company-name-cell">
        {editing ? (
          <RenameForm company={company} onCancel={onCancel} onRenamed={onRenamed} />
        ) : (
          <>
            <span className="company-name">{company.name}</span>
            {isCurrent ? <span className="badge">{t('companies.isCurrent')}</span> : null}
          </>
        )}
      </th>
      <td className="code">{company.employerCode}</td>
      <td className="code">
        {company.ssmNumber ?? <span className="muted">{t('companies.ssmNumber.none')}</span>}
      </td>
      <td className="actions">
        {editing ? null : (
          <>
            {isCurrent ? null : (
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={onMakeCurrent}
                aria-label={t('companies.makeCurrent.label', { name: company.name })}
              >
                {t('companies.makeCurrent')}
              </button>
            )}
            <button
              type="button"
              className="button button-small"
              ref={editRef}
              onClick={onEdit}
              aria-label={t('companies.edit.label', { name: company.name })}
            >
              {t('action.edit')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

function RenameForm({ company, onCancel, onRenamed }: { company: Company; onCancel(): void; onRenamed(company: Company): Promise<void> }) {
  const { t, say } = useI18n();
  const id = useId();
  const [name, setName] = useState(company.name);
  const [error, setError] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.select();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const parsed = companyNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(fieldMessages(parsed.error)[''] ?? { key: 'error.validation.invalid', params: { field: 'name' } });
      inputRef.current?.focus();
      return;
    }
    if (parsed.data === company.name) {
      onCancel();
      return;
    }
    setSaving(true);
    try {
      const saved = await api.call('companies:rename', { id: company.id, name });
      await onRenamed(saved);
    } catch (failure) {
      setError(messageOf(failure));
      setSaving(false);
      inputRef.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form className="rename-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <TextField
        id={`rename-${id}`}
        label={t('companies.rename.label', { name: company.name })}
        hideLabel
        error={error ? say(error) : null}
        value={name}
        inputRef={inputRef}
        autoComplete="off"
        onChange={(event) => {
          setName(event.target.value);
          if (error && companyNameSchema.safeParse(event.target.value).success) setError(null);
        }}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" aria-disabled={saving || undefined}>
          {t('action.save')}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

function AddCompanyForm({ onCreated }: { onCreated(company: Company): Promise<void> }) {
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

  return (
    <section className="panel add-company" aria-labelledby="add-company-heading">
      <h2 id="add-company-heading">{t('companies.add')}</h2>
      <form onSubmit={submit} noValidate>
        {formError ? (
          <p role="alert" className="form-error">
            {say(formError)}
          </p>
        ) : null}
        <div className="form-grid">
          <TextField
            id="company-name"
            label={t('companies.field.name')}
            error={errorText('name')}
            value={values.name}
            inputRef={nameRef}
            autoComplete="organization"
            onChange={(event) => change('name', event.target.value)}
            className="span-2"
          />
          <TextField
            id="company-employer-code"
            label={t('companies.field.employerCode')}
            hint={t('companies.field.employerCode.hint')}
            error={errorText('employerCode')}
            value={values.employerCode}
            inputRef={employerCodeRef}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputClassName="input input-code"
            onChange={(event) => change('employerCode', event.target.value)}
          />
          <TextField
            id="company-ssm-number"
            label={t('companies.field.ssmNumber')}
            hint={t('companies.field.ssmNumber.hint')}
            error={errorText('ssmNumber')}
            value={values.ssmNumber}
            inputRef={ssmNumberRef}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputClassName="input input-code"
            onChange={(event) => change('ssmNumber', event.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
            {saving ? t('companies.form.saving') : t('companies.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
