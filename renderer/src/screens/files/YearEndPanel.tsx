// Forms EA and the C.P.8D file from the Files screen (issue 16): the user picks the year (last
// year first), sees how many forms it holds and which months still stop them (each a link to the
// Payroll screen), chooses the folder in the dialog, and is told what was written — or why not.
// When the folder already holds the year's files, nothing is written: the panel says what is
// there and offers Replace as a second, explicit step (Keep leaves the folder as it is).
import { useEffect, useRef, useState } from 'react';
import type { EaYearSummary } from '../../../../shared/api/channels/ea';
import type { Company } from '../../../../shared/domain/company';
import { formatMonthName, todayInMalaysia } from '../../../../shared/calendar';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConfirmPanel } from '../../components/ConfirmPanel';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { choosePath } from '../../lib/dialogs';
import { useLoad } from '../../lib/useLoad';
import { hrefFor } from '../../routes';

const YEARS_SHOWN = 6;

type Outcome = { year: number; message: Message; files: string[]; cp8d: boolean } | { year: number; error: Message };
type Kind = 'forms' | 'cp8d';
/** A write refused because the folder already holds the year's files: the second step offers Replace. */
interface Conflict {
  year: number;
  kind: Kind;
  folder: string;
  /** The first of the year's files found in the folder. */
  file: string;
}

/** The file's own name from the path the service reports (either separator). */
const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

export function YearEndPanel({ company }: { company: Company }) {
  const { t, say, locale } = useI18n();
  const thisYear = Number(todayInMalaysia().slice(0, 4));
  const [year, setYear] = useState(thisYear - 1);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const summary = useLoad(() => api.call('ea:year', { companyId: company.id, year }), [company.id, year]);
  const shown: EaYearSummary | null = summary.value?.year === year ? summary.value : null;

  // The question takes the focus, on the button that changes nothing.
  useEffect(() => {
    if (conflict) keepRef.current?.focus();
  }, [conflict]);

  /** Writes the year's forms or C.P.8D file; `replaceIn` is the folder the user agreed to replace files in. */
  async function write(kind: Kind, replaceIn: string | null = null) {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    setConflict(null);
    let folder: string | null = replaceIn;
    try {
      folder ??= await choosePath('yearEndForms', company.id);
      if (folder === null) {
        setOutcome({ year, message: { key: 'ea.ui.cancelled' }, files: [], cp8d: false });
        return;
      }
      const replace = replaceIn !== null;
      if (kind === 'forms') {
        const written = await api.call('ea:write', { companyId: company.id, year, folder, replace });
        const files = written.files.map((f) => f.fileName);
        setOutcome({ year, message: { key: 'ea.ui.written', params: { count: files.length, folder: written.folder } }, files, cp8d: false });
      } else {
        const written = await api.call('ea:writeCp8d', { companyId: company.id, year, folder, replace });
        const files = written.files.map((f) => f.fileName);
        setOutcome({ year, message: { key: 'ea.ui.cp8dWritten', params: { year, count: written.lines, folder: written.folder } }, files, cp8d: true });
      }
    } catch (failure) {
      const message = messageOf(failure);
      if (message.key === 'storage.file.exists' && replaceIn === null && folder !== null) {
        setConflict({ year, kind, folder, file: baseName(String(message.params?.path ?? '')) });
        return;
      }
      setOutcome({ year, error: message });
      summary.reload();
    } finally {
      setBusy(false);
    }
  }

  function keep() {
    if (!conflict) return;
    setOutcome({ year: conflict.year, message: { key: 'ea.ui.kept', params: { folder: conflict.folder } }, files: [], cp8d: conflict.kind === 'cp8d' });
    setConflict(null);
  }

  const now = outcome?.year === year ? outcome : null;
  const asked = conflict?.year === year ? conflict : null;
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - i);
  return (
    <section className="panel files-year-end" aria-labelledby="files-year-end-title" data-testid="files-year-end">
      <h2 id="files-year-end-title">{t('ea.ui.title')}</h2>
      <p className="field-hint">{t('ea.ui.hint')}</p>
      <label htmlFor="files-year-end-year">{t('ea.ui.year')}</label>{' '}
      <select id="files-year-end-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      {shown ? (
        <p data-testid="files-year-end-summary">{t('ea.ui.summary', { count: shown.employees, months: shown.finalisedMonths.length, year })}</p>
      ) : summary.error ? (
        <p className="field-hint" data-testid="files-year-end-summary">
          {say(summary.error)}
        </p>
      ) : null}
      {shown && shown.openMonths.length > 0 ? (
        <div className="field-hint" data-testid="files-year-end-open">
          <p>{t('ea.ui.openMonths', { count: shown.openMonths.length })}</p>
          <ul>
            {shown.openMonths.map((month) => (
              <li key={month}>
                <a href={`${hrefFor('payroll')}?month=${month}`}>{t('ea.ui.toPayroll', { month: formatMonthName(month, locale) })}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void write('forms')}>
          {busy ? t('ea.ui.busy') : t('ea.ui.write', { year })}
        </button>
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void write('cp8d')}>
          {t('ea.ui.writeCp8d', { year })}
        </button>
      </div>
      {asked ? (
        <ConfirmPanel
          id="files-year-end-replace"
          testId="files-year-end-replace"
          title={t(asked.kind === 'forms' ? 'ea.ui.replaceTitle' : 'ea.ui.replaceCp8dTitle', { year: asked.year })}
          folder={asked.folder}
          confirmLabel={t(asked.kind === 'forms' ? 'ea.ui.replace' : 'ea.ui.replaceCp8d', { year: asked.year })}
          busyLabel={t('ea.ui.busy')}
          busy={busy}
          onConfirm={() => void write(asked.kind, asked.folder)}
          cancelLabel={t('ea.ui.keep')}
          onCancel={keep}
          cancelRef={keepRef}
        >
          {t(asked.kind === 'forms' ? 'ea.ui.replaceBody' : 'ea.ui.replaceCp8dBody', { year: asked.year, file: asked.file })}
        </ConfirmPanel>
      ) : null}
      <p className="field-hint" data-testid="files-year-end-cp8d-warning">
        {t('ea.ui.cp8dUnconfirmed')}
      </p>
      <p role="status" className={now && 'message' in now ? 'status-message' : undefined} data-testid="files-year-end-done">
        {now && 'message' in now ? say(now.message) : ''}
      </p>
      {now && 'files' in now && now.files.length > 0 ? (
        <ul className="code" data-testid="files-year-end-files">
          {now.files.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : null}
      {now && 'error' in now ? <ErrorMessage id="files-year-end-error">{say(now.error)}</ErrorMessage> : null}
    </section>
  );
}
