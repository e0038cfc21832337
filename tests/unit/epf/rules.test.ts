// The CHOSEN rules E1–E7 at their edges, worked by hand from EPF.md (the amounts are the spec's
// table rows or ⌈rate × wages⌉ computed in the comments).
import { describe, expect, it } from 'vitest';
import { calculateEpf, EpfError, type EpfInput, type EpfPerson, type EpfResult } from '../../../shared/epf';
import { translate } from '../../../shared/i18n/catalog';

const CITIZEN: EpfPerson = {
  dateOfBirth: '1990-06-15',
  status: 'citizen',
  keep11Percent: false,
  foreignDomesticServant: false,
};

function calc(wageMonth: string, wagesSen: number, person: Partial<EpfPerson> = {}, bonusSen = 0): EpfResult {
  return calculateEpf({ wageMonth, wagesSen, bonusSen, person: { ...CITIZEN, ...person } });
}
const shares = (r: EpfResult) => [r.part, r.employerSen, r.employeeSen];
const text = (r: EpfResult, locale: 'en' | 'ms' = 'en') =>
  r.explanation.map((e) => translate(locale, e.key, e.params)).join('\n');
/** Born on the 20th of (month − age years): turns `age` in `month`, and counts as that age from the next month. */
const bornToTurn = (age: number, month: string) =>
  `${Number(month.slice(0, 4)) - age}-${month.slice(5, 7)}-20`;
const next = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

// RM3,000: band 2,980.01–3,000. Part A 13 %/11 %: 390/330; Part C 6.5 %/5.5 %: 195/165; Part E 4 %: 120/0;
// Part B/D: RM5 and the employee column. Part F: 2 % = 60/60.
const W = 300_000;

describe('E1: the 60+ part from the month after the 60th birthday; nothing from the month after the 75th', () => {
  it.each(['2019-03', '2023-01', '2025-12', '2027-06'])(
    'a citizen turning 60 in %s: Part A that month, Part E the next',
    (month) => {
      const person = { dateOfBirth: bornToTurn(60, month) };
      expect([calc(month, W, person).age, ...shares(calc(month, W, person))]).toEqual([
        59,
        'A',
        39_000,
        33_000,
      ]);
      expect([calc(next(month), W, person).age, ...shares(calc(next(month), W, person))]).toEqual([
        60,
        'E',
        12_000,
        0,
      ]);
    },
  );
  it('a citizen turning 60 in 2017-05 goes to Part C (before Part E began); turning 60 in 2018-12, to Part E in 2019-01', () => {
    const early = { dateOfBirth: bornToTurn(60, '2017-05') };
    // 2016-03 edition Part C: 6.5 % × 3,000 = 195; employee 4 % = 120.
    expect(shares(calc('2017-06', W, early))).toEqual(['C', 19_500, 12_000]);
    expect(calc('2017-06', W, early).reason).toBe('citizenSixtyPlusBeforePartE');
    expect(text(calc('2017-06', W, early))).toContain('Part C: Malaysian citizen aged 60 or over');
    const late = { dateOfBirth: bornToTurn(60, '2018-12') };
    expect(shares(calc('2018-12', W, late))).toEqual(['A', 39_000, 33_000]);
    expect(shares(calc('2019-01', W, late))).toEqual(['E', 12_000, 0]);
    // Already 60+ in 2018-12 (Part C, 5.5 %), Part E from 2019-01.
    const older = { dateOfBirth: '1955-01-10' };
    expect(shares(calc('2018-12', W, older))).toEqual(['C', 19_500, 16_500]);
    expect(shares(calc('2019-01', W, older))).toEqual(['E', 12_000, 0]);
  });
  it.each([
    ['pr', 'C', 19_500, 16_500],
    ['pre1998', 'C', 19_500, 16_500],
    ['foreign_elected', 'D', 500, 16_500],
  ] as const)(
    '%s turning 60 in 2024-08: Part A/B that month, Part %s the next',
    (status, sixtyPart, employer, employee) => {
      const person = { status, dateOfBirth: bornToTurn(60, '2024-08') };
      expect(calc('2024-08', W, person).part).toBe(status === 'foreign_elected' ? 'B' : 'A');
      expect(shares(calc('2024-09', W, person))).toEqual([sixtyPart, employer, employee]);
    },
  );
  it.each([
    ['citizen', 'E'],
    ['pr', 'C'],
    ['foreign', 'F'],
    ['foreign_elected', 'F'],
  ] as const)('%s turning 75 in 2026-03: Part %s that month, nothing from 2026-04', (status, part) => {
    const person = { status, dateOfBirth: bornToTurn(75, '2026-03') };
    expect([calc('2026-03', W, person).age, calc('2026-03', W, person).part]).toEqual([74, part]);
    const after = calc('2026-04', W, person);
    expect([after.age, ...shares(after), after.reason]).toEqual([75, 'none', 0, 0, 'age75']);
    expect(text(after)).toContain('contributions stop from the month after the 75th birthday');
  });
  it('Part F has no 60 step (all ages to 75)', () => {
    expect(shares(calc('2026-01', W, { status: 'foreign', dateOfBirth: '1960-01-01' }))).toEqual([
      'F',
      6_000,
      6_000,
    ]);
  });
  it('the day of birth does not matter, only the month', () => {
    expect([
      calc('2025-07', W, { dateOfBirth: '1965-06-01' }).part,
      calc('2025-07', W, { dateOfBirth: '1965-06-30' }).part,
    ]).toEqual(['E', 'E']);
    expect(calc('2025-06', W, { dateOfBirth: '1965-06-01' }).part).toBe('A');
  });
  it('without a date of birth: below 60, and the explanation says so', () => {
    const r = calc('2026-07', W, { dateOfBirth: null });
    expect([r.age, ...shares(r)]).toEqual([null, 'A', 39_000, 33_000]);
    expect(text(r)).toContain('No date of birth');
  });
});

describe('E2 and E3: the employee-rate cuts and keeping 11 %', () => {
  // RM4,020: band 4,000.01–4,020. 7 % → ⌈281.4⌉ = 282; 9 % → ⌈361.8⌉ = 362; 11 % → ⌈442.2⌉ = 443; 8 % → ⌈321.6⌉ = 322.
  const WAGES = 402_000;
  it('cut rates by wage month: 8 % (2016-03 … 2017-12), 11 %, 7 % (2020-04 … 2020-12), 9 % (2021-01 … 2022-06), 11 %', () => {
    const months = [
      '2016-03',
      '2017-12',
      '2018-01',
      '2020-03',
      '2020-04',
      '2020-12',
      '2021-01',
      '2022-06',
      '2022-07',
    ];
    expect(months.map((m) => calc(m, WAGES).employeeSen)).toEqual([
      32_200, 32_200, 44_300, 44_300, 28_200, 28_200, 36_200, 36_200, 44_300,
    ]);
    expect(text(calc('2020-05', WAGES))).toContain('Employee rate 7 % for wages April 2020 to December 2020');
  });
  it('E2: Part B takes the cuts too, and says that this is our reading', () => {
    const elected = { status: 'foreign_elected' as const };
    expect(shares(calc('2020-05', WAGES, elected))).toEqual(['B', 500, 28_200]);
    expect(shares(calc('2021-05', WAGES, elected))).toEqual(['B', 500, 36_200]);
    expect(text(calc('2021-05', WAGES, elected))).toContain('EPF.md E2');
    expect(shares(calc('2016-05', WAGES, elected))).toEqual(['B', 500, 32_200]);
    expect(text(calc('2016-05', WAGES, elected))).not.toContain('EPF.md E2');
  });
  it('E3: keeping 11 % applies from 2020-04 to 2022-06, in Parts A and B', () => {
    const keep = { keep11Percent: true };
    for (const month of ['2020-04', '2020-12', '2021-01', '2022-06']) {
      const r = calc(month, WAGES, keep);
      expect([r.keep11, r.employeeSen, r.employerSen, r.employeeTableId], month).toEqual([
        'applied',
        44_300,
        52_300,
        'epf_partA_2019-01',
      ]);
    }
    expect(calc('2021-03', WAGES, { ...keep, status: 'foreign_elected' }).employeeSen).toBe(44_300);
    expect(text(calc('2020-06', WAGES, keep))).toContain('keeps 11 % (Borang KWSP 17A)');
  });
  it('E3: not in the 2016–2017 cut, nor outside the cut periods, nor in the 60+ parts — and says so', () => {
    const keep = { keep11Percent: true };
    expect([calc('2017-06', WAGES, keep).keep11, calc('2017-06', WAGES, keep).employeeSen]).toEqual([
      'outside_period',
      32_200,
    ]);
    expect([calc('2020-03', WAGES, keep).keep11, calc('2022-07', WAGES, keep).keep11]).toEqual([
      'outside_period',
      'outside_period',
    ]);
    expect(text(calc('2017-06', WAGES, keep))).toContain('applies only to wages April 2020 to June 2022');
    const sixtyPlus = calc('2021-03', WAGES, { ...keep, status: 'pr', dateOfBirth: '1955-01-01' });
    // Part C, 5.5 % of the band top 4,020 = 221.1 → 222, unchanged.
    expect([sixtyPlus.part, sixtyPlus.keep11, sixtyPlus.employeeSen]).toEqual([
      'C',
      'not_below_60_part',
      22_200,
    ]);
  });
  it('E3 above RM20,000: 11 % of the actual wages', () => {
    // 11 % × 25,000.50 = 2,750.055 → 2,751; without: 9 % → 2,250.045 → 2,251.
    expect(calc('2021-03', 2_500_050, { keep11Percent: true }).employeeSen).toBe(275_100);
    expect(calc('2021-03', 2_500_050).employeeSen).toBe(225_100);
  });
});

describe('E4: RM10.00 or less pays nothing (part none)', () => {
  it.each(['2016-03', '2022-07', '2025-10'])(
    'in %s: RM0.00, RM0.01 and RM10.00 pay nothing, RM10.01 pays the first band',
    (month) => {
      for (const wages of [0, 1, 1_000])
        expect([...shares(calc(month, wages)), calc(month, wages).reason]).toEqual([
          'none',
          0,
          0,
          'nilWages',
        ]);
      // 10.01–20.00: ⌈13 % × 20⌉ = 3, ⌈8 % × 20⌉ = 2 (2016) or ⌈11 % × 20⌉ = 3.
      expect(shares(calc(month, 1_001))).toEqual(['A', 300, month === '2016-03' ? 200 : 300]);
    },
  );
  it('the total of wages and bonus counts: RM10.00 + RM0.01 bonus contributes', () => {
    expect(calc('2024-01', 1_000, {}, 1).part).toBe('A');
    expect(text(calc('2024-01', 1_000))).toContain('RM10.00 are RM10.00 or less');
    expect(text(calc('2024-01', 0))).toContain('No EPF wages this month');
  });
});

describe('E5: a bonus lifting wages of RM5,000 or less above RM5,000 (Part A only)', () => {
  it('the RM5,000.00 / RM5,000.01 cliff without a bonus: 650/550, then 612/561', () => {
    expect(shares(calc('2026-01', 500_000))).toEqual(['A', 65_000, 55_000]);
    expect(shares(calc('2026-01', 500_001))).toEqual(['A', 61_200, 56_100]);
  });
  it('RM5,000.00 + RM0.01 bonus: employer ⌈13 % × 5,000.01⌉ = 651, employee from the 5,000.01–5,100 row (561)', () => {
    const r = calc('2026-01', 500_000, {}, 1);
    expect([r.basis, ...shares(r)]).toEqual(['bonus_rule', 'A', 65_100, 56_100]);
    expect(text(r)).toContain('13 % of RM5,000.01 = RM651');
  });
  it('normal wages above RM5,000 with a bonus: the 12 % table on the total', () => {
    // 5,000.01 + 1,000 = 6,000.01 → row 6,000.01–6,100: ⌈12 % × 6,100⌉ = 732, ⌈11 % × 6,100⌉ = 671.
    const r = calc('2026-01', 500_001, {}, 100_000);
    expect([r.basis, ...shares(r)]).toEqual(['table', 'A', 73_200, 67_100]);
  });
  it('a bonus that keeps the total at RM5,000 or less: the table', () => {
    expect([
      calc('2026-01', 400_000, {}, 100_000).basis,
      calc('2026-01', 400_000, {}, 100_000).employerSen,
    ]).toEqual(['table', 65_000]);
  });
  it('Part C: no bonus rule, the 6 % table on the total', () => {
    // PR aged 65: 4,000 + 2,000 = 6,000 → row 5,900.01–6,000: ⌈6 % × 6,000⌉ = 360, ⌈5.5 % × 6,000⌉ = 330.
    const r = calc('2026-01', 400_000, { status: 'pr', dateOfBirth: '1960-01-01' }, 200_000);
    expect([r.basis, ...shares(r)]).toEqual(['table', 'C', 36_000, 33_000]);
  });
  it('a bonus taking the total above RM20,000: employer 13 %, employee 11 %, each rounded up', () => {
    // 4,000 + 20,000.01 = 24,000.01: 13 % = 3,120.0013 → 3,121; 11 % = 2,640.0011 → 2,641.
    const r = calc('2026-01', 400_000, {}, 2_000_001);
    expect([r.basis, ...shares(r)]).toEqual(['bonus_rule', 'A', 312_100, 264_100]);
  });
  it('the bonus is explained as part of the EPF wages', () => {
    expect(text(calc('2026-01', 300_000, {}, 250_000))).toContain(
      'EPF wages RM5,500.00 = wages RM3,000.00 + bonus RM2,500.00',
    );
  });
});

describe('E6: above RM20,000, each share rounded up separately', () => {
  it('RM20,000.00 is the last row (2,400/2,200); RM20,000.01 is 12 %/11 % of the wages, rounded up: 2,401/2,201', () => {
    expect([calc('2026-01', 2_000_000).basis, ...shares(calc('2026-01', 2_000_000))]).toEqual([
      'table',
      'A',
      240_000,
      220_000,
    ]);
    expect([calc('2026-01', 2_000_001).basis, ...shares(calc('2026-01', 2_000_001))]).toEqual([
      'above_table',
      'A',
      240_100,
      220_100,
    ]);
  });
  it('each share separately: 12 % × 20,004.17 = 2,400.5004 → 2,401 and 11 % = 2,200.4587 → 2,201 (one rounding of the total would give 4,601)', () => {
    expect(shares(calc('2026-01', 2_000_417))).toEqual(['A', 240_100, 220_100]);
  });
  it('Part E above RM20,000: 4 % and nothing; Part D: RM5 and 5.5 %', () => {
    expect(shares(calc('2026-01', 3_000_000, { dateOfBirth: '1960-01-01' }))).toEqual(['E', 120_000, 0]);
    // 5.5 % × 30,000 = 1,650.
    expect(
      shares(calc('2024-01', 3_000_000, { status: 'foreign_elected', dateOfBirth: '1960-01-01' })),
    ).toEqual(['D', 500, 165_000]);
  });
});

describe('E7: foreign workers', () => {
  it('not elected: nothing before October 2025 wages, Part F from them', () => {
    const foreign = { status: 'foreign' as const };
    expect([...shares(calc('2025-09', W, foreign)), calc('2025-09', W, foreign).reason]).toEqual([
      'none',
      0,
      0,
      'foreignNotElected',
    ]);
    expect(shares(calc('2025-10', W, foreign))).toEqual(['F', 6_000, 6_000]);
  });
  it('elected: Part B until September 2025 wages, Part F from October 2025', () => {
    expect(shares(calc('2025-09', W, { status: 'foreign_elected' }))).toEqual(['B', 500, 33_000]);
    expect(shares(calc('2025-10', W, { status: 'foreign_elected' }))).toEqual(['F', 6_000, 6_000]);
  });
  it('Part F: RM10.00 nothing, RM10.01 → 1 + 1, RM1,000.00 → 20 + 20, RM1,000.01 → 21 + 21, RM25,000 → 500 + 500', () => {
    const foreign = { status: 'foreign' as const };
    expect(
      [1_000, 1_001, 100_000, 100_001, 2_500_000].map((w) => shares(calc('2026-02', w, foreign))),
    ).toEqual([
      ['none', 0, 0],
      ['F', 100, 100],
      ['F', 2_000, 2_000],
      ['F', 2_100, 2_100],
      ['F', 50_000, 50_000],
    ]);
  });
  it('foreign domestic servants: nothing from October 2025 (elected or not); before it the election stands', () => {
    for (const status of ['foreign', 'foreign_elected'] as const) {
      const r = calc('2025-10', W, { status, foreignDomesticServant: true });
      expect([...shares(r), r.reason]).toEqual(['none', 0, 0, 'foreignDomestic']);
      expect(text(r)).toContain('foreign domestic servants are outside Part F');
    }
    expect(calc('2025-09', W, { status: 'foreign_elected', foreignDomesticServant: true }).part).toBe('B');
  });
  it('the domestic flag changes nothing for a citizen, and says so', () => {
    const r = calc('2025-10', W, { foreignDomesticServant: true });
    expect([...shares(r), r.domesticFlagIgnored]).toEqual(['A', 39_000, 33_000, true]);
    expect(text(r)).toContain('only matters for non-citizens');
  });
});

describe('voluntary excess (EPF.md §2.6, our method: the whole elected rate on the actual wages)', () => {
  it('employer +5 points at RM4,000: 18 % = 720 (statutory 520); employee unchanged', () => {
    const r = calc('2026-01', 400_000, { employerVoluntaryExcessBp: 500 });
    expect([r.employerSen, r.employerStatutorySen, r.employeeSen]).toEqual([72_000, 52_000, 44_000]);
    expect(text(r)).toContain('18 % of RM4,000.00 = RM720');
  });
  it('employee +2 points at RM3,000: 13 % = 390; never below the table share', () => {
    expect(calc('2026-01', W, { employeeVoluntaryExcessBp: 200 }).employeeSen).toBe(39_000);
    // 2,980.01: table 330 (band top 3,000); 11 % + 0.01 = 11.01 % × 2,980.01 = 328.1 → 329 < 330: the table stands.
    expect(calc('2026-01', 298_001, { employeeVoluntaryExcessBp: 1 }).employeeSen).toBe(33_000);
  });
  it('Part B: RM5 plus the extra percentage', () => {
    // 1 % of 3,000 = 30 → 5 + 30.
    expect(
      calc('2024-01', W, { status: 'foreign_elected', employerVoluntaryExcessBp: 100 }).employerSen,
    ).toBe(3_500);
  });
  it('is refused when not a whole number of basis points from 0 to 10000', () => {
    expect(() => calc('2026-01', W, { employerVoluntaryExcessBp: -1 })).toThrow(
      expect.objectContaining({
        key: 'epf.error.voluntaryExcess',
        field: 'person.employerVoluntaryExcessBp',
      }),
    );
    expect(() => calc('2026-01', W, { employeeVoluntaryExcessBp: 2.5 })).toThrow(EpfError);
    expect(() => calc('2026-01', W, { employeeVoluntaryExcessBp: 10_001 })).toThrow(EpfError);
  });
});

describe('months and input errors', () => {
  const tryCalc = (input: Partial<EpfInput>) => () =>
    calculateEpf({ wageMonth: '2026-01', wagesSen: W, bonusSen: 0, person: CITIZEN, ...input });
  it('refuses wage months before March 2016 with a clear error in both languages', () => {
    let error: EpfError | null = null;
    try {
      tryCalc({ wageMonth: '2016-02' })();
    } catch (e) {
      error = e as EpfError;
    }
    expect(error).toBeInstanceOf(EpfError);
    expect([error!.code, error!.key, error!.field]).toEqual([
      'UNSUPPORTED',
      'epf.error.month.tooEarly',
      'wageMonth',
    ]);
    expect(translate('en', error!.key, error!.params)).toContain('February 2016 is earlier');
    expect(translate('ms', error!.key, error!.params)).toContain('Mac 2016');
    expect(tryCalc({ wageMonth: '2016-03' })).not.toThrow();
  });
  it.each(['2016-3', '2026-13', '', 'March'])('refuses the month "%s"', (wageMonth) => {
    expect(tryCalc({ wageMonth })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', key: 'epf.error.month.format' }),
    );
  });
  it('refuses negative, fractional or absurd amounts', () => {
    expect(tryCalc({ wagesSen: -1 })).toThrow(
      expect.objectContaining({ key: 'epf.error.wages.invalid', field: 'wagesSen' }),
    );
    expect(tryCalc({ wagesSen: 10.5 })).toThrow(expect.objectContaining({ key: 'epf.error.wages.invalid' }));
    expect(tryCalc({ bonusSen: -100 })).toThrow(
      expect.objectContaining({ key: 'epf.error.bonus.invalid', field: 'bonusSen' }),
    );
    expect(tryCalc({ wagesSen: 1_000_000_000, bonusSen: 1 })).toThrow(
      expect.objectContaining({ key: 'epf.error.bonus.invalid' }),
    );
  });
  it('refuses an impossible date of birth, or one after the wage month, and an unknown status', () => {
    expect(tryCalc({ person: { ...CITIZEN, dateOfBirth: '1990-02-30' } })).toThrow(
      expect.objectContaining({ key: 'epf.error.dateOfBirth.format' }),
    );
    expect(tryCalc({ person: { ...CITIZEN, dateOfBirth: '1990-1-01' } })).toThrow(
      expect.objectContaining({ key: 'epf.error.dateOfBirth.format' }),
    );
    expect(tryCalc({ person: { ...CITIZEN, dateOfBirth: '2026-02-01' } })).toThrow(
      expect.objectContaining({ key: 'epf.error.dateOfBirth.afterMonth' }),
    );
    expect(tryCalc({ person: { ...CITIZEN, status: 'martian' as never } })).toThrow(
      expect.objectContaining({ key: 'epf.error.status', field: 'person.status' }),
    );
  });
});

describe('explanation', () => {
  it('reads as the issue writes it: "Part A, band RM2,980.01–3,000.00: employer RM390, employee RM330"', () => {
    const r = calc('2025-11', 298_500);
    expect(text(r)).toContain('Part A, band RM2,980.01–3,000.00: employer RM390, employee RM330');
    expect(text(r, 'ms')).toContain('Bahagian A, jalur RM2,980.01–3,000.00: majikan RM390, pekerja RM330');
  });
  it('says the contribution month is the next one (E8)', () => {
    expect([calc('2025-12', W).contributionMonth, calc('2026-07', W).contributionMonth]).toEqual([
      '2026-01',
      '2026-08',
    ]);
  });
  it('every sentence of every kind of result exists in English and Malay, with every parameter filled', () => {
    const people: Partial<EpfPerson>[] = [
      {},
      { dateOfBirth: null, keep11Percent: true, foreignDomesticServant: true },
      { dateOfBirth: '1950-01-01' },
      { dateOfBirth: '1940-01-01' },
      { status: 'pr', dateOfBirth: '1955-03-03', keep11Percent: true },
      { status: 'pre1998' },
      { status: 'pre1998', dateOfBirth: '1950-01-01' },
      { status: 'foreign' },
      { status: 'foreign_elected', employerVoluntaryExcessBp: 100, employeeVoluntaryExcessBp: 50 },
      { status: 'foreign_elected', dateOfBirth: '1955-01-01' },
      { status: 'foreign', foreignDomesticServant: true },
      { employerVoluntaryExcessBp: 500 },
    ];
    const cases: [number, number][] = [
      [0, 0],
      [900, 0],
      [300_000, 0],
      [300_000, 250_000],
      [2_500_000, 0],
      [400_000, 2_000_001],
    ];
    for (const month of ['2016-05', '2018-06', '2020-06', '2021-06', '2023-01', '2025-10', '2027-03']) {
      for (const person of people) {
        for (const [wagesSen, bonusSen] of cases) {
          const r = calc(month, wagesSen, person, bonusSen);
          expect(r.explanation.length).toBeGreaterThan(1);
          for (const e of r.explanation) {
            for (const locale of ['en', 'ms'] as const) {
              const said = translate(locale, e.key, e.params);
              expect(said, `${e.key} in ${locale}`).not.toBe(e.key);
              expect(said, `${e.key} in ${locale}`).not.toMatch(/\{\w+\}/);
            }
          }
        }
      }
    }
  });
  it('is plain data in JSON, with the contribution month and the explanation', () => {
    const json = JSON.parse(JSON.stringify(calc('2026-07', W))) as Record<string, unknown>;
    expect(json).toMatchObject({
      wageMonth: '2026-07',
      contributionMonth: '2026-08',
      part: 'A',
      employerSen: 39_000,
      employeeSen: 33_000,
    });
    expect(Array.isArray(json.explanation)).toBe(true);
  });
});
