import { useState } from 'react';
import { LOCALES, isLocale } from '../../../shared/i18n/catalog';
import { useI18n } from '../i18n/I18nProvider';
import { messageOf, type Message } from '../i18n/messages';
import { ErrorMessage } from './ErrorMessage';

/** The language select in the header; the choice is saved with settings:setLocale. */
export function LanguageSwitch() {
  const { locale, t, say, setLocale } = useI18n();
  const [error, setError] = useState<Message | null>(null);
  const errorId = 'language-switch-error';

  return (
    <div className="header-control">
      <label htmlFor="language-switch" className="header-label">
        {t('shell.languageSwitch.label')}
      </label>
      <select
        id="language-switch"
        className="select"
        value={locale}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          setError(null);
          setLocale(next).catch((failure: unknown) => setError(messageOf(failure)));
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
      {error ? <ErrorMessage id={errorId}>{say(error)}</ErrorMessage> : null}
    </div>
  );
}
