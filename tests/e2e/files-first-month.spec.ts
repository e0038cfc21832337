// A shop owner's first month on the ASSIST files screen (issue 12), in both languages:
//  - item 2: which file to upload is unambiguous: from June 2026 the one SOCSO + EIS + LINDUNG
//    file alone ("upload this one file"); the SOCSO and EIS files are the other choice, never
//    made with it ("two uploads"); the portal guide follows the files made;
//  - item 3: a month without wages says "No wages saved for November 2026 yet" with a button to
//    the wage grid, never a raw message key;
//  - item 6: the amount to pay PERKESO, and per scheme, in sight at 1024×640 without scrolling sideways.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Company } from '../../shared/domain/company';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { test, expect, type AppHandle } from './harness';

const screenshots = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));

/** Month names written out here, not taken from the code under test. */
const NAMES: Record<Locale, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ms: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
};
const monthName = (month: string, locale: Locale) => `${NAMES[locale][Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

function lastMonth(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur', year: 'numeric', month: '2-digit' }).format(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
const MONTH = lastMonth();

const tr = (locale: Locale, key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);

function seed(app: AppHandle, withWages = true): { company: Company } {
  const company = app.services.companies.create({ name: 'Kedai Runcit Ali Enterprise', employerCode: 'A37000123456', ssmNumber: null });
  const add = (name: string, idNumber: string) =>
    app.services.employees.create(company.id, { name, idType: 'mykad', idNumber, hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03' });
  const ali = add('Ali bin Ahmad', '850505-10-5151');
  const nurul = add('Nurul Huda binti Abdullah', '900202-10-5154');
  if (withWages) {
    app.services.wages.write(company.id, MONTH, [
      { employeeId: ali.id, items: { basic: 300000 } },
      { employeeId: nurul.id, items: { basic: 180000 } },
    ], 'app');
  }
  return { company };
}

async function noRawKeys(page: Page) {
  const text = await page.locator('body').innerText();
  // A catalogue key looks like "assist.check.emptyFile": lower-case words joined by dots.
  expect(text).not.toMatch(/\b[a-z]+(\.[a-z][A-Za-z]+){2,}\b/);
}

function folderOf(app: AppHandle): string {
  const folder = path.join(app.dataDir, 'out');
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

test.beforeEach(() => fs.mkdirSync(screenshots, { recursive: true }));

for (const locale of ['en', 'ms'] as const) {
  test(`item 2: one file to upload from June 2026; the separate files are the other choice, never both (${locale})`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const { company } = seed(app);
    const folder = folderOf(app);
    await gotoApp(page, '#/files');
    const one = page.getByRole('radio', { name: tr(locale, 'files.choice.one') });
    const separate = page.getByRole('radio', { name: tr(locale, 'files.choice.separate') });
    await expect(one).toBeChecked();
    await expect(separate).not.toBeChecked();
    // No SOCSO or EIS check box can be ticked while the one file is chosen.
    await expect(page.getByLabel(tr(locale, 'assist.kind.socso'))).toHaveCount(0);
    await expect(page.getByTestId('file-card-lindung')).toBeVisible();
    await expect(page.getByTestId('file-card-socso')).toHaveCount(0);

    // The folder is chosen in the (stand-in) folder dialog when the files are written.
    app.dialogs.willChoose(folder);
    await page.getByRole('button', { name: tr(locale, 'files.write') }).click();
    const fileName = `SOCSO-EIS-LINDUNG_A37000123456_${MONTH.slice(5, 7)}${MONTH.slice(0, 4)}.txt`;
    const next = page.getByTestId('files-next');
    await expect(next).toHaveText(tr(locale, 'files.next.one', { file: fileName }));
    await expect(next).toContainText(locale === 'en' ? 'upload this one file' : 'muat naik satu fail ini');
    expect(fs.readdirSync(folder)).toEqual([fileName]);

    // The portal guide follows: one upload, the one file first.
    await gotoApp(page, '#/portal');
    await expect(page.getByRole('radio', { name: tr(locale, 'portal.guide.one') })).toBeChecked();
    await expect(page.getByTestId('portal-guide-one')).toContainText(tr(locale, 'portal.guide.one.lead', { month: MONTH }));
    await expect(page.getByTestId('portal-guide-one')).toContainText(monthName(MONTH, locale));
    await expect(page.getByText(locale === 'en' ? '“Employer Contribution”' : '“Caruman Majikan”', { exact: false })).toHaveCount(0);

    // The fallback: the separate files, made on their own, two uploads.
    await gotoApp(page, '#/files');
    await separate.check();
    await expect(one).not.toBeChecked();
    await expect(page.getByLabel(tr(locale, 'assist.kind.socso'))).toBeChecked();
    await expect(page.getByLabel(tr(locale, 'assist.kind.eis'))).toBeChecked();
    await expect(page.getByTestId('file-card-socso')).toBeVisible();
    await expect(page.getByTestId('file-card-lindung')).toHaveCount(0);
    await page.getByRole('button', { name: tr(locale, 'files.write') }).click();
    await expect(next).toContainText(locale === 'en' ? 'two uploads' : 'dua muat naik');
    const runs = app.services.monthFiles.status(company.id, MONTH).runs;
    expect(runs.map((r) => [...r.kinds].sort())).toEqual([['eis', 'socso'], ['lindung']]);
    await page.screenshot({ path: path.join(screenshots, `files-separate-${locale}.png`) });

    await gotoApp(page, '#/portal');
    await expect(page.getByRole('radio', { name: tr(locale, 'portal.guide.separate') })).toBeChecked();
    const guide = page.getByTestId('portal-guide-separate');
    await expect(guide).toContainText(tr(locale, 'portal.guide.socso'));
    await expect(guide).toContainText(tr(locale, 'portal.guide.eis'));
    // The portal's button names in the UI language where the portal has them.
    await expect(guide).toContainText(locale === 'en' ? '“Employer Contribution” → “Add Contribution”, choose “Text File”.' : '“Caruman Majikan” → “Add Contribution”, pilih “Teks Fail”.');
    await noRawKeys(page);
  });

  test(`item 3: no wages saved says so by name, with a button to the wages; never a raw key (${locale})`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    seed(app, false);
    await gotoApp(page, '#/files');
    const missing = page.getByTestId('amount-due-missing');
    const expected = locale === 'en' ? `No wages saved for ${monthName(MONTH, 'en')} yet. Enter them in Wages first.` : `Belum ada gaji disimpan untuk ${monthName(MONTH, 'ms')}. Masukkannya di Gaji dahulu.`;
    await expect(missing).toContainText(expected);
    await expect(page.getByTestId('preview-error')).toContainText(expected);
    await expect(page.getByText('emptyFile')).toHaveCount(0);
    await noRawKeys(page);
    await page.screenshot({ path: path.join(screenshots, `files-no-wages-${locale}.png`) });
    await missing.getByRole('link', { name: tr(locale, 'files.goToWages', { month: MONTH }) }).click();
    await expect(page).toHaveURL(new RegExp(`#/wages\\?month=${MONTH}$`));
    await expect(page.getByRole('heading', { level: 1, name: tr(locale, 'nav.wages') })).toBeVisible();
  });

  test(`item 6: the amount to pay PERKESO, and per scheme, is in sight at 1024×640 without scrolling sideways (${locale})`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const { company } = seed(app);
    await page.setViewportSize({ width: 1024, height: 640 });
    await gotoApp(page, '#/files');
    const due = page.getByTestId('amount-due');
    await expect(due.getByRole('heading')).toHaveText(locale === 'en' ? `Amount to pay PERKESO for ${monthName(MONTH, 'en')}` : `Jumlah perlu dibayar kepada PERKESO bagi ${monthName(MONTH, 'ms')}`);
    // The total is the month's statutory amount, as the Reports screen adds it up.
    const sheet = app.services.contributions.forMonth(company.id, MONTH);
    const ringgit = (sen: number) => `RM${(sen / 100).toLocaleString('en-MY', { minimumFractionDigits: 2 })}`;
    await expect(page.getByTestId('amount-due-total')).toHaveText(ringgit(sheet.totals.totalSen));
    const socso = sheet.rows.reduce((sum, r) => sum + r.result.socso.employerSen + r.result.socso.employeeSen, 0);
    await expect(page.getByTestId('amount-due-socso')).toContainText(ringgit(socso));
    await expect(page.getByTestId('amount-due-eis')).toBeVisible();
    await expect(page.getByTestId('amount-due-lindung')).toBeVisible();
    for (const id of ['amount-due-total', 'amount-due-socso', 'amount-due-eis', 'amount-due-lindung']) await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
    const sideways = await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, main: main.scrollWidth - main.clientWidth };
    });
    expect(sideways).toEqual({ page: 0, main: 0 });
    await page.screenshot({ path: path.join(screenshots, `files-1024x640-${locale}.png`) });
  });
}
