// Bulk generation: the chosen companies' ASSIST files for the month, each into
// <folder>/<employer code>/, then a result per company and the summary file's path.
import { useState } from 'react';
import type { BulkGenerationReport } from '../../../../shared/api/channels/month-end';
import { formatRinggit } from '../../../../shared/money/sen';
import { api, ApiError } from '../../api/client';
import { CheckField } from '../../components/Controls';
import { PathChooser } from '../../components/PathChooser';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { choosePath } from '../../lib/dialogs';
import { FormAlert } from '../../components/ErrorMessage';

export interface BulkPanelProps {
  month: string;
  /** Chosen companies that are in the month's table. */
  companyIds: readonly number[];
  readyCount: number;
  onSelectReady(): void;
  onClear(): void;
  /** After a run: the dashboard reloads (stages and files changed). */
  onDone(): void;
}

export function BulkPanel({ month, companyIds, readyCount, onSelectReady, onClear, onDone }: BulkPanelProps) {
  const { t, say } = useI18n();
  // Chosen in the main process's folder dialog, never typed (issue 12 item 4); the dialog opens
  // where the last one was chosen in this session.
  const [folder, setFolder] = useState<string | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [includeIncomplete, setIncludeIncomplete] = useState(false);
  const [busy, setBusy] = useState<{ count: number; month: string } | null>(null);
  const [folderError, setFolderError] = useState<Message | null>(null);
  const [formError, setFormError] = useState<Message | null>(null);
  const [report, setReport] = useState<BulkGenerationReport | null>(null);
  const count = companyIds.length;

  async function generate() {
    if (busy) return;
    setFormError(null);
    setFolderError(null);
    if (count === 0) {
      setFormError({ key: 'dashboard.bulk.noneChosen' });
      return;
    }
    let outDir = folder;
    if (outDir === null) {
      try {
        outDir = await choosePath('bulkFiles');
      } catch (failure) {
        setFolderError(messageOf(failure));
        return;
      }
      if (outDir === null) {
        setFolderError({ key: 'desktop.chooser.folderNeeded' });
        return;
      }
      setFolder(outDir);
    }
    setBusy({ count, month });
    setReport(null);
    try {
      const result = await api.call('monthEnd:generateAll', {
        month,
        outDir,
        companyIds: [...companyIds],
        overwrite,
        includeIncomplete,
      });
      setReport(result);
      onDone();
    } catch (failure) {
      const message = messageOf(failure);
      if (failure instanceof ApiError && failure.field === 'outDir') setFolderError(message);
      else setFormError(message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="panel bulk-panel" aria-labelledby="bulk-title" aria-busy={busy ? true : undefined}>
      <h2 id="bulk-title">{t('dashboard.bulk.title')}</h2>
      <p className="field-hint">{t('dashboard.bulk.intro')}</p>
      <div className="button-row bulk-choice">
        <button type="button" className="button button-small" onClick={onSelectReady} disabled={readyCount === 0}>
          {t('dashboard.bulk.selectReady', { count: readyCount })}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onClear} disabled={count === 0}>
          {t('dashboard.bulk.clear')}
        </button>
        <span className="muted" data-testid="bulk-selected">
          {t('dashboard.bulk.selected', { count })}
        </span>
      </div>
      <form
        className="bulk-form"
        onSubmit={(event) => {
          event.preventDefault();
          void generate();
        }}
      >
        <div className="bulk-folder">
          <PathChooser
            id="bulk-folder"
            label={t('dashboard.bulk.folder.label')}
            hint={t('dashboard.bulk.folder.hint')}
            purpose="bulkFiles"
            path={folder}
            error={folderError ? say(folderError) : null}
            onChosen={(chosen) => {
              setFolder(chosen);
              setFolderError(null);
            }}
          />
        </div>
        <div className="bulk-options">
          <CheckField id="bulk-overwrite" label={t('dashboard.bulk.overwrite')} checked={overwrite} onChange={setOverwrite} />
          <CheckField
            id="bulk-incomplete"
            label={t('dashboard.bulk.includeIncomplete')}
            checked={includeIncomplete}
            onChange={setIncludeIncomplete}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={busy ? true : undefined}>
            {count === 1 ? t('dashboard.bulk.generateOne') : t('dashboard.bulk.generate', { count })}
          </button>
        </div>
      </form>

      <FormAlert message={formError} />
      <div role="status" className="bulk-status">
        {busy ? (
          <p className="bulk-busy">
            <progress className="bulk-progress" aria-hidden="true" />
            {t('dashboard.bulk.busy', busy)}
          </p>
        ) : report ? (
          <p className="status-message">
            {t('dashboard.bulk.done', { generated: report.generated, skipped: report.skipped, failed: report.failed })}
          </p>
        ) : null}
      </div>

      {report ? <BulkResults report={report} /> : null}
    </section>
  );
}

function BulkResults({ report }: { report: BulkGenerationReport }) {
  const { t, say } = useI18n();
  return (
    <>
      <p className="summary-file">
        {t('dashboard.bulk.summaryFile')}{' '}
        <span className="path-text code" data-testid="bulk-summary-file">
          {report.summaryFile}
        </span>
      </p>
      <div className="me-scroll">
        <table className="table bulk-results" data-testid="bulk-results">
          <caption className="table-caption">{t('dashboard.bulk.results.caption', { month: report.month })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.column.company')}</th>
              <th scope="col">{t('dashboard.bulk.column.outcome')}</th>
              <th scope="col">{t('dashboard.bulk.column.files')}</th>
              <th scope="col" className="col-money">
                {t('dashboard.bulk.column.total')}
              </th>
              <th scope="col">{t('dashboard.bulk.column.note')}</th>
            </tr>
          </thead>
          <tbody>
            {report.results.map((result) => (
              <tr key={result.companyId} data-testid="bulk-result" data-outcome={result.outcome}>
                <th scope="row">
                  <span className="company-name">{result.name}</span>
                  <span className="company-code code">{result.employerCode}</span>
                </th>
                <td>
                  <span className={`pill outcome-${result.outcome}`}>{t(`dashboard.bulk.outcome.${result.outcome}`)}</span>
                </td>
                <td className="code">{result.files.map((file) => file.fileName).join(', ')}</td>
                <td className="col-money">{result.outcome === 'generated' ? formatRinggit(result.totalSen) : ''}</td>
                <td>
                  {result.reason ? (
                    say({ key: result.reason.key, params: result.reason.params, fallback: result.reason.message })
                  ) : (
                    <span className="path-text code">{result.folder}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
