// `caruman epf --input FILE [--json]`: EPF (KWSP) for every row of a CSV file, through the
// router's epf:calculate like every other command; this file reads the file, epf-output.ts
// formats the outcomes (loaded only when it runs). Nothing is stored. The contract (issue 15) is
// used by tests outside the project: header id,month,wages,bonus,dob,status,keep_11,domestic;
// with --json an array of {id, part, employer, employee, explanation}; a bad row is an error
// naming its row and column, with a non-zero exit code and nothing on stdout.
import type { CaseFileRow } from '../../../shared/csv/case-file';
import { EPF_CASE_COLUMNS, MAX_EPF_CASES_PER_CALL, type EpfCaseOutcome } from '../../../shared/epf/cases';
import { call } from '../call';
import { readCaseRows } from '../case-file';
import { sharedOptions } from '../args';
import { CommandFailed, UsageError, type Command, type CommandContext } from '../command';
import type { EpfCaseLine } from './epf-output';

const epf: Command = {
  path: ['epf'],
  options: sharedOptions('input', 'json'),
  async run(ctx, values) {
    if (typeof values.input !== 'string')
      throw new UsageError({ key: 'cli.usage.inputMissing', params: { command: 'epf' } });
    const locale = ctx.messageLocale();
    const rows = await readCaseRows(ctx, values.input, { required: EPF_CASE_COLUMNS }, locale);
    const lines = await calculate(ctx, rows);
    const output = await import('./epf-output');
    const bad = lines.filter((line) => line.outcome.error !== null);
    if (bad.length > 0) {
      // All or nothing: every bad row is named, and no partial result is printed.
      for (const line of bad) ctx.io.stderr(`caruman: ${output.epfErrorText(line, locale)}\n`);
      return 1;
    }
    if (ctx.json) output.printEpfJson(ctx, lines, locale);
    else output.printEpfTable(ctx, lines, locale);
    return 0;
  },
};

export const epfCommands = [epf];


/** Sends the well-formed rows through the router (in batches the channel accepts); the others keep their error. */
async function calculate(ctx: CommandContext, rows: CaseFileRow[]): Promise<EpfCaseLine[]> {
  const idOf = (r: CaseFileRow) => r.cells.id || String(r.row);
  const wellFormed = rows.filter((r) => !r.fieldCount);
  const outcomes = new Map<CaseFileRow, EpfCaseOutcome>();
  for (let start = 0; start < wellFormed.length; start += MAX_EPF_CASES_PER_CALL) {
    const batch = wellFormed.slice(start, start + MAX_EPF_CASES_PER_CALL);
    let answers: EpfCaseOutcome[];
    try {
      answers = await call(ctx, 'epf:calculate', { cases: batch.map((r) => ({ ...r.cells, id: idOf(r) })) });
    } catch (error) {
      // The router refuses a whole batch for a cell it cannot take (say, 300 characters): that row and column.
      const refused = refusedCell(error, batch);
      if (!refused) throw error;
      answers = batch.map((r) => ({
        id: idOf(r),
        result: null,
        error: r === refused.row ? refused.problem : null,
      }));
      rows = rows.filter((r) => r.fieldCount || r === refused.row);
    }
    batch.forEach((r, i) => outcomes.set(r, answers[i] as EpfCaseOutcome));
  }
  return rows.map((r) => ({
    row: r.row,
    outcome: outcomes.get(r) ?? {
      id: idOf(r),
      result: null,
      error: { field: 'id', key: 'statutory.input.columnCount', params: r.fieldCount ?? {} },
    },
  }));
}

function refusedCell(
  error: unknown,
  batch: CaseFileRow[],
): { row: CaseFileRow; problem: NonNullable<EpfCaseOutcome['error']> } | null {
  if (!(error instanceof CommandFailed)) return null;
  const refusal = (
    error.details as
      { error?: { field?: string; key?: string; params?: Record<string, string | number> } } | undefined
  )?.error;
  const match = /^cases\.(\d+)\.(\w+)$/.exec(refusal?.field ?? '');
  const row = match ? batch[Number(match[1])] : undefined;
  if (!match || !row || !refusal?.key) return null;
  return {
    row,
    problem: {
      field: match[2] as NonNullable<EpfCaseOutcome['error']>['field'],
      key: refusal.key,
      params: refusal.params ?? {},
    },
  };
}
