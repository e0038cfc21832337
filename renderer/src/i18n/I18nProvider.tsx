// The current language and the t() function. The locale is the user's saved setting
// (settings:get at start); the language switch saves a new one with settings:setLocale.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  DEFAULT_LOCALE,
  isLocale,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../../../shared/i18n/catalog';
import { api } from '../api/client';
import { FatalScreen } from '../components/FatalScreen';
import { useLoad } from '../lib/useLoad';
import { say, type Message } from './messages';

export type TFunction = (key: MessageKey, params?: MessageParams) => string;

export interface I18n {
  locale: Locale;
  /** Text of a catalogue key in the current language (keys are checked by the compiler). */
  t: TFunction;
  /** Text of a dynamic message (an error key from the services, a stored status line). */
  say: (message: Message) => string;
  /** Saves the language with settings:setLocale, then switches the whole UI to it. */
  setLocale: (locale: Locale) => Promise<void>;
}

const I18nContext = createContext<I18n | null>(null);

/** Remembered only to choose the language of the loading and fatal screens before settings load. */
const LAST_LOCALE_KEY = 'caruman.lastLocale';

export function lastKnownLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LAST_LOCALE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function remember(locale: Locale) {
  try {
    window.localStorage.setItem(LAST_LOCALE_KEY, locale);
  } catch {
    // storage unavailable: only the loading screen's language is affected
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(lastKnownLocale);

  // The saved language is read once at start; until then the splash, and a failure is fatal.
  const startup = useLoad(() => api.call('settings:get', {}), [], { onLoaded: (settings) => setLocaleState(settings.locale) });

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.name');
    remember(locale);
  }, [locale]);

  const setLocale = useCallback(async (next: Locale) => {
    const saved = await api.call('settings:setLocale', { locale: next });
    setLocaleState(saved.locale);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      t: (key, params) => translate(locale, key, params),
      say: (message) => say(locale, message),
      setLocale,
    }),
    [locale, setLocale],
  );

  if (startup.error) return <FatalScreen message={startup.error} locale={locale} />;
  if (startup.value === null) {
    return (
      <div className="splash" role="status">
        {translate(locale, 'status.loading')}
      </div>
    );
  }
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() is used outside <I18nProvider>');
  return value;
}

/** The translate function for the current language: `const t = useT(); t('companies.title')`. */
export function useT(): TFunction {
  return useI18n().t;
}
