// shared/file-check/lines.ts: the one reading of a fixed-width file's bytes as lines that the
// ASSIST, Form A and CP39 checkers share (each says what a line end or a byte means in its words).
import { describe, expect, it } from 'vitest';
import { hexByte, scanLines } from '../../../shared/file-check/lines';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('scanLines', () => {
  it('says how each line ends: CR LF, LF alone, CR alone at the end, nothing', () => {
    const lines = scanLines(bytes('AB\r\nCD\nEF\r'));
    expect(lines.map(({ number, text, hasLf, hasCr, endColumn }) => ({ number, text, hasLf, hasCr, endColumn }))).toEqual([
      { number: 1, text: 'AB', hasLf: true, hasCr: true, endColumn: 3 },
      { number: 2, text: 'CD', hasLf: true, hasCr: false, endColumn: 3 },
      { number: 3, text: 'EF', hasLf: false, hasCr: true, endColumn: 3 },
    ]);
    expect(scanLines(bytes('XYZ'))).toMatchObject([{ text: 'XYZ', hasLf: false, hasCr: false, endColumn: 4 }]);
    expect(scanLines(bytes(''))).toEqual([]);
  });

  it('finds the first byte above 0x7E and the first control character, and counts each kind', () => {
    const [line] = scanLines(bytes('A', [0xe9], 'B', [0x09], 'C', [0xe9, 0x01], '\r\n'));
    expect(line?.nonAscii).toEqual({ column: 2, byte: 0xe9, count: 2 });
    expect(line?.control).toEqual({ column: 4, byte: 0x09, count: 2 });
    expect(line?.text).toHaveLength(7);
    expect(hexByte(0x09)).toBe('0x09');
    expect(hexByte(0xe9)).toBe('0xE9');
  });

  it('starts where it is told (past a byte-order mark), line numbers from 1', () => {
    expect(scanLines(bytes([0xef, 0xbb, 0xbf], 'AB\r\n'), 3)).toMatchObject([{ number: 1, text: 'AB', nonAscii: null }]);
  });
});
