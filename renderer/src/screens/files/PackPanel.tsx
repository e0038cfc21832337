// The month-end pack from the Files screen (issue 17): everything the month needs for this
// company written into its own folder, <company folder>/<YYYY-MM>/ (monthEnd:pack: the month's
// files as one set, recorded as a run), then where they went — or why nothing was written.
import { useState } from 'react';
import type { BulkCompanyResult } from '../../../../shared/domain/month-end';
import type { Company } from '../../../../shared/domain/company';
import { formatMonthName } from '../../../../shared/calendar';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';

export function PackPanel({ company, month, onDone }: { company: Company; month: string; onDone(): void }) {
  const { t, say, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ month: string; result: BulkCompanyResult } | null>(null);
  const [error, setError] = useState<{ month: string; message: Message } | null>(null);

  async function pack() {
    if (busy) return;
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      // As "Write the files": employees without wages are left out, each said in the files' report.
      const report = await api.call('monthEnd:pack', { month, companyIds: [company.id], includeIncomplete: true });
      const result = report.results[0];
      if (result && result.outcome === 'generated') {
        setDone({ month, result });
        onDone();
      } else setError({ month, message: result?.reason ?? { key: 'monthEnd.bulk.noWages' } });
    } catch (failure) {
      setError({ month, message: messageOf(failure) });
    } finally {
      setBusy(false);
    }
  }

  const shown = done?.month === month ? done.result : null;
  const failed = error?.month === month ? error.message : null;
  return (
    <section className="panel files-pack" aria-labelledby="files-pack-title" data-testid="files-pack">
      <h2 id="files-pack-title">{t('monthFiles.pack.title')}</h2>
      <p className="field-hint">{t('monthFiles.pack.hint', { month: formatMonthName(month, locale) })}</p>
      <div className="button-row">
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void pack()}>
          {busy ? t('monthFiles.pack.busy') : t('monthFiles.pack.action')}
        </button>
      </div>
      <p role="status" className="status-message" data-testid="files-pack-done">
        {shown ? t('monthFiles.pack.done', { count: shown.files.length, folder: shown.folder ?? '' }) : ''}
      </p>
      {shown ? (
        <ul className="code" data-testid="files-pack-files">
          {shown.files.map((f) => (
            <li key={f.fileName}>{f.fileName}</li>
          ))}
        </ul>
      ) : null}
      {shown?.notes?.length ? (
        // Packed, but something could not be made (the payment list while someone has no bank account).
        <ul className="field-hint" data-testid="files-pack-notes">
          {shown.notes.map((note) => (
            <li key={note.key}>{say(note)}</li>
          ))}
        </ul>
      ) : null}
      {failed ? <ErrorMessage id="files-pack-error">{say(failed)}</ErrorMessage> : null}
    </section>
  );
}
