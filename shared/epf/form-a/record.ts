// One record of a Form A file, written and read by nothing but its layout declaration.
import type { FormAField, FormARecordLayout } from './layout';

export type FormAValues = Record<string, string | number | bigint | null | undefined>;

/** Lays one value into its field as declared; constants write themselves. Throws when it does not fit. */
export function formatFormAField(
  field: FormAField,
  value: string | number | bigint | null | undefined,
): string {
  switch (field.kind) {
    case 'constant':
      return field.value as string;
    case 'filler':
      return ' '.repeat(field.length);
    case 'numeric': {
      const text = value === null || value === undefined || value === '' ? '0' : String(value);
      if (!/^[0-9]+$/.test(text)) throw new Error(`Form A field ${field.name} takes digits, not "${text}"`);
      if (text.length > field.length)
        throw new Error(`Form A field ${field.name} holds ${field.length} digits: "${text}"`);
      return text.padStart(field.length, '0');
    }
    case 'alnum':
    case 'date':
    case 'month': {
      const text = value === null || value === undefined ? '' : String(value);
      if (text.length > field.length)
        throw new Error(`Form A field ${field.name} holds ${field.length} characters: "${text}"`);
      return text.padEnd(field.length, ' ');
    }
  }
}

/** One record, without its line end. */
export function writeFormARecord(layout: FormARecordLayout, values: FormAValues): string {
  let line = '';
  for (const f of layout.fields) line += formatFormAField(f, values[f.name]);
  if (line.length !== layout.length)
    throw new Error(
      `Form A record ${layout.type} of ${line.length} characters for a ${layout.length}-character layout`,
    );
  return line;
}

export interface FormARawField {
  field: FormAField;
  /** Exactly the characters at the field's positions (shorter or empty past the end of a short line). */
  raw: string;
}

/** Cuts a line into its fields. */
export function readFormARecord(layout: FormARecordLayout, line: string): FormARawField[] {
  return layout.fields.map((f) => ({ field: f, raw: line.slice(f.start - 1, f.start - 1 + f.length) }));
}
