// A typed contribution case → engine input → outcome, with every problem named by its column.
// Amounts: SOCSO first category 2024-10, band RM1,000.01–1,100.00 is 18.35 / 5.25; EIS 2.10 / 2.10
// (the spec tables). MyKad 900314-14-5677: born 1990-03-14 in Kuala Lumpur (code 14).
import { describe, expect, it } from 'vitest';
import { calculateContributionCase } from '../../../shared/statutory';

describe('calculateContributionCase', () => {
  it('calculates a typed case with ringgit wages and default flags', () => {
    const outcome = calculateContributionCase({ id: 'A1', month: '2024-10', wages: '1,050.00', dob: '1990-03-14' });
    expect(outcome.id).toBe('A1');
    expect(outcome.error).toBeNull();
    expect(outcome.result).toMatchObject({ category: 1, socso: { employerSen: 1835, employeeSen: 525 }, eis: { employerSen: 210, employeeSen: 210 } });
  });

  it('takes the id from the fallback when the case has none', () => {
    expect(calculateContributionCase({ month: '2024-10', wages: '1050' }, '7').id).toBe('7');
  });

  it('reads the date of birth from the MyKad number, and warns when a typed one differs (the typed one wins)', () => {
    const fromIc = calculateContributionCase({ month: '2024-10', wages: '1050', ic: '900314-14-5677' });
    expect(fromIc.result?.age).toBe(34);
    expect(fromIc.warnings).toEqual([]);
    const both = calculateContributionCase({ month: '2024-10', wages: '1050', ic: '900314-14-5677', dob: '1960-01-01' });
    expect(both.warnings).toEqual([{ key: 'statutory.input.icAndDob', params: { dateOfBirth: '1960-01-01', fromIc: '1990-03-14' } }]);
    expect(both.result?.category).toBe(2);
  });

  it('reads yes/no flags with their defaults and refuses any other word', () => {
    expect(calculateContributionCase({ month: '2026-06', wages: '1700', dob: '1990-01-01', lindung: 'NO' }).result?.lindung.status).toBe('opted_out');
    expect(calculateContributionCase({ month: '2026-06', wages: '1700', dob: '1990-01-01' }).result?.lindung.status).toBe('applies');
    expect(calculateContributionCase({ month: '2024-10', wages: '1', first_insured_at_55: 'maybe' }).error).toEqual({
      field: 'first_insured_at_55',
      key: 'statutory.input.flag',
      params: { value: 'maybe' },
    });
  });

  it('names the column of each problem, including those the engine finds', () => {
    expect(calculateContributionCase({ wages: '1' }).error).toMatchObject({ field: 'month', key: 'statutory.input.required' });
    expect(calculateContributionCase({ month: '2024-10' }).error).toMatchObject({ field: 'wages', key: 'statutory.input.required' });
    expect(calculateContributionCase({ month: '2024-10', wages: '12x' }).error).toEqual({ field: 'wages', key: 'statutory.error.wages.invalid', params: { value: '12x' } });
    expect(calculateContributionCase({ month: '2024-10', wages: '1', nationality: 'Alien' }).error).toMatchObject({ field: 'nationality', params: { value: 'alien' } });
    expect(calculateContributionCase({ month: '2024-10', wages: '1', ic: '801301-14-5677' }).error).toMatchObject({ field: 'ic' });
    expect(calculateContributionCase({ month: '2016-05', wages: '1' }).error).toMatchObject({ field: 'month' });
    expect(calculateContributionCase({ month: '2024-10', wages: '1', dob: '1990-02-30' }).error).toMatchObject({ field: 'dob' });
  });
});
