// Step 1 of the checker: the file's bytes as lines, with what is wrong in the line ends and the
// characters (a missing CR, a byte outside printable ASCII, a tab or another control character).
import { problemAt, type CheckProblem } from './check-problem';
import { hexByte, scanLines } from '../file-check/lines';

export interface Line {
  /** 1-based. */
  number: number;
  /** The line without its line end, one character per byte (latin1). */
  text: string;
}

/** "0x09" (the one spelling every checker uses). */
export const hex = hexByte;

/** Splits bytes at LF; each line's problems (line end, characters) come with it. */
export function readLines(bytes: Uint8Array): { lines: Line[]; problems: CheckProblem[] } {
  const lines: Line[] = [];
  const problems: CheckProblem[] = [];
  for (const line of scanLines(bytes)) {
    const { number, nonAscii, control } = line;
    if (!line.hasLf || !line.hasCr) problems.push(problemAt(number, line.endColumn, line.hasLf ? 'assist.check.lfWithoutCr' : 'assist.check.noLineEnd', {}));
    if (nonAscii) problems.push(problemAt(number, nonAscii.column, 'assist.check.nonAscii', { count: nonAscii.count, byte: hex(nonAscii.byte) }));
    if (control) {
      const key = control.byte === 0x09 ? 'assist.check.tab' : 'assist.check.controlCharacter';
      problems.push(problemAt(number, control.column, key, { count: control.count, byte: hex(control.byte) }));
    }
    lines.push({ number, text: line.text });
  }
  return { lines, problems };
}
