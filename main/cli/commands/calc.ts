// `caruman calc`: SOCSO, EIS and LINDUNG 24 Jam for one case (options) or many (a CSV file),
// through the router's statutory:calculate like every other command; this file reads the options
// or the file, calc-output.ts formats the outcomes (loaded only when it runs). Nothing is stored.
import type { Locale } from '../../../shared/i18n/define';
import type { CaseFileRow } from '../../../shared/csv/case-file';
import { CONTRIBUTION_CASE_COLUMNS, OPTIONAL_CONTRIBUTION_CASE_COLUMNS, type ContributionCase, type ContributionCaseOutcome } from '../../../shared/statutory/cases';
import { call } from '../call';
import { readCaseRows } from '../case-file';
import type { CaseLine } from './calc-output';
import { sharedOptions } from '../args';
import { UsageError, type Command, type CommandContext } from '../command';

const calc: Command = {
  path: ['calc'],
  options: {
    ...sharedOptions('month'),
    wages: { type: 'string', valueName: 'RINGGIT' },
    dob: { type: 'string', valueName: 'YYYY-MM-DD' },
    ic: { type: 'string', valueName: 'NUMBER' },
    nationality: { type: 'string', valueName: 'KIND' },
    'first-insured-at-55': { type: 'boolean' },
    'no-eis-before-57': { type: 'boolean' },
    'no-lindung': { type: 'boolean' },
    domestic: { type: 'boolean' },
    ...sharedOptions('input', 'json'),
  },
  async run(ctx, values) {
    const locale = ctx.messageLocale();
    if (typeof values.input === 'string') {
      const clash = SINGLE_CASE_OPTIONS.find((name) => values[name] !== undefined);
      if (clash) throw new UsageError({ key: 'cli.usage.singleCaseOption', params: { option: clash } });
    }
    const lines = typeof values.input === 'string' ? await batchLines(ctx, values.input, locale) : [await singleLine(ctx, values)];
    const { printCalcJson, printCalcTable } = await import('./calc-output');
    if (ctx.json) printCalcJson(ctx, lines, locale);
    else printCalcTable(ctx, lines, locale, typeof values.input !== 'string');
    return lines.some((line) => line.outcome.error) ? 1 : 0;
  },
};

export const calcCommands = [calc];

const SINGLE_CASE_OPTIONS = ['month', 'wages', 'dob', 'ic', 'nationality', 'first-insured-at-55', 'no-eis-before-57', 'no-lindung', 'domestic'];


async function singleLine(ctx: CommandContext, values: Record<string, string | boolean | undefined>): Promise<CaseLine> {
  for (const required of ['month', 'wages'] as const) {
    if (typeof values[required] !== 'string') throw new UsageError({ key: 'cli.usage.calcMissing', params: { option: required } });
  }
  const typed: ContributionCase = {
    id: '1',
    month: values.month as string,
    wages: values.wages as string,
    first_insured_at_55: values['first-insured-at-55'] === true ? 'yes' : 'no',
    no_eis_before_57: values['no-eis-before-57'] === true ? 'yes' : 'no',
    lindung: values['no-lindung'] === true ? 'no' : 'yes',
    domestic: values.domestic === true ? 'yes' : 'no',
  };
  for (const option of ['dob', 'ic', 'nationality'] as const) {
    const value = values[option];
    if (typeof value === 'string') typed[option] = value;
  }
  const [outcome] = await call(ctx, 'statutory:calculate', { cases: [typed] });
  return { row: null, outcome: outcome as ContributionCaseOutcome };
}

async function batchLines(ctx: CommandContext, file: string, locale: Locale): Promise<CaseLine[]> {
  const rows = await readCaseRows(ctx, file, { required: CONTRIBUTION_CASE_COLUMNS, optional: OPTIONAL_CONTRIBUTION_CASE_COLUMNS }, locale);
  const idOf = (r: CaseFileRow) => r.cells.id || String(r.row);
  // Rows whose fields line up with the header go to the engine; the others keep their error.
  const wellFormed = rows.filter((r) => !r.fieldCount);
  const outcomes = wellFormed.length > 0 ? await call(ctx, 'statutory:calculate', { cases: wellFormed.map((r) => ({ ...r.cells, id: idOf(r) })) }) : [];
  const calculated = new Map(wellFormed.map((r, i) => [r, outcomes[i] as ContributionCaseOutcome]));
  return rows.map((r) => ({
    row: r.row,
    outcome: calculated.get(r) ?? { id: idOf(r), result: null, warnings: [], error: { field: 'id', key: 'statutory.input.columnCount', params: r.fieldCount ?? {} } },
  }));
}
