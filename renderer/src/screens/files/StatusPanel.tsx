// The month's files as Caruman remembers them (assist:status, assist:runs): made when, out of date
// or not (with a button to make them again), and every generation with its own report.
import type { GenerationReportView, MonthFilesStatus, RunSummary, StoredFileStatus } from '../../../../shared/api/channels/assist';
import type { Company } from '../../../../shared/domain/company';
import { formatRinggit } from '../../../../shared/money/sen';
import { api } from '../../api/client';
import { PathCopy } from '../../components/PathCopy';
import { useI18n } from '../../i18n/I18nProvider';
import { useLoad } from '../../lib/useLoad';
import { ReportNotes } from './ReportDetails';
import { formatWhen } from './model';
import { formatMonthName } from '../../../../shared/calendar';
import { ColumnHeads } from '../../components/ColumnHeads';
import { FormAlert } from '../../components/ErrorMessage';

const ON_DISK_KEYS = { same: 'files.onDisk.same', changed: 'files.onDisk.changed', missing: 'files.onDisk.missing' } as const;

interface Loaded {
  status: MonthFilesStatus;
  runs: GenerationReportView[];
}

export interface StatusPanelProps {
  company: Company;
  month: string;
  /** Bumped after a generation, to load again. */
  version: number;
  onStatus(status: MonthFilesStatus): void;
  onRegenerate(): void;
  busy: boolean;
  desktop: boolean;
}

export function StatusPanel({ company, month, version, onStatus, onRegenerate, busy, desktop }: StatusPanelProps) {
  const { t, locale } = useI18n();
  // `version` is bumped after files are written: read again, keeping what is shown meanwhile.
  const loaded = useLoad<Loaded>(
    async () => {
      const [status, runs] = await Promise.all([api.call('assist:status', { companyId: company.id, month }), api.call('assist:runs', { companyId: company.id, month })]);
      return { status, runs };
    },
    [company.id, month],
    { reloadOn: version, onLoaded: ({ status }) => onStatus(status) },
  );
  const data = loaded.value;
  const error = loaded.error;

  return (
    <section className="files-status" aria-labelledby="files-status-title" data-testid="files-status">
      <h2 id="files-status-title" className="visually-hidden">
        {t('files.status.title')}
      </h2>
      {error ? (
        <FormAlert message={error} />
      ) : data === null ? (
        <p className="muted">{t('files.status.loading')}</p>
      ) : !data.status.generated ? (
        <p className="status-line status-never" data-testid="files-status-line">
          {t('files.status.never', { month: formatMonthName(month, locale) })}
        </p>
      ) : data.status.outOfDate ? (
        <div className="banner banner-warning" role="alert" data-testid="out-of-date">
          <div>
            <p className="banner-title">{t('files.status.outOfDate.title')}</p>
            <p>{t('files.status.outOfDate', { when: formatWhen(data.status.lastGeneratedAt ?? '', locale) })}</p>
          </div>
          <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => !busy && onRegenerate()}>
            {t('files.status.regenerate')}
          </button>
        </div>
      ) : (
        <p className="status-line status-current" data-testid="files-status-line">
          <span className="status-dot" aria-hidden="true" />
          {t('files.status.current', { when: formatWhen(data.status.lastGeneratedAt ?? '', locale) })}
        </p>
      )}
      {data && data.status.runs.length > 0 ? <History data={data} company={company} desktop={desktop} /> : null}
    </section>
  );
}

function History({ data, company, desktop }: { data: Loaded; company: Company; desktop: boolean }) {
  const { t, locale } = useI18n();
  const reports = new Map(data.runs.map((r) => [r.runId, r]));
  return (
    <details className="files-history" data-testid="files-history">
      <summary>{t('files.history.title', { count: data.status.runs.length })}</summary>
      <ol className="history-runs">
        {data.status.runs.map((run, index) => {
          const report = reports.get(run.runId);
          const when = formatWhen(run.createdAt, locale);
          return (
            <li key={run.runId} className="history-run" data-testid="history-run">
              <div className="history-run-head">
                <h3>{t('files.history.run', { when })}</h3>
                {index === 0 ? <span className="badge">{t('files.history.latest')}</span> : null}
                {run.outOfDate ? (
                  <span className="badge badge-warning">{t('files.history.outOfDate')}</span>
                ) : (
                  <span className="badge badge-ok">{t('files.history.current')}</span>
                )}
              </div>
              <p className="muted code path-text">{t('files.history.folder', { folder: run.folder })}</p>
              <RunFiles files={run.files} when={when} company={company} desktop={desktop} />
              {run.packFiles.length > 0 ? <PackFiles files={run.packFiles} when={when} company={company} desktop={desktop} /> : null}
              {report ? (
                <details className="history-report">
                  <summary>{t('files.history.report')}</summary>
                  <ReportNotes report={report} headingLevel={4} />
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

function RunFiles({ files, when, company, desktop }: { files: StoredFileStatus[]; when: string; company: Company; desktop: boolean }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table compact-table">
        <caption className="visually-hidden">{t('files.history.caption', { when })}</caption>
        <ColumnHeads
          columns={[
            t('files.written.file'),
            { label: t('files.file.records'), className: 'num' },
            { label: t('files.file.total'), className: 'num' },
            t('files.history.onDisk'),
            t('files.written.path'),
          ]}
        />
        <tbody>
          {files.map((file) => (
            <tr key={file.kind}>
              <th scope="row" className="code">
                {file.fileName}
              </th>
              <td className="num">{file.records}</td>
              <td className="num">{formatRinggit(file.totalSen)}</td>
              <OnDiskCells file={file} company={company} desktop={desktop} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A recorded file's last two cells: whether it is on disk as written, and where (copyable while it is there). */
function OnDiskCells({ file, company, desktop }: { file: { onDisk: StoredFileStatus['onDisk']; path: string; fileName: string }; company: Company; desktop: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <td>
        <span className={file.onDisk === 'same' ? 'badge badge-ok' : 'badge badge-warning'}>{t(ON_DISK_KEYS[file.onDisk])}</span>
      </td>
      <td>{file.onDisk === 'missing' ? <span className="code muted">{file.path}</span> : <PathCopy path={file.path} name={file.fileName} companyId={company.id} desktop={desktop} />}</td>
    </>
  );
}

/** What the month-end pack wrote in the same run besides the upload files: payslips, reports, README.txt. */
function PackFiles({ files, when, company, desktop }: { files: RunSummary['packFiles']; when: string; company: Company; desktop: boolean }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll" data-testid="history-pack-files">
      <h4>{t('files.history.pack', { count: files.length })}</h4>
      <table className="table compact-table">
        <caption className="visually-hidden">{t('files.history.packCaption', { when })}</caption>
        <ColumnHeads
          columns={[
            t('files.written.file'),
            t('files.history.packKind'),
            { label: t('files.file.total'), className: 'num' },
            t('files.history.onDisk'),
            t('files.written.path'),
          ]}
        />
        <tbody>
          {files.map((file) => (
            <tr key={file.fileName}>
              <th scope="row" className="code">
                {file.fileName}
              </th>
              <td>{t(`files.packKind.${file.kind}`)}</td>
              <td className="num">{file.kind === 'readme' ? '' : formatRinggit(file.totalSen)}</td>
              <OnDiskCells file={file} company={company} desktop={desktop} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
