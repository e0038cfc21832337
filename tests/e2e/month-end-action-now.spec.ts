// Overdue from earlier months is visible (issue 12, item 5): the month-end dashboard opens on
// "needs action now" — every company's month to pay now plus each earlier month that is overdue
// or whose files are out of date, named by month in the user's language — and a clear switch
// goes to one month and back. Real services and router; the clock is the real one, so the months
// are worked out from today (the month to pay now is last month; the one before was due on the
// 15th of last month, so it is always late).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addMonths, formatMonthName, monthOfDate, previousMonth } from '../../shared/calendar';
import { translate, type Locale, type MessageKey } from '../../shared/i18n/catalog';
import { test, expect, type AppHandle } from './harness';

async function seed(app: AppHandle) {
  const now = previousMonth(monthOfDate(app.services.today()));
  const earlier = addMonths(now, -1);
  const company = (name: string, employerCode: string) => app.services.companies.create({ name, employerCode, ssmNumber: null });
  const late = company('Kedai Lewat Bayar', 'L1000000001L');
  const tidy = company('Kedai Teratur', 'T1000000002T');
  let serial = 10;
  for (const c of [late, tidy]) {
    serial += 1;
    const person = app.services.employees.create(c.id, {
      name: `Pekerja ${c.name}`,
      idType: 'mykad',
      idNumber: `880${serial % 9 + 1}15-10-50${serial}`,
      hireDate: '2020-01-02',
      perkesoRegisteredDate: '2020-01-03',
    });
    for (const month of [earlier, now]) {
      const result = await app.router.invoke('wages:set', { companyId: c.id, month, entries: [{ employeeId: person.id, items: { basic: '2500.00' } }] });
      if (!result.ok) throw new Error(result.error.message);
    }
  }
  app.services.receipts.monthStatus.set(tidy.id, earlier, 'paid');
  return { now, earlier, late, tidy };
}

const rows = (page: Page) => page.getByTestId('dashboard-row');

for (const locale of ['ms', 'en'] as const) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  test(`the dashboard opens on what needs action now, earlier overdue months included, and switches to one month (${locale})`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale as Locale);
    const { now, earlier, late, tidy } = await seed(app);
    await gotoApp(page, '#/dashboard');

    await expect(page.getByRole('radio', { name: tr('dashboard.view.now') })).toBeChecked();
    await expect(page.getByTestId('dashboard-heading')).toHaveText(tr('dashboard.view.nowHeading', { month: formatMonthName(now, locale) }));
    // No month field in this view: the month is the one to pay now.
    await expect(page.getByLabel(tr('dashboard.month.label'), { exact: true })).toHaveCount(0);

    // The late company: its month to pay now, then last month's unpaid month, named and overdue.
    await expect(rows(page)).toHaveCount(3);
    const lateRows = rows(page).filter({ hasText: 'Kedai Lewat Bayar' });
    await expect(lateRows).toHaveCount(2);
    await expect(lateRows.nth(0)).toHaveAttribute('data-month', now);
    const overdue = lateRows.nth(1);
    await expect(overdue).toHaveAttribute('data-month', earlier);
    await expect(overdue.getByTestId('row-month')).toHaveText(formatMonthName(earlier, locale));
    await expect(overdue.getByTestId('cell-overdue')).toContainText(tr('dashboard.overdue.yes'));
    // An earlier month is not chosen for bulk generation (that makes the month to pay now).
    await expect(overdue.getByRole('checkbox')).toHaveCount(0);
    await expect(lateRows.nth(0).getByRole('checkbox')).toHaveCount(1);
    // The tidy company paid its earlier month: only the month to pay now.
    await expect(rows(page).filter({ hasText: 'Kedai Teratur' })).toHaveCount(1);
    await expect(page.getByTestId('dashboard-summary')).toContainText(locale === 'en' ? '2 companies' : '2 syarikat');

    // Opening the overdue row goes to that month of that company.
    await overdue.locator('.company-name').click();
    await expect(page).toHaveURL(new RegExp(`#/files\\?month=${earlier}$`));
    await expect(page.getByTestId('current-employer-code')).toContainText(late.employerCode);

    // One month: every company once, for the month chosen; the month field shows it by name.
    await gotoApp(page, '#/dashboard');
    await page.getByRole('radio', { name: tr('dashboard.view.month') }).check();
    await expect(page.getByLabel(tr('dashboard.month.label'), { exact: true })).toHaveValue(formatMonthName(now, locale));
    await expect(page.getByTestId('dashboard-heading')).toHaveText(formatMonthName(now, locale));
    await expect(rows(page)).toHaveCount(2);
    await expect(page).toHaveURL(new RegExp(`#/dashboard\\?month=${now}$`));
    await page.getByRole('button', { name: tr('month.previous') }).click();
    await expect(page.getByTestId('dashboard-heading')).toHaveText(formatMonthName(earlier, locale));
    await expect(rows(page).filter({ hasText: 'Kedai Teratur' }).getByTestId('cell-stage')).toHaveText(tr('dashboard.stage.paid'));

    // And back: the earlier overdue month is there again. Paid, it goes.
    await page.getByRole('radio', { name: tr('dashboard.view.now') }).check();
    await expect(page).toHaveURL(/#\/dashboard$/);
    await expect(rows(page)).toHaveCount(3);
    app.services.receipts.monthStatus.set(late.id, earlier, 'paid');
    await page.reload();
    await expect(page.getByRole('radio', { name: tr('dashboard.view.now') })).toBeChecked();
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).filter({ hasText: tidy.name })).toHaveCount(1);
  });
}

for (const locale of ['ms', 'en'] as const) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  test(`two months of one company in "needs action now": each row's buttons are named with its month (${locale})`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale as Locale);
    const { now, earlier, late } = await seed(app);
    app.services.companies.update({ id: late.id, epfEmployerNumber: '23456789' });
    const folder = path.join(app.dataDir, 'fail');
    fs.mkdirSync(folder, { recursive: true });
    for (const month of [earlier, now]) app.services.monthFiles.generate({ companyId: late.id, month, folder });
    // A wage changed after the files were made, in both months: both rows offer their arrears.
    const [person] = app.services.employees.list(late.id, 'all', '');
    for (const month of [earlier, now]) {
      const result = await app.router.invoke('wages:set', { companyId: late.id, month, entries: [{ employeeId: person!.id, items: { basic: '2600.00' } }] });
      if (!result.ok) throw new Error(result.error.message);
    }
    await gotoApp(page, '#/dashboard');
    await expect(rows(page).filter({ hasText: late.name })).toHaveCount(2);

    const kwsp = tr('dashboard.filing.kwsp');
    const markFor = (month: string) => tr('dashboard.filing.mark.submitted.for', { body: kwsp, name: late.name, month: formatMonthName(month, locale) });
    const arrearsFor = (month: string) => tr('dashboard.arrears.showFor', { name: late.name, month: formatMonthName(month, locale) });
    for (const month of [earlier, now]) {
      // Exactly one button answers to each name, and it sits in that month's row.
      const row = page.locator(`[data-testid="dashboard-row"][data-month="${month}"]`).filter({ hasText: late.name });
      await expect(page.getByRole('button', { name: markFor(month), exact: true })).toHaveCount(1);
      await expect(row.getByRole('button', { name: markFor(month), exact: true })).toHaveCount(1);
      await expect(page.getByRole('button', { name: arrearsFor(month), exact: true })).toHaveCount(1);
      await expect(row.getByRole('button', { name: arrearsFor(month), exact: true })).toHaveCount(1);
    }
    // Marking October's KWSP (the earlier month) marks that month only.
    await page.getByRole('button', { name: markFor(earlier), exact: true }).click();
    const earlierRow = page.locator(`[data-testid="dashboard-row"][data-month="${earlier}"]`).filter({ hasText: late.name });
    const nowRow = page.locator(`[data-testid="dashboard-row"][data-month="${now}"]`).filter({ hasText: late.name });
    await expect(earlierRow.getByTestId('filing-kwsp')).toHaveAttribute('data-stage', 'submitted');
    await expect(nowRow.getByTestId('filing-kwsp')).not.toHaveAttribute('data-stage', 'submitted');
  });
}
