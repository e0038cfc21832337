// Forms EA and the C.P.8D file from the Files screen (issue 16): the user picks the year (last
// year first), sees how many forms it holds and which months still stop them (each a link to the
// Payroll screen), chooses the folder in the dialog, and is told what was written — or why not.
import { useState } from 'react';
import type { EaYearSummary } from '../../../../shared/api/channels/ea';
import type { Company } from '../../../../shared/domain/company';
import { formatMonthName, todayInMalaysia } from '../../../../shared/calendar';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { choosePath } from '../../lib/dialogs';
import { useLoad } from '../../lib/useLoad';
import { hrefFor } from '../../routes';

const YEARS_SHOWN = 6;

type Outcome = { year: number; message: Message; files: string[]; cp8d: boolean } | { year: number; error: Message };

export function YearEndPanel({ company }: { company: Company }) {
  const { t, say, locale } = useI18n();
  const thisYear = Number(todayInMalaysia().slice(0, 4));
  const [year, setYear] = useState(thisYear - 1);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const summary = useLoad(() => api.call('ea:year', { companyId: company.id, year }), [company.id, year]);
  const shown: EaYearSummary | null = summary.value?.year === year ? summary.value : null;

  async function write(kind: 'forms' | 'cp8d') {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const folder = await choosePath('yearEndForms', company.id);
      if (folder === null) {
        setOutcome({ year, message: { key: 'ea.ui.cancelled' }, files: [], cp8d: false });
        return;
      }
      if (kind === 'forms') {
        const written = await api.call('ea:write', { companyId: company.id, year, folder });
        const files = written.files.map((f) => f.fileName);
        setOutcome({ year, message: { key: 'ea.ui.written', params: { count: files.length, folder: written.folder } }, files, cp8d: false });
      } else {
        const written = await api.call('ea:writeCp8d', { companyId: company.id, year, folder });
        const files = written.files.map((f) => f.fileName);
        setOutcome({ year, message: { key: 'ea.ui.cp8dWritten', params: { year, count: written.lines, folder: written.folder } }, files, cp8d: true });
      }
    } catch (failure) {
      setOutcome({ year, error: messageOf(failure) });
      summary.reload();
    } finally {
      setBusy(false);
    }
  }

  const now = outcome?.year === year ? outcome : null;
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
      <p className="field-hint" data-testid="files-year-end-cp8d-warning">
        {t('ea.ui.cp8dUnconfirmed')}
      </p>
      <p role="status" className="status-message" data-testid="files-year-end-done">
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
