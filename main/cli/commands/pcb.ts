// `caruman pcb --input FILE [--json]`: the monthly tax deduction (PCB / MTD) for every row of a CSV
// file, through the router's pcb:calculate like every other command; this file reads the file,
// pcb-output.ts says the outcomes (loaded only when it runs). All or nothing: one bad row prints
// its error and no results. Nothing is stored and no database is opened.
import { PCB_CASE_COLUMNS, type PcbCaseOutcome } from '../../../shared/tax/case-columns';
import { call } from '../call';
import { readCaseRows } from '../case-file';
import { sharedOptions } from '../args';
import { CommandFailed, UsageError, type Command } from '../command';

const pcb: Command = {
  path: ['pcb'],
  options: sharedOptions('input', 'json'),
  async run(ctx, values) {
    const locale = ctx.messageLocale();
    if (typeof values.input !== 'string') throw new UsageError({ key: 'cli.usage.inputMissing', params: { command: 'pcb' } });
    const rows = await readCaseRows(ctx, values.input, { required: PCB_CASE_COLUMNS }, locale);
    const wellFormed = rows.filter((r) => !r.fieldCount);
    const idOf = (cells: Record<string, string>, row: number) => cells.id || String(row);
    const outcomes = wellFormed.length > 0 ? await call(ctx, 'pcb:calculate', { cases: wellFormed.map((r) => ({ ...r.cells, id: idOf(r.cells, r.row) })) }) : [];
    const byRow = new Map(wellFormed.map((r, i) => [r.row, outcomes[i] as PcbCaseOutcome]));

    const output = await import('./pcb-output');
    // All or nothing: every bad row is named, and no result is printed.
    const problems = output.rowProblems(rows, byRow, locale);
    if (problems.length > 0) {
      for (const problem of problems) ctx.io.stderr(`caruman: ${problem}\n`);
      throw new CommandFailed(output.failedText(problems.length, locale));
    }
    const done = rows.map((r) => byRow.get(r.row) as PcbCaseOutcome);
    if (ctx.json) output.printPcbJson(ctx, done, locale);
    else output.printPcbTable(ctx, done, locale);
    return 0;
  },
};

export const pcbCommands = [pcb];

