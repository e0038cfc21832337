// Every band of every table, at its lower edge, upper edge and midpoint, for every table period:
// the engine's amounts must be the values the test reads from the CSV files itself.
import { describe, expect, it } from 'vitest';
import { calculateContributions, type PersonFacts } from '../../../shared/statutory';
import { translate } from '../../../shared/i18n/catalog';
import { readCsvBands, rm, type CsvBand } from './spec-tables';

const ADULT: PersonFacts = { dateOfBirth: '1990-03-14', nationality: 'citizen' };
const CATEGORY_2: PersonFacts = { ...ADULT, overrides: { category: { value: 2, reason: 'test: Category 2 table' } } };

/** The wages to try in a band: lower edge, upper edge, midpoint; for the ceiling row its edge and far above. */
function probes(band: CsvBand): { what: string; wagesSen: number }[] {
  if (band.to === null) {
    return [
      { what: 'ceiling edge', wagesSen: band.from },
      { what: 'far above the ceiling', wagesSen: band.from * 5 + 12_345 },
    ];
  }
  return [
    { what: 'lower edge', wagesSen: band.from },
    { what: 'upper edge', wagesSen: band.to },
    { what: 'midpoint', wagesSen: Math.floor((band.from + band.to) / 2) },
  ];
}

/** Each period: the CSV, and the first and last contribution month it is used for (§1.1). */
const SOCSO_PERIODS = [
  { stamp: '2016-06', months: ['2016-06', '2022-08'] },
  { stamp: '2022-09', months: ['2022-09', '2024-09'] },
  { stamp: '2024-10', months: ['2024-10', '2031-12'] },
];
const EIS_PERIODS = [
  { file: 'eis_2018-01.csv', months: ['2018-01', '2022-08'] },
  { file: 'eis_2022-09.csv', months: ['2022-09', '2024-09'] },
  { file: 'eis_2024-10.csv', months: ['2024-10', '2031-12'] },
];

describe.each(SOCSO_PERIODS)('SOCSO tables of $stamp', ({ stamp, months }) => {
  const first = readCsvBands(`socso_first_${stamp}.csv`);
  const second = readCsvBands(`socso_second_${stamp}.csv`);
  it.each(months)('Category 1 in %s: every band, edges and midpoint', (month) => {
    for (const band of first) {
      for (const { what, wagesSen } of probes(band)) {
        const r = calculateContributions({ month, wagesSen, person: ADULT });
        const where = `socso_first_${stamp}.csv line ${band.line}, ${what} (${wagesSen} sen), month ${month}`;
        expect(r.category, where).toBe(1);
        expect([r.socso.employerSen, r.socso.employeeSen], where).toEqual([band.employer, band.employee]);
        expect(r.socso.tableId, where).toBe(`socso_first_${stamp}`);
      }
    }
  });
  it.each(months)('Category 2 in %s: every band, edges and midpoint', (month) => {
    for (const band of second) {
      for (const { what, wagesSen } of probes(band)) {
        const r = calculateContributions({ month, wagesSen, person: CATEGORY_2 });
        const where = `socso_second_${stamp}.csv line ${band.line}, ${what} (${wagesSen} sen), month ${month}`;
        expect(r.category, where).toBe(2);
        expect([r.socso.employerSen, r.socso.employeeSen], where).toEqual([band.employer, 0]);
        expect(r.socso.tableId, where).toBe(`socso_second_${stamp}`);
      }
    }
  });
});

describe.each(EIS_PERIODS)('EIS table $file', ({ file, months }) => {
  const bands = readCsvBands(file);
  it.each(months)('in %s: every band, edges and midpoint', (month) => {
    for (const band of bands) {
      for (const { what, wagesSen } of probes(band)) {
        const r = calculateContributions({ month, wagesSen, person: ADULT });
        const where = `${file} line ${band.line}, ${what} (${wagesSen} sen), month ${month}`;
        expect(r.eis.eligible, where).toBe(true);
        expect([r.eis.employerSen, r.eis.employeeSen], where).toEqual([band.employer, band.employee]);
      }
    }
  });
});

describe('LINDUNG 24 Jam phase 1 table', () => {
  const bands = readCsvBands('skbbk_phase1_2026-06.csv');
  it.each(['2026-06', '2028-05'])('in %s: every band, edges and midpoint, employee only', (month) => {
    for (const band of bands) {
      for (const { what, wagesSen } of probes(band)) {
        const r = calculateContributions({ month, wagesSen, person: ADULT });
        const where = `skbbk_phase1_2026-06.csv line ${band.line}, ${what} (${wagesSen} sen), month ${month}`;
        expect(r.lindung.phase, where).toBe(1);
        expect([r.lindung.employerSen, r.lindung.employeeSen], where).toEqual([0, band.employee]);
      }
    }
  });
});

describe('band edges at sen precision ("exceeds lo, not exceeding hi")', () => {
  it('RM1,000.00 is in the 900.01–1,000 band and RM1,000.01 in the next', () => {
    const bands = readCsvBands('socso_first_2024-10.csv');
    const below = bands.find((b) => b.to === 100_000) as CsvBand;
    const above = bands.find((b) => b.from === 100_001) as CsvBand;
    expect(calculateContributions({ month: '2024-10', wagesSen: 100_000, person: ADULT }).socso.employerSen).toBe(below.employer);
    expect(calculateContributions({ month: '2024-10', wagesSen: 100_001, person: ADULT }).socso.employerSen).toBe(above.employer);
  });

  it('wages of RM0.00 pay nothing in any scheme, and 1 sen pays the first band', () => {
    const zero = calculateContributions({ month: '2026-06', wagesSen: 0, person: ADULT });
    expect([zero.socso.employerSen, zero.socso.employeeSen, zero.eis.employerSen, zero.eis.employeeSen, zero.lindung.employeeSen]).toEqual([0, 0, 0, 0, 0]);
    expect(zero.totals).toEqual({ employerSen: 0, employeeSen: 0, totalSen: 0 });
    expect(zero.explanation.map((e) => e.key)).toContain('statutory.explain.wages.zero');
    const oneSen = calculateContributions({ month: '2026-06', wagesSen: 1, person: ADULT });
    const firstBand = readCsvBands('socso_first_2024-10.csv')[0] as CsvBand;
    expect(oneSen.socso.employerSen).toBe(firstBand.employer);
  });

  it('explains the band in words, e.g. "RM1,000.01 – RM1,100.00", and the ceiling', () => {
    const r = calculateContributions({ month: '2024-10', wagesSen: 105_000, person: ADULT });
    const text = r.explanation.map((e) => translate('en', e.key, e.params)).join('\n');
    expect(text).toContain('RM1,000.01 – RM1,100.00');
    expect(text).toContain('socso_first_2024-10');
    const top = calculateContributions({ month: '2024-10', wagesSen: 900_000, person: ADULT });
    const topText = top.explanation.map((e) => translate('en', e.key, e.params)).join('\n');
    expect(topText).toContain(`above ${rm(600_000)}`);
  });

  it('totals add the three schemes', () => {
    const r = calculateContributions({ month: '2026-06', wagesSen: 170_000, person: ADULT });
    expect(r.totals.employerSen).toBe(r.socso.employerSen + r.eis.employerSen + r.lindung.employerSen);
    expect(r.totals.employeeSen).toBe(r.socso.employeeSen + r.eis.employeeSen + r.lindung.employeeSen);
    expect(r.totals.totalSen).toBe(r.totals.employerSen + r.totals.employeeSen);
    // The news example of §4: RM12.35 LINDUNG at RM1,700.
    expect(r.lindung.employeeSen).toBe(1235);
  });
});
