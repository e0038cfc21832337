import { useState } from 'react';
import { LOCALES, isLocale } from '../../../shared/i18n/catalog';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { ErrorMessage } from './ErrorMessage';

/** The language select in the header; the choice is saved with settings:setLocale. */
export function LanguageSwitch() {
  const { t, say } = useI18n();
  const [error, setError] = useState<Message | null>(null);
  const errorId = 'language-switch-error';

  return (
    <div className="header-control">
      <label htmlFor="language-switch" className="header-label">
        {t('shell.languageSwitch.label')}
      </label>
      <LanguageSelect id="language-switch" error={error !== null} errorId={errorId} onError={setError} />
      {error ? <ErrorMessage id={errorId}>{say(error)}</ErrorMessage> : null}
    </div>
  );
}

/**
 * The language <select> (the header's and Settings'): the choice is saved at once with
 * settings:setLocale; a failure to save goes to onError, to be said at `errorId`.
 */
export function LanguageSelect({ id, error, errorId, onError }: { id: string; error: boolean; errorId: string; onError: (failure: Message | null) => void }) {
  const { locale, t, setLocale } = useI18n();
  return (
    <select
      id={id}
      className="select"
      value={locale}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      onChange={(event) => {
        const next = event.target.value;
        if (!isLocale(next)) return;
        onError(null);
        setLocale(next).catch((failure: unknown) => onError(messageOf(failure)));
      }}
    >
      {LOCALES.map((option) => (
        <option key={option} value={option} lang={option}>
          {t(`language.${option}`)}
        </option>
      ))}
    </select>
  );
}
