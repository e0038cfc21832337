// How `caruman epf` shows its outcomes: the JSON array of the contract, or a table in the user's
// language with totals, due dates and each row's explanation; bad rows by row and column.
import { translate, type Locale } from '../../../shared/i18n/catalog';
import { senToDecimal } from '../../../shared/money/sen';
import type { EpfCaseOutcome, EpfResultData } from '../../../shared/epf/cases';
import { epfDueDate } from '../../../shared/epf/deadlines';
import { printJson, printTable } from '../call';
import type { CommandContext } from '../command';

/** One outcome and the 1-based data row of the file it came from. */
export interface EpfCaseLine {
  row: number;
  outcome: EpfCaseOutcome;
}

/** "Row 7 (id "A7"), field wages: …" — how every cases command names a bad row. */
export function epfErrorText({ row, outcome }: EpfCaseLine, locale: Locale): string {
  const error = outcome.error as NonNullable<EpfCaseOutcome['error']>;
  return translate(locale, 'statutory.input.rowError', {
    row,
    id: outcome.id,
    field: error.field,
    message: translate(locale, error.key, error.params),
  });
}

function say(locale: Locale, result: EpfResultData): string[] {
  return result.explanation.map((item) => translate(locale, item.key, item.params));
}

export function printEpfJson(ctx: CommandContext, lines: EpfCaseLine[], locale: Locale): void {
  printJson(
    ctx,
    lines.map(({ outcome }) => {
      const r = outcome.result as EpfResultData;
      return {
        id: outcome.id,
        part: r.part,
        employer: senToDecimal(r.employerSen),
        employee: senToDecimal(r.employeeSen),
        explanation: say(locale, r).join(' '),
      };
    }),
  );
}

export function printEpfTable(ctx: CommandContext, lines: EpfCaseLine[], locale: Locale): void {
  const t = (key: string) => translate(locale, key);
  const results = lines.map(({ outcome }) => ({ id: outcome.id, result: outcome.result as EpfResultData }));
  const columns = ['id', 'month', 'wages', 'bonus', 'part', 'employer', 'employee', 'due'].map((c) =>
    t(`epf.cli.column.${c}`),
  );
  const rows = results.map(({ id, result: r }) => [
    id,
    r.wageMonth,
    senToDecimal(r.wagesSen),
    r.bonusSen === 0 ? '' : senToDecimal(r.bonusSen),
    r.part === 'none' ? t('epf.cli.none') : r.part,
    senToDecimal(r.employerSen),
    senToDecimal(r.employeeSen),
    r.part === 'none' ? '' : epfDueDate(r.wageMonth),
  ]);
  const employer = results.reduce((sum, { result }) => sum + result.employerSen, 0);
  const employee = results.reduce((sum, { result }) => sum + result.employeeSen, 0);
  if (results.length > 1)
    rows.push([t('epf.cli.total'), '', '', '', '', senToDecimal(employer), senToDecimal(employee), '']);
  printTable(ctx, columns, rows);
  for (const { id, result } of results)
    ctx.io.stdout(
      `\n${id}:\n${say(locale, result)
        .map((line) => `  ${line}`)
        .join('\n')}\n`,
    );
}
