import { describe, expect, it } from 'vitest';
import {
  COMBINED_278,
  EIS_223,
  LAYOUTS,
  SOCSO_223,
  assistFileName,
  compactId,
  readRecord,
  recordValues,
  toAsciiUpper,
  writeRecord,
  defaultKinds,
  mixesCombinedWithSeparate,
} from '../../../shared/assist';

describe('layout declarations (STATUTORY.md §2)', () => {
  it.each(Object.values(LAYOUTS))('$kind: fields are numbered, contiguous and fill the record exactly', (layout) => {
    let next = 1;
    layout.fields.forEach((field, i) => {
      expect(field.number).toBe(i + 1);
      expect(field.start).toBe(next);
      next += field.length;
    });
    expect(next - 1).toBe(layout.length);
  });

  it('positions as in the spec tables', () => {
    const at = (l: typeof SOCSO_223) => l.fields.map((f) => [f.start, f.start + f.length - 1]);
    expect(at(SOCSO_223)).toEqual([[1, 12], [13, 32], [33, 44], [45, 194], [195, 200], [201, 214], [215, 222], [223, 223]]);
    expect(at(COMBINED_278)).toEqual([
      [1, 12], [13, 32], [33, 44], [45, 194], [195, 200], [201, 214], [215, 220], [221, 226], [227, 232], [233, 238], [239, 244], [245, 278],
    ]);
    expect(EIS_223.fields).toEqual(SOCSO_223.fields);
    // SOCSO/EIS amounts zero-padded; the 278 file's numbers space-padded (CHOSEN).
    expect(SOCSO_223.fields[5]).toMatchObject({ align: 'right', pad: '0' });
    expect(COMBINED_278.fields.filter((f) => f.kind === 'numeric').every((f) => f.align === 'right' && f.pad === ' ')).toBe(true);
  });

  it('writes and reads back a record through the same declaration', () => {
    const values = { employerCode: 'A3700012345B', ssmNumber: '', idNumber: '900315145671', name: 'ALI', month: '032025', amount: 8880, eventDate: '10032025', status: 'B' };
    const line = writeRecord(SOCSO_223, values);
    expect(line).toHaveLength(223);
    expect(line.slice(200, 214)).toBe('00000000008880');
    expect(recordValues(readRecord(SOCSO_223, line))).toEqual({ ...values, amount: '8880' });
    expect(() => writeRecord(SOCSO_223, { ...values, idNumber: '1234567890123' })).toThrow(/holds 12/);
    expect(() => writeRecord(SOCSO_223, { ...values, name: '' })).toThrow(/required/);
  });

  it('file names and default sets', () => {
    expect(assistFileName('socso', 'A3700012345B', '2025-03')).toBe('SOCSO_A3700012345B_032025.txt');
    expect(assistFileName('eis', 'A3700012345B', '2025-03')).toBe('EIS_A3700012345B_032025.txt');
    expect(assistFileName('lindung', 'A3700012345B', '2026-06')).toBe('SOCSO-EIS-LINDUNG_A3700012345B_062026.txt');
    expect(defaultKinds('2026-05')).toEqual(['socso', 'eis']);
    // STATUTORY.md §2.2 (corrected): from 2026-06 the 278-character file alone.
    expect(defaultKinds('2026-06')).toEqual(['lindung']);
    expect(defaultKinds('2027-01')).toEqual(['lindung']);
    expect(mixesCombinedWithSeparate(['lindung'])).toBe(false);
    expect(mixesCombinedWithSeparate(['socso', 'eis'])).toBe(false);
    expect(mixesCombinedWithSeparate(['socso', 'lindung'])).toBe(true);
    expect(mixesCombinedWithSeparate(['eis', 'lindung'])).toBe(true);
  });
});

describe('ASCII text', () => {
  it.each([
    ['José Müller', 'JOSE MULLER', ['transliterated']],
    ['Łukasz Øster-Straße', 'LUKASZ OSTER-STRASSE', ['transliterated']],
    ['Nguyễn Thị Minh Khai', 'NGUYEN THI MINH KHAI', ['transliterated']],
    ['Ali  bin\tAbu', 'ALI BIN ABU', []],
    ['李小龙 Lee', 'LEE', ['removed']],
    ['Siti ‘Aisyah’', "SITI 'AISYAH'", ['transliterated']],
  ])('%s → %s', (input, text, changes) => {
    const result = toAsciiUpper(input, 150);
    expect(result.text).toBe(text);
    expect(result.changes).toEqual(changes);
  });

  it('cuts to the field and says so', () => {
    const result = toAsciiUpper('Æ' + 'a'.repeat(149), 150);
    expect(result.text).toHaveLength(150);
    expect(result.changes).toEqual(['transliterated', 'cut']);
  });

  it('ID numbers lose dashes and spaces', () => {
    expect(compactId('900315-14-5671')).toBe('900315145671');
    expect(compactId(' a 123 4567 ')).toBe('A1234567');
  });
});
