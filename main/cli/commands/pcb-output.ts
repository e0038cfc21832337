// How `caruman pcb` shows its outcomes: a JSON array ({id, pcb, working}) or a table in the user's
// language with the worksheet of a single case; and how it names the rows it could not calculate.
import { translate, type Locale } from '../../../shared/i18n/catalog';
import { senToDecimal } from '../../../shared/money/sen';
import type { CaseFileRow } from '../../../shared/csv/case-file';
import { pcbSymbolText, type PcbCaseOutcome, type PcbResult, type WorkingLine } from '../../../shared/tax';
import { printJson, printTable } from '../call';
import type { CommandContext } from '../command';

/** "Row 7 (id "A7"), column sum_x: …" for each row that could not be calculated, in file order. */
export function rowProblems(rows: readonly CaseFileRow[], byRow: ReadonlyMap<number, PcbCaseOutcome>, locale: Locale): string[] {
  const problems: string[] = [];
  for (const r of rows) {
    const outcome = byRow.get(r.row);
    if (r.fieldCount) problems.push(translate(locale, 'tax.input.fieldCount', { row: r.row, ...r.fieldCount }));
    else if (outcome?.error) {
      const message = translate(locale, outcome.error.key, outcome.error.params);
      problems.push(translate(locale, 'tax.input.rowError', { row: r.row, id: outcome.id, column: outcome.error.column, message }));
    }
  }
  return problems;
}

export function failedText(count: number, locale: Locale): string {
  return translate(locale, 'tax.input.failed', { count });
}

export function printPcbJson(ctx: CommandContext, outcomes: readonly PcbCaseOutcome[], locale: Locale): void {
  printJson(ctx, outcomes.map((o) => toJson(o, locale)));
}

function say(locale: Locale, lines: readonly WorkingLine[]): string[] {
  return lines.map((line) => translate(locale, line.key, line.params));
}

function toJson(outcome: PcbCaseOutcome, locale: Locale): Record<string, unknown> {
  const result = outcome.result as PcbResult;
  return {
    id: outcome.id,
    pcb: senToDecimal(result.pcbSen),
    working: {
      method: result.nonResident === null ? 'resident' : 'non_resident',
      additional_remuneration: result.additional !== null,
      symbols: pcbSymbolText(result),
      lines: say(locale, outcome.working ?? []),
      items: (outcome.working ?? []).map((line) => ({ key: line.key, params: line.params })),
    },
  };
}

export function printPcbTable(ctx: CommandContext, outcomes: readonly PcbCaseOutcome[], locale: Locale): void {
  const t = (key: string) => translate(locale, key);
  const rows = outcomes.map((o) => {
    const r = o.result as PcbResult;
    const income = r.additional?.income ?? r.normal?.income ?? null;
    return [
      o.id,
      String(r.input.yearOfAssessment),
      String(r.input.month),
      r.nonResident === null ? String(r.input.employee.category) : '-',
      r.nonResident === null ? t('tax.cli.yes') : t('tax.cli.no'),
      income === null ? '-' : senToDecimal(income.pSen),
      income === null ? '-' : senToDecimal(income.taxSen),
      r.additional === null ? '-' : senToDecimal(r.additional.step4AfterMinimumSen),
      senToDecimal(r.pcbSen),
    ];
  });
  const headers = ['id', 'year', 'month', 'category', 'resident', 'p', 'tax', 'additional', 'pcb'].map((c) => t(`tax.cli.column.${c}`));
  printTable(ctx, headers, rows);
  // One case: its worksheet below the table, as LHDN lays it out.
  const only = outcomes.length === 1 ? outcomes[0] : undefined;
  if (only?.working) ctx.io.stdout(`\n${say(locale, only.working).map((line) => `  ${line}`).join('\n')}\n`);
}
