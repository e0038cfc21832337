import type { Db } from './db/open';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../shared/i18n/catalog';
import type { Settings } from '../../shared/domain/settings';

/** Small per-installation preferences, kept in the same database as everything else. */
export function createSettingsService(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const put = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  /** The language the user chose in the app, or null when none was saved yet. */
  function savedLocale(): Locale | null {
    const stored = get.get('locale')?.value;
    return isLocale(stored) ? stored : null;
  }

  /** The app's language: the saved one, else the app's default. */
  function locale(): Locale {
    return savedLocale() ?? DEFAULT_LOCALE;
  }

  return {
    locale,
    savedLocale,
    get(): Settings {
      return { locale: locale() };
    },
    setLocale(value: Locale): Settings {
      put.run('locale', value);
      return { locale: locale() };
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
