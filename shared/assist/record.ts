// One record of an ASSIST file, written and read by nothing but its layout declaration.
import type { Field, Layout } from './layouts';

export type RecordValues = Record<string, string | number | null | undefined>;

/** Lays one value into its field: justified and padded as declared. Throws when it does not fit. */
export function formatField(field: Field, value: string | number | null | undefined): string {
  let text: string;
  if (value === null || value === undefined || value === '') {
    // An empty field: spaces, whatever its kind (an absent date or status, the filler).
    if (field.required) throw new Error(`Field ${field.number} (${field.name}) is required`);
    return ' '.repeat(field.length);
  }
  if (field.kind === 'numeric') {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new Error(`Field ${field.number} (${field.name}) takes a whole number of sen, not ${String(value)}`);
    }
    text = String(value);
  } else {
    text = String(value);
  }
  if (text.length > field.length) throw new Error(`Field ${field.number} (${field.name}) holds ${field.length} characters: "${text}"`);
  return field.align === 'right' ? text.padStart(field.length, field.pad) : text.padEnd(field.length, field.pad);
}

/** One record, without its line end. */
export function writeRecord(layout: Layout, values: RecordValues): string {
  let line = '';
  for (const field of layout.fields) line += formatField(field, values[field.name]);
  if (line.length !== layout.length) throw new Error(`Record of ${line.length} characters for a ${layout.length}-character layout`);
  return line;
}

export interface RawField {
  field: Field;
  /** Exactly the characters at the field's positions. */
  raw: string;
  /** Without its padding: trailing spaces of a left field, leading pad characters of a right field. */
  value: string;
}

/** Cuts a line into its fields (a short line gives short or empty trailing fields). */
export function readRecord(layout: Layout, line: string): RawField[] {
  return layout.fields.map((field) => {
    const raw = line.slice(field.start - 1, field.start - 1 + field.length);
    let value: string;
    if (field.align === 'left') value = raw.replace(/ +$/, '');
    else {
      let i = 0;
      while (i < raw.length - 1 && (raw[i] === field.pad || raw[i] === ' ')) i++;
      value = raw.slice(i).trim() === '' ? '' : raw.slice(i);
    }
    return { field, raw, value };
  });
}

/** Field values by name, as strings without padding. */
export function recordValues(fields: readonly RawField[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) out[f.field.name] = f.value;
  return out;
}
