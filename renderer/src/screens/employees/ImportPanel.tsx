// Import employees from a CSV or Excel file: the file is checked first (a dry run that writes
// nothing), the report says what would happen and what is wrong row by row, and only then does
// "Import" write it, all or nothing.
import { useId, useRef, useState } from 'react';
import type { ImportReportView } from '../../../../shared/api/channels/records';
import type { Company } from '../../../../shared/domain/company';
import { api } from '../../api/client';
import { readImportFile } from '../../components/download';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';

interface Checked {
  fileName: string;
  content: string;
  report: ImportReportView;
}

export function ImportPanel({
  company,
  onClose,
  onImported,
}: {
  company: Company;
  onClose(): void;
  onImported(message: Message): void;
}) {
  const { t, say } = useI18n();
  const inputId = useId();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  async function check(file: File) {
    setBusy(true);
    setError(null);
    setChecked(null);
    try {
      const content = await readImportFile(file);
      const report = await api.call('import:employees', { companyId: company.id, fileName: file.name, content, dryRun: true });
      setChecked({ fileName: file.name, content, report });
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
      const report = await api.call('import:employees', {
        companyId: company.id,
        fileName: checked.fileName,
        content: checked.content,
        dryRun: false,
      });
      if (report.committed) {
        onImported({
          key: 'employees.import.done',
          params: { created: report.created, updated: report.updated, unchanged: report.unchanged },
        });
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

  const report = checked?.report;
  const canImport = !!report && report.errors.length === 0 && report.created + report.updated > 0;

  return (
    <section className="panel import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('employees.import.title')}</h2>
      <p className="field-hint">{t('employees.import.hint')}</p>
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          {t('employees.import.file')}
        </label>
        <input
          id={inputId}
          ref={fileRef}
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
      {error ? (
        <p role="alert" className="form-error">
          {say(error)}
        </p>
      ) : null}

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
          {report.errors.length > 0 ? (
            <IssueTable caption={t('employees.import.errorsCaption')} issues={report.errors} />
          ) : null}
          {report.warnings.length > 0 ? (
            <IssueTable caption={t('employees.import.warningsCaption')} issues={report.warnings} />
          ) : null}
          {report.ignoredColumns.length > 0 ? (
            <p className="field-hint">{t('employees.import.ignored', { columns: report.ignoredColumns.join(', ') })}</p>
          ) : null}
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
  const { t } = useI18n();
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
        {issues.map((issue, index) => (
          <tr key={`${issue.row}-${issue.column ?? ''}-${index}`}>
            <td>{issue.row}</td>
            <td className="code">{issue.column ?? '—'}</td>
            <td>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
