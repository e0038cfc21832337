// The first pass every fixed-width file checker makes (ASSIST, KWSP's Form A, LHDN's CP39): the
// bytes as lines, each with how it ends and the first byte outside printable ASCII. Each checker
// then says what that means in its own words (which line ends it accepts, which problems are
// errors): this module only reads. One character per byte (latin1), so a column is a byte.

export interface ScannedLine {
  /** 1-based. */
  number: number;
  /** The line without its line end. */
  text: string;
  /** The line ended with LF; with CR just before it (the CR is not in `text`). */
  hasLf: boolean;
  hasCr: boolean;
  /** The column just after the text: where a missing line end is reported. */
  endColumn: number;
  /** The first byte above 0x7E (column 1-based, the byte) and how many there are. */
  nonAscii: OddBytes | null;
  /** The first control character below 0x20 (a tab among them) and how many there are. */
  control: OddBytes | null;
}

export interface OddBytes {
  column: number;
  byte: number;
  count: number;
}

const LF = 0x0a;
const CR = 0x0d;

/** "0x09": a byte as the checkers' messages show it. */
export function hexByte(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Splits at LF from `offset` (past a byte-order mark, say). A CR not followed by LF stays in the text. */
export function scanLines(bytes: Uint8Array, offset = 0): ScannedLine[] {
  const lines: ScannedLine[] = [];
  let start = offset;
  let number = 0;
  while (start < bytes.length) {
    number += 1;
    let end = start;
    while (end < bytes.length && bytes[end] !== LF) end++;
    const hasLf = end < bytes.length;
    const hasCr = end > start && bytes[end - 1] === CR;
    const textEnd = hasCr ? end - 1 : end;
    let text = '';
    let nonAscii: OddBytes | null = null;
    let control: OddBytes | null = null;
    for (let i = start; i < textEnd; i++) {
      const b = bytes[i] as number;
      text += String.fromCharCode(b);
      if (b > 0x7e) {
        if (nonAscii) nonAscii.count++;
        else nonAscii = { column: i - start + 1, byte: b, count: 1 };
      } else if (b < 0x20) {
        if (control) control.count++;
        else control = { column: i - start + 1, byte: b, count: 1 };
      }
    }
    lines.push({ number, text, hasLf, hasCr, endColumn: textEnd - start + 1, nonAscii, control });
    start = hasLf ? end + 1 : bytes.length;
  }
  return lines;
}

/** What a file that is none of the portals' layouts most likely is, to say so in one line. */
export type OtherFileKind = 'pdf' | 'spreadsheet' | 'csv' | 'binary' | 'text';

export function otherFileKind(bytes: Uint8Array, firstLine: string): OtherFileKind {
  const starts = (text: string) => text.split('').every((c, i) => bytes[i] === c.charCodeAt(0));
  if (starts('%PDF-')) return 'pdf';
  // .xlsx (a zip) or the old .xls (an OLE compound file).
  if (starts('PK\u0003\u0004') || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) return 'spreadsheet';
  if (bytes.subarray(0, 4096).includes(0)) return 'binary';
  if (/[,;\t]/.test(firstLine)) return 'csv';
  return 'text';
}
