// Issue 12 item 8: months in messages by name in the language of the message ("Mei 2016", "May
// 2016"), dates as DD/MM/YYYY — never "2016-05" or "2026-12-01" — whether the message is said by
// the renderer, the main process (an error's message) or the CLI. Every message whose parameter is
// a month or a date by its name formats it ({month, month}, {date, date}); a new template with a
// plain {month} fails here.
import { describe, expect, it } from 'vitest';
import { allKeys, templateFor, translate, type Locale } from '../../../shared/i18n/catalog';
import { templateParams } from '../../../shared/i18n/format';

/** Parameters that hold a month (YYYY-MM) or a list of them, wherever they appear. */
const MONTH_PARAMS = new Set(['month', 'months', 'forMonth', 'paidMonth', 'wageMonth', 'hireMonth', 'leaveMonth', 'maxMonth', 'edition']);
/** Parameters that hold a date (YYYY-MM-DD). */
const DATE_PARAMS = new Set(['date', 'finalisedAt', 'generatedAt', 'fromMyKad', 'createdAt', 'today']);
/**
 * Where the raw form is meant: an Excel sheet's name (31 characters at most, and it sorts);
 * LHDN's working, where {month} and {months} are numbers (month 7, n + 1 = 6); a count of months.
 */
const RAW_ON_PURPOSE = [/^payrollReports\.(journal|summary|paymentList)\.sheet$/, /^tax\.working\./, /^ea\.ui\.summary$/];

const LOCALES: Locale[] = ['ms', 'en'];

describe('months and dates in messages are written the Malaysian way (issue 12 item 8)', () => {
  it('says a month before June 2016 by name in both languages, with no raw "2016-06"', () => {
    expect(translate('en', 'statutory.error.month.tooEarly', { month: '2016-05' })).toBe(
      'Caruman calculates contributions from June 2016 onwards; May 2016 is earlier. Use the PERKESO tables of that time for older months.',
    );
    expect(translate('ms', 'statutory.error.month.tooEarly', { month: '2016-05' })).toBe(
      'Caruman mengira caruman mulai Jun 2016; Mei 2016 lebih awal. Gunakan jadual PERKESO pada masa itu untuk bulan yang lebih lama.',
    );
    expect(translate('ms', 'epf.error.month.tooEarly', { month: '2016-02', first: '2016-03' })).toBe(
      'Caruman mengira KWSP bagi gaji mulai Mac 2016; Februari 2016 lebih awal. Gunakan Jadual Ketiga KWSP ketika itu bagi bulan yang lebih lama.',
    );
  });

  it('names each month of a list ({months, months}), and dates DD/MM/YYYY', () => {
    expect(translate('en', 'payroll.error.earlierMonthsOpen', { month: '2026-09', months: '2026-07, 2026-08' })).toContain('July 2026, August 2026');
    expect(translate('ms', 'payroll.error.earlierMonthsOpen', { month: '2026-09', months: '2026-07, 2026-08' })).toContain('Julai 2026, Ogos 2026');
    expect(translate('en', 'payroll.cli.finalisedOn', { month: '2026-07', date: '2026-08-03' })).toBe('July 2026 was finalised on 03/08/2026: these are the figures as paid.');
    // Said again where the renderer already wrote the words: unchanged.
    expect(translate('ms', 'payroll.cli.finalisedOn', { month: 'Julai 2026', date: '03/08/2026' })).toBe('Julai 2026 dimuktamadkan pada 03/08/2026: inilah angka seperti yang dibayar.');
  });

  it('no message shows a month or date parameter raw, in either language', () => {
    const raw: string[] = [];
    let checked = 0;
    for (const key of allKeys('en')) {
      if (RAW_ON_PURPOSE.some((pattern) => pattern.test(key))) continue;
      for (const locale of LOCALES) {
        const template = templateFor(locale, key) ?? '';
        const names = templateParams(template);
        if (!names.some((n) => MONTH_PARAMS.has(n) || DATE_PARAMS.has(n))) continue;
        checked += 1;
        // Plural parameters get a number; every other one a word that shows where it went.
        const params = Object.fromEntries(names.map((n) => [n, MONTH_PARAMS.has(n) ? '2026-12' : DATE_PARAMS.has(n) ? '2026-12-01' : 1]));
        const said = translate(locale, key, params);
        if (/2026-12/.test(said)) raw.push(`${locale} ${key}: ${said}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(raw).toEqual([]);
  });
});
