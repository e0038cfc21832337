// `caruman calc`: SOCSO, EIS and LINDUNG 24 Jam for one case (options) or many (a CSV file),
// straight from the statutory engine. It needs no database: nothing is stored.
import fs from 'node:fs';
import path from 'node:path';
import { isLocale, translate, type Locale } from '../../../shared/i18n/catalog';
import { parseMyKad } from '../../../shared/mykad';
import { parseRinggit, senToDecimal } from '../../../shared/money/sen';
import {
  bandLabel,
  calculateContributions,
  isNationality,
  StatutoryError,
  type ContributionInput,
  type ContributionResult,
  type ExplanationItem,
  type SchemeContribution,
} from '../../../shared/statutory';
import { printJson, printTable } from '../call';
import { UsageError, type Command, type CommandContext } from '../command';

/** The columns of the batch file, in the order of its required header. `domestic` may be added. */
export const CALC_COLUMNS = ['id', 'month', 'wages', 'dob', 'nationality', 'first_insured_at_55', 'no_eis_before_57', 'lindung'] as const;
const OPTIONAL_COLUMNS = ['domestic'] as const;
type Column = (typeof CALC_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** One case as typed (strings from the CSV, or the options of a single case). */
type RawCase = Partial<Record<Column | 'ic', string | boolean | undefined>>;

/** A problem with one field of one case, as a message key. */
class FieldError extends Error {
  constructor(
    readonly field: Column | 'ic',
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

interface CaseOutcome {
  id: string;
  /** 1-based data row of the file (the header is row 0); null for the single case. */
  row: number | null;
  result?: ContributionResult;
  warnings: { key: string; params: Record<string, string | number> }[];
  error?: FieldError;
}

const calc: Command = {
  path: ['calc'],
  summary: 'Calculate SOCSO, EIS and LINDUNG 24 Jam for one employee-month, or for every row of a CSV file.',
  details: [
    'Examples:',
    '  caruman calc --month 2024-10 --wages 1050 --dob 1990-03-14',
    '  caruman calc --month 2026-07 --wages 4200.50 --ic 880514-10-5523 --json',
    '  caruman calc --input cases.csv --json',
    '',
    'Batch file (CSV, UTF-8, first line the header):',
    `  ${CALC_COLUMNS.join(',')}`,
    '  A1,2024-10,1050.00,1990-03-14,citizen,,,',
    'Flags take yes or no; empty means the default (no, no, yes). An extra column "domestic" (yes/no) is accepted.',
    'Nationality: citizen, pr, temporary or foreign (empty means citizen). Wages are the liable wages in ringgit.',
    '',
    'JSON: an array with one object per row, in order: id, category (1, 2, or null where SOCSO does not apply',
    'at all, e.g. a foreign worker before 2019-01), socso_employer, socso_employee, eis_employer, eis_employee,',
    'lindung_employee (decimal strings, "0.00" where a scheme does not apply), eis_eligible, explanation and more.',
    'A row that cannot be calculated has "error" (and "field") instead; the exit code is then 1.',
  ].join('\n'),
  options: {
    month: { type: 'string', valueName: 'YYYY-MM', description: 'Contribution month: the month the wages are for.' },
    wages: { type: 'string', valueName: 'RINGGIT', description: 'Liable wages for the month, e.g. 1234.56.' },
    dob: { type: 'string', valueName: 'YYYY-MM-DD', description: 'Date of birth (wins over the one read from --ic).' },
    ic: { type: 'string', valueName: 'NUMBER', description: 'MyKad number; the date of birth is read from it.' },
    nationality: { type: 'string', valueName: 'KIND', description: 'citizen (default), pr, temporary or foreign.' },
    'first-insured-at-55': { type: 'boolean', description: 'First insured at 55 or older (never contributed before 55).' },
    'no-eis-before-57': { type: 'boolean', description: 'Aged 57+ and never paid EIS before 57.' },
    'no-lindung': { type: 'boolean', description: 'Does not pay LINDUNG 24 Jam (opted out).' },
    domestic: { type: 'boolean', description: 'A domestic worker employed by a household.' },
    input: { type: 'string', valueName: 'FILE.csv', description: 'Calculate every row of this CSV file instead.' },
    json: { type: 'boolean', description: 'Print a JSON array instead of a table.' },
  },
  async run(ctx, values) {
    const locale = messageLocale(ctx);
    if (typeof values.input === 'string') {
      const clash = SINGLE_CASE_OPTIONS.find((name) => values[name] !== undefined);
      if (clash) throw new UsageError(`--${clash} describes a single case; with --input every case comes from the file`);
    }
    const outcomes = typeof values.input === 'string' ? batchOutcomes(ctx, values.input, locale) : [singleOutcome(values)];
    const hasErrors = outcomes.some((o) => o.error);
    if (ctx.json) printJson(ctx, outcomes.map((o) => toJson(o, locale)));
    else printReadable(ctx, outcomes, locale, typeof values.input !== 'string');
    return hasErrors ? 1 : 0;
  },
};

export const calcCommands = [calc];

const SINGLE_CASE_OPTIONS = ['month', 'wages', 'dob', 'ic', 'nationality', 'first-insured-at-55', 'no-eis-before-57', 'no-lindung', 'domestic'];

function messageLocale(ctx: CommandContext): Locale {
  const fromEnv = ctx.io.env.CARUMAN_LANG;
  if (isLocale(fromEnv)) return fromEnv;
  try {
    return ctx.locale();
  } catch {
    return 'en'; // no readable settings: calc needs no database, so do not fail for that
  }
}

function singleOutcome(values: Record<string, string | boolean | undefined>): CaseOutcome {
  for (const required of ['month', 'wages'] as const) {
    if (typeof values[required] !== 'string') throw new UsageError(`missing --${required} (or give --input FILE.csv); see \`caruman calc --help\``);
  }
  const raw: RawCase = {
    id: '1',
    month: values.month,
    wages: values.wages,
    dob: values.dob,
    ic: values.ic,
    nationality: values.nationality,
    first_insured_at_55: values['first-insured-at-55'] === true,
    no_eis_before_57: values['no-eis-before-57'] === true,
    lindung: values['no-lindung'] !== true,
    domestic: values.domestic === true,
  };
  return evaluate(raw, null);
}

function batchOutcomes(ctx: CommandContext, file: string, locale: Locale): CaseOutcome[] {
  const fullPath = path.resolve(ctx.io.cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(fullPath, 'utf8');
  } catch (error) {
    throw new UsageError(translate(locale, 'statutory.input.unreadable', { path: fullPath, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const lines = splitCsvLines(text.replace(/^\uFEFF/, ''));
  const headerLine = lines.shift();
  const header = headerLine === undefined ? [] : parseCsvLine(headerLine.text).map((h) => h.trim().toLowerCase());
  const expected = CALC_COLUMNS.join(',');
  const missing = CALC_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new UsageError(translate(locale, 'statutory.input.header', { expected, found: headerLine?.text.trim() || '(nothing)' }));
  }
  const unknown = header.find((h) => !(CALC_COLUMNS as readonly string[]).includes(h) && !(OPTIONAL_COLUMNS as readonly string[]).includes(h));
  if (unknown !== undefined) throw new UsageError(translate(locale, 'statutory.input.unknownColumn', { column: unknown, expected }));
  if (lines.length === 0) throw new UsageError(translate(locale, 'statutory.input.empty'));

  return lines.map((line, i) => {
    const row = i + 1;
    const cells = parseCsvLine(line.text);
    const raw: RawCase = {};
    header.forEach((column, c) => (raw[column as Column] = (cells[c] ?? '').trim()));
    const id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : String(row);
    if (cells.length !== header.length) {
      return { id, row, warnings: [], error: new FieldError('id', 'statutory.input.columnCount', { found: cells.length, expected: header.length }) };
    }
    return evaluate({ ...raw, id }, row);
  });
}

/** Turns one raw case into engine input, runs it, and keeps any problem with the field it belongs to. */
function evaluate(raw: RawCase, row: number | null): CaseOutcome {
  const id = String(raw.id ?? '1');
  const warnings: CaseOutcome['warnings'] = [];
  try {
    const input = toEngineInput(raw, warnings);
    return { id, row, result: calculateContributions(input), warnings };
  } catch (error) {
    if (error instanceof FieldError) return { id, row, warnings, error };
    if (error instanceof StatutoryError) return { id, row, warnings, error: new FieldError(columnOf(error.field), error.key, error.params) };
    throw error;
  }
}

function toEngineInput(raw: RawCase, warnings: CaseOutcome['warnings']): ContributionInput {
  const month = text(raw.month);
  if (month === '') throw new FieldError('month', 'statutory.input.required');
  const wagesText = text(raw.wages);
  if (wagesText === '') throw new FieldError('wages', 'statutory.input.required');
  const wages = parseRinggit(wagesText);
  if (!wages.ok) throw new FieldError('wages', 'statutory.error.wages.invalid', { value: wagesText });

  let dateOfBirth: string | null = text(raw.dob) || null;
  const ic = text(raw.ic);
  if (ic !== '') {
    const parsed = parseMyKad(ic);
    if (!parsed.ok) throw new FieldError('ic', parsed.error.key, parsed.error.params);
    warnings.push(...parsed.value.warnings);
    if (dateOfBirth !== null && dateOfBirth !== parsed.value.dateOfBirth) {
      warnings.push({ key: 'statutory.input.icAndDob', params: { dateOfBirth, fromIc: parsed.value.dateOfBirth } });
    }
    dateOfBirth ??= parsed.value.dateOfBirth;
  }
  const nationality = text(raw.nationality).toLowerCase() || 'citizen';
  if (!isNationality(nationality)) throw new FieldError('nationality', 'statutory.error.nationality', { value: nationality });

  return {
    month,
    wagesSen: wages.sen,
    person: {
      dateOfBirth,
      nationality,
      firstInsuredAt55: flag(raw.first_insured_at_55, 'first_insured_at_55', false),
      noEisBefore57: flag(raw.no_eis_before_57, 'no_eis_before_57', false),
      paysLindung: flag(raw.lindung, 'lindung', true),
      domesticWorker: flag(raw.domestic, 'domestic', false),
    },
  };
}

function text(value: string | boolean | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function flag(value: string | boolean | undefined, field: Column, byDefault: boolean): boolean {
  if (typeof value === 'boolean') return value;
  const word = (value ?? '').trim().toLowerCase();
  if (word === '') return byDefault;
  if (word === 'yes') return true;
  if (word === 'no') return false;
  throw new FieldError(field, 'statutory.input.flag', { value: value ?? '' });
}

/** The engine names fields of its own input; the user knows the columns. */
function columnOf(engineField: string): Column {
  if (engineField === 'month') return 'month';
  if (engineField === 'wagesSen') return 'wages';
  if (engineField === 'person.dateOfBirth') return 'dob';
  if (engineField === 'person.nationality') return 'nationality';
  return 'id';
}

function say(locale: Locale, items: readonly ExplanationItem[]): string[] {
  return items.map((i) => translate(locale, i.key, i.params));
}

function errorText(outcome: CaseOutcome, locale: Locale): string {
  const error = outcome.error as FieldError;
  const message = translate(locale, error.key, error.params);
  if (outcome.row === null) {
    const option = error.field === 'first_insured_at_55' || error.field === 'no_eis_before_57' ? error.field.replace(/_/g, '-') : error.field;
    return translate(locale, 'statutory.input.optionError', { option: `--${option}`, message });
  }
  return translate(locale, 'statutory.input.rowError', { row: outcome.row, id: outcome.id, field: error.field, message });
}

function band(scheme: SchemeContribution, locale: Locale): string | null {
  return scheme.band === null ? null : say(locale, [bandLabel(scheme.band)])[0] ?? null;
}

function toJson(outcome: CaseOutcome, locale: Locale): Record<string, unknown> {
  const warnings = outcome.warnings.map((w) => translate(locale, w.key, w.params));
  if (!outcome.result) {
    const error = outcome.error as FieldError;
    return { id: outcome.id, row: outcome.row, error: errorText(outcome, locale), field: error.field, error_key: error.key, warnings };
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

function printReadable(ctx: CommandContext, outcomes: CaseOutcome[], locale: Locale, single: boolean): void {
  const rows = outcomes
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
    printTable(ctx, ['ID', 'MONTH', 'WAGES', 'CAT', 'SOCSO ER', 'SOCSO EE', 'EIS ER', 'EIS EE', 'LINDUNG EE', 'TOTAL'], rows);
  }
  for (const o of outcomes) {
    for (const w of o.warnings) ctx.io.stderr(`caruman: ${o.row === null ? '' : `row ${o.row}: `}${translate(locale, w.key, w.params)}\n`);
    if (o.error) ctx.io.stderr(`caruman: ${errorText(o, locale)}\n`);
  }
  const only = outcomes[0];
  if (single && only?.result) ctx.io.stdout(`\n${say(locale, only.result.explanation).map((line) => `  ${line}`).join('\n')}\n`);
}

interface CsvLine {
  text: string;
}

/** Splits CSV text into records, keeping line breaks that sit inside quotes; blank lines are dropped. */
function splitCsvLines(textIn: string): CsvLine[] {
  const records: CsvLine[] = [];
  let current = '';
  let quoted = false;
  for (const ch of textIn) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === '\n' || ch === '\r')) {
      if (current.trim() !== '') records.push({ text: current });
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') records.push({ text: current });
  return records;
}

/** Fields of one CSV record (RFC 4180 quoting: "a,b" and "" for a quote). */
function parseCsvLine(line: string): string[] {
  // An unclosed quote simply runs to the end of the record; the column count check then reports it.
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}
