// The guide beside the portal: the steps for SOCSO, EIS or the combined upload, the month's
// generated files (records and totals to compare with the portal's screen, "show file" and
// "copy path": a web page cannot be handed a file, so the user pastes the path into the portal's
// file window), and the FPX limits and deadline.
import { useState } from 'react';
import type { Company } from '../../../../shared/domain/company';
import type { StoredFileStatus } from '../../../../shared/api/channels/assist';
import type { MessageKey } from '../../../../shared/i18n/catalog';
import { formatRinggit } from '../../../../shared/money/sen';
import { dueDate } from '../../../../shared/statutory/deadlines';
import { defaultKinds } from '../../../../shared/assist/build';
import { api } from '../../api/client';
import { useI18n, useT } from '../../i18n/I18nProvider';
import { messageOf, type Message } from '../../i18n/messages';
import { useLoad } from '../../lib/useLoad';

/** One upload of the 278-character file, or the SOCSO and EIS files one after the other (issue 12 item 2). */
type Flow = 'one' | 'separate';
const ONE_STEPS: MessageKey[] = ['portal.guide.combined.1', 'portal.guide.combined.2', 'portal.guide.combined.3', 'portal.guide.combined.4'];
const SOCSO_STEPS: MessageKey[] = ['portal.guide.socso.1', 'portal.guide.socso.2', 'portal.guide.socso.3', 'portal.guide.socso.4', 'portal.guide.socso.5', 'portal.guide.socso.6', 'portal.guide.socso.7'];
const EIS_STEPS: MessageKey[] = ['portal.guide.eis.1', 'portal.guide.eis.2', 'portal.guide.eis.3', 'portal.guide.eis.4', 'portal.guide.eis.5', 'portal.guide.eis.6'];

/** The flow of the files made last for the month; with none, the month's default files. */
export function flowFor(month: string, files: readonly StoredFileStatus[]): Flow {
  if (files.some((f) => f.kind === 'lindung')) return 'one';
  if (files.length > 0) return 'separate';
  return defaultKinds(month).includes('lindung') ? 'one' : 'separate';
}

export function GuidePanel({ company, month, desktop }: { company: Company; month: string; desktop: boolean }) {
  const t = useT();
  const { say } = useI18n();
  const [chosen, setChosen] = useState<{ month: string; flow: Flow } | null>(null);
  // Another month's files are never shown while this one loads.
  const loaded = useLoad(() => api.call('assist:status', { companyId: company.id, month }), [company.id, month]);
  const files = loaded.value;
  const [action, setNote] = useState<Message | null>(null);
  const note = action ?? loaded.error;

  const latest = files?.runs[0]?.files ?? [];
  const flow = chosen?.month === month ? chosen.flow : flowFor(month, latest);
  const oneFileExists = defaultKinds(month).includes('lindung');
  const current = (kind: StoredFileStatus['kind']) => (flow === 'one') === (kind === 'lindung');
  const ordered = [...latest].sort((a, b) => Number(current(b.kind)) - Number(current(a.kind)));

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
      {oneFileExists ? (
        <fieldset className="portal-flows">
          <legend>{t('portal.guide.pick')}</legend>
          {(['one', 'separate'] as const).map((candidate) => (
            <label key={candidate} className="check-label">
              <input type="radio" name="portal-flow" value={candidate} checked={flow === candidate} onChange={() => setChosen({ month, flow: candidate })} />{' '}
              {t(candidate === 'one' ? 'portal.guide.one' : 'portal.guide.separate')}
            </label>
          ))}
        </fieldset>
      ) : null}
      {flow === 'one' ? (
        <div data-testid="portal-guide-one">
          <p className="portal-guide-lead">{t('portal.guide.one.lead', { month })}</p>
          <Steps keys={ONE_STEPS} />
        </div>
      ) : (
        <div data-testid="portal-guide-separate">
          <p className="portal-guide-lead">{t('portal.guide.separate.lead', { month })}</p>
          <h3 className="portal-guide-step-title">{t('portal.guide.socso')}</h3>
          <Steps keys={SOCSO_STEPS} />
          <h3 className="portal-guide-step-title">{t('portal.guide.eis')}</h3>
          <Steps keys={EIS_STEPS} />
        </div>
      )}

      <h3>{t('portal.files.title')}</h3>
      {latest.length === 0 ? (
        <p className="muted">{t('portal.files.none')}</p>
      ) : (
        <ul className="portal-files">
          {ordered.map((file) => (
            <li key={file.kind} className={current(file.kind) ? 'portal-file portal-file-current' : 'portal-file'}>
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
        <li>{t('portal.fpx.deadline', { deadline: dueDate(month) })}</li>
      </ul>
    </section>
  );
}

function Steps({ keys }: { keys: readonly MessageKey[] }) {
  const t = useT();
  return (
    <ol className="portal-steps">
      {keys.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ol>
  );
}
