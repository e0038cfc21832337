// Option values shared by many commands, checked the same way everywhere.
import type { CommandContext } from './command';
import { UsageError } from './command';
import path from 'node:path';
import { isMonth } from '../../shared/calendar';

/** --company CODE → the company's id (a one-line error when no company has that code). */
export function companyOption(ctx: CommandContext, code: unknown): number {
  if (typeof code !== 'string' || code.trim() === '') throw new UsageError({ key: 'cli.usage.companyRequired' });
  return ctx.services().companies.getByEmployerCode(code).id;
}

/** --month YYYY-MM */
export function monthOption(value: unknown): string {
  if (!isMonth(value)) throw new UsageError({ key: 'cli.usage.monthRequired' });
  return value;
}

/** --year YYYY */
export function yearOption(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value)) throw new UsageError({ key: 'cli.usage.yearRequired' });
  return Number(value);
}

/** --out DIR, resolved against the folder the command was run in. */
export function outOption(ctx: CommandContext, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new UsageError({ key: 'cli.usage.outRequired' });
  return path.resolve(ctx.io.cwd, value);
}
