// The first pass of the Form A checker: bytes → lines, with what is wrong in the bytes themselves
// (line ends, characters that are not printable ASCII, a byte-order mark). Pure.
import type { FormAProblemSink } from './check-types';

export interface FormALine {
  /** 1-based line number. */
  number: number;
  /** The line without its line end, one character per byte. */
  text: string;
}

const LF = 0x0a;
const CR = 0x0d;

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
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
  const lines: FormALine[] = [];
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problem(1, 1, 'epf.formA.check.bom', {});
    start = 3;
  }
  let number = 0;
  while (start < bytes.length) {
    number += 1;
    let end = start;
    while (end < bytes.length && bytes[end] !== LF) end++;
    const hasLf = end < bytes.length;
    const hasCr = end > start && bytes[end - 1] === CR;
    const textEnd = hasCr ? end - 1 : end;
    if (hasLf && !hasCr) problem(number, textEnd - start + 1, 'epf.formA.check.lfWithoutCr', {});
    if (!hasLf && hasCr) problem(number, textEnd - start + 1, 'epf.formA.check.crWithoutLf', {});
    let text = '';
    let firstBad = -1;
    let badCount = 0;
    for (let i = start; i < textEnd; i++) {
      const b = bytes[i] as number;
      text += String.fromCharCode(b);
      if (b < 0x20 || b > 0x7e) {
        badCount++;
        if (firstBad < 0) firstBad = i - start;
      }
    }
    if (firstBad >= 0) {
      const b = bytes[start + firstBad] as number;
      const key =
        b === 0x09
          ? 'epf.formA.check.tab'
          : b > 0x7e
            ? 'epf.formA.check.nonAscii'
            : 'epf.formA.check.controlCharacter';
      problem(number, firstBad + 1, key, { count: badCount, byte: hex(b) });
    }
    lines.push({ number, text });
    start = hasLf ? end + 1 : bytes.length;
  }
  return lines;
}
