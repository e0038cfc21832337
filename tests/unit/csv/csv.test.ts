import { describe, expect, it } from 'vitest';
import { detectDelimiter, guardFormula, parseCsv, stringifyCsv, unguardFormula } from '../../../shared/csv/csv';

const cells = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return parsed.records.map((r) => r.cells);
};

describe('parseCsv', () => {
  it('reads quoted commas, quotes and line breaks, CRLF or LF, and a byte order mark', () => {
    expect(cells('\uFEFFa,"b,c","say ""hi"""\r\n"two\nlines",x,\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['two\nlines', 'x', ''],
    ]);
  });

  it('numbers records as a spreadsheet shows them: blank lines count, a quoted line break does not', () => {
    const parsed = parseCsv('h1,h2\n\n"a\nb",1\n\nc,2');
    expect(parsed.ok && parsed.records.map((r) => [r.row, r.cells])).toEqual([
      [1, ['h1', 'h2']],
      [2, ['']],
      [3, ['a\nb', '1']],
      [4, ['']],
      [5, ['c', '2']],
    ]);
  });

  it('names the row of an unclosed quote and of text after a closing quote', () => {
    expect(parseCsv('a,b\nc,"d\ne,f\n')).toEqual({ ok: false, error: { row: 2, line: 2, reason: 'unterminated_quote' } });
    expect(parseCsv('a,b\n"c"x,d\n')).toEqual({ ok: false, error: { row: 2, line: 2, reason: 'text_after_quote' } });
  });

  it('finds the separator in the header line: comma, semicolon or tab', () => {
    expect(detectDelimiter('No KP;Gaji;Nota\n1;"a,b";c')).toBe(';');
    expect(detectDelimiter('\uFEFFname\tid\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(detectDelimiter('name\n')).toBe(',');
  });
});

describe('issue 11 item 11: formula injection', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+SUM(A1:A9)', "'+SUM(A1:A9)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ["'=already", "''=already"],
    ['-5.00', '-5.00'],
    ['+60', '+60'],
    ["D'Cruz", "D'Cruz"],
    ['Ali', 'Ali'],
  ])('issue 11 item 11: %j is written as %j and read back exactly', (cell, written) => {
    expect(guardFormula(cell)).toBe(written);
    expect(unguardFormula(written)).toBe(cell);
  });

  it('issue 11 item 11: stringifyCsv, which every CSV Caruman writes goes through, guards each cell', () => {
    const text = stringifyCsv([['name', 'notes'], ['=1+1', '@SUM(1)']]);
    expect(text).toBe("name,notes\r\n'=1+1,'@SUM(1)\r\n");
    const parsed = parseCsv(text);
    expect(parsed.ok && parsed.records.map((r) => r.cells.map(unguardFormula))).toEqual([
      ['name', 'notes'],
      ['=1+1', '@SUM(1)'],
    ]);
  });
});
