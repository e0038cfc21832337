// Employees of the current company: the list (active / left / all, search by name or ID) with what
// needs attention, the form to add or edit one, import from CSV/XLSX (checked first, then
// committed) and export.
import { useMemo, useState } from 'react';
import type { Company } from '../../../shared/domain/company';
import { EMPLOYEE_FILTERS, type EmployeeFilter, type EmployeeWithWarnings } from '../../../shared/domain/employee';
import { api } from '../api/client';
import { downloadExportedFile } from '../components/download';
import { CompanyScreen } from '../components/RequireCompany';
import { SelectField } from '../components/Controls';
import { TextField } from '../components/Field';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { useLoad } from '../lib/useLoad';
import { EmployeeForm } from './employees/EmployeeForm';
import { currentMonth, todayInMalaysia } from '../../../shared/calendar';
import { EmployeeTable } from './employees/EmployeeTable';
import { keptForms, EMPLOYEE_DRAFT_KIND, formDraftScope, type KeptForm } from './employees/form-drafts';
import { KeptFormsNotice } from './employees/KeptFormsNotice';
import { removeDraft } from '../state/drafts';
import { ImportPanel } from './employees/ImportPanel';
import '../styles/records.css';
import { FormAlert } from '../components/ErrorMessage';

export function EmployeesScreen() {
  const { t } = useI18n();
  return <CompanyScreen name="employees" title={t('nav.employees')}>{(company) => <Employees company={company} />}</CompanyScreen>;
}

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; employee: EmployeeWithWarnings } | { kind: 'import' } | { kind: 'importTp1' };

/** The staff list's Export buttons, one per file format. */
const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

/** The toolbar's buttons that open (and close again) an import panel: staff, or TP1 claims. */
const IMPORT_TOGGLES = [
  { kind: 'import', label: 'employees.import' },
  { kind: 'importTp1', label: 'import.ui.tp1Open' },
] as const;

function Employees({ company }: { company: Company }) {
  const { t, say } = useI18n();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [filter, setFilter] = useState<EmployeeFilter>('active');
  const [search, setSearch] = useState('');
  // What an action on the list (export, continuing a kept form) could not do.
  const [actionError, setActionError] = useState<Message | null>(null);
  const [status, setStatus] = useState<Message | null>(null);
  const [today] = useState(() => todayInMalaysia());
  const [month] = useState(() => currentMonth());

  // The list stays while a new filter or search is read; typing sends one request.
  const employees = useLoad(() => api.call('employees:list', { companyId: company.id, filter, search }), [company.id, filter, search], {
    keepPrevious: true,
    delayMs: 120,
  });
  const list = employees.value;
  const loadError = employees.error ?? actionError;
  const reload = employees.reload;

  async function exportAs(format: 'csv' | 'xlsx') {
    setStatus(null);
    setActionError(null);
    try {
      const file = await api.call('export:employees', { companyId: company.id, format });
      downloadExportedFile(file);
      setStatus({ key: 'employees.exported', params: { file: file.fileName } });
    } catch (error) {
      setActionError(messageOf(error));
    }
  }

  // Forms typed earlier and not saved, offered again on the list (read afresh each time it shows).
  const kept = useMemo(() => (mode.kind === 'list' ? keptForms(company) : []), [mode.kind, company]);

  async function continueForm(form: KeptForm) {
    setStatus(null);
    setActionError(null);
    if (form.employeeId === null) {
      setMode({ kind: 'add' });
      return;
    }
    try {
      const employee = await api.call('employees:get', { id: form.employeeId });
      if (employee.companyId !== company.id) throw new Error('another company’s employee');
      setMode({ kind: 'edit', employee });
    } catch (error) {
      // The employee is gone: the draft has nobody to go to.
      removeDraft(EMPLOYEE_DRAFT_KIND, company, formDraftScope(form.employeeId));
      setActionError(messageOf(error));
    }
  }

  // Back on the list after an edit, the focus returns to that employee's Edit button.
  const [focusId, setFocusId] = useState<number | null>(null);
  const focusEditOf = setFocusId;

  if (mode.kind === 'add' || mode.kind === 'edit') {
    const editing = mode.kind === 'edit' ? mode.employee : null;
    return (
      <>
        <p role="status" className={status ? 'status-message' : 'status-message status-empty'}>
          {status ? say(status) : ''}
        </p>
        <EmployeeForm
          key={editing?.id ?? 'new'}
          company={company}
          employee={editing}
          today={today}
          month={month}
          onSaved={(saved, created) => {
            reload();
            if (created) {
              setStatus({ key: 'employees.created', params: { name: saved.name } });
            } else {
              setStatus({ key: 'employees.updated', params: { name: saved.name } });
              setMode({ kind: 'list' });
              focusEditOf(saved.id);
            }
          }}
          onCancel={() => {
            setMode({ kind: 'list' });
            if (editing) focusEditOf(editing.id);
          }}
        />
      </>
    );
  }

  return (
    <>
      <p role="status" className={status ? 'status-message' : 'status-message status-empty'}>
        {status ? say(status) : ''}
      </p>
      <KeptFormsNotice forms={kept} onContinue={(form) => void continueForm(form)} />
      <div className="toolbar" role="group" aria-label={t('employees.toolbar.label')}>
        <SelectField
          id="employee-filter"
          label={t('employees.filter.label')}
          value={filter}
          options={EMPLOYEE_FILTERS.map((option) => ({ value: option, label: t(`employees.filter.${option}`) }))}
          onChange={(event) => setFilter(event.target.value as EmployeeFilter)}
        />
        <TextField
          id="employee-search"
          type="search"
          className="toolbar-grow"
          label={t('employees.search.label')}
          value={search}
          autoComplete="off"
          placeholder={t('employees.search.placeholder')}
          onChange={(event) => setSearch(event.target.value)}
        />
        <div className="button-row toolbar-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setStatus(null);
              setMode({ kind: 'add' });
            }}
          >
            {t('employees.add')}
          </button>
          {IMPORT_TOGGLES.map(({ kind, label }) => (
            <button
              key={kind}
              type="button"
              className="button"
              aria-expanded={mode.kind === kind}
              onClick={() => setMode(mode.kind === kind ? { kind: 'list' } : { kind })}
            >
              {t(label)}
            </button>
          ))}
          {EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" className="button" onClick={() => void exportAs(format)}>
              {t(`employees.export.${format}`)}
            </button>
          ))}
        </div>
      </div>

      {mode.kind === 'import' || mode.kind === 'importTp1' ? (
        <ImportPanel
          key={mode.kind}
          company={company}
          target={mode.kind === 'importTp1' ? { kind: 'tp1' } : { kind: 'employees' }}
          onClose={() => setMode({ kind: 'list' })}
          onImported={(message) => {
            setStatus(message);
            reload();
          }}
        />
      ) : null}

      <div className="panel">
        <FormAlert message={loadError} />
        {list === null ? (
          <p className="muted">{t('status.loading')}</p>
        ) : list.length === 0 ? (
          <p className="empty-state">
            {search.trim() !== '' ? t('employees.list.noMatch') : t(`employees.list.empty.${filter}`)}
          </p>
        ) : (
          <EmployeeTable
            employees={list}
            today={today}
            focusId={focusId}
            onFocused={() => setFocusId(null)}
            onEdit={(employee) => {
              setStatus(null);
              setMode({ kind: 'edit', employee });
            }}
          />
        )}
      </div>
    </>
  );
}
