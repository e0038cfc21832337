// Every band of every Third Schedule table, at its lower and upper edge, in the first and the last
// wage month of its edition, through calculateEpf: the amounts must be the CSV's, which this test
// reads itself (spec-files.ts), and the part and table the ones the person and month call for.
import { describe, expect, it } from 'vitest';
import { calculateEpf, type EpfPerson, type EpfStatus } from '../../../shared/epf';
import { partTables, readBands } from './spec-files';

/** First and last wage month of each edition (EPF.md §1.2); the current edition is tried far ahead. */
const EDITION_MONTHS: Record<string, [string, string]> = {
  '2016-03': ['2016-03', '2017-12'],
  '2018-01': ['2018-01', '2018-12'],
  '2019-01': ['2019-01', '2020-03'],
  '2020-04': ['2020-04', '2020-12'],
  '2021-01': ['2021-01', '2022-06'],
  '2022-07': ['2022-07', '2025-09'],
  '2025-10': ['2025-10', '2031-12'],
};

/** Who is in each part (EPF.md §1.1): status and an age well inside the part's range. */
const PART_PEOPLE: Record<string, { status: EpfStatus; age: number }> = {
  A: { status: 'citizen', age: 30 },
  B: { status: 'foreign_elected', age: 30 },
  C: { status: 'pr', age: 65 },
  D: { status: 'foreign_elected', age: 65 },
  E: { status: 'citizen', age: 65 },
};

function personFor(part: string, month: string): EpfPerson {
  const { status, age } = PART_PEOPLE[part] as { status: EpfStatus; age: number };
  // Born on 1 January: aged `age` or `age − 1` in any month of the year, either way inside the part.
  return {
    dateOfBirth: `${Number(month.slice(0, 4)) - age}-01-01`,
    status,
    keep11Percent: false,
    foreignDomesticServant: false,
  };
}

describe.each(partTables())('$file', ({ file, part, edition }) => {
  const bands = readBands(file);
  it('has the 401 bands of §2.1', () => {
    expect(bands).toHaveLength(401);
    expect(bands[0]).toMatchObject({ from: 1, to: 1000 });
    expect(bands[400]).toMatchObject({ from: 1_990_001, to: 2_000_000 });
  });

  it.each(EDITION_MONTHS[edition] as [string, string])(
    'in wage month %s: every band at both edges',
    (month) => {
      const person = personFor(part, month);
      for (const band of bands) {
        for (const [edge, wagesSen] of [
          ['lower', band.from],
          ['upper', band.to],
        ] as const) {
          const r = calculateEpf({ wageMonth: month, wagesSen, bonusSen: 0, person });
          const where = `${file} line ${band.line}, ${edge} edge ${wagesSen} sen, wage month ${month}`;
          expect([r.employerSen, r.employeeSen], where).toEqual([band.employer, band.employee]);
          if (band.to <= 1000) {
            // E4: RM10.00 or less pays nothing and the part is reported as none.
            expect([r.part, r.reason], where).toEqual(['none', 'nilWages']);
          } else {
            expect([r.part, r.edition, r.tableId, r.basis], where).toEqual([
              part,
              edition,
              file.replace('.csv', ''),
              'table',
            ]);
          }
        }
      }
    },
  );
});
