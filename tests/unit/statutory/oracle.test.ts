// An independent oracle for the tables: the DERIVED rounding rules of STATUTORY.md §1.2 and the
// LINDUNG phase 2/3 rules of §1, written here from the spec's words in integer sen (no engine code).
// They are checked against the CSVs, and the derived LINDUNG phases against the engine.
import { describe, expect, it } from 'vitest';
import { calculateContributions } from '../../../shared/statutory';
import { readCsvBands, type CsvBand } from './spec-tables';

const RM30 = 3000;

/** Midpoint of "exceeds lo, not exceeding hi", in sen: 95000 for 900.01–1,000. */
function mid(band: CsvBand): number {
  return (band.from - 1 + (band.to as number)) / 2;
}
/** value/divisor rounded to the nearest multiple of step (halves up), all integers. */
function roundToNearest(value: number, divisor: number, step: number): number {
  const unit = divisor * step;
  return Math.floor((value + unit / 2) / unit) * step;
}
function roundUpTo(value: number, divisor: number, step: number): number {
  const unit = divisor * step;
  return Math.ceil(value / unit) * step;
}

const oracle = {
  /** 0.5 % × mid (exceptions: ≤ RM30 → 10 sen; 70.01–100 → 40 sen). */
  category1Employee(band: CsvBand): number {
    if ((band.to as number) <= RM30) return 10;
    if (band.from === 7001 && band.to === 10000) return 40;
    const exact = (mid(band) * 5) / 1000;
    if (!Number.isInteger(exact)) throw new Error(`0.5% of the midpoint of line ${band.line} is not whole sen`);
    return exact;
  },
  /** 2.25 % × mid rounded to the nearest 10 sen (exception ≤ RM30 → 50 sen). */
  category1Total(band: CsvBand): number {
    return (band.to as number) <= RM30 ? 50 : roundToNearest(mid(band) * 225, 10000, 10);
  },
  /** 1.25 % × mid rounded to the nearest 10 sen (exception ≤ RM30 → 30 sen). */
  category2Employer(band: CsvBand): number {
    return (band.to as number) <= RM30 ? 30 : roundToNearest(mid(band) * 125, 10000, 10);
  },
  /** 0.2 % × mid rounded up to the next 5 sen; employer = employee. */
  eisEach(band: CsvBand): number {
    return roundUpTo(mid(band) * 2, 1000, 5);
  },
  /** LINDUNG phase 2: 1.0 % × mid, exact. */
  lindungPhase2(band: CsvBand): number {
    return mid(band) / 100;
  },
  /** LINDUNG phase 3: 1.25 % × mid rounded to the nearest 10 sen. */
  lindungPhase3(band: CsvBand): number {
    return roundToNearest(mid(band) * 125, 10000, 10);
  },
};

const banded = (file: string) => readCsvBands(file).filter((b) => b.to !== null);
const ceilingOf = (file: string) => readCsvBands(file).find((b) => b.to === null) as CsvBand;
const lastBandOf = (file: string) => banded(file).at(-1) as CsvBand;

describe('§1.2 rounding rules reproduce every banded row of the CSVs', () => {
  it.each(['2016-06', '2022-09', '2024-10'])('SOCSO Category 1, %s', (stamp) => {
    // §1.1 names one row the 2.25 % rule does not give (88.90): the top band of the RM4,000 table,
    // 69.05 / 19.75 / 88.80, read in a real 2021 SOCSO file. It is checked on its own below.
    const documentedException = (b: CsvBand) => stamp === '2016-06' && b.from === 390001;
    for (const band of banded(`socso_first_${stamp}.csv`).filter((b) => !documentedException(b))) {
      const employee = oracle.category1Employee(band);
      const total = oracle.category1Total(band);
      expect({ line: band.line, employee, employer: total - employee, total }).toEqual({
        line: band.line,
        employee: band.employee,
        employer: band.employer,
        total: band.total,
      });
    }
  });
  it.each(['2016-06', '2022-09', '2024-10'])('SOCSO Category 2, %s', (stamp) => {
    for (const band of banded(`socso_second_${stamp}.csv`)) {
      expect({ line: band.line, employer: oracle.category2Employer(band), employee: 0 }).toEqual({ line: band.line, employer: band.employer, employee: band.employee });
    }
  });
  it.each(['2018-01', '2022-09', '2024-10'])('EIS, %s', (stamp) => {
    for (const band of banded(`eis_${stamp}.csv`)) {
      const each = oracle.eisEach(band);
      expect({ line: band.line, employer: each, employee: each }).toEqual({ line: band.line, employer: band.employer, employee: band.employee });
    }
  });
  it.each([
    'socso_first_2016-06.csv',
    'socso_first_2022-09.csv',
    'socso_first_2024-10.csv',
    'socso_second_2016-06.csv',
    'socso_second_2022-09.csv',
    'socso_second_2024-10.csv',
    'eis_2018-01.csv',
    'eis_2022-09.csv',
    'eis_2024-10.csv',
    'skbbk_phase1_2026-06.csv',
  ])('%s: the ceiling row repeats the last band', (file) => {
    const ceiling = ceilingOf(file);
    const last = lastBandOf(file);
    expect(ceiling.from).toBe((last.to as number) + 1);
    expect([ceiling.employer, ceiling.employee, ceiling.total]).toEqual([last.employer, last.employee, last.total]);
  });
  it('the 2016-06 top band is 69.05 / 19.75 / 88.80 as §1.1 says', () => {
    expect(lastBandOf('socso_first_2016-06.csv')).toMatchObject({ from: 390001, to: 400000, employer: 6905, employee: 1975, total: 8880 });
  });
});

describe('LINDUNG 24 Jam phases 2 and 3 (DERIVED) against the oracle', () => {
  const phase1 = banded('skbbk_phase1_2026-06.csv');
  const cases = [
    { phase: 2, months: ['2028-06', '2031-05'], amount: oracle.lindungPhase2 },
    { phase: 3, months: ['2031-06', '2040-01'], amount: oracle.lindungPhase3 },
  ];
  describe.each(cases)('phase $phase', ({ phase, months, amount }) => {
    it.each(months)('in %s: every band at edges and midpoint, and the ceiling', (month) => {
      for (const band of phase1) {
        for (const wagesSen of [band.from, band.to as number, Math.floor((band.from + (band.to as number)) / 2)]) {
          const r = calculateContributions({ month, wagesSen, person: { dateOfBirth: '1990-01-01', nationality: 'citizen' } });
          expect(r.lindung.phase).toBe(phase);
          expect({ line: band.line, wagesSen, employee: r.lindung.employeeSen, employer: r.lindung.employerSen }).toEqual({
            line: band.line,
            wagesSen,
            employee: amount(band),
            employer: 0,
          });
        }
      }
      const last = phase1.at(-1) as CsvBand;
      const top = calculateContributions({ month, wagesSen: 2_000_000, person: { dateOfBirth: '1990-01-01', nationality: 'citizen' } });
      expect(top.lindung.employeeSen).toBe(amount(last));
    });
  });
  it('matches the statute rows: RM59.50 (phase 2) and RM74.40 (phase 3) at the ceiling', () => {
    const person = { dateOfBirth: '1990-01-01', nationality: 'citizen' } as const;
    expect(calculateContributions({ month: '2028-06', wagesSen: 700_000, person }).lindung.employeeSen).toBe(5950);
    expect(calculateContributions({ month: '2031-06', wagesSen: 700_000, person }).lindung.employeeSen).toBe(7440);
  });
  it('phase 3 equals the Category 2 employer amount on every band above RM30', () => {
    const cat2 = banded('socso_second_2024-10.csv');
    for (const band of phase1.filter((b) => (b.to as number) > RM30)) {
      const twin = cat2.find((b) => b.from === band.from) as CsvBand;
      expect(oracle.lindungPhase3(band), `line ${band.line}`).toBe(twin.employer);
    }
  });
});
