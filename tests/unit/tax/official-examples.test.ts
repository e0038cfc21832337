// Every one of LHDN's worked examples (official_examples.json): inputs from the file, expected
// values from the file — the amount to deduct and every intermediate LHDN printed (K2, P, M, R, B,
// Step 1[C], Step 1[E], Step 2's K2 and P, Step 3, Step 4) — never from the code under test.
import { describe, expect, it } from 'vitest';
import { calculatePcb, type PcbInput, type PcbResult } from '../../../shared/tax';
import { readSpecFile, senOf } from './spec-data';

interface Case {
  id: string;
  ya: number;
  month?: number;
  category?: 1 | 2 | 3;
  residency: 'resident' | 'non_resident';
  reliefs?: Record<'D' | 'S' | 'DU' | 'SU' | 'QC', string>;
  accumulated?: Record<'sumY' | 'sumK' | 'X' | 'Z' | 'sumLP', string>;
  current: Record<'Y1' | 'K1' | 'LP1' | 'Yt' | 'Kt' | 'zakat_current', string>;
  expected: Record<string, string | number>;
  reproduced_by_rule?: Record<string, string | number>;
}

const cases = (JSON.parse(readSpecFile('official_examples.json')) as { cases: Case[] }).cases;
/** Q, the relief per qualifying child, is RM2,000 in every year of the file ("each RM2,000"). */
const Q_SEN = 200_000;

function inputOf(c: Case): PcbInput {
  const relief = c.reliefs;
  const acc = c.accumulated ?? { sumY: '0', sumK: '0', X: '0', Z: '0', sumLP: '0' };
  return {
    yearOfAssessment: c.ya,
    // The non-resident examples name no month: the flat rate does not depend on it.
    month: c.month ?? 1,
    employee: {
      resident: c.residency === 'resident',
      category: c.category ?? 1,
      disabled: relief !== undefined && senOf(relief.DU) > 0,
      spouseDisabled: relief !== undefined && senOf(relief.SU) > 0,
      // QC = Q × C with ordinary children only in these examples: C = QC ÷ 2,000 (6,000 → 3).
      children: { qualifying: relief === undefined ? 0 : senOf(relief.QC) / Q_SEN, higherEducation: 0, disabled: 0, disabledHigherEducation: 0 },
    },
    yearToDate: { sumYSen: senOf(acc.sumY), sumKSen: senOf(acc.sumK), xSen: senOf(acc.X), zSen: senOf(acc.Z), sumLpSen: senOf(acc.sumLP) },
    current: {
      y1Sen: senOf(c.current.Y1),
      k1Sen: senOf(c.current.K1),
      lp1Sen: senOf(c.current.LP1),
      ytSen: senOf(c.current.Yt),
      ktSen: senOf(c.current.Kt),
      zakatSen: senOf(c.current.zakat_current),
    },
  };
}

/** Where each figure of the file is in the result (R as basis points: 6 % = 600 = senOf("6")). */
const FIGURES: Record<string, (r: PcbResult) => number | undefined> = {
  K2: (r) => r.normal?.income.k2Sen,
  P: (r) => r.normal?.income.pSen,
  M: (r) => r.normal?.income.band.mSen,
  R: (r) => r.normal?.income.band.rateBp,
  B: (r) => r.normal?.income.bSen,
  annual_tax_normal: (r) => r.normal?.income.taxSen,
  mtd_step_C_truncated: (r) => r.normal?.mtdSen,
  mtd_normal_rounded: (r) => r.normal?.roundedSen,
  step1E_total_mtd_year: (r) => r.additional?.step1ESen,
  K2_with_AR: (r) => r.additional?.income.k2Sen,
  P_with_AR: (r) => r.additional?.income.pSen,
  M_with_AR: (r) => r.additional?.income.band.mSen,
  R_with_AR: (r) => r.additional?.income.band.rateBp,
  B_with_AR: (r) => r.additional?.income.bSen,
  total_tax_with_AR: (r) => r.additional?.income.taxSen,
  mtd_additional_step4: (r) => r.additional?.step4AfterMinimumSen,
  mtd_total_payable: (r) => r.pcbSen,
};

describe("LHDN's official worked examples", () => {
  it('has all ten cases', () => {
    expect(cases.map((c) => c.id)).toEqual([
      'L1-EX5-JAN',
      'L1-EX5-FEB',
      'L1-EX5-MAR',
      'L1-EX5-APR-AR',
      'L1-NONRES',
      'L2-EX-2019-JAN',
      'L2-EX-2019-FEB',
      'L2-EX-2019-MAR',
      'L2-EX-2019-APR-AR',
      'L2-NONRES-2019',
    ]);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = calculatePcb(inputOf(c));
    const figures = { ...c.reproduced_by_rule, ...c.expected };
    for (const [name, value] of Object.entries(figures)) {
      const read = FIGURES[name];
      expect(read, `no mapping for the file's figure ${name}`).toBeDefined();
      expect(read!(result), `${c.id}: ${name}`).toBe(senOf(value));
    }
    if (c.reliefs) {
      expect(result.reliefs).toMatchObject({
        dSen: senOf(c.reliefs.D),
        sSen: senOf(c.reliefs.S),
        duSen: senOf(c.reliefs.DU),
        suSen: senOf(c.reliefs.SU),
        qcSen: senOf(c.reliefs.QC),
      });
    }
    if (c.residency === 'non_resident') expect(result.nonResident).not.toBeNull();
  });
});
