// A result's explanation is put together when first read (calculate.ts). What crosses IPC must
// still carry it: structured clone keeps data, not getters, so the calculator's outcomes and JSON
// are plain data with the explanation in them.
import { describe, expect, it } from 'vitest';
import { calculateContributionCase, calculateContributions, contributionResultData } from '../../../shared/statutory';

const INPUT = { month: '2026-08', wagesSen: 250_000, person: { dateOfBirth: '1990-03-14', nationality: 'citizen' as const } };

describe('a result as data', () => {
  it('the explanation is the same each time it is read, and in the order age, category, SOCSO band, EIS, EIS band, LINDUNG, LINDUNG band', () => {
    const r = calculateContributions(INPUT);
    expect(r.explanation).toBe(r.explanation);
    expect(r.explanation.map((e) => e.key)).toEqual([
      'statutory.explain.age',
      'statutory.category.under60',
      'statutory.explain.socso.band',
      'statutory.eis.eligible',
      'statutory.explain.eis.band',
      'statutory.lindung.applies',
      'statutory.explain.lindung.band',
    ]);
    // Worked by hand: 1990-03 to 2026-08 is 36 birthdays before August 2026; RM2,500.00 is in the 2,400.01–2,500.00 band.
    expect(r.explanation[0]?.params).toEqual({ age: 36, month: '2026-08' });
    expect(r.explanation[2]?.params).toMatchObject({ from: 'RM2,400.01', to: 'RM2,500.00', category: 1 });
  });

  it('survives structured clone (IPC) and JSON only as data: the calculator outcome and contributionResultData carry the explanation', () => {
    const r = calculateContributions(INPUT);
    expect(structuredClone(r).explanation).toBeUndefined(); // why the data copies below exist
    expect(structuredClone(contributionResultData(r)).explanation).toEqual(r.explanation);
    expect(JSON.parse(JSON.stringify(r)).explanation).toEqual(JSON.parse(JSON.stringify(r.explanation)));
    const outcome = calculateContributionCase({ month: '2026-08', wages: '2500', dob: '1990-03-14' });
    const sent = structuredClone(outcome);
    expect(sent.result?.explanation.map((e) => e.key)).toEqual(r.explanation.map((e) => e.key));
    expect(sent.result?.totals).toEqual(r.totals);
  });

  it('wages of RM0.00 and no date of birth say so first, and no band is named', () => {
    const r = calculateContributions({ month: '2026-08', wagesSen: 0, person: { nationality: 'citizen' } });
    expect(r.explanation.map((e) => e.key)).toEqual(['statutory.explain.wages.zero', 'statutory.explain.age.unknown', 'statutory.category.under60', 'statutory.eis.eligible', 'statutory.lindung.applies']);
  });
});
