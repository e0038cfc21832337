// Commands that calculate cases from a CSV file (`caruman calc --input`, and the EPF and PCB
// calculators beside it) read it here: a file that cannot be read, or whose structure is wrong
// (header, unknown column, no rows, a broken quote), is a usage error naming the file's problem;
// each row comes back with its cells by column for the command to send through the router. A bad
// row is then named as "Row 7 (id "A7"), field wages: …" (message statutory.input.rowError).
import fs from 'node:fs';
import path from 'node:path';
import { readCaseFile, type CaseFileLayout, type CaseFileRow } from '../../shared/csv/case-file';
import type { Locale } from '../../shared/i18n/define';
import { UsageError, type CommandContext } from './command';

export async function readCaseRows(ctx: CommandContext, file: string, layout: CaseFileLayout, locale: Locale): Promise<CaseFileRow[]> {
  // The catalogue loads here rather than at the top, to keep `caruman --help` quick.
  const { translate } = await import('../../shared/i18n/catalog');
  const fullPath = path.resolve(ctx.io.cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(fullPath, 'utf8');
  } catch (error) {
    throw new UsageError(translate(locale, 'statutory.input.unreadable', { path: fullPath, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const read = readCaseFile(text, layout);
  if (!read.ok) throw new UsageError(translate(locale, read.problem.key, read.problem.params));
  return read.rows;
}
