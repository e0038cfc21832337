import type { Locale } from '../i18n/define';

/** The user's settings, kept in the database. */
export interface Settings {
  locale: Locale;
}
