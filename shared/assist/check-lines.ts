// Step 1 of the checker: the file's bytes as lines, with what is wrong in the line ends and the
// characters (a missing CR, a byte outside printable ASCII, a tab or another control character).
import { problemAt, type CheckProblem } from './check-problem';

export interface Line {
  /** 1-based. */
  number: number;
  /** The line without its line end, one character per byte (latin1). */
  text: string;
}

const LF = 0x0a;
const CR = 0x0d;

export function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Splits bytes at LF; each line's problems (line end, characters) come with it. */
export function readLines(bytes: Uint8Array): { lines: Line[]; problems: CheckProblem[] } {
  const lines: Line[] = [];
  const problems: CheckProblem[] = [];
  let start = 0;
  let number = 0;
  while (start < bytes.length) {
    number += 1;
    let end = start;
    while (end < bytes.length && bytes[end] !== LF) end++;
    const hasLf = end < bytes.length;
    const hasCr = end > start && bytes[end - 1] === CR;
    const textEnd = hasCr ? end - 1 : end;
    if (!hasLf || !hasCr) problems.push(problemAt(number, textEnd - start + 1, hasLf ? 'assist.check.lfWithoutCr' : 'assist.check.noLineEnd', {}));
    const { text, problems: characterProblems } = readCharacters(bytes, start, textEnd, number);
    problems.push(...characterProblems);
    lines.push({ number, text });
    start = hasLf ? end + 1 : bytes.length;
  }
  return { lines, problems };
}

/** The text of bytes[start, end) and its character problems: the first non-ASCII byte and the first control character. */
function readCharacters(bytes: Uint8Array, start: number, end: number, line: number): { text: string; problems: CheckProblem[] } {
  let text = '';
  let nonAscii = 0;
  let firstNonAscii = -1;
  let control = 0;
  let firstControl = -1;
  for (let i = start; i < end; i++) {
    const b = bytes[i] as number;
    text += String.fromCharCode(b);
    if (b > 0x7e) {
      nonAscii++;
      if (firstNonAscii < 0) firstNonAscii = i - start;
    } else if (b < 0x20) {
      control++;
      if (firstControl < 0) firstControl = i - start;
    }
  }
  const problems: CheckProblem[] = [];
  if (nonAscii > 0) problems.push(problemAt(line, firstNonAscii + 1, 'assist.check.nonAscii', { count: nonAscii, byte: hex(bytes[start + firstNonAscii] as number) }));
  if (control > 0) {
    const b = bytes[start + firstControl] as number;
    problems.push(problemAt(line, firstControl + 1, b === 0x09 ? 'assist.check.tab' : 'assist.check.controlCharacter', { count: control, byte: hex(b) }));
  }
  return { text, problems };
}
