// The help's words, loaded only when help is printed: the help catalogue alone (not the whole
// message catalogue), in the language errors use (language.ts: CARUMAN_LANG, else the language
// saved in the app's settings, read without changing the database, else English).
import { cliHelp } from '../../shared/i18n/messages/cli-help';
import { formatTemplate } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/define';
import type { HelpSay } from './help';

export function helpSay(locale: Locale): HelpSay {
  const table: Record<string, string> = cliHelp[locale];
  return (key, params = {}) => {
    const template = table[key];
    return template === undefined ? undefined : formatTemplate(template, params, { locale, lookup: (nested) => table[nested] });
  };
}

/** The help's language: the CLI's one rule (language.ts). */
export { cliLocale as helpLocale } from './language';
