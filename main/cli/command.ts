import type { ParseArgsConfig } from 'node:util';
import type { Router } from '../api/router';
import type { Services } from '../services';
import type { Locale, MessageKey, MessageParams } from '../../shared/i18n/catalog';

/**
 * An option as parseArgs takes it, with the name of its value in the help (CODE, YYYY-MM). What
 * it does is said in the help catalogue (shared/i18n/messages/cli-help.ts), see main/cli/help.ts.
 */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & { valueName?: string };

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface CommandContext {
  io: CliIo;
  /** Opened lazily so `--help` and usage errors never touch the database. */
  services: () => Services;
  router: () => Router;
  locale: () => Locale;
  /** The language for messages, English where the settings cannot be read: for commands that need no database (calc, epf, pcb). */
  messageLocale: () => Locale;
  /** Says a catalogue message in the CLI's language (CARUMAN_LANG, else the app's setting). */
  t: (key: MessageKey, params?: MessageParams) => string;
  json: boolean;
}

export interface Command {
  /**
   * e.g. ['companies', 'add']. The help's words come from the catalogue by this path:
   * cli.cmd.companies.add.summary, .details (examples, file formats; optional), .arg.<NAME>,
   * .opt.<name> (else cli.opt.<name>), in the CLI's language.
   */
  path: string[];
  /** Parameters of the details text (lists built from data, e.g. the import columns). */
  helpParams?: () => MessageParams;
  positionals?: { name: string; required: boolean }[];
  options: Record<string, OptionSpec>;
  run(ctx: CommandContext, values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

/**
 * A refusal that is the user's to fix: printed as one line, exit code 2. Given a catalogue
 * message, it is said in the CLI's language (CARUMAN_LANG, else the app's setting); given text,
 * as it is (text already translated with ctx.t).
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly said: { key: MessageKey; params: MessageParams } | null;
  constructor(message: string | { key: MessageKey; params?: MessageParams }) {
    super(typeof message === 'string' ? message : message.key);
    this.said = typeof message === 'string' ? null : { key: message.key, params: message.params ?? {} };
  }
}

/** A failure reported by the services, already translated: one line, exit code 1. */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
