// The writer against the CP39 file built by hand (tests/fixtures/pcb/cp39, README there): the same
// bytes, name and totals; who was left out and which names changed.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCp39File, checkCp39File, type Cp39Employee } from '../../../shared/tax';
import { AUGUST_2026, GOLDEN_NAME, GOLDEN_PATH } from './cp39-fixture';
import { senOf } from './spec-data';

describe('CP39 writer: the hand-built file', () => {
  const built = buildCp39File({ employerNumber: 'E 908915-10', month: '2026-08', employees: AUGUST_2026 });

  it('writes it byte for byte, under its name', () => {
    expect(built.errors).toEqual([]);
    expect(built.fileName).toBe(GOLDEN_NAME);
    expect(Buffer.from(built.content!, 'latin1').equals(fs.readFileSync(GOLDEN_PATH))).toBe(true);
  });

  it('reports the totals of the header and who was left out', () => {
    expect(built.totals).toEqual({ records: 6, mtdSen: senOf('2595.37'), mtdRecords: 5, cp38Sen: senOf('1750.50'), cp38Records: 3 });
    expect(built.leftOut).toEqual([{ employeeId: 5, name: 'Lim Mei Ling', reason: { key: 'tax.cp39.leftOut.noDeduction', params: {} } }]);
    expect(built.nameChanges).toEqual([
      { employeeId: 4, original: 'José Müller', written: 'JOSE MULLER', changes: ['transliterated'], removed: '' },
      { employeeId: 7, original: 'Nur Aisyah bt. Rahman', written: 'NUR AISYAH BT RAHMAN', changes: ['removed'], removed: '.' },
    ]);
  });

  it('passes its own checker with nothing to say', () => {
    const result = checkCp39File({ bytes: fs.readFileSync(GOLDEN_PATH), fileName: GOLDEN_NAME, today: '2026-09-05' });
    expect(result.problems).toEqual([]);
    expect(result.header).toMatchObject({ employerNumber: '0090891510', month: '2026-08', totalMtdSen: senOf('2595.37'), mtdRecords: 5 });
    expect(result.records.map((r) => [r.line, r.taxNumber, r.mtdSen, r.cp38Sen])).toEqual([
      [2, '00531367080', 90000, 0],
      [3, '10544355081', 50050, 100000],
      [4, '23456789010', 10820, 50050],
      [5, '09876543210', 100000, 0],
      [6, '11223344550', 0, 25000],
      [7, '00600700800', 8667, 0],
    ]);
  });
});

describe('CP39 writer: refusals', () => {
  const one = (change: Partial<Cp39Employee>, employerNumber = 'E 908915-10') =>
    buildCp39File({ employerNumber, month: '2026-08', employees: [{ ...AUGUST_2026[0]!, ...change }] });
  const keys = (build: ReturnType<typeof one>) => build.errors.map((e) => e.key);

  it('writes nothing while a problem stands, and says what it is', () => {
    expect(one({ taxNumber: null })).toMatchObject({ content: null, fileName: null });
    expect(keys(one({ taxNumber: '' }))).toEqual(['tax.cp39.error.taxNumberMissing']);
    expect(keys(one({ taxNumber: 'IG 123456789012' }))).toEqual(['tax.cp39.error.taxNumber']);
    expect(keys(one({ newIc: '530706-01-564' }))).toEqual(['tax.cp39.error.newIc']);
    expect(keys(one({ newIc: null }))).toEqual(['tax.cp39.error.noIdentity']);
    expect(keys(one({ passport: 'A123456789012' }))).toEqual(['tax.cp39.error.idTooLong']);
    expect(keys(one({ countryCode: 'IDN' }))).toEqual(['tax.cp39.error.countryCode']);
    expect(keys(one({ employeeNumber: 'AB0122830001' }))).toEqual(['tax.cp39.error.employeeNumber']);
    expect(keys(one({ name: '李小龍' }))).toEqual(['tax.cp39.error.name']);
    expect(keys(one({ pcbSen: 10.5 }))).toEqual(['tax.cp39.error.amount']);
    expect(keys(one({}, 'A3700012345B'))).toEqual(['tax.cp39.error.employerNumber']);
    expect(keys(one({ pcbSen: 0 }))).toEqual(['tax.cp39.error.noRecords']);
  });

  it('cuts a name longer than 60 characters and says so', () => {
    // PUTERI_(7) AISYAH_(14) BINTI_(20) TENGKU_(27) ABDUL_(33) RAHMAN_(40) SHAH_(45) IBNI_(50) SULTAN_(57) ISK(60)
    const long = 'Puteri Aisyah binti Tengku Abdul Rahman Shah ibni Sultan Iskandar Zulkarnain';
    const build = one({ name: long });
    expect(build.nameChanges[0]).toMatchObject({ written: 'PUTERI AISYAH BINTI TENGKU ABDUL RAHMAN SHAH IBNI SULTAN ISK', changes: ['cut'] });
    expect(build.content!.split('\r\n')[1]!.slice(12, 72)).toBe('PUTERI AISYAH BINTI TENGKU ABDUL RAHMAN SHAH IBNI SULTAN ISK');
  });
});
