// `caruman pcb --input FILE [--json]`: the monthly tax deduction (PCB / MTD) for every row of a CSV
// file, through the router's pcb:calculate like every other command; this file reads the file,
// pcb-output.ts says the outcomes (loaded only when it runs). All or nothing: one bad row prints
// its error and no results. Nothing is stored and no database is opened.
import { PCB_CASE_COLUMNS, type PcbCaseOutcome } from '../../../shared/tax/case-columns';
import { call } from '../call';
import { readCaseRows } from '../case-file';
import { CommandFailed, UsageError, type Command } from '../command';

const pcb: Command = {
  path: ['pcb'],
  summary: 'Calculate the monthly tax deduction (PCB / MTD) for every row of a CSV file, with LHDN’s working.',
  details: [
    'Example:',
    '  caruman pcb --input pcb.csv --json',
    '',
    'File (CSV, UTF-8, first line the header):',
    `  ${PCB_CASE_COLUMNS.join(',')}`,
    '  JAN,2026,1,3,yes,,,3,0,0,0,0,0,0,0,0,5500,605,0,0,0,0',
    'year: the year of assessment (2019–2026); month: 1–12; category: 1 single, 2 married with the spouse not',
    'working, 3 married with a working spouse, divorced, widowed or single with an adopted child; resident: yes or no;',
    'disabled, spouse_disabled: yes or empty; children, children_study, children_disabled, children_disabled_study:',
    'qualifying children of each kind (under 18 or other qualifying; 18+ in diploma-or-higher study; disabled;',
    'disabled and studying). sum_y, sum_k, sum_x, sum_z, sum_lp: the year’s remuneration, employee EPF, PCB paid,',
    'zakat paid and TP1 deductions BEFORE this month; y1, k1: this month’s normal remuneration and its EPF; lp1: this',
    'month’s TP1 deductions; yt, kt: this month’s additional remuneration (bonus, arrears …) and its EPF; zakat:',
    'zakat deducted this month. Money in ringgit with up to 2 decimals; an empty number is 0.',
    '',
    'JSON: an array with one object per row, in order: {"id", "pcb" (ringgit, two decimals), "working": {method,',
    'additional_remuneration, symbols (every symbol by LHDN’s name), lines (the worksheet in your language)}}.',
    'A bad row: its error (row and column) on stderr, nothing on stdout, exit code 1.',
  ].join('\n'),
  options: {
    input: { type: 'string', valueName: 'FILE.csv', description: 'The CSV file of cases (required).' },
    json: { type: 'boolean', description: 'Print a JSON array instead of a table.' },
  },
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

