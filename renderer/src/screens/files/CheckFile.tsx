// Check any SOCSO / EIS / LINDUNG text file before uploading it: the file is chosen in the main
// process's dialog (never typed) and assist:check reads it, with the current company as context;
// the records come back as a table and the problems with their line and column, errors and
// warnings marked apart, in plain words.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { CheckProblem, CheckReport } from '../../../../shared/api/channels/assist';
import type { Company } from '../../../../shared/domain/company';
import { formatRinggit } from '../../../../shared/money/sen';
import { api } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { PathChooser } from '../../components/PathChooser';
import { ColumnHeads } from '../../components/ColumnHeads';
import { Facts } from '../../components/Facts';

/** Records shown in the table; the problems are always all shown. */
const MAX_RECORDS_SHOWN = 1000;

/** The file's name, from a path of either system. */
function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

type State =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'failed'; fileName: string; message: Message }
  | { kind: 'done'; report: CheckReport };

export function CheckFile({ company }: { company: Company }) {
  const { t, say } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [chosen, setChosen] = useState<string | null>(null);
  const run = useRef(0);
  const resultRef = useRef<HTMLHeadingElement>(null);

  async function check(file: string) {
    const ticket = ++run.current;
    const fileName = baseName(file);
    setState({ kind: 'checking', fileName });
    try {
      const report = await api.call('assist:check', { file, fileName, companyId: company.id });
      if (ticket !== run.current) return;
      setState({ kind: 'done', report });
    } catch (failure) {
      if (ticket !== run.current) return;
      setState({ kind: 'failed', fileName, message: messageOf(failure) });
    }
  }

  const busy = state.kind === 'checking';
  const doneReport = state.kind === 'done' ? state.report : null;

  // A new result takes the focus, so its summary is read out first.
  useEffect(() => {
    if (doneReport) resultRef.current?.focus();
  }, [doneReport]);
  const failedMessage = state.kind === 'failed' ? state.message : null;

  return (
    <div className="files-check">
      <p className="screen-intro">{t('files.check.intro', { company: company.name })}</p>
      <div className="panel">
        <PathChooser
          id="check-file"
          label={t('files.check.file.label')}
          hint={t('files.check.file.hint')}
          purpose="assistCheck"
          companyId={company.id}
          path={chosen}
          error={failedMessage ? `${t('files.check.failed')} ${say(failedMessage)}` : null}
          disabled={busy}
          onChosen={(file) => {
            setChosen(file);
            void check(file);
          }}
        />
        {chosen ? (
          // After fixing the file elsewhere, check the same file again.
          <div className="button-row">
            <button type="button" className="button button-small" aria-disabled={busy || undefined} onClick={() => !busy && void check(chosen)}>
              {t('desktop.chooser.checkAgain')}
            </button>
          </div>
        ) : null}
        <p role="status" className={busy ? 'muted busy-line' : 'visually-hidden'}>
          {busy ? t('files.check.checking', { file: state.fileName }) : ''}
        </p>
      </div>
      {state.kind === 'done' ? <CheckResultView report={state.report} headingRef={resultRef} /> : null}
    </div>
  );
}

function problemKey(p: CheckProblem, index: number) {
  return `${p.line}-${p.column ?? 0}-${p.key}-${index}`;
}

function CheckResultView({ report, headingRef }: { report: CheckReport; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t, say } = useI18n();
  const errorLines = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.line));
  const shown = report.records.slice(0, MAX_RECORDS_SHOWN);
  const combined = report.layout === 'lindung';
  const layoutName = say({ key: `assist.kind.${report.layout ?? 'unknown'}`, fallback: report.layoutName });

  return (
    <section className="check-result" aria-labelledby="check-result-title" data-testid="check-result">
      <div className={report.ok ? 'banner banner-ok' : 'banner banner-error'} data-testid="check-summary">
        <h2 id="check-result-title" ref={headingRef} tabIndex={-1} className="banner-title">
          {report.ok
            ? t('files.check.summary.ok', { file: report.fileName })
            : report.errors === 1
              ? t('files.check.summary.oneError', { file: report.fileName })
              : t('files.check.summary.errors', { file: report.fileName, errors: report.errors })}
        </h2>
      </div>
      <Facts
        className="facts-row check-facts"
        facts={[
          { label: t('files.check.layout'), value: layoutName },
          { label: t('files.check.records'), value: report.totals.records, valueTestId: 'check-records' },
          { label: t('files.check.total'), value: report.totals.amount, valueTestId: 'check-total' },
          { label: t('files.check.errorCount'), value: report.errors, valueTestId: 'check-errors' },
          { label: t('files.check.warningCount'), value: report.warnings, valueTestId: 'check-warnings' },
        ]}
      />

      <section className="panel" aria-labelledby="check-problems-title">
        <h3 id="check-problems-title">{t('files.check.problems.title', { count: report.problems.length })}</h3>
        {report.problems.length === 0 ? (
          <p className="muted">{t('files.check.problems.none')}</p>
        ) : (
          <div className="table-scroll check-scroll">
            <table className="table compact-table problems-table" data-testid="check-problems">
              <caption className="visually-hidden">{t('files.check.problems.caption', { file: report.fileName })}</caption>
              <ColumnHeads
                columns={[
                  t('files.check.severity'),
                  { label: t('files.check.line'), className: 'num' },
                  { label: t('files.check.column'), className: 'num' },
                  t('files.check.message'),
                ]}
              />
              <tbody>
                {report.problems.map((problem, index) => (
                  <tr key={problemKey(problem, index)} className={`problem-${problem.severity}`} data-testid="check-problem">
                    <td>
                      <span className={problem.severity === 'error' ? 'severity severity-error' : 'severity severity-warning'}>
                        <span aria-hidden="true">{problem.severity === 'error' ? '✕ ' : '! '}</span>
                        {problem.severity === 'error' ? t('files.check.error') : t('files.check.warning')}
                      </span>
                    </td>
                    <td className="num" data-testid="problem-line">
                      {problem.line === 0 ? t('files.check.wholeFile') : problem.line}
                    </td>
                    <td className="num">{problem.column ?? '—'}</td>
                    <td>{say({ key: problem.key, params: problem.params, fallback: problem.message })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {report.records.length > 0 ? (
        <section className="panel" aria-labelledby="check-records-title">
          <h3 id="check-records-title">{t('files.check.records.title', { count: report.records.length })}</h3>
          {report.records.length > shown.length ? (
            <p className="field-hint">{t('files.check.records.more', { shown: shown.length, count: report.records.length })}</p>
          ) : null}
          <div className="table-scroll check-scroll">
            <table className="table compact-table records-table" data-testid="check-records-table">
              <caption className="visually-hidden">{t('files.check.records.caption', { file: report.fileName })}</caption>
              <ColumnHeads
                columns={[
                  { label: t('files.check.line'), className: 'num' },
                  t('files.check.id'),
                  t('files.check.name'),
                  t('files.check.month'),
                  combined ? { label: t('files.check.wages'), className: 'num' } : null,
                  { label: t('files.check.amount'), className: 'num' },
                ]}
              />
              <tbody>
                {shown.map((record) => {
                  const bad = errorLines.has(record.line);
                  return (
                    <tr key={record.line} className={bad ? 'record-bad' : undefined}>
                      <td className="num">
                        {record.line}
                        {bad ? <span className="visually-hidden"> ({t('files.check.lineHasErrors')})</span> : null}
                      </td>
                      <td className="code">{record.idNumber}</td>
                      <td>{record.name}</td>
                      <td className="code">{record.month ?? '—'}</td>
                      {combined ? <td className="num">{record.wagesSen == null ? '—' : formatRinggit(record.wagesSen)}</td> : null}
                      <td className="num">{record.amountSen === null ? '—' : formatRinggit(record.amountSen)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </section>
  );
}
