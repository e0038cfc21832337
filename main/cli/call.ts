import type { Channel, ChannelInput, ChannelOutput } from '../../shared/api/contract';
import type { CommandContext } from './command';
import { CommandFailed } from './command';

/** Calls a channel through the same router the app uses; a refusal becomes a one-line failure. */
export async function call<C extends Channel>(ctx: CommandContext, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await ctx.router().invoke(channel, input);
  if (!result.ok) throw new CommandFailed(result.error.message, { error: result.error });
  return result.value as ChannelOutput<C>;
}

/** Prints a value as pretty JSON (the stable machine-readable form of every command). */
export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** A list command's answer: the items as JSON, one line saying there are none, or a table. */
export function printList<Item>(
  ctx: CommandContext,
  items: Item[],
  shown: { none: string; headers: string[]; row: (item: Item) => string[] },
): void {
  if (ctx.json) printJson(ctx, items);
  else if (items.length === 0) ctx.io.stdout(`${shown.none}\n`);
  else printTable(ctx, shown.headers, items.map(shown.row));
}

/** Prints rows as an aligned text table. */
export function printTable(ctx: CommandContext, headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  ctx.io.stdout(`${[line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`);
}
