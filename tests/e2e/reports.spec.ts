// The Reports screen end to end: the month's contribution summary from wages:sheet over the real
// services, per employee and in total, the shares, the due date; the print stylesheet gives a
// clean page (no navigation, the company and month on it). Both languages; screenshots.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { CompanyMonth } from '../../shared/domain/company-month';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { formatRinggit } from '../../shared/money/sen';
import { daysToDeadline } from '../../shared/statutory/deadlines';
import { test, expect, type AppHandle, SCREENSHOT_DIR, shotWholeScreen } from './harness';

const screenshots = SCREENSHOT_DIR;
const MONTH = '2025-05';

/** The browser runs in Asia/Kuala_Lumpur (playwright.config.ts). */
function klToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function seed(app: AppHandle) {
  const company = app.services.companies.create({ name: 'Bengkel Kereta Ah Kow Sdn Bhd', employerCode: 'C00000000001', ssmNumber: null });
  const other = app.services.companies.create({ name: 'Kedai Lain', employerCode: 'D00000000002', ssmNumber: null });
  const add = (companyId: number, name: string, idNumber: string, extra: Record<string, unknown> = {}) =>
    app.services.employees.create(companyId, { name, idType: 'mykad', idNumber, hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03', ...extra });
  const kow = add(company.id, 'Tan Ah Kow', '800101-07-5111');
  const raju = add(company.id, 'Raju a/l Muthu', '950606-10-5333');
  const senior = add(company.id, 'Lim Boon Huat', '600303-07-5221');
  const nowages = add(company.id, 'Nur Aisyah', '990909-10-5444');
  const stranger = add(other.id, 'Orang Lain', '870707-10-5999');
  app.services.wages.write(
    company.id,
    MONTH,
    [
      { employeeId: kow.id, items: { basic: 450000, overtime: 32000 } },
      { employeeId: raju.id, items: { basic: 210000 } },
      { employeeId: senior.id, items: { basic: 280000 } },
    ],
    'app',
  );
  app.services.wages.write(other.id, MONTH, [{ employeeId: stranger.id, items: { basic: 999900 } }], 'app');
  void nowages;
  return { company, other };
}

function money(sen: number) {
  return formatRinggit(sen).replace(/^RM/, '');
}

const shot = shotWholeScreen;

async function openReport(page: Page, gotoApp: (page: Page, hash?: string) => Promise<void>, locale: Locale) {
  await gotoApp(page, `#/reports?month=${MONTH}`);
  await expect(page.getByRole('heading', { level: 1, name: translate(locale, 'reports.title') })).toBeVisible();
  await expect(page.getByTestId('report-table')).toBeVisible();
}

test.describe('reports screen', () => {
  test.beforeEach(() => {
    fs.mkdirSync(screenshots, { recursive: true });
  });

  for (const locale of ['en', 'ms'] as const) {
    test(`the month’s summary has every employee’s contributions and the right totals (${locale})`, async ({ page, app, gotoApp }) => {
      app.services.settings.setLocale(locale);
      const { company } = seed(app);
      const result = await app.router.invoke('wages:sheet', { companyId: company.id, month: MONTH });
      if (!result.ok) throw new Error(result.error.message);
      const sheet = result.value as CompanyMonth;

      await gotoApp(page, '#/companies');
      await page.getByLabel(translate(locale, 'companies.current')).selectOption({ label: `${company.name} (${company.employerCode})` });
      await page.getByRole('navigation').getByRole('link', { name: translate(locale, 'reports.nav'), exact: true }).click();
      await expect(page).toHaveURL(/#\/reports$/);
      await expect(page.getByRole('heading', { level: 1, name: translate(locale, 'reports.title') })).toBeFocused();

      await page.getByLabel(translate(locale, 'reports.month.label'), { exact: true }).fill(MONTH);
      const table = page.getByTestId('report-table');
      await expect(table).toBeVisible();
      await expect(page.getByTestId('report-company')).toHaveText(company.name);
      // Only this company's employees.
      await expect(page.getByTestId('report-row')).toHaveCount(sheet.rows.length);
      await expect(table).not.toContainText('Orang Lain');

      for (const row of sheet.rows) {
        const line = page.getByTestId('report-row').filter({ hasText: row.employee.name });
        await expect(line).toContainText(row.employee.perkesoId);
        await expect(line.getByTestId('cell-socsoEmployer')).toHaveText(money(row.result.socso.employerSen));
        await expect(line.getByTestId('cell-socsoEmployee')).toHaveText(money(row.result.socso.employeeSen));
        await expect(line.getByTestId('cell-eisEmployer')).toHaveText(money(row.result.eis.employerSen));
        await expect(line.getByTestId('cell-eisEmployee')).toHaveText(money(row.result.eis.employeeSen));
        await expect(line.getByTestId('cell-total')).toHaveText(money(row.result.totals.totalSen));
      }
      const noWages = page.getByTestId('report-row').filter({ hasText: 'Nur Aisyah' });
      await expect(noWages).toContainText(translate(locale, 'reports.noWages'));
      // Lim Boon Huat is over 60: Category 2, no employee SOCSO share.
      const senior = sheet.rows.find((r) => r.employee.name === 'Lim Boon Huat');
      expect(senior?.result.category).toBe(2);
      await expect(page.getByTestId('report-row').filter({ hasText: 'Lim Boon Huat' })).toContainText('2');

      const sum = (of: (r: CompanyMonth['rows'][number]) => number) => sheet.rows.reduce((s, r) => s + of(r), 0);
      const totals = page.getByTestId('report-totals');
      await expect(totals.getByTestId('total-wages')).toHaveText(money(sheet.totals.wagesSen));
      await expect(totals.getByTestId('total-socsoEmployer')).toHaveText(money(sum((r) => r.result.socso.employerSen)));
      await expect(totals.getByTestId('total-eisEmployee')).toHaveText(money(sum((r) => r.result.eis.employeeSen)));
      await expect(totals.getByTestId('total-total')).toHaveText(money(sheet.totals.totalSen));
      await expect(page.getByTestId('share-employer')).toHaveText(formatRinggit(sheet.totals.employerSen));
      await expect(page.getByTestId('share-employee')).toHaveText(formatRinggit(sheet.totals.employeeSen));
      await expect(page.getByTestId('share-total')).toHaveText(formatRinggit(sheet.totals.totalSen));
      expect(sheet.totals.employerSen + sheet.totals.employeeSen).toBe(sheet.totals.totalSen);

      // Due by the 15th of the next month; this month is long past, so it says how late.
      const days = daysToDeadline(MONTH, klToday());
      expect(days).toBeLessThan(0);
      await expect(page.getByTestId('report-due')).toContainText(translate(locale, 'reports.overdue', { days: -days }));
      await expect(page.getByTestId('report-due')).toContainText('15/06/2025');
      // Usable at 1280×720: the whole table fits the window's width, nothing to scroll sideways.
      const sideways = await page.evaluate(() => {
        const box = document.querySelector('[data-testid="report-table"]')?.parentElement;
        return box ? box.scrollWidth - box.clientWidth : 1;
      });
      expect(sideways).toBeLessThanOrEqual(0);
      await shot(page, `reports-${locale}.png`);
    });
  }

  test('printing gives a clean page: no navigation or buttons, the company, code, month and date on it', async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale('en');
    const { company } = seed(app);
    await gotoApp(page, '#/companies');
    await page.getByLabel('Current company').selectOption({ label: `${company.name} (${company.employerCode})` });
    await openReport(page, gotoApp, 'en');

    await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeEnabled();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.locator('header.app-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
    const report = page.getByTestId('report');
    await expect(report).toContainText(company.name);
    await expect(report).toContainText(company.employerCode);
    await expect(report).toContainText('May 2025');
    await expect(report).toContainText('Made on');
    // The report fits the width of an A4 page (210 mm less 2 × 10 mm margins = 190 mm ≈ 718 CSS px) without being cut.
    await page.setViewportSize({ width: 718, height: 1000 });
    const overflow = await page.evaluate(() => {
      const table = document.querySelector('[data-testid="report-table"]');
      const box = table?.parentElement;
      return table && box ? table.getBoundingClientRect().width - box.getBoundingClientRect().width : 1;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshots, 'reports-print-en.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(screenshots, 'reports-print-en.pdf'), pdf);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });

  test('a month with no employees says so; the due date of a future month counts the days left', async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale('en');
    const company = app.services.companies.create({ name: 'Kedai Baru', employerCode: 'E00000000003', ssmNumber: null });
    void company;
    await gotoApp(page, '#/reports?month=2025-05');
    await expect(page.getByText('No employees on the payroll of May 2025.')).toBeVisible();
    const today = klToday();
    const [y, m] = today.split('-').map(Number) as [number, number];
    const thisMonth = `${y}-${String(m).padStart(2, '0')}`;
    await page.getByLabel('Month', { exact: true }).fill(thisMonth);
    await expect(page.getByTestId('report-due')).toContainText(`${daysToDeadline(thisMonth, today)} days left`);
  });
});
