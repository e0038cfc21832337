import { describe, expect, it } from 'vitest';
import { parseMyKad } from '../../../shared/mykad';
import { translate } from '../../../shared/i18n/catalog';

const TODAY = { today: '2026-03-15' };

describe('parseMyKad', () => {
  it('reads a number with or without dashes (or spaces)', () => {
    for (const text of ['800101-14-5677', '800101145677', ' 800101 14 5677 ']) {
      const r = parseMyKad(text, TODAY);
      expect(r.ok && r.value).toMatchObject({ digits: '800101145677', formatted: '800101-14-5677', dateOfBirth: '1980-01-01', gender: 'male', placeOfBirthCode: '14', warnings: [] });
    }
  });

  it('reads the gender from the last digit: odd male, even female', () => {
    const female = parseMyKad('900715-10-1234', TODAY);
    expect(female.ok && female.value.gender).toBe('female');
    const male = parseMyKad('900715-10-1235', TODAY);
    expect(male.ok && male.value.gender).toBe('male');
  });

  describe('century rule: 20YY unless that is in the future or makes the person younger than 14', () => {
    it.each([
      ['050101-10-1111', '2005-01-01'], // 21 years old in 2026
      ['120315-10-1111', '2012-03-15'], // turns 14 exactly today
      ['120316-10-1111', '1912-03-16'], // would be 13 today
      ['250101-10-1111', '1925-01-01'], // 20YY makes a one-year-old
      ['300101-10-1111', '1930-01-01'], // 20YY is in the future
      ['991231-10-1111', '1999-12-31'],
      ['000229-10-1111', '2000-02-29'], // 2000 was a leap year
    ])('%s → %s', (ic, date) => {
      const r = parseMyKad(ic, TODAY);
      expect(r.ok && r.value.dateOfBirth).toBe(date);
    });
  });

  it('warns (but accepts) a place-of-birth code that is not issued', () => {
    for (const code of ['00', '17', '20', '69', '70', '73', '80', '81', '94', '97']) {
      const r = parseMyKad(`800101-${code}-5677`, TODAY);
      expect(r.ok, code).toBe(true);
      if (r.ok) {
        expect(r.value.placeOfBirthIssued).toBe(false);
        expect(r.value.warnings).toEqual([{ key: 'mykad.warning.placeOfBirth', params: { code } }]);
      }
    }
    for (const code of ['01', '16', '21', '59', '60', '68', '71', '72', '74', '79', '82', '93', '98', '99']) {
      const r = parseMyKad(`800101-${code}-5677`, TODAY);
      expect(r.ok && r.value.warnings, code).toEqual([]);
    }
  });

  it.each([
    ['', 'mykad.error.empty'],
    ['80010114567', 'mykad.error.length'],
    ['8001011456789', 'mykad.error.length'],
    ['800101-14-567A', 'mykad.error.characters'],
    ['A00101145677', 'mykad.error.characters'],
    ['8001-0114-5677', 'mykad.error.separators'],
    ['801301-14-5677', 'mykad.error.date'],
    ['800100-14-5677', 'mykad.error.date'],
    ['800231-14-5677', 'mykad.error.date'],
    ['810229-14-5677', 'mykad.error.date'], // 1981 was not a leap year
  ])('%j is refused with %s', (text, key) => {
    const r = parseMyKad(text, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.key).toBe(key);
      expect(translate('en', r.error.key, r.error.params)).not.toMatch(/\{\w+\}/);
      expect(translate('ms', r.error.key, r.error.params)).not.toBe(r.error.key);
    }
  });

  it('names the wrong count of digits in the message', () => {
    const r = parseMyKad('80010114567', TODAY);
    expect(!r.ok && translate('en', r.error.key, r.error.params)).toBe('A MyKad number has 12 digits; "80010114567" has 11.');
  });
});
