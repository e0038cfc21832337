// Shown on every screen while the sample company is the current one: says plainly that this is
// sample data, and removes it (the company and every row of it) after one confirmation. With no
// company left, the first-run setup comes back.
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { useCurrentCompany } from '../state/CurrentCompany';
import { resetFirstRun } from '../screens/first-run/gate';
import '../styles/onboarding.css';
import { FormAlert } from './ErrorMessage';

export function SampleBanner() {
  const { t } = useI18n();
  const { current, refresh } = useCurrentCompany();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | null>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) yesRef.current?.focus();
  }, [confirming]);

  if (!current?.isSample) return null;
  const sample = current;

  async function remove() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.call('sample:remove', { companyId: sample.id });
      const left = await refresh().catch(() => null);
      if (left && left.length === 0) resetFirstRun();
      setConfirming(false);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sample-banner" role="region" aria-label={t('sample.banner.label')} data-testid="sample-banner">
      <span className="badge badge-sample">{t('sample.badge')}</span>
      <p className="sample-banner-text">{t('sample.banner.text', { name: sample.name })}</p>
      {confirming ? (
        <div className="sample-banner-confirm">
          <p>{t('sample.banner.confirm')}</p>
          <div className="button-row">
            <button type="button" ref={yesRef} className="button button-danger button-small" onClick={remove} aria-disabled={busy || undefined}>
              {busy ? t('sample.banner.removing') : t('sample.banner.confirmYes')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setConfirming(false);
                removeRef.current?.focus();
              }}
            >
              {t('action.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" ref={removeRef} className="button button-small" onClick={() => setConfirming(true)}>
          {t('sample.banner.remove')}
        </button>
      )}
      <FormAlert message={error} />
    </section>
  );
}
