// The first pass of the Form A checker: bytes → lines, with what is wrong in the bytes themselves
// (line ends, characters that are not printable ASCII, a byte-order mark). Pure.
import type { FormAProblemSink } from './check-types';
import { hexByte, scanLines } from '../../file-check/lines';

export interface FormALine {
  /** 1-based line number. */
  number: number;
  /** The line without its line end, one character per byte. */
  text: string;
}


/** What a Form A file starts with: KWSP's i-Akaun Form A (record 00 first), a bank's ITB Form A, or neither. */
export function detectFormA(bytes: Uint8Array): 'form-a' | 'bank' | null {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const head = String.fromCharCode(...bytes.subarray(start, start + 20));
  if (head === '00EPF MONTHLY FORM A') return 'form-a';
  if (head === '01EPF MONTHLY FORM A') return 'bank';
  return null;
}

/** Splits the file into lines; every line but the last must end with CR LF (the last may, or may not). */
export function splitFormALines(bytes: Uint8Array, problem: FormAProblemSink): FormALine[] {
  let offset = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problem(1, 1, 'epf.formA.check.bom', {});
    offset = 3;
  }
  return scanLines(bytes, offset).map((line) => {
    const { number, nonAscii, control } = line;
    if (line.hasLf && !line.hasCr) problem(number, line.endColumn, 'epf.formA.check.lfWithoutCr', {});
    if (!line.hasLf && line.hasCr) problem(number, line.endColumn, 'epf.formA.check.crWithoutLf', {});
    // One problem for the line: the first byte that is not printable ASCII, counting both kinds.
    const first = nonAscii && (!control || nonAscii.column < control.column) ? nonAscii : control;
    if (first) {
      const key = first.byte === 0x09 ? 'epf.formA.check.tab' : first.byte > 0x7e ? 'epf.formA.check.nonAscii' : 'epf.formA.check.controlCharacter';
      problem(number, first.column, key, { count: (nonAscii?.count ?? 0) + (control?.count ?? 0), byte: hexByte(first.byte) });
    }
    return { number, text: line.text };
  });
}
