// Import employees, or a month's wages, from a CSV or Excel file: the file is checked first (a
// dry run that writes nothing), the report says what would happen and what is wrong row by row,
// naming the columns as the file names them, and only then does "Import" write it, all or
// nothing. Columns Caruman does not know are refused until the user ticks them to be skipped.
// The file is chosen in the main process's dialog and read there (the renderer holds only the
// chosen path, never a typed one); a file dropped on the panel is the user's choice too and goes
// over as its bytes, with no path at all. Each step after the check names the digest of the
// bytes checked, so a file edited in between is refused rather than imported unseen.
import { useState, type DragEvent } from 'react';
import type { ImportReportView } from '../../../../shared/api/channels/records';
import type { Company } from '../../../../shared/domain/company';
import { EMPLOYEE_COLUMNS, TP1_COLUMNS, WAGE_COLUMNS } from '../../../../shared/domain/import-columns';
import { IMPORT_LIMITS } from '../../../../shared/domain/import-limits';
import { formatBytes } from '../../../../shared/domain/file-size';
import { formatMonthName } from '../../../../shared/calendar';
import { api } from '../../api/client';
import { downloadExportedFile } from '../../components/download';
import { fileToBase64 } from '../../lib/files';
import { PathChooser } from '../../components/PathChooser';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { FormAlert } from '../../components/ErrorMessage';

export type ImportKind = { kind: 'employees' } | { kind: 'wages'; month: string } | { kind: 'tp1' };

/** Where the file comes from: a path chosen in the dialog, or a dropped file's bytes. */
type Source = { file: string } | { fileName: string; content: string; encoding: 'base64' };

interface Checked {
  source: Source;
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
  const [chosen, setChosen] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [skipped, setSkipped] = useState<readonly string[]>([]);
  // The unknown columns of the file as first checked: they stay listed once ticked, so a tick can be taken back.
  const [unknown, setUnknown] = useState<ImportReportView['unknownColumns']>([]);
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const columns = { employees: EMPLOYEE_COLUMNS, wages: WAGE_COLUMNS, tp1: TP1_COLUMNS }[target.kind];

  function run(source: Source, dryRun: boolean, ignoreColumns: readonly string[], checkedDigest?: string) {
    const file = { companyId: company.id, ...source, dryRun, ignoreColumns: [...ignoreColumns], ...(checkedDigest ? { checkedDigest } : {}) };
    if (target.kind === 'wages') return api.call('import:wages', { ...file, month: target.month });
    return api.call(target.kind === 'tp1' ? 'import:tp1' : 'import:employees', file);
  }

  async function check(load: () => Promise<Source | null>) {
    if (busy) return;
    setError(null);
    setChecked(null);
    setSkipped([]);
    setUnknown([]);
    setBusy(true);
    try {
      const source = await load();
      if (!source) return;
      const report = await run(source, true, []);
      setChecked({ source, report });
      setUnknown(report.unknownColumns);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  function dropped(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    setChosen(null);
    void check(async () => {
      // Refused before reading: a file this big is not a company's staff list (main checks again).
      if (file.size > IMPORT_LIMITS.fileBytes) {
        setError({ key: 'import.ui.tooLarge', params: { size: formatBytes(file.size), limit: formatBytes(IMPORT_LIMITS.fileBytes) } });
        return null;
      }
      // Its bytes, CSV too: the main process decodes the text strictly (a lenient decode here would hide a non-UTF-8 file).
      return { fileName: file.name, content: await fileToBase64(file), encoding: 'base64' };
    });
  }

  async function toggleSkip(header: string, skip: boolean) {
    if (!checked || busy) return;
    const next = skip ? [...skipped, header] : skipped.filter((h) => h !== header);
    setSkipped(next);
    setBusy(true);
    setError(null);
    try {
      setChecked({ ...checked, report: await run(checked.source, true, next, checked.report.fileDigest) });
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
      const report = await run(checked.source, false, skipped, checked.report.fileDigest);
      if (report.committed) {
        const counts = { created: report.created, updated: report.updated, unchanged: report.unchanged };
        onImported({ key: ({ employees: 'employees.import.done', wages: 'import.ui.wagesDone', tp1: 'import.ui.tp1Done' } as const)[target.kind], params: counts });
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
        {target.kind === 'employees'
          ? t('employees.import.title')
          : target.kind === 'tp1'
            ? t('import.ui.tp1Title')
            : t('import.ui.wagesTitle', { month: formatMonthName(target.month, locale) })}
      </h2>
      <p className="field-hint">{t(({ employees: 'employees.import.hint', wages: 'import.ui.wagesHint', tp1: 'import.ui.tp1Hint' } as const)[target.kind])}</p>
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
      <div
        className={dragging ? 'import-drop import-drop-active' : 'import-drop'}
        data-testid="import-drop"
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={dropped}
      >
        <PathChooser
          id="import-file"
          label={t('employees.import.file')}
          hint={t('import.ui.dropHint')}
          purpose="importFile"
          companyId={company.id}
          path={chosen}
          disabled={busy}
          onChosen={(file) => {
            setChosen(file);
            void check(() => Promise.resolve({ file }));
          }}
        />
        {chosen ? (
          // After fixing the file in the spreadsheet, check the same file again.
          <div className="button-row">
            <button type="button" className="button button-small" aria-disabled={busy || undefined} onClick={() => void check(() => Promise.resolve({ file: chosen }))}>
              {t('desktop.chooser.checkAgain')}
            </button>
          </div>
        ) : null}
      </div>
      {busy ? (
        <p className="muted" role="status">
          {t('employees.import.checking')}
        </p>
      ) : null}
      <FormAlert message={error} />

      {report && checked ? (
        <div className="import-report" data-testid="import-report">
          <h3>{t('employees.import.reportTitle', { file: checked.report.fileName })}</h3>
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
