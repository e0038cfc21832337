// First run: a short guided setup shown instead of the app while there is no company yet.
// 1 language, 2 the first company (the Companies screen's own form and refusals), 3 where files
// go (optional; the company's output folder). "Try Caruman with sample data first" makes a marked
// sample company instead. When done, the app opens on Employees.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LOCALES, isLocale, type Locale } from '../../../shared/i18n/catalog';
import type { Company } from '../../../shared/domain/company';
import { api, ApiError } from '../api/client';
import { PathChooser } from '../components/PathChooser';
import { ErrorMessage, FormAlert } from '../components/ErrorMessage';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { useCurrentCompany } from '../state/CurrentCompany';
import { AddCompanyForm } from './companies/AddCompanyForm';
import { Brand } from '../components/Brand';
import '../styles/onboarding.css';

type Step = 1 | 2 | 3;
const STEPS = [
  { step: 1, key: 'onboarding.step.language' },
  { step: 2, key: 'onboarding.step.company' },
  { step: 3, key: 'onboarding.step.folder' },
] as const;

export interface FirstRunScreenProps {
  /** The setup is over: the app shows its screens again (the caller goes to Employees). */
  onFinish(): void;
  /** The user wants the plain Companies screen instead. */
  onSkip(): void;
  /** The user wants to restore a backup (Settings) instead. */
  onRestore(): void;
}

export function FirstRunScreen({ onFinish, onSkip, onRestore }: FirstRunScreenProps) {
  const { t } = useI18n();
  const { refresh, select } = useCurrentCompany();
  const [step, setStep] = useState<Step>(1);
  const [company, setCompany] = useState<Company | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each new step's heading takes focus, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  async function created(made: Company) {
    await refresh().catch(() => undefined);
    select(made.id);
    setCompany(made);
    setStep(3);
  }

  async function sampleReady(sample: Company) {
    await refresh().catch(() => undefined);
    select(sample.id);
    onFinish();
  }

  const stepTitle = step === 1 ? t('onboarding.language.title') : step === 2 ? t('onboarding.company.title') : t('onboarding.folder.title');

  return (
    <div className="app first-run" data-testid="first-run">
      <header className="app-header">
        <Brand />
      </header>
      <main id="main-content" className="first-run-main" tabIndex={-1}>
        <div className="first-run-card">
          <h1 className="screen-title">{t('onboarding.title')}</h1>
          <p className="first-run-intro">{t('onboarding.intro')}</p>
          <ol className="first-run-steps" aria-label={t('onboarding.steps.label')}>
            {STEPS.map((entry) => (
              <li
                key={entry.step}
                className={entry.step === step ? 'is-current' : entry.step < step ? 'is-done' : undefined}
                aria-current={entry.step === step ? 'step' : undefined}
              >
                <span className="first-run-step-number" aria-hidden="true">
                  {entry.step}
                </span>
                {t(entry.key)}
              </li>
            ))}
          </ol>

          <section className="first-run-step" aria-labelledby="first-run-step-title">
            <p className="first-run-step-count">{t('onboarding.step', { n: step })}</p>
            <h2 id="first-run-step-title" ref={headingRef} tabIndex={-1}>
              {stepTitle}
            </h2>
            {step === 1 ? <LanguageStep onNext={() => setStep(2)} /> : null}
            {step === 2 ? (
              <>
                <AddCompanyForm
                  onCreated={created}
                  headless
                  intro={t('onboarding.company.intro')}
                  submitLabel={t('onboarding.company.save')}
                  extraButtons={
                    <button type="button" className="button" onClick={() => setStep(1)}>
                      {t('onboarding.back')}
                    </button>
                  }
                />
              </>
            ) : null}
            {step === 3 && company ? <FolderStep company={company} onDone={onFinish} /> : null}
          </section>

          {step < 3 ? <SampleOffer onReady={sampleReady} /> : null}
          {step < 3 ? (
            <p className="first-run-skip">
              <button type="button" className="button-link" onClick={onRestore}>
                {t('onboarding.restore')}
              </button>
              <button type="button" className="button-link" onClick={onSkip}>
                {t('onboarding.skip')}
              </button>
            </p>
          ) : null}
        </div>
      </main>
    </div>
  );
}

function LanguageStep({ onNext }: { onNext(): void }) {
  const { locale, t, say, setLocale } = useI18n();
  const [error, setError] = useState<Message | null>(null);
  // The choice shows at once; the whole UI follows when the setting is saved.
  const [chosen, setChosen] = useState<Locale>(locale);

  function choose(next: Locale) {
    setError(null);
    setChosen(next);
    setLocale(next).catch((failure: unknown) => {
      setChosen(locale);
      setError(messageOf(failure));
    });
  }

  return (
    <div className="first-run-language">
      <fieldset className="choice-group" aria-describedby={error ? 'first-run-language-error' : 'first-run-language-hint'}>
        <legend className="visually-hidden">{t('onboarding.language.legend')}</legend>
        {LOCALES.map((option) => (
          <label key={option} className={option === chosen ? 'choice is-chosen' : 'choice'} lang={option}>
            <input
              type="radio"
              name="first-run-language"
              value={option}
              checked={option === chosen}
              onChange={(event) => {
                if (isLocale(event.target.value)) choose(event.target.value);
              }}
            />
            <span>{t(`language.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <p id="first-run-language-hint" className="field-hint">
        {t('onboarding.language.hint')}
      </p>
      {error ? <ErrorMessage id="first-run-language-error">{say(error)}</ErrorMessage> : null}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onNext}>
          {t('onboarding.next')}
        </button>
      </div>
    </div>
  );
}

function FolderStep({ company, onDone }: { company: Company; onDone(): void }) {
  const { t, say } = useI18n();
  // Chosen in the main process's folder dialog, never typed (issue 12 item 4).
  const [folder, setFolder] = useState<string | null>(company.outputFolder);
  const [error, setError] = useState<Message | null>(null);
  const [formError, setFormError] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);
  const { refresh } = useCurrentCompany();
  const chooserRef = useRef<HTMLButtonElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    if (folder === null) {
      onDone();
      return;
    }
    setSaving(true);
    try {
      await api.call('companies:update', { id: company.id, outputFolder: folder });
      await refresh().catch(() => undefined);
      onDone();
    } catch (failure) {
      if (failure instanceof ApiError && failure.field === 'outputFolder') {
        setError(messageOf(failure));
        setFormError({ key: 'onboarding.folder.invalid' });
        chooserRef.current?.focus();
      } else {
        setFormError(messageOf(failure));
      }
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="first-run-folder">
      <p role="status" className="status-message">
        {t('onboarding.company.saved', { name: company.name })}
      </p>
      <p>{t('onboarding.folder.intro')}</p>
      <FormAlert message={formError} />
      <PathChooser
        id="first-run-folder"
        label={t('onboarding.folder.field')}
        hint={t('onboarding.folder.hint')}
        purpose="companyFolder"
        companyId={company.id}
        path={folder}
        error={error ? say(error) : null}
        buttonRef={chooserRef}
        onChosen={(chosen) => {
          setFolder(chosen);
          setError(null);
          setFormError(null);
        }}
      />
      <p className="first-run-default">{t('onboarding.folder.default')}</p>
      <div className="button-row">
        <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
          {saving ? t('companies.form.saving') : t('onboarding.folder.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('onboarding.folder.skip')}
        </button>
      </div>
    </form>
  );
}

function SampleOffer({ onReady }: { onReady(company: Company): Promise<void> }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | null>(null);

  async function trySample() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const made = await api.call('sample:create', {});
      await onReady(made.company);
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <aside className="first-run-sample" aria-labelledby="first-run-sample-title">
      <h2 id="first-run-sample-title">{t('onboarding.sample.title')}</h2>
      <p>{t('onboarding.sample.text')}</p>
      <FormAlert message={error} />
      <button type="button" className="button" onClick={trySample} aria-disabled={busy || undefined}>
        {busy ? t('onboarding.sample.creating') : t('onboarding.sample.button')}
      </button>
    </aside>
  );
}
