// Every worked example of EPF.md §6 marked match=yes (epf_worked_examples.csv), through
// calculateEpf. The expected amounts are read from the CSV; what the CSV says in words (which
// edition, how the wages split into salary and bonus, any election) is written here by hand, one
// line per example. "11 % editions" are tried in every edition with an 11 % employee rate.
import { describe, expect, it } from 'vitest';
import { calculateEpf, type EpfPerson } from '../../../shared/epf';
import { readRecords, sen } from './spec-files';

const ELEVEN_PERCENT = ['2018-06', '2019-05', '2022-07', '2024-03', '2025-10', '2026-07'];
/** Editions in which Part A's employer column is the same (2018-01 … 2025-10 and on). */
const EVERY_EMPLOYER_MONTH = ['2018-01', '2019-01', '2020-04', '2021-06', '2022-07', '2025-10', '2026-12'];

interface Case {
  months: string[];
  wagesSen: number;
  bonusSen: number;
  person?: Partial<EpfPerson>;
}

const CASES: Record<string, Case> = {
  EX01: { months: ELEVEN_PERCENT, wagesSen: 110_000, bonusSen: 0 },
  EX02: { months: ['2025-10', '2025-11'], wagesSen: 298_500, bonusSen: 0 },
  EX03: { months: EVERY_EMPLOYER_MONTH, wagesSen: 155_505, bonusSen: 0 },
  EX04: { months: EVERY_EMPLOYER_MONTH, wagesSen: 555_505, bonusSen: 0 },
  // Salary 1,555.05 + bonus 4,100: employer 13 % × 5,655.05 = 735.1565 → 736.
  EX05: { months: EVERY_EMPLOYER_MONTH, wagesSen: 155_505, bonusSen: 410_000 },
  // Salary 5,555.05 + bonus 1,000: normal wages above RM5,000, so the table on 6,555.05.
  EX06: { months: EVERY_EMPLOYER_MONTH, wagesSen: 555_505, bonusSen: 100_000 },
  EX07: { months: ['2020-04', '2020-12'], wagesSen: 402_000, bonusSen: 0 },
  EX08: { months: ['2020-04', '2020-12'], wagesSen: 402_000, bonusSen: 0, person: { keep11Percent: true } },
  EX09: { months: ELEVEN_PERCENT, wagesSen: 184_978, bonusSen: 0 },
  EX10: { months: ELEVEN_PERCENT, wagesSen: 820_000, bonusSen: 0 },
  EX11: { months: ELEVEN_PERCENT, wagesSen: 500_000, bonusSen: 0 },
  EX12: { months: ['2024-01', '2024-12'], wagesSen: 600_000, bonusSen: 0 },
  // Employer voluntary excess of 5 percentage points: 18 % × 4,000 = 720.
  EX13: {
    months: ELEVEN_PERCENT,
    wagesSen: 400_000,
    bonusSen: 0,
    person: { employerVoluntaryExcessBp: 500 },
  },
  // 17 % × 6,250 = 1,062.50 → 1,063.
  EX14: {
    months: ELEVEN_PERCENT,
    wagesSen: 625_000,
    bonusSen: 0,
    person: { employerVoluntaryExcessBp: 500 },
  },
  EX15: { months: ELEVEN_PERCENT, wagesSen: 575_000, bonusSen: 0 },
  // Salary 3,000 + bonus 2,500: employer 13 % × 5,500 = 715.
  EX16: { months: ELEVEN_PERCENT, wagesSen: 300_000, bonusSen: 250_000 },
  // Salary 2,900 + bonus 5,800: employee from the table on 8,700.
  EX17: { months: ELEVEN_PERCENT, wagesSen: 290_000, bonusSen: 580_000 },
  EX18: { months: ELEVEN_PERCENT, wagesSen: 200_000, bonusSen: 0 },
  EX19: { months: ELEVEN_PERCENT, wagesSen: 350_000, bonusSen: 0 },
  EX20: { months: ['2016-03', '2017-12'], wagesSen: 54_000, bonusSen: 0 },
  EX21: { months: ['2025-10', '2026-05'], wagesSen: 1_001, bonusSen: 0, person: { status: 'foreign' } },
  EX22: { months: ['2025-10', '2027-01'], wagesSen: 500_001, bonusSen: 0 },
  // Salary 3,000 + bonus 2,456.89: employer 13 % × 5,456.89 = 709.3957 → 710; employee table 5,400.01–5,500 → 605.
  EX23: { months: ELEVEN_PERCENT, wagesSen: 300_000, bonusSen: 245_689 },
};

const BASE: EpfPerson = {
  dateOfBirth: '1990-06-15',
  status: 'citizen',
  keep11Percent: false,
  foreignDomesticServant: false,
};
const money = (text: string | undefined): number | null =>
  text === undefined || text.trim() === '' ? null : sen(text);
const examples = readRecords('epf_worked_examples.csv');

describe('EPF.md §6 worked examples', () => {
  it('every match=yes example has a case here (and the CSV has the 23 of §6)', () => {
    expect(examples).toHaveLength(23);
    expect(Object.keys(CASES).sort()).toEqual(
      examples
        .filter((e) => e.match === 'yes')
        .map((e) => e.id)
        .sort(),
    );
  });

  it.each(examples.filter((e) => e.match === 'yes'))('$id: Part $part, $wages_rm ($basis)', (example) => {
    const c = CASES[example.id as string] as Case;
    expect(c.wagesSen + c.bonusSen, 'the case adds up to the example’s wages').toBe(
      sen(example.wages_rm as string),
    );
    const expected = {
      employer: money(example.published_employer) ?? money(example.rule_employer),
      employee: money(example.published_employee) ?? money(example.rule_employee),
      total: money(example.published_total),
    };
    // Where both are given, the published and the rule values agree (that is what match=yes says).
    if (money(example.published_employer) !== null && money(example.rule_employer) !== null)
      expect(money(example.published_employer)).toBe(money(example.rule_employer));
    for (const month of c.months) {
      const r = calculateEpf({
        wageMonth: month,
        wagesSen: c.wagesSen,
        bonusSen: c.bonusSen,
        person: { ...BASE, ...c.person },
      });
      const where = `${example.id} in ${month}`;
      expect(r.part, where).toBe(example.part);
      if (expected.employer !== null) expect(r.employerSen, where).toBe(expected.employer);
      if (expected.employee !== null) expect(r.employeeSen, where).toBe(expected.employee);
      if (expected.total !== null) expect(r.employerSen + r.employeeSen, where).toBe(expected.total);
    }
  });
});
