// Category and eligibility (STATUTORY.md §1.3) at every age boundary, for each nationality and
// period, with and without overrides. Expectations are written from the spec's words.
import { describe, expect, it } from 'vitest';
import { calculateContributions, StatutoryError, type Nationality, type PersonFacts } from '../../../shared/statutory';
import { translate } from '../../../shared/i18n/catalog';

const WAGES = 250_000; // RM2,500: a band present in every table

function calc(month: string, person: PersonFacts, wagesSen = WAGES) {
  return calculateContributions({ month, wagesSen, person });
}
/** Born on the 20th of (month − age years): turns `age` in `month`, and counts as that age from the next month. */
function bornToTurn(age: number, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${y - age}-${String(m).padStart(2, '0')}-20`;
}
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

const LOCALS: Nationality[] = ['citizen', 'pr', 'temporary'];
const BIRTHDAY_MONTHS = ['2019-03', '2023-01', '2025-12', '2027-06'];

describe('age takes effect from the month after the birthday (CHOSEN)', () => {
  describe.each(LOCALS)('%s', (nationality) => {
    it.each(BIRTHDAY_MONTHS)('turning 18 in %s: out of EIS that month, in EIS the next', (month) => {
      const person = { dateOfBirth: bornToTurn(18, month), nationality };
      const during = calc(month, person);
      const after = calc(nextMonth(month), person);
      expect([during.age, during.eis.eligible, during.eis.reason.key]).toEqual([17, false, 'statutory.eis.under18']);
      expect([during.eis.employerSen, during.eis.employeeSen]).toEqual([0, 0]);
      expect([after.age, after.eis.eligible]).toEqual([18, true]);
      expect(after.eis.employeeSen).toBeGreaterThan(0);
      // SOCSO Category 1 on both sides: there is no lower age limit for SOCSO.
      expect([during.category, after.category]).toEqual([1, 1]);
    });

    it.each(BIRTHDAY_MONTHS)('turning 55 in %s, first insured at 55+: Category 1 that month, Category 2 the next', (month) => {
      const late = { dateOfBirth: bornToTurn(55, month), nationality, firstInsuredAt55: true };
      const during = calc(month, late);
      const after = calc(nextMonth(month), late);
      expect(during.category).toBe(1);
      expect(during.explanation.map((e) => e.key)).toContain('statutory.explain.lateInsuredIgnored');
      expect([after.category, after.socso.reason.key, after.socso.employeeSen]).toEqual([2, 'statutory.category.lateFirstInsured', 0]);
      // Without the fact, 55 changes nothing.
      const usual = { dateOfBirth: bornToTurn(55, month), nationality };
      expect(calc(nextMonth(month), usual).category).toBe(1);
      // The late-entry fact does not touch EIS.
      expect(after.eis.eligible).toBe(true);
    });

    it.each(BIRTHDAY_MONTHS)('turning 57 in %s with no EIS before 57: in EIS that month, out the next', (month) => {
      const late = { dateOfBirth: bornToTurn(57, month), nationality, noEisBefore57: true };
      expect(calc(month, late).eis.eligible).toBe(true);
      const after = calc(nextMonth(month), late);
      expect([after.eis.eligible, after.eis.reason.key, after.eis.employerSen]).toEqual([false, 'statutory.eis.noEisBefore57', 0]);
      expect(after.category).toBe(1);
      // Having paid EIS before 57: stays in until 60.
      expect(calc(nextMonth(month), { dateOfBirth: bornToTurn(57, month), nationality }).eis.eligible).toBe(true);
    });

    it.each(BIRTHDAY_MONTHS)('turning 60 in %s: Category 1 and EIS that month, Category 2 and no EIS the next', (month) => {
      const person = { dateOfBirth: bornToTurn(60, month), nationality };
      const during = calc(month, person);
      const after = calc(nextMonth(month), person);
      expect([during.age, during.category, during.eis.eligible]).toEqual([59, 1, true]);
      expect([after.age, after.category, after.eis.eligible]).toEqual([60, 2, false]);
      expect([after.socso.reason.key, after.eis.reason.key]).toEqual(['statutory.category.senior', 'statutory.eis.senior']);
      expect(after.socso.employeeSen).toBe(0);
    });
  });

  it('the day of birth does not matter, only the month', () => {
    const first = calc('2025-07', { dateOfBirth: '1965-06-01', nationality: 'citizen' });
    const last = calc('2025-07', { dateOfBirth: '1965-06-30', nationality: 'citizen' });
    expect([first.age, last.age]).toEqual([60, 60]);
    expect(calc('2025-06', { dateOfBirth: '1965-06-01', nationality: 'citizen' }).age).toBe(59);
  });
});

describe('foreign workers', () => {
  const young = { dateOfBirth: '1995-05-05', nationality: 'foreign' as const };
  it('are outside SOCSO before 2019-01 (category null, nothing payable) and never in EIS', () => {
    const r = calc('2018-12', young);
    expect([r.category, r.socso.status, r.socso.employerSen, r.socso.reason.key]).toEqual([null, 'not_covered', 0, 'statutory.socso.notCovered.foreignBefore2019']);
    expect([r.eis.eligible, r.eis.reason.key]).toEqual([false, 'statutory.eis.foreign']);
    expect(r.totals.totalSen).toBe(0);
  });
  it.each(['2019-01', '2022-09', '2024-06'])('are Category 2 whatever their age in %s', (month) => {
    const r = calc(month, young);
    expect([r.category, r.socso.reason.key, r.socso.employeeSen, r.eis.eligible]).toEqual([2, 'statutory.category.foreign2019to2024', 0, false]);
  });
  it('follow the rules for locals from 2024-07 (Category 1 under 60, Category 2 from 60), still without EIS', () => {
    expect([calc('2024-07', young).category, calc('2024-07', young).eis.eligible]).toEqual([1, false]);
    const turning60 = { dateOfBirth: bornToTurn(60, '2025-02'), nationality: 'foreign' as const };
    expect([calc('2025-02', turning60).category, calc('2025-03', turning60).category]).toEqual([1, 2]);
  });
  it('turning 18 changes nothing about EIS', () => {
    const teen = { dateOfBirth: bornToTurn(18, '2025-02'), nationality: 'foreign' as const };
    expect([calc('2025-02', teen).eis.eligible, calc('2025-03', teen).eis.eligible]).toEqual([false, false]);
  });
});

describe('domestic workers', () => {
  it('are not covered before 2021-06', () => {
    for (const nationality of ['citizen', 'foreign'] as const) {
      const r = calc('2021-05', { dateOfBirth: '1990-01-01', nationality, domesticWorker: true });
      expect([r.category, r.socso.status, r.eis.eligible, r.totals.totalSen]).toEqual([null, 'not_covered', false, 0]);
      expect(r.socso.reason.key).toBe('statutory.socso.notCovered.domesticBefore2021');
    }
  });
  it('locals pay SOCSO and EIS from 2021-06', () => {
    const r = calc('2021-06', { dateOfBirth: '1990-01-01', nationality: 'citizen', domesticWorker: true });
    expect([r.category, r.eis.eligible]).toEqual([1, true]);
  });
  it('foreign domestic workers pay SOCSO only (Category 2 until 2024-06, then as locals)', () => {
    const person = { dateOfBirth: '1990-01-01', nationality: 'foreign' as const, domesticWorker: true };
    expect([calc('2021-06', person).category, calc('2021-06', person).eis.eligible]).toEqual([2, false]);
    expect([calc('2024-07', person).category, calc('2024-07', person).eis.eligible]).toEqual([1, false]);
  });
});

describe('schemes by month', () => {
  const adult = { dateOfBirth: '1990-01-01', nationality: 'citizen' as const };
  it('refuses months before 2016-06 with a clear error', () => {
    const error = (() => {
      try {
        calc('2016-05', adult);
      } catch (e) {
        return e;
      }
    })() as StatutoryError;
    expect(error).toBeInstanceOf(StatutoryError);
    expect([error.code, error.key, error.field]).toEqual(['UNSUPPORTED', 'statutory.error.month.tooEarly', 'month']);
    expect(translate('en', error.key, error.params)).toContain('May 2016 is earlier');
    expect(translate('ms', error.key, error.params)).toContain('Jun 2016');
    expect(() => calc('2016-06', adult)).not.toThrow();
  });
  it('EIS does not apply before 2018-01 and says why', () => {
    const before = calc('2017-12', adult);
    expect([before.eis.status, before.eis.eligible, before.eis.employerSen, before.eis.reason.key]).toEqual(['not_in_force', false, 0, 'statutory.eis.notInForce']);
    expect(before.socso.employerSen).toBeGreaterThan(0);
    expect(calc('2018-01', adult).eis.eligible).toBe(true);
  });
  it('LINDUNG applies from 2026-06 in phases 1, 2 (2028-06) and 3 (2031-06)', () => {
    expect([calc('2026-05', adult).lindung.status, calc('2026-05', adult).lindung.employeeSen]).toEqual(['not_in_force', 0]);
    expect(['2026-06', '2028-05', '2028-06', '2031-05', '2031-06'].map((m) => calc(m, adult).lindung.phase)).toEqual([1, 1, 2, 2, 3]);
  });
  it('LINDUNG applies to both categories, every age and foreign workers', () => {
    for (const person of [
      { dateOfBirth: '1950-01-01', nationality: 'citizen' as const },
      { dateOfBirth: '2012-01-01', nationality: 'citizen' as const },
      { dateOfBirth: '1990-01-01', nationality: 'foreign' as const },
      { dateOfBirth: null, nationality: 'pr' as const },
    ]) {
      const r = calc('2026-06', person);
      expect([r.lindung.status, r.lindung.employeeSen > 0, r.lindung.employerSen]).toEqual(['applies', true, 0]);
    }
  });
  it('LINDUNG can be switched off per employee (opt-out)', () => {
    const r = calc('2026-06', { ...adult, paysLindung: false });
    expect([r.lindung.status, r.lindung.employeeSen, r.lindung.reason.key]).toEqual(['opted_out', 0, 'statutory.lindung.optedOut']);
  });
});

describe('overrides (with a reason)', () => {
  const adult = { dateOfBirth: '1990-01-01', nationality: 'citizen' as const };
  it('set the category either way and say so', () => {
    const toTwo = calc('2024-10', { ...adult, overrides: { category: { value: 2, reason: 'invalidity pensioner (letter 2024)' } } });
    expect([toTwo.category, toTwo.socso.overridden, toTwo.socso.employeeSen]).toEqual([2, true, 0]);
    expect(translate('en', toTwo.socso.reason.key, toTwo.socso.reason.params)).toContain('invalidity pensioner (letter 2024)');
    const senior = { dateOfBirth: '1950-01-01', nationality: 'citizen' as const };
    expect(calc('2024-10', { ...senior, overrides: { category: { value: 1, reason: 'PERKESO confirmed' } } }).category).toBe(1);
  });
  it('set EIS eligibility either way, even for a foreign worker, but never before EIS existed', () => {
    const foreign = { dateOfBirth: '1990-01-01', nationality: 'foreign' as const, overrides: { eis: { eligible: true, reason: 'PERKESO letter' } } };
    expect(calc('2025-01', foreign).eis.eligible).toBe(true);
    expect(calc('2017-06', foreign).eis.status).toBe('not_in_force');
    const out = calc('2025-01', { ...adult, overrides: { eis: { eligible: false, reason: 'contributed elsewhere' } } });
    expect([out.eis.eligible, out.eis.overridden, out.eis.employeeSen]).toEqual([false, true, 0]);
  });
  it('apply across the age boundaries (an override beats turning 60)', () => {
    const person = { dateOfBirth: bornToTurn(60, '2025-05'), nationality: 'citizen' as const, overrides: { eis: { eligible: true, reason: 'test' } } };
    expect(calc('2025-06', person).eis.eligible).toBe(true);
    expect(calc('2025-06', person).category).toBe(2);
  });
  it('set LINDUNG either way', () => {
    const on = calc('2026-06', { ...adult, paysLindung: false, overrides: { lindung: { applies: true, reason: 'asked to rejoin' } } });
    expect([on.lindung.status, on.lindung.employeeSen > 0]).toEqual(['applies', true]);
    const off = calc('2026-06', { ...adult, overrides: { lindung: { applies: false, reason: 'exempted' } } });
    expect([off.lindung.status, off.lindung.employeeSen]).toEqual(['opted_out', 0]);
  });
  it('are refused without a reason', () => {
    expect(() => calc('2024-10', { ...adult, overrides: { category: { value: 2, reason: '  ' } } })).toThrow(StatutoryError);
    expect(() => calc('2024-10', { ...adult, overrides: { eis: { eligible: true, reason: '' } } })).toThrow(/override/);
  });
});

describe('input errors', () => {
  const adult = { dateOfBirth: '1990-01-01', nationality: 'citizen' as const };
  it.each([
    ['2024-13', 'statutory.error.month.format'],
    ['24-10', 'statutory.error.month.format'],
  ])('month %s → %s', (month, key) => {
    expect(() => calc(month, adult)).toThrow(expect.objectContaining({ key, field: 'month' }));
  });
  it('refuses negative or fractional sen', () => {
    expect(() => calc('2024-10', adult, -1)).toThrow(expect.objectContaining({ key: 'statutory.error.wages.invalid' }));
    expect(() => calc('2024-10', adult, 1.5)).toThrow(expect.objectContaining({ key: 'statutory.error.wages.invalid' }));
  });
  it('refuses an impossible date of birth, or one after the month', () => {
    expect(() => calc('2024-10', { ...adult, dateOfBirth: '1990-02-30' })).toThrow(expect.objectContaining({ key: 'statutory.error.dateOfBirth.format' }));
    expect(() => calc('2024-10', { ...adult, dateOfBirth: '2024-11-01' })).toThrow(expect.objectContaining({ key: 'statutory.error.dateOfBirth.afterMonth' }));
  });
  it('refuses an unknown nationality', () => {
    expect(() => calc('2024-10', { dateOfBirth: null, nationality: 'martian' as Nationality })).toThrow(expect.objectContaining({ key: 'statutory.error.nationality' }));
  });
  it('without a date of birth, treats the person as of working age and says so', () => {
    const r = calc('2024-10', { dateOfBirth: null, nationality: 'citizen' });
    expect([r.age, r.category, r.eis.eligible]).toEqual([null, 1, true]);
    expect(r.explanation[0]?.key).toBe('statutory.explain.age.unknown');
  });
  it('every sentence of an explanation exists in English and Malay', () => {
    const people: PersonFacts[] = [
      { dateOfBirth: '1960-01-01', nationality: 'citizen', firstInsuredAt55: true, noEisBefore57: true },
      { dateOfBirth: '2010-01-01', nationality: 'foreign', domesticWorker: true, paysLindung: false },
      { dateOfBirth: null, nationality: 'pr', overrides: { category: { value: 2, reason: 'r' }, eis: { eligible: false, reason: 'r' }, lindung: { applies: false, reason: 'r' } } },
    ];
    for (const month of ['2017-01', '2018-06', '2020-01', '2026-06', '2029-01', '2032-01']) {
      for (const person of people) {
        for (const item of calc(month, person, 700_000).explanation) {
          expect(translate('en', item.key, item.params)).not.toBe(item.key);
          expect(translate('ms', item.key, item.params)).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});
