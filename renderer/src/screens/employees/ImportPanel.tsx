// Import employees, or a month's wages, from a CSV or Excel file: the file is checked first (a
// dry run that writes nothing), the report says what would happen and what is wrong row by row,
// naming the columns as the file names them, and only then does "Import" write it, all or
// nothing. Columns Caruman does not know are refused until the user ticks them to be skipped.
import { useId, useState } from 'react';
import type { ImportReportView } from '../../../../shared/api/channels/records';
import type { Company } from '../../../../shared/domain/company';
import { EMPLOYEE_COLUMNS, WAGE_COLUMNS } from '../../../../shared/domain/import-columns';
import { IMPORT_LIMITS } from '../../../../shared/domain/import-limits';
import { formatBytes } from '../../../../shared/domain/file-size';
import { formatMonthName } from '../../../../shared/calendar';
import { api } from '../../api/client';
import { downloadExportedFile, readImportFile } from '../../components/download';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { FormAlert } from '../../components/ErrorMessage';

export type ImportKind = { kind: 'employees' } | { kind: 'wages'; month: string };

interface Checked {
  fileName: string;
  content: string;
  report: ImportReportView;
}

export function ImportPanel({
  company,
  target = { kind: 'employees' },
  onClose,
  onImported,
}: {
  company: Company;
  target?: ImportKind;
  onClose(): void;
  onImported(message: Message): void;
}) {
  const { t, locale } = useI18n();
  const inputId = useId();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [skipped, setSkipped] = useState<readonly string[]>([]);
  // The unknown columns of the file as first checked: they stay listed once ticked, so a tick can be taken back.
  const [unknown, setUnknown] = useState<ImportReportView['unknownColumns']>([]);
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const columns = target.kind === 'employees' ? EMPLOYEE_COLUMNS : WAGE_COLUMNS;

  function run(fileName: string, content: string, dryRun: boolean, ignoreColumns: readonly string[]) {
    const file = { companyId: company.id, fileName, content, encoding: 'base64' as const, dryRun, ignoreColumns: [...ignoreColumns] };
    return target.kind === 'employees' ? api.call('import:employees', file) : api.call('import:wages', { ...file, month: target.month });
  }

  async function check(file: File) {
    setError(null);
    setChecked(null);
    setSkipped([]);
    setUnknown([]);
    // Refused before reading: a file this big is not a company's staff list.
    if (file.size > IMPORT_LIMITS.fileBytes) {
      setError({ key: 'import.ui.tooLarge', params: { size: formatBytes(file.size), limit: formatBytes(IMPORT_LIMITS.fileBytes) } });
      return;
    }
    setBusy(true);
    try {
      const content = await readImportFile(file);
      const report = await run(file.name, content, true, []);
      setChecked({ fileName: file.name, content, report });
      setUnknown(report.unknownColumns);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  async function toggleSkip(header: string, skip: boolean) {
    if (!checked || busy) return;
    const next = skip ? [...skipped, header] : skipped.filter((h) => h !== header);
    setSkipped(next);
    setBusy(true);
    setError(null);
    try {
      setChecked({ ...checked, report: await run(checked.fileName, checked.content, true, next) });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  async function commit() {
    if (!checked || busy) return;
    setBusy(true);
    setError(null);
    try {
      const report = await run(checked.fileName, checked.content, false, skipped);
      if (report.committed) {
        const counts = { created: report.created, updated: report.updated, unchanged: report.unchanged };
        onImported({ key: target.kind === 'employees' ? 'employees.import.done' : 'import.ui.wagesDone', params: counts });
        onClose();
      } else {
        setChecked({ ...checked, report });
      }
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  async function template(format: 'csv' | 'xlsx') {
    try {
      downloadExportedFile(await api.call('import:template', { kind: target.kind, format }));
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  const report = checked?.report;
  const canImport = !!report && report.errors.length === 0 && report.created + report.updated > 0;

  return (
    <section className="panel import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">
        {target.kind === 'employees' ? t('employees.import.title') : t('import.ui.wagesTitle', { month: formatMonthName(target.month, locale) })}
      </h2>
      <p className="field-hint">{target.kind === 'employees' ? t('employees.import.hint') : t('import.ui.wagesHint')}</p>
      <details className="advanced import-columns">
        <summary>{t('import.ui.columnsTitle')}</summary>
        <p className="field-hint">{t('import.ui.columnsHint')}</p>
        <p data-testid="import-columns">{columns.map((c) => c.header[locale] + (c.required ? '*' : '')).join(', ')}</p>
      </details>
      <div className="button-row import-templates">
        <span>{t('import.ui.template')}</span>
        <button type="button" className="button button-small" onClick={() => void template('csv')}>
          {t('import.ui.templateCsv')}
        </button>
        <button type="button" className="button button-small" onClick={() => void template('xlsx')}>
          {t('import.ui.templateXlsx')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          {t('employees.import.file')}
        </label>
        <input
          id={inputId}
          type="file"
          className="input file-input"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void check(file);
          }}
        />
      </div>
      {busy ? (
        <p className="muted" role="status">
          {t('employees.import.checking')}
        </p>
      ) : null}
      <FormAlert message={error} />

      {report && checked ? (
        <div className="import-report" data-testid="import-report">
          <h3>{t('employees.import.reportTitle', { file: checked.fileName })}</h3>
          <p className={report.errors.length > 0 ? 'form-error' : 'status-message'} role="status">
            {report.errors.length > 0
              ? t('employees.import.hasErrors', { count: report.errors.length })
              : t('employees.import.summary', {
                  rows: report.rows,
                  created: report.created,
                  updated: report.updated,
                  unchanged: report.unchanged,
                })}
          </p>
          {unknown.length > 0 ? (
            <fieldset className="import-unknown">
              <legend>{t('import.ui.unknownTitle')}</legend>
              <p className="field-hint">{t('import.ui.unknownHint')}</p>
              {unknown.map((column) => (
                <label key={column.header} className="check-row">
                  <input
                    type="checkbox"
                    checked={skipped.includes(column.header)}
                    disabled={busy}
                    onChange={(event) => void toggleSkip(column.header, event.target.checked)}
                  />
                  <span>{t('import.ui.skipColumn', { column: column.header, closest: column.closest })}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          {report.errors.length > 0 ? <IssueTable caption={t('employees.import.errorsCaption')} issues={report.errors} /> : null}
          {report.warnings.length > 0 ? <IssueTable caption={t('employees.import.warningsCaption')} issues={report.warnings} /> : null}
        </div>
      ) : null}

      <div className="button-row">
        {report ? (
          <button
            type="button"
            className="button button-primary"
            aria-disabled={!canImport || busy || undefined}
            disabled={!canImport}
            onClick={() => void commit()}
          >
            {t('employees.import.commit', { count: report.created + report.updated })}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
    </section>
  );
}

function IssueTable({ caption, issues }: { caption: string; issues: ImportReportView['errors'] }) {
  const { t, say } = useI18n();
  return (
    <table className="table issue-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('employees.import.row')}</th>
          <th scope="col">{t('employees.import.column')}</th>
          <th scope="col">{t('employees.import.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.slice(0, SHOWN_ISSUES).map((issue, index) => (
          <tr key={`${issue.row}-${issue.column ?? ''}-${index}`}>
            <td>{issue.row}</td>
            <td>{issue.column ?? '—'}</td>
            {/* Said again from its key, so a language switch changes it too. */}
            <td>{say({ key: issue.key, params: issue.params, fallback: issue.message })}</td>
          </tr>
        ))}
      </tbody>
      {issues.length > SHOWN_ISSUES ? (
        <tfoot>
          <tr>
            <td colSpan={3}>{t('import.ui.moreIssues', { count: issues.length - SHOWN_ISSUES })}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}

/** A wrong file can have a problem on every one of 10,000 rows: the first ones say enough. */
const SHOWN_ISSUES = 200;
