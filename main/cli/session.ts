// What a running command works with: the services over the user's database (opened on first
// use, so `--help`, usage errors and `caruman calc` never open it), the router the app uses, and
// the language of messages. Loaded by main.ts only once a command is about to run.
import os from 'node:os';
import { createRouter, type Router } from '../api/router';
import { createServices, type Services } from '../services';
import { resolveDataDir } from '../services/db/paths';
import { resolveFilesDir } from '../services/receipts';
import { isLocale, translate, type Locale } from '../../shared/i18n/catalog';
import type { CliIo, CommandContext } from './command';
import { CLI_FALLBACK_LOCALE } from './language';

export interface Session {
  context: CommandContext;
  /** The language to report a failure in (language.ts): CARUMAN_LANG, else the saved setting if the database is open and readable, else English. */
  reportLocale(): Locale;
  close(): void;
}

export function openSession(io: CliIo, json: boolean): Session {
  let services: Services | null = null;
  const openServices = (): Services =>
    (services ??= createServices({
      dataDir: resolveDataDir(io.env, process.platform, os.homedir()),
      filesDir: resolveFilesDir(io.env, os.homedir()),
    }));
  const localeFromEnv = io.env.CARUMAN_LANG;
  const locale = (): Locale => (isLocale(localeFromEnv) ? localeFromEnv : (openServices().settings.savedLocale() ?? CLI_FALLBACK_LOCALE));
  // A channel that needs no database (statutory:calculate) still works where the settings
  // cannot be read; a channel that needs one reports the database's own error.
  const safeLocale = (): Locale => {
    try {
      return locale();
    } catch {
      return CLI_FALLBACK_LOCALE;
    }
  };
  let router: Router | null = null;
  const context: CommandContext = {
    io,
    json,
    services: openServices,
    locale,
    messageLocale: safeLocale,
    t: (key, params) => translate(safeLocale(), key, params),
    router: () =>
      (router ??= createRouter(openedOnFirstUse(openServices), {
        locale: safeLocale,
        logError: (ch, e) => io.stderr(`internal error in ${ch}: ${String(e)}\n`),
      })),
  };
  return {
    context,
    reportLocale() {
      if (isLocale(localeFromEnv)) return localeFromEnv;
      try {
        return services?.settings.savedLocale() ?? CLI_FALLBACK_LOCALE;
      } catch {
        return CLI_FALLBACK_LOCALE;
      }
    },
    close: () => services?.close(),
  };
}

/** The services, opened only when a handler first reaches into them. */
function openedOnFirstUse(open: () => Services): Services {
  return new Proxy({} as Services, { get: (_target, key) => Reflect.get(open(), key) });
}
