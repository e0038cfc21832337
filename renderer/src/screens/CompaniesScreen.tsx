// Companies: the list, adding one, renaming one in place. Every refusal is shown next to the
// field it concerns, in the current language, and nothing the user typed is thrown away.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { companyNameSchema, type Company } from '../../../shared/domain/company';
import { api } from '../api/client';
import { ScreenTitle } from '../components/ScreenTitle';
import { TextField } from '../components/Field';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { fieldMessages } from '../lib/validation';
import { useCurrentCompany } from '../state/CurrentCompany';
import { AddCompanyForm } from './companies/AddCompanyForm';
import { CompanyDetailsForm } from './companies/CompanyDetailsForm';
import { ColumnHeads } from '../components/ColumnHeads';
import { FormAlert } from '../components/ErrorMessage';

export function CompaniesScreen() {
  const { t, say } = useI18n();
  const { companies, current, select, refresh, loaded, loadError } = useCurrentCompany();
  const [status, setStatus] = useState<Message | null>(null);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [focusEditOf, setFocusEditOf] = useState<number | null>(null);
  const [detailsOf, setDetailsOf] = useState<number | null>(null);
  const detailsCompany = companies.find((company) => company.id === detailsOf) ?? null;

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

  async function detailsSaved(company: Company, keepOpen: boolean) {
    await refresh().catch(() => undefined);
    if (!keepOpen) setDetailsOf(null);
    setStatus({ key: 'companyDetails.saved', params: { name: company.name } });
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
          <FormAlert message={loadError} />
        ) : companies.length === 0 ? (
          <p className="empty-state">{t('companies.empty')}</p>
        ) : (
          <table className="table companies-table">
            <caption className="visually-hidden">{t('companies.list.caption')}</caption>
            <ColumnHeads
              columns={[
                t('companies.field.name'),
                t('companies.field.employerCode'),
                t('companies.field.ssmNumber'),
                { label: t('companies.column.actions'), hidden: true },
              ]}
            />
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
                  onDetails={() => {
                    setStatus(null);
                    setDetailsOf(company.id);
                  }}
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

      {detailsCompany ? (
        <CompanyDetailsForm
          key={detailsCompany.id}
          company={detailsCompany}
          onSaved={detailsSaved}
          onCancel={() => setDetailsOf(null)}
        />
      ) : null}

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
  onDetails(): void;
  onMakeCurrent(): void;
}

function CompanyRow({ company, isCurrent, editing, focusEdit, onFocused, onEdit, onCancel, onRenamed, onDetails, onMakeCurrent }: CompanyRowProps) {
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
            {company.isSample ? <span className="badge badge-sample">{t('sample.badge')}</span> : null}
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
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={onDetails}
              aria-label={t('companyDetails.button.label', { name: company.name })}
            >
              {t('companyDetails.button')}
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
    <form className="inline-form rename-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
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
