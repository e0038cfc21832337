import { describe, expect, it } from 'vitest';
import { allKeys, templateFor, translate } from '../../shared/i18n/catalog';
import { formatTemplate, parseTemplate, templateParams, TemplateError } from '../../shared/i18n/format';

describe('message catalogues', () => {
  it('have the same keys in Malay and English', () => {
    expect(allKeys('ms').sort()).toEqual(allKeys('en').sort());
  });

  it('parse, use the same parameters in both languages, and have no empty text', () => {
    for (const key of allKeys('en')) {
      const en = templateFor('en', key) ?? '';
      const ms = templateFor('ms', key) ?? '';
      expect(en.trim(), key).not.toBe('');
      expect(ms.trim(), key).not.toBe('');
      expect(() => parseTemplate(en), key).not.toThrow();
      expect(() => parseTemplate(ms), key).not.toThrow();
      expect(templateParams(ms), key).toEqual(templateParams(en));
    }
  });

  it('say a counted thing in its plural form, never "thing(s)" (issue 12: no "1 cells")', () => {
    for (const key of allKeys('en')) {
      const en = templateFor('en', key) ?? '';
      if (en.includes('{count')) expect(en, key).not.toMatch(/[a-z]\(s\)/);
    }
    const filed = (count: number) => translate('en', 'payroll.unlock.receiptsFiled', { count, month: '2026-03', receipts: 'X' });
    expect(filed(1)).toMatch(/^1 receipt was already filed for March 2026/);
    expect(filed(2)).toMatch(/^2 receipts were already filed/);
  });

  it('name LINDUNG by its statutory name, "LINDUNG 24 Jam" (the payslip said "LINDUNG 24/7")', () => {
    for (const locale of ['en', 'ms'] as const) {
      for (const key of allKeys(locale)) expect(templateFor(locale, key) ?? '', `${locale} ${key}`).not.toMatch(/LINDUNG 24\s*\/\s*7|LINDUNG 24 Hours/i);
    }
    expect(translate('ms', 'payslips.deduction.lindung')).toBe('LINDUNG 24 Jam (kemalangan bukan kerja)');
  });

  it('fills placeholders and falls back to the key for unknown messages', () => {
    expect(translate('en', 'companies.created', { name: 'Kedai' })).toBe('Company “Kedai” added.');
    expect(translate('ms', 'companies.created', { name: 'Kedai' })).toBe('Syarikat “Kedai” ditambah.');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});

describe('templates', () => {
  const say = (template: string, params: Record<string, string | number>, locale: 'en' | 'ms' = 'en') =>
    formatTemplate(template, params, { locale, lookup: (key) => ({ 'x.inner': 'inner {n} of {month, month}' })[key] });

  it('choose the plural form of the language: "1 cell", "2 cells", "0 cells"; Malay has one form', () => {
    const cells = '{count, plural, one {# cell} other {# cells}} to check';
    expect(say(cells, { count: 1 })).toBe('1 cell to check');
    expect(say(cells, { count: 2 })).toBe('2 cells to check');
    expect(say(cells, { count: 0 })).toBe('0 cells to check');
    expect(say('{count, plural, =0 {no cells} one {# cell} other {# cells}}', { count: 0 })).toBe('no cells');
    // Intl.PluralRules('ms') knows only "other": the Malay sentence is the same for 1 and 5.
    expect(say('{count, plural, one {# sel (one)} other {# sel}}', { count: 1 }, 'ms')).toBe('1 sel');
  });

  it('write months by name, dates as DD/MM/YYYY, and say a nested message with the same parameters', () => {
    expect(say('Due {month, month}', { month: '2026-12' })).toBe('Due December 2026');
    expect(say('Due {month, month}', { month: '2026-12' }, 'ms')).toBe('Due Disember 2026');
    expect(say('Due {month, month}', { month: 'not a month' })).toBe('Due not a month');
    // A list of months (a service's params are plain strings): each by name, in the order given.
    expect(say('Open: {months, months}', { months: '2026-03, 2026-04' }, 'ms')).toBe('Open: Mac 2026, April 2026');
    expect(say('Open: {months, months}', { months: '2026-12,2027-01' })).toBe('Open: December 2026, January 2027');
    expect(say('Open: {months, months}', { months: '2026-03' })).toBe('Open: March 2026');
    expect(say('By {date, date}', { date: '2026-12-15' })).toBe('By 15/12/2026');
    // A stored instant is its day in Malaysia (UTC+8): 17:30 UTC on 1 December is 01:30 on the 2nd.
    expect(say('On {date, date}', { date: '2026-12-01T17:30:00.000Z' })).toBe('On 02/12/2026');
    expect(say('On {date, date}', { date: '2026-12-01T15:59:59.000Z' })).toBe('On 01/12/2026');
    expect(translate('en', 'payrollReports.pack.finalised', { month: '2026-11', date: '2026-12-02T03:30:31.400Z' })).toBe(
      'November 2026 is finalised (on 02/12/2026): these are the figures as paid.',
    );
    expect(say('Line 3: {problem, message}', { problem: 'x.inner', n: 7, month: '2026-01' })).toBe('Line 3: inner 7 of January 2026');
    expect(say('Line 3: {problem, message}', { problem: 'x.unknown' })).toBe('Line 3: x.unknown');
  });

  it('refuse malformed templates when parsed, and leave them as they are when said', () => {
    expect(() => parseTemplate('{count, plural, one {# x}}')).toThrow(TemplateError);
    expect(() => parseTemplate('{count, currency}')).toThrow(TemplateError);
    expect(() => parseTemplate('a } b')).toThrow(TemplateError);
    expect(say('{oops', {})).toBe('{oops');
    expect(templateParams('{a} {n, plural, one {# {b}} other {# {c}}}')).toEqual(['a', 'b', 'c', 'n']);
  });
});
