// Option values shared by many commands, checked the same way everywhere.
import type { CommandContext } from './command';
import { UsageError } from './command';
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
