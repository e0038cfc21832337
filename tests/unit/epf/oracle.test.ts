// The generating rule of EPF.md §2.2, written here from the spec's words in integer arithmetic (no
// engine code): share = ⌈rate × band upper limit⌉ in whole ringgit. It is checked against every
// row of every CSV, and the engine is checked against the same rates where there is no table:
// above RM20,000 (E6, each share rounded up) and Part F (2 % + 2 %).
import { describe, expect, it } from 'vitest';
import { calculateEpf, EPF_EDITIONS, type EpfPerson, type EpfStatus } from '../../../shared/epf';
import { partTables, readBands, readRecords } from './spec-files';

/** Rates in tenths of a per cent (6.5 % = 65), from EPF.md §1.1, §1.2 and §2.2. */
const BELOW_60_EMPLOYEE: Record<string, number> = {
  '2016-03': 80,
  '2018-01': 110,
  '2019-01': 110,
  '2020-04': 70,
  '2021-01': 90,
  '2022-07': 110,
  '2025-10': 110,
};
const SIXTY_PLUS_EMPLOYEE: Record<string, number> = { '2016-03': 40 };
const FLAT_RM5 = -1;

function oracleRates(
  part: string,
  edition: string,
  wagesSen: number,
): { employer: number; employee: number } {
  const above5000 = wagesSen > 500_000;
  switch (part) {
    case 'A':
      return { employer: above5000 ? 120 : 130, employee: BELOW_60_EMPLOYEE[edition] as number };
    case 'B':
      return { employer: FLAT_RM5, employee: BELOW_60_EMPLOYEE[edition] as number };
    case 'C':
      return { employer: above5000 ? 60 : 65, employee: SIXTY_PLUS_EMPLOYEE[edition] ?? 55 };
    case 'D':
      return { employer: FLAT_RM5, employee: SIXTY_PLUS_EMPLOYEE[edition] ?? 55 };
    case 'E':
      return { employer: 40, employee: 0 };
    default:
      throw new Error(`no banded Part ${part}`);
  }
}

/** ⌈sen/100 × tenths/1000⌉ ringgit, in sen. */
function ceilShare(wagesSen: number, tenthsOfPercent: number): number {
  return Math.ceil((wagesSen * tenthsOfPercent) / 100_000) * 100;
}

function oracleRow(part: string, edition: string, toSen: number): { employer: number; employee: number } {
  if (toSen <= 1000) return { employer: 0, employee: 0 };
  const rates = oracleRates(part, edition, toSen);
  return {
    employer: rates.employer === FLAT_RM5 ? 500 : ceilShare(toSen, rates.employer),
    employee: ceilShare(toSen, rates.employee),
  };
}

describe('§2.2: every CSV row is ⌈rate × band upper limit⌉', () => {
  it.each(partTables())('$file', ({ file, part, edition }) => {
    for (const band of readBands(file)) {
      expect({ employer: band.employer, employee: band.employee }, `${file} line ${band.line}`).toEqual(
        oracleRow(part, edition, band.to),
      );
    }
  });
});

const PEOPLE_BY_PART: Record<string, { status: EpfStatus; age: number }> = {
  A: { status: 'citizen', age: 30 },
  B: { status: 'foreign_elected', age: 30 },
  C: { status: 'pre1998', age: 65 },
  D: { status: 'foreign_elected', age: 65 },
  E: { status: 'citizen', age: 65 },
};
const person = (part: string, month: string): EpfPerson => ({
  dateOfBirth: `${Number(month.slice(0, 4)) - (PEOPLE_BY_PART[part] as { age: number }).age}-01-01`,
  status: (PEOPLE_BY_PART[part] as { status: EpfStatus }).status,
  keep11Percent: false,
  foreignDomesticServant: false,
});

describe('the engine agrees with the rule inside every band (midpoints, worked by the oracle, not read from the CSV)', () => {
  it.each(partTables())('$file', ({ file, part, edition }) => {
    for (const band of readBands(file)) {
      if (band.to <= 1000) continue;
      const wagesSen = Math.floor((band.from + band.to) / 2);
      const r = calculateEpf({ wageMonth: edition, wagesSen, bonusSen: 0, person: person(part, edition) });
      expect({ employer: r.employerSen, employee: r.employeeSen }, `${file} band ${band.line}, ${wagesSen} sen`).toEqual(oracleRow(part, edition, band.to));
    }
  });
});

describe('E6: above RM20,000 each share is the rate of the actual wages, rounded up to the ringgit', () => {
  const WAGES = [2_000_001, 2_000_099, 2_500_000, 2_512_345, 12_345_678];
  it.each(partTables())('$file rates beyond its last band', ({ part, edition }) => {
    for (const wagesSen of WAGES) {
      const r = calculateEpf({ wageMonth: edition, wagesSen, bonusSen: 0, person: person(part, edition) });
      const rates = oracleRates(part, edition, wagesSen);
      const employer = rates.employer === FLAT_RM5 ? 500 : ceilShare(wagesSen, rates.employer);
      expect([r.part, r.basis, r.employerSen, r.employeeSen], `${part} ${edition} ${wagesSen} sen`).toEqual([
        part,
        'above_table',
        employer,
        ceilShare(wagesSen, rates.employee),
      ]);
    }
  });
});

describe('Part F (from 2025-10 wages): 2 % each, rounded up to the ringgit, nothing at RM10.00 or less', () => {
  const foreign: EpfPerson = {
    dateOfBirth: '1995-05-05',
    status: 'foreign',
    keep11Percent: false,
    foreignDomesticServant: false,
  };
  it('every sen from RM10.01 to RM60.00, then every RM0.37 to RM30,000', () => {
    const wages: number[] = [];
    for (let w = 1001; w <= 6000; w++) wages.push(w);
    for (let w = 6037; w <= 3_000_000; w += 37) wages.push(w);
    for (const month of ['2025-10', '2026-07', '2031-01']) {
      for (const wagesSen of wages) {
        const r = calculateEpf({ wageMonth: month, wagesSen, bonusSen: 0, person: foreign });
        const share = ceilShare(wagesSen, 20);
        if (r.part !== 'F' || r.employerSen !== share || r.employeeSen !== share) {
          expect([r.part, r.employerSen, r.employeeSen], `${month} ${wagesSen} sen`).toEqual([
            'F',
            share,
            share,
          ]);
        }
      }
    }
  });
});

describe('the engine’s declared rates agree with epf_editions.csv', () => {
  /** "13%" → 130, "7% (…)" → 70, "RM5.00 flat" → FLAT_RM5. */
  const tenths = (text: string): number => {
    if (/^RM5\.00 flat/.test(text)) return FLAT_RM5;
    const m = /^(\d+(?:\.\d)?)%/.exec(text);
    if (!m) throw new Error(`epf_editions.csv: no rate in "${text}"`);
    return Math.round(Number(m[1]) * 10);
  };
  const bp = (t: number) => (t === FLAT_RM5 ? FLAT_RM5 : t * 10);
  it.each(readRecords('epf_editions.csv'))('$edition Part $part', (row) => {
    const edition = EPF_EDITIONS.find((e) => e.id === row.edition);
    expect(edition, `edition ${row.edition}`).toBeDefined();
    const rates = edition!.parts[row.part as 'A'];
    expect(rates, `Part ${row.part} in ${row.edition}`).toBeDefined();
    const low = bp(tenths(row.employer_rate_wages_le_5000 as string));
    const high = bp(tenths(row.employer_rate_wages_gt_5000 as string));
    if (low === FLAT_RM5) expect([rates!.employerFlatSen, high]).toEqual([500, FLAT_RM5]);
    else
      expect([rates!.employerBp, rates!.employerAbove5000Bp, rates!.employerFlatSen]).toEqual([
        low,
        high,
        null,
      ]);
    expect(rates!.employeeBp).toBe(bp(tenths(row.employee_rate as string)));
    expect(rates!.tableFile).toBe(row.csv_file === '(none - formula)' ? null : row.csv_file);
    expect([edition!.id, edition!.to ?? '']).toEqual([row.wage_month_from, row.wage_month_to]);
  });
  it('and every edition part the engine declares is in the file', () => {
    const declared = EPF_EDITIONS.flatMap((e) => Object.keys(e.parts).map((p) => `${e.id} ${p}`)).sort();
    expect(declared).toEqual(
      readRecords('epf_editions.csv')
        .map((r) => `${r.edition} ${r.part}`)
        .sort(),
    );
  });
});
