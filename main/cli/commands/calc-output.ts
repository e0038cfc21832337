// How `caruman calc` shows its outcomes: a JSON array (one object per case, amounts as decimal
// strings) or a table with the explanation of a single case; bad cases go to stderr by row.
import { translate, type Locale } from '../../../shared/i18n/catalog';
import { senToDecimal } from '../../../shared/money/sen';
import { bandLabel, type CaseProblem, type ContributionCaseOutcome, type ContributionResult, type ExplanationItem, type SchemeContribution } from '../../../shared/statutory';
import { printJson, printTable } from '../call';
import type { CommandContext } from '../command';

/** One outcome and where its case came from: a 1-based data row of the file, or null for the single case. */
export interface CaseLine {
  row: number | null;
  outcome: ContributionCaseOutcome;
}

export function printCalcJson(ctx: CommandContext, lines: CaseLine[], locale: Locale): void {
  printJson(ctx, lines.map((line) => toJson(line, locale)));
}

function say(locale: Locale, items: readonly ExplanationItem[]): string[] {
  return items.map((i) => translate(locale, i.key, i.params));
}

function errorText({ row, outcome }: CaseLine, error: CaseProblem, locale: Locale): string {
  const message = translate(locale, error.key, error.params);
  if (row === null) {
    const option = error.field === 'first_insured_at_55' || error.field === 'no_eis_before_57' ? error.field.replace(/_/g, '-') : error.field;
    return translate(locale, 'statutory.input.optionError', { option: `--${option}`, message });
  }
  return translate(locale, 'statutory.input.rowError', { row, id: outcome.id, field: error.field, message });
}

function band(scheme: SchemeContribution, locale: Locale): string | null {
  return scheme.band === null ? null : say(locale, [bandLabel(scheme.band)])[0] ?? null;
}

function toJson(line: CaseLine, locale: Locale): Record<string, unknown> {
  const { outcome } = line;
  const warnings = outcome.warnings.map((w) => translate(locale, w.key, w.params));
  if (!outcome.result) {
    const error = outcome.error as CaseProblem;
    return { id: outcome.id, row: line.row, error: errorText(line, error, locale), field: error.field, error_key: error.key, warnings };
  }
  const r = outcome.result;
  const explanation = say(locale, r.explanation);
  return {
    id: outcome.id,
    month: r.month,
    wages: senToDecimal(r.wagesSen),
    age: r.age,
    category: r.category,
    socso_status: r.socso.status,
    socso_employer: senToDecimal(r.socso.employerSen),
    socso_employee: senToDecimal(r.socso.employeeSen),
    socso_table: r.socso.tableId,
    socso_band: band(r.socso, locale),
    eis_eligible: r.eis.eligible,
    eis_status: r.eis.status,
    eis_employer: senToDecimal(r.eis.employerSen),
    eis_employee: senToDecimal(r.eis.employeeSen),
    eis_table: r.eis.tableId,
    eis_band: band(r.eis, locale),
    lindung_status: r.lindung.status,
    lindung_phase: r.lindung.phase,
    lindung_employee: senToDecimal(r.lindung.employeeSen),
    lindung_table: r.lindung.tableId,
    lindung_band: band(r.lindung, locale),
    total_employer: senToDecimal(r.totals.employerSen),
    total_employee: senToDecimal(r.totals.employeeSen),
    total: senToDecimal(r.totals.totalSen),
    explanation: explanation.join(' '),
    explanation_items: r.explanation.map((e, i) => ({ key: e.key, params: e.params, text: explanation[i] })),
    warnings,
  };
}

export function printCalcTable(ctx: CommandContext, lines: CaseLine[], locale: Locale, single: boolean): void {
  const rows = lines
    .map((line) => line.outcome)
    .filter((o) => o.result)
    .map((o) => {
      const r = o.result as ContributionResult;
      return [
        o.id,
        r.month,
        senToDecimal(r.wagesSen),
        r.category === null ? '-' : String(r.category),
        senToDecimal(r.socso.employerSen),
        senToDecimal(r.socso.employeeSen),
        r.eis.eligible ? senToDecimal(r.eis.employerSen) : '-',
        r.eis.eligible ? senToDecimal(r.eis.employeeSen) : '-',
        r.lindung.status === 'applies' ? senToDecimal(r.lindung.employeeSen) : '-',
        senToDecimal(r.totals.totalSen),
      ];
    });
  if (rows.length > 0) {
    const columns = ['id', 'month', 'wages', 'category', 'socsoEmployer', 'socsoEmployee', 'eisEmployer', 'eisEmployee', 'lindungEmployee', 'total'] as const;
    printTable(ctx, columns.map((c) => translate(locale, `cli.column.${c}`)), rows);
  }
  for (const line of lines) {
    for (const w of line.outcome.warnings) ctx.io.stderr(`caruman: ${line.row === null ? '' : `${translate(locale, 'cli.row', { row: line.row })}: `}${translate(locale, w.key, w.params)}\n`);
    if (line.outcome.error) ctx.io.stderr(`caruman: ${errorText(line, line.outcome.error, locale)}\n`);
  }
  const only = lines[0]?.outcome;
  if (single && only?.result) ctx.io.stdout(`\n${say(locale, only.result.explanation).map((text) => `  ${text}`).join('\n')}\n`);
}
