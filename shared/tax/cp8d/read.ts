// The C.P.8D reader/checker: splits a file into lines and fields as layout.ts declares them and
// says what is wrong with each field, by line and field name. The same declarations as the writer.
import { CP8D_FIELDS, CP8D_LINE_END, CP8D_SEPARATOR, type Cp8dField, type Cp8dFieldName } from './layout';

export type Cp8dReadProblem =
  | 'lineEnd'
  | 'fieldCount'
  | 'missing'
  | 'tooLong'
  | 'notDigits'
  | 'badCode'
  | 'badDate'
  | 'badAmount';

export interface Cp8dReadResult {
  records: Record<Cp8dFieldName, string>[];
  problems: { line: number; field: Cp8dFieldName | null; problem: Cp8dReadProblem }[];
}

const DATE = /^(\d{2})-(\d{2})-(\d{4})$/;

function problemOf(field: Cp8dField, value: string): Cp8dReadProblem | null {
  if (value === '') return field.required ? 'missing' : null;
  if (value.length > field.length) return 'tooLong';
  switch (field.kind) {
    case 'text':
      return null;
    case 'digits':
      return /^\d+$/.test(value) ? null : 'notDigits';
    case 'code':
      return field.codes?.includes(value) ? null : 'badCode';
    case 'date': {
      if (value === '00-00-0000') return null;
      const m = DATE.exec(value);
      if (!m) return 'badDate';
      const [day, month] = [Number(m[1]), Number(m[2])];
      return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? null : 'badDate';
    }
    case 'ringgit':
      return /^\d+$/.test(value) ? null : 'badAmount';
    case 'ringgit2':
      return /^\d+\.\d{2}$/.test(value) ? null : 'badAmount';
  }
}

/** Every line of the file as named fields, and every problem found. */
export function readCp8dFile(text: string): Cp8dReadResult {
  const result: Cp8dReadResult = { records: [], problems: [] };
  if (text === '') return result;
  if (!text.endsWith(CP8D_LINE_END)) result.problems.push({ line: text.split('\n').length, field: null, problem: 'lineEnd' });
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.endsWith('\r') && i < lines.length - 1) result.problems.push({ line, field: null, problem: 'lineEnd' });
    const cells = raw.replace(/\r$/, '').split(CP8D_SEPARATOR);
    if (cells.length !== CP8D_FIELDS.length) {
      result.problems.push({ line, field: null, problem: 'fieldCount' });
      return;
    }
    const record = {} as Record<Cp8dFieldName, string>;
    CP8D_FIELDS.forEach((field, j) => {
      const value = cells[j] as string;
      record[field.name] = value;
      const problem = problemOf(field, value);
      if (problem) result.problems.push({ line, field: field.name, problem });
    });
    result.records.push(record);
  });
  return result;
}
