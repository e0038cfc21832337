// Options shared by many commands, declared once and checked the same way everywhere.
import type { CommandContext, OptionSpec } from './command';
import { UsageError } from './command';
import path from 'node:path';
import { parseTypedMonth } from '../../shared/calendar';

/**
 * The options many commands take, each declared once with the name of its value in the help
 * (what it does is said in the help catalogue, cli.opt.<name>). A command lists the ones it takes
 * with `sharedOptions('company', 'month', 'json')` and adds its own beside them.
 */
const SHARED_OPTIONS = {
  company: { type: 'string', valueName: 'CODE' },
  month: { type: 'string', valueName: 'YYYY-MM' },
  year: { type: 'string', valueName: 'YYYY' },
  out: { type: 'string', valueName: 'DIR' },
  input: { type: 'string', valueName: 'FILE.csv' },
  force: { type: 'boolean' },
  replace: { type: 'boolean' },
  all: { type: 'boolean' },
  'include-incomplete': { type: 'boolean' },
  json: { type: 'boolean' },
} as const satisfies Record<string, OptionSpec>;

type SharedOptionName = keyof typeof SHARED_OPTIONS;

/** The named shared options, in the order given (the order the help lists them). */
export function sharedOptions<Name extends SharedOptionName>(...names: Name[]): Pick<typeof SHARED_OPTIONS, Name> {
  return Object.fromEntries(names.map((name) => [name, SHARED_OPTIONS[name]])) as Pick<typeof SHARED_OPTIONS, Name>;
}

/** --company CODE → the company's id (a one-line error when no company has that code). */
export function companyOption(ctx: CommandContext, code: unknown): number {
  if (typeof code !== 'string' || code.trim() === '') throw new UsageError({ key: 'cli.usage.companyRequired' });
  return ctx.services().companies.getByEmployerCode(code).id;
}

/**
 * --month YYYY-MM; a month typed the way the app's month fields accept it (11/2026, "Nov 2026",
 * "November 2026") is read the same way, so the CLI and the screens agree on what a month is.
 */
export function monthOption(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError({ key: 'cli.usage.monthRequired' });
  return typedMonthOption(value, 'month');
}

/** A month option's value (--month, --for-month, --paid-month) read as the app's month fields read it; refused naming the option. */
export function typedMonthOption(value: string, option: string): string {
  const month = parseTypedMonth(value);
  if (month === null) throw new UsageError({ key: 'cli.usage.monthInvalid', params: { value, option } });
  return month;
}

/** --year YYYY */
export function yearOption(value: unknown): number {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError({ key: 'cli.usage.yearRequired' });
  if (!/^\d{4}$/.test(value.trim())) throw new UsageError({ key: 'cli.usage.yearInvalid', params: { value } });
  return Number(value.trim());
}

/** --out DIR, resolved against the folder the command was run in. */
export function outOption(ctx: CommandContext, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new UsageError({ key: 'cli.usage.outRequired' });
  return path.resolve(ctx.io.cwd, value);
}

/** --company and --month, the pair most requests are about (the company checked first). */
export function companyMonthRequest(ctx: CommandContext, values: Record<string, string | boolean | undefined>): { companyId: number; month: string } {
  return { companyId: companyOption(ctx, values.company), month: monthOption(values.month) };
}
