// The guide beside the portal: the steps for SOCSO, EIS or the combined upload, the month's
// generated files (records and totals to compare with the portal's screen, "show file" and
// "copy path": a web page cannot be handed a file, so the user pastes the path into the portal's
// file window), and the FPX limits and deadline.
import { useEffect, useState } from 'react';
import type { Company } from '../../../../shared/domain/company';
import type { MonthFilesStatus, StoredFileStatus } from '../../../../shared/api/channels/assist';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import { formatRinggit } from '../../../../shared/money/sen';
import { dueDate } from '../../../../shared/statutory/deadlines';
import { api } from '../../api/client';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';

type Flow = 'socso' | 'eis' | 'combined';
const STEPS: Record<Flow, MessageKey[]> = {
  socso: ['portal.guide.socso.1', 'portal.guide.socso.2', 'portal.guide.socso.3', 'portal.guide.socso.4', 'portal.guide.socso.5', 'portal.guide.socso.6', 'portal.guide.socso.7'],
  eis: ['portal.guide.eis.1', 'portal.guide.eis.2', 'portal.guide.eis.3', 'portal.guide.eis.4', 'portal.guide.eis.5', 'portal.guide.eis.6'],
  combined: ['portal.guide.combined.1', 'portal.guide.combined.2', 'portal.guide.combined.3', 'portal.guide.combined.4'],
};
const FLOW_LABEL: Record<Flow, MessageKey> = { socso: 'portal.guide.socso', eis: 'portal.guide.eis', combined: 'portal.guide.combined' };
/** Which generated file each flow uploads. */
const FLOW_FILE: Record<Flow, StoredFileStatus['kind']> = { socso: 'socso', eis: 'eis', combined: 'lindung' };

function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(locale === 'ms' ? 'ms-MY' : 'en-MY', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function GuidePanel({ company, month, desktop }: { company: Company; month: string; desktop: boolean }) {
  const t = useT();
  const { locale, say } = useI18n();
  const [flow, setFlow] = useState<Flow>('socso');
  // Keyed by month, so another month's files are never shown while this one loads.
  const [loaded, setLoaded] = useState<{ month: string; status: MonthFilesStatus } | null>(null);
  const files = loaded?.month === month ? loaded.status : null;
  const [note, setNote] = useState<Message | null>(null);

  useEffect(() => {
    let alive = true;
    api.call('assist:status', { companyId: company.id, month }).then(
      (status) => alive && setLoaded({ month, status }),
      (e: unknown) => alive && setNote(messageOf(e)),
    );
    return () => {
      alive = false;
    };
  }, [company.id, month]);

  const latest = files?.runs[0]?.files ?? [];
  const ordered = [...latest].sort((a, b) => (a.kind === FLOW_FILE[flow] ? -1 : b.kind === FLOW_FILE[flow] ? 1 : 0));

  async function copyPath(file: StoredFileStatus) {
    try {
      if (desktop) await api.call('portal:copyPath', { companyId: company.id, path: file.path });
      else await navigator.clipboard.writeText(file.path);
      setNote({ key: 'portal.files.copied' });
    } catch (e) {
      setNote(messageOf(e));
    }
  }

  function reveal(file: StoredFileStatus) {
    api.call('portal:reveal', { companyId: company.id, path: file.path }).catch((e: unknown) => setNote(messageOf(e)));
  }

  return (
    <section className="panel portal-guide" aria-labelledby="portal-guide-title">
      <h2 id="portal-guide-title">{t('portal.guide.title')}</h2>
      <fieldset className="portal-flows">
        <legend>{t('portal.guide.pick')}</legend>
        {(Object.keys(STEPS) as Flow[]).map((candidate) => (
          <label key={candidate} className="check-label">
            <input type="radio" name="portal-flow" value={candidate} checked={flow === candidate} onChange={() => setFlow(candidate)} />{' '}
            {t(FLOW_LABEL[candidate])}
          </label>
        ))}
      </fieldset>
      <ol className="portal-steps">
        {STEPS[flow].map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>

      <h3>{t('portal.files.title')}</h3>
      {latest.length === 0 ? (
        <p className="muted">{t('portal.files.none')}</p>
      ) : (
        <ul className="portal-files">
          {ordered.map((file) => (
            <li key={file.kind} className={file.kind === FLOW_FILE[flow] ? 'portal-file portal-file-current' : 'portal-file'}>
              <span className="code">{file.fileName}</span>
              <span>
                {t('portal.files.records', { count: file.records })} · {t('portal.files.total', { amount: formatRinggit(file.totalSen) })}
              </span>
              <span className="button-row">
                <button type="button" className="button button-small" onClick={() => void copyPath(file)}>
                  {t('portal.files.copyPath')}
                </button>
                {desktop ? (
                  <button type="button" className="button button-small button-quiet" onClick={() => reveal(file)}>
                    {t('portal.files.reveal')}
                  </button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">{t('portal.files.pickHint')}</p>
      {note ? (
        <p className="status-message" role="status">
          {say(note)}
        </p>
      ) : null}

      <h3>{t('portal.fpx.title')}</h3>
      <ul className="portal-fpx">
        <li>{t('portal.fpx.retail')}</li>
        <li>{t('portal.fpx.corporate')}</li>
        <li>{t('portal.fpx.deadline', { deadline: formatDate(dueDate(month), locale) })}</li>
      </ul>
    </section>
  );
}
