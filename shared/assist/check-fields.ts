// Step 3 of the checker: each field of a record against the rules of its kind (numeric, date,
// status, filler, month and text). Returns the numbers read, for the amount checks that follow.
import { isRealDay } from '../calendar';
import { problemAt, type CheckProblem } from './check-problem';
import { STATUS_CODES, type Field } from './layouts';
import type { RawField } from './record';

const BLANK_KEYS: Readonly<Record<string, string>> = {
  employerCode: 'assist.check.blank.employerCode',
  idNumber: 'assist.check.blank.idNumber',
  name: 'assist.check.blank.name',
  month: 'assist.check.blank.month',
};

export interface FieldCheck {
  /** Each numeric field's value in sen, or null when it is not a number as declared. */
  numbers: Map<string, number | null>;
  problems: CheckProblem[];
}

export function checkFields(fields: readonly RawField[], line: number): FieldCheck {
  const numbers = new Map<string, number | null>();
  const problems: CheckProblem[] = [];
  for (const { field, raw } of fields) {
    const col = field.start;
    const base = { field: field.number };
    if (field.required && raw.trim() === '') {
      problems.push(problemAt(line, col, BLANK_KEYS[field.name] ?? 'assist.check.blank', base));
      continue;
    }
    switch (field.kind) {
      case 'numeric': {
        const read = readNumeric(field, raw, line);
        numbers.set(field.name, read.value);
        problems.push(...read.problems);
        break;
      }
      case 'date':
        if (raw.trim() !== '' && !isDdmmyyyy(raw)) problems.push(problemAt(line, col, 'assist.check.badDate', { ...base, value: raw.trim() }));
        break;
      case 'status':
        if (raw !== ' ' && !(STATUS_CODES as readonly string[]).includes(raw)) problems.push(problemAt(line, col, 'assist.check.badStatus', { ...base, value: raw }));
        break;
      case 'filler':
        if (raw.trim() !== '') problems.push(problemAt(line, col, 'assist.check.fillerNotBlank', base, 'warning'));
        break;
      case 'month':
      case 'alnum':
        if (raw !== raw.trimStart() && raw.trim() !== '') problems.push(problemAt(line, col, 'assist.check.leadingSpace', base, 'warning'));
        break;
    }
  }
  return { numbers, problems };
}

/** The number in a numeric field, or null (with a problem) when it is not one as declared. */
function readNumeric(field: Field, raw: string, line: number): { value: number | null; problems: CheckProblem[] } {
  const digitsAt = raw.search(/[0-9]/);
  const body = digitsAt < 0 ? '' : raw.slice(digitsAt);
  const lead = digitsAt < 0 ? raw : raw.slice(0, digitsAt);
  if (body === '' || !/^[0-9]+$/.test(body) || !/^ *$/.test(lead)) {
    // Spaces after the digits, a sign, a decimal point, letters…
    const bad = [...raw].findIndex((c, i) => !(c >= '0' && c <= '9') && !(c === ' ' && i < (digitsAt < 0 ? raw.length : digitsAt)));
    return { value: null, problems: [problemAt(line, field.start + Math.max(0, bad), 'assist.check.notNumeric', { field: field.number, value: raw.trim() })] };
  }
  const problems: CheckProblem[] = [];
  if (field.pad === '0' && lead.length > 0) problems.push(problemAt(line, field.start, 'assist.check.padding.zeros', { field: field.number }, 'warning'));
  if (field.pad === ' ' && body.length > 1 && body.startsWith('0')) problems.push(problemAt(line, field.start, 'assist.check.padding.spaces', { field: field.number }, 'warning'));
  return { value: Number(body), problems };
}

/** DDMMYYYY naming a real day. */
function isDdmmyyyy(raw: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(raw);
  return m !== null && isRealDay(Number(m[3]), Number(m[2]), Number(m[1]));
}
