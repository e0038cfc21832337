// The C.P.8D file (data for Form E; PCB.md §7): a golden file built by hand from the layout for two
// statements typed here, byte for byte; the reader gives every field back and finds a planted error
// of each kind; the writer refuses what a field cannot hold rather than shorten it.
import { describe, expect, it } from 'vitest';
import { buildCp8dFile, CP8D_FIELDS, readCp8dFile } from '../../../shared/tax/cp8d';
import { EA_AMOUNT_CODES, type EaAmountCode, type EaStatement } from '../../../shared/tax/ea';
import { employee } from '../renderer/fixtures';
import type { Employee } from '../../../shared/domain/employee';

function statement(id: number, person: Partial<Employee>, amounts: Partial<Record<EaAmountCode, number>>, extra: Partial<EaStatement> = {}): EaStatement {
  const all = Object.fromEntries(EA_AMOUNT_CODES.map((code) => [code, amounts[code] ?? 0])) as Record<EaAmountCode, number>;
  return { year: 2026, employeeId: id, employee: employee({ id, ...person }), monthsPaid: ['2026-01'], children: 0, commenced: null, ceased: null, amounts: all, arrearsOfEarlierYears: [], ...extra };
}

// Ali: married, wife working (category 3), two children, whole year.
const ali = statement(
  1,
  { name: 'Ali bin Abu', idNumber: '960115145673', taxNumber: 'IG12345678090', maritalStatus: 'married', spouseWorking: true, childrenBasic: 2 },
  { B1a: 2_430_050, B1b: 100_000, B2: 30_000, Btotal: 2_560_050, F: 20_000, D1: 123_455, D2: 20_000, D3: 20_000, D4a: 10_000, D5: 400_000, E1: 264_000, E2: 9_800, E2eis: 3_920 },
  { children: 2 },
);
// Budi: a foreign worker on a passport, no tax number, single, left on 15 March.
const budi = statement(
  2,
  { name: 'Budi Santoso', idType: 'passport', idNumber: 'A1234567', nationality: 'foreign', taxNumber: null },
  { B1a: 500_099, Btotal: 500_099, D1: 0, E1: 0, E2: 1_475, E2eis: 590 },
  { ceased: '2026-03-15' },
);

// By hand, field by field (layout.ts): name|TIN|ID|category|status|ceased|tax borne|children|child relief|gross|BIK|VOLA|ESOS|
// exempt|TP1 relief|TP1 zakat|EPF|zakat from pay|PCB|CP38|medical insurance|SOCSO + EIS. Whole-ringgit fields drop the sen.
const GOLDEN =
  'Ali bin Abu|12345678090|960115145673|3|2|00-00-0000|2|2|4000|25600|0|0|0|200|100|0.00|2640|200.00|1234.55|200.00|0.00|137.20\r\n' +
  'Budi Santoso||A1234567|1|2|15-03-2026|2|0|0|5000|0|0|0|0|0|0.00|0|0.00|0.00|0.00|0.00|20.65\r\n';

describe('C.P.8D file', () => {
  it('writes the golden file byte for byte, named after the E number and the year', () => {
    const built = buildCp8dFile({ year: 2026, taxEmployerNumber: 'E 9089151008', statements: [ali, budi] });
    expect(built.ok ? [built.fileName, built.text, built.lines] : built.problems).toEqual(['CP8D_9089151008_2026.txt', GOLDEN, 2]);
  });

  it('reads the golden file back field by field with no problem', () => {
    const read = readCp8dFile(GOLDEN);
    expect(read.problems).toEqual([]);
    expect(read.records).toHaveLength(2);
    expect(read.records[0]).toMatchObject({ name: 'Ali bin Abu', taxNumber: '12345678090', category: '3', grossRemuneration: '25600', pcb: '1234.55', socso: '137.20' });
    expect(read.records[1]).toMatchObject({ idNumber: 'A1234567', taxNumber: '', ceased: '15-03-2026', grossRemuneration: '5000' });
    expect(Object.keys(read.records[0]!)).toEqual(CP8D_FIELDS.map((f) => f.name));
  });

  it('finds a planted error of each kind, by line and field', () => {
    const [first, second] = GOLDEN.split('\r\n') as [string, string];
    const plant = (line: string, field: number, value: string) => line.split('|').map((v, i) => (i === field - 1 ? value : v)).join('|');
    const cases: [string, { line: number; field: string | null; problem: string }][] = [
      [`${first}\r\n${plant(second, 1, '')}\r\n`, { line: 2, field: 'name', problem: 'missing' }],
      [`${plant(first, 2, 'IG123')}\r\n`, { line: 1, field: 'taxNumber', problem: 'notDigits' }],
      [`${plant(first, 3, '9601151456731')}\r\n`, { line: 1, field: 'idNumber', problem: 'tooLong' }],
      [`${plant(first, 4, '4')}\r\n`, { line: 1, field: 'category', problem: 'badCode' }],
      [`${plant(first, 6, '31-13-2026')}\r\n`, { line: 1, field: 'ceased', problem: 'badDate' }],
      [`${plant(first, 10, '25600.50')}\r\n`, { line: 1, field: 'grossRemuneration', problem: 'badAmount' }],
      [`${plant(first, 19, '1234.5')}\r\n`, { line: 1, field: 'pcb', problem: 'badAmount' }],
      [`${first.split('|').slice(0, 21).join('|')}\r\n`, { line: 1, field: null, problem: 'fieldCount' }],
      [`${first}\n${second}\r\n`, { line: 1, field: null, problem: 'lineEnd' }],
      [first, { line: 1, field: null, problem: 'lineEnd' }],
    ];
    for (const [text, expected] of cases) expect(readCp8dFile(text).problems, JSON.stringify(expected)).toEqual([expected]);
  });

  it('refuses, naming the employee and field, a name with the separator or too long, and a company without an E number', () => {
    const piped = statement(3, { name: 'Ali | Abu' }, {});
    const long = statement(4, { name: 'A'.repeat(61) }, {});
    const built = buildCp8dFile({ year: 2026, taxEmployerNumber: null, statements: [ali, piped, long] });
    expect(built.ok ? null : built.problems).toEqual([
      { employeeId: null, name: null, field: 'taxEmployerNumber', problem: 'missing' },
      { employeeId: 3, name: 'Ali | Abu', field: 'name', problem: 'separator' },
      { employeeId: 4, name: 'A'.repeat(61), field: 'name', problem: 'tooLong' },
    ]);
  });
});
