// All message catalogues, merged. To add an area: create messages/<area>.ts with defineMessages
// and list it here. Keys are namespaced by area ("companies.title") so areas never collide.
import { DEFAULT_LOCALE, type Locale } from './define';
import { formatTemplate, type MessageParams } from './format';
import { common } from './messages/common';
import { companies } from './messages/companies';
import { backups } from './messages/backups';
import { mykad } from './messages/mykad';
import { records } from './messages/records';
import { importMessages } from './messages/import';
import { shell } from './messages/shell';
import { statutory } from './messages/statutory';
import { epf } from './messages/epf';
import { portal } from './messages/portal';
import { uiRecords } from './messages/ui-records';
import { assist } from './messages/assist';
import { monthEnd } from './messages/month-end';
import { uiMonthEnd } from './messages/ui-month-end';
import { uiFiles } from './messages/ui-files';
import { uiOnboarding } from './messages/ui-onboarding';
import { payroll } from './messages/payroll';
import { tax } from './messages/tax';
import { desktop } from './messages/desktop';
import { storage } from './messages/storage';
import { cli } from './messages/cli';
import { cliHelp } from './messages/cli-help';
import { pay } from './messages/pay';
import { payrollRecords } from './messages/payroll-records';
import { uiPayrollRecords } from './messages/ui-payroll-records';
import { monthFiles } from './messages/month-files';
import { payslips } from './messages/payslips';
import { payrollReports } from './messages/payroll-reports';
import { uiPayroll } from './messages/ui-payroll';
import { ea } from './messages/ea';
import { payHours } from './messages/pay-hours';
import { uiPayrollCorrections } from './messages/ui-payroll-corrections';

const areas = [common, companies, backups, records, importMessages, shell, mykad, statutory, epf, assist, uiRecords, portal, monthEnd, uiMonthEnd, uiFiles, uiOnboarding, payroll, tax, desktop, storage, cli, cliHelp, pay, payrollRecords, uiPayrollRecords, monthFiles, payslips, payrollReports, uiPayroll, ea, payHours, uiPayrollCorrections] as const;

type Area = (typeof areas)[number];
export type MessageKey = Area extends infer A ? (A extends { en: infer E } ? keyof E & string : never) : never;

const catalogues: Record<Locale, Record<string, string>> = { en: {}, ms: {} };
for (const area of areas) {
  for (const [key, text] of Object.entries(area.en)) {
    if (key in catalogues.en) throw new Error(`Duplicate message key ${key}`);
    catalogues.en[key] = text;
  }
  Object.assign(catalogues.ms, area.ms);
}

export type { MessageParams } from './format';

export function hasMessage(key: string): key is MessageKey {
  return key in catalogues.en;
}

/** The template of a key in the locale (English when the locale lacks it), or undefined. */
function templateOf(locale: Locale, key: string): string | undefined {
  return catalogues[locale][key] ?? catalogues.en[key];
}

/**
 * Looks a key up in the locale, falls back to English, then to the key itself (never throws).
 * Templates may choose plural forms, write months by name and dates as DD/MM/YYYY, and say a
 * nested message (see format.ts).
 */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = templateOf(locale, key);
  if (template === undefined) return key;
  return formatTemplate(template, params, { locale, lookup: (nested) => templateOf(locale, nested) });
}

/** The raw template of a key (tests compare the two languages' parameters). */
export function templateFor(locale: Locale, key: string): string | undefined {
  return catalogues[locale][key];
}

export function allKeys(locale: Locale = DEFAULT_LOCALE): string[] {
  return Object.keys(catalogues[locale]);
}

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './define';
