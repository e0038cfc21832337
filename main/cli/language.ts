// The CLI's language, one rule for help, usage errors and every message: CARUMAN_LANG, else the
// language saved in the app's settings, else English. The app itself opens in Bahasa Melayu when
// nothing is saved (DEFAULT_LOCALE); a terminal nobody has chosen a language for speaks English,
// as its help and the README say.
import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import { isLocale, type Locale } from '../../shared/i18n/define';
import { databasePath, resolveDataDir } from '../services/db/paths';

/** The language when neither CARUMAN_LANG nor the app's settings name one. */
export const CLI_FALLBACK_LOCALE: Locale = 'en';

/** The saved language, read only (no folder or file is created); null when there is none to read. */
function savedLocale(env: Record<string, string | undefined>): Locale | null {
  const file = databasePath(resolveDataDir(env, process.platform, os.homedir()));
  if (!fs.existsSync(file)) return null;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare("SELECT value FROM settings WHERE key = 'locale'").get() as { value?: unknown } | undefined;
      return isLocale(row?.value) ? row.value : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** The language before any database is opened (help, refused arguments). */
export function cliLocale(env: Record<string, string | undefined>): Locale {
  return isLocale(env.CARUMAN_LANG) ? env.CARUMAN_LANG : (savedLocale(env) ?? CLI_FALLBACK_LOCALE);
}
