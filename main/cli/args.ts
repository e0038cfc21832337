// Option values shared by many commands, checked the same way everywhere.
import type { CommandContext } from './command';
import { UsageError } from './command';
import path from 'node:path';
import { parseTypedMonth } from '../../shared/calendar';

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
  const month = parseTypedMonth(value);
  if (month === null) throw new UsageError({ key: 'cli.usage.monthInvalid', params: { value } });
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
