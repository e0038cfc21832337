// The help's words, loaded only when help is printed: the help catalogue alone (not the whole
// message catalogue), in the language errors use — CARUMAN_LANG, else the language saved in the
// app's settings (read from the database without changing it; never created for help), else English.
import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import { cliHelp } from '../../shared/i18n/messages/cli-help';
import { formatTemplate } from '../../shared/i18n/format';
import { isLocale, type Locale } from '../../shared/i18n/define';
import { databasePath, resolveDataDir } from '../services/db/paths';
import type { HelpSay } from './help';

export function helpSay(locale: Locale): HelpSay {
  const table: Record<string, string> = cliHelp[locale];
  return (key, params = {}) => {
    const template = table[key];
    return template === undefined ? undefined : formatTemplate(template, params, { locale, lookup: (nested) => table[nested] });
  };
}

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

export function helpLocale(env: Record<string, string | undefined>): Locale {
  return isLocale(env.CARUMAN_LANG) ? env.CARUMAN_LANG : (savedLocale(env) ?? 'en');
}
