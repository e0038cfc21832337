// The cases-file reader: the file's structure only (header, columns, field counts), problems as
// message keys. Every expected value is written out by hand from the input text.
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../../shared/csv/case-file';

const layout = { required: ['id', 'month', 'wages'], optional: ['note'] };

describe('readCaseFile', () => {
  it('hands back each row by column name, trimmed, numbered from 1 after the header', () => {
    const read = readCaseFile('\uFEFFID, Month ,wages\r\nA1, 2024-10 ,"1,050.00"\r\n\r\nA2,2024-11,900\r\n', layout);
    expect(read).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: { id: 'A1', month: '2024-10', wages: '1,050.00' } },
        { row: 2, cells: { id: 'A2', month: '2024-11', wages: '900' } },
      ],
    });
  });

  it('accepts the columns in any order, and an optional one', () => {
    const read = readCaseFile('wages,note,id,month\n100,"two\nlines",B,2025-01\n', layout);
    expect(read).toEqual({ ok: true, rows: [{ row: 1, cells: { wages: '100', note: 'two\nlines', id: 'B', month: '2025-01' } }] });
  });

  it('skips lines of nothing but blanks (a spreadsheet\'s empty formatted rows) and does not count them', () => {
    const read = readCaseFile('id,month,wages\n,,\n   \nC,2025-01,1\n , , \n', layout);
    expect(read).toEqual({ ok: true, rows: [{ row: 1, cells: { id: 'C', month: '2025-01', wages: '1' } }] });
  });

  it('marks a row whose field count differs from the header, keeping what it has', () => {
    const read = readCaseFile('id,month,wages\nD,2025-01\nE,2025-01,1,extra\n', layout);
    expect(read).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: { id: 'D', month: '2025-01', wages: '' }, fieldCount: { found: 2, expected: 3 } },
        { row: 2, cells: { id: 'E', month: '2025-01', wages: '1' }, fieldCount: { found: 4, expected: 3 } },
      ],
    });
  });

  it('refuses a header without a required column, quoting the line as written', () => {
    expect(readCaseFile('\n id,month \n1,2024-10\n', layout)).toEqual({
      ok: false,
      problem: { key: 'statutory.input.header', params: { expected: 'id,month,wages', found: 'id,month' } },
    });
    expect(readCaseFile('', layout)).toEqual({ ok: false, problem: { key: 'statutory.input.header', params: { expected: 'id,month,wages', found: '(nothing)' } } });
  });

  it('refuses an unknown column, a file without rows and a broken quote', () => {
    expect(readCaseFile('id,month,wages,bonus\n', layout)).toEqual({
      ok: false,
      problem: { key: 'statutory.input.unknownColumn', params: { column: 'bonus', expected: 'id,month,wages' } },
    });
    expect(readCaseFile('id,month,wages\n\n', layout)).toEqual({ ok: false, problem: { key: 'statutory.input.empty', params: {} } });
    expect(readCaseFile('id,month,wages\nA,2024-10,"1000\nB,2024-10,1\n', layout)).toEqual({
      ok: false,
      problem: { key: 'import.error.csv.unterminated_quote', params: { row: 2 } },
    });
  });
});
