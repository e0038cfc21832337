// The month-end dashboard end to end: six companies in every state of a month (set up through the
// real services and router), sorting and filtering, opening a row, bulk generation into
// <folder>/<employer code>/, arrears after a wage change, history charts, both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ArrearsReport, DashboardRow, MonthTotals } from '../../shared/api/channels/month-end';
import type { Company } from '../../shared/domain/company';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { formatRinggit } from '../../shared/money/sen';
import { daysToDeadline, estimateLateInterest } from '../../shared/statutory/deadlines';
import { addMonths, formatMalaysianDate, formatMonthName } from '../../shared/calendar';
import { test, expect, type AppHandle } from './harness';

/** A month long past: every unpaid month with contributions is overdue. */
const MONTH = '2025-05';

async function call<T>(app: AppHandle, channel: string, input: unknown): Promise<T> {
  const result = await app.router.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

let serial = 1000;
function addEmployee(app: AppHandle, company: Company, name: string, registered = '2024-01-03') {
  serial += 1;
  return app.services.employees.create(company.id, {
    name,
    idType: 'mykad',
    idNumber: `88${String(serial % 12 + 1).padStart(2, '0')}15-10-${String(serial).padStart(4, '0')}`,
    hireDate: '2024-01-02',
    perkesoRegisteredDate: registered,
  });
}

async function setWages(app: AppHandle, company: Company, month: string, wages: [{ id: number }, string][]) {
  await call(app, 'wages:set', {
    companyId: company.id,
    month,
    entries: wages.map(([employee, basic]) => ({ employeeId: employee.id, items: { basic } })),
  });
}

function generate(app: AppHandle, company: Company, month = MONTH) {
  const folder = path.join(app.dataDir, 'generated', company.employerCode);
  fs.mkdirSync(folder, { recursive: true });
  return app.services.monthFiles.generate({ companyId: company.id, month, folder });
}

/**
 * A: not started (nobody's wages). B: wages incomplete. C: ready (one late registration).
 * D: generated. E: generated, then a wage changed (out of date). F: generated and paid.
 */
async function seed(app: AppHandle) {
  const company = (name: string, employerCode: string) => app.services.companies.create({ name, employerCode, ssmNumber: null });
  const a = company('Aman Jaya Trading', 'A1000000001A');
  const b = company('Bakti Maju Enterprise', 'B1000000002B');
  const c = company('Cahaya Kedai Runcit', 'C1000000003C');
  const d = company('Delima Motor Sdn Bhd', 'D1000000004D');
  const e = company('Era Baiki Elektrik', 'E1000000005E');
  const f = company('Fajar Bakery', 'F1000000006F');

  addEmployee(app, a, 'Ahmad Aman');
  const b1 = addEmployee(app, b, 'Badrul Hisham');
  addEmployee(app, b, 'Bee Lian');
  const c1 = addEmployee(app, c, 'Chandran Pillai');
  const c2 = addEmployee(app, c, 'Cik Siti Late', '2024-03-20'); // 78 days after hiring: registered late
  const d1 = addEmployee(app, d, 'Daud Ismail');
  const e1 = addEmployee(app, e, 'Esah Yusof');
  const e2 = addEmployee(app, e, 'Eng Kah Wai');
  const f1 = addEmployee(app, f, 'Farid Hassan');

  await setWages(app, b, MONTH, [[b1, '2100.00']]);
  await setWages(app, c, MONTH, [[c1, '3000.00'], [c2, '1800.00']]);
  await setWages(app, c, addMonths(MONTH, -1), [[c1, '2900.00'], [c2, '1800.00']]);
  await setWages(app, d, MONTH, [[d1, '2500.00']]);
  await setWages(app, e, MONTH, [[e1, '2000.00'], [e2, '4000.00']]);
  await setWages(app, f, MONTH, [[f1, '1500.00']]);
  generate(app, d);
  generate(app, e);
  generate(app, f);
  await setWages(app, e, MONTH, [[e1, '2600.00']]); // after generation: the files are out of date
  app.services.receipts.monthStatus.set(f.id, MONTH, 'paid');
  return { a, b, c, d, e, f, e1 };
}

function dashboardRows(app: AppHandle, month = MONTH): DashboardRow[] {
  return app.services.monthEnd.dashboard(month);
}

const rows = (page: Page) => page.getByTestId('dashboard-row');
const row = (page: Page, name: string) => rows(page).filter({ hasText: name });

async function rowNames(page: Page): Promise<string[]> {
  return rows(page).locator('.company-name').allTextContents();
}

async function openDashboard(page: Page, gotoApp: (page: Page, hash?: string) => Promise<void>, month = MONTH, locale: Locale = 'en') {
  await gotoApp(page, `#/dashboard?month=${month}`);
  await expect(page.getByRole('heading', { level: 1, name: translate(locale, 'dashboard.title') })).toBeVisible();
  await expect(page.getByLabel(translate(locale, 'dashboard.month.label'), { exact: true })).toHaveValue(formatMonthName(month, locale));
  await expect(rows(page).first()).toBeVisible();
}

function screenshotDir(): string {
  const dir = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

test.describe('month-end dashboard', () => {
  test.beforeEach(({ app }) => {
    app.services.settings.setLocale('en');
  });

  test('each company’s month shows its state: wages, files, stage, deadline, overdue interest estimate, late registrations', async ({ page, app, gotoApp }) => {
    const { f } = await seed(app);
    const today = app.services.today();
    await gotoApp(page, '#/dashboard');
    // Month-end is first in the navigation and opens on last month.
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect(nav.getByRole('link').first()).toHaveText('Month-end');
    await expect(nav.getByRole('link', { name: 'Month-end' })).toHaveAttribute('aria-current', 'page');
    const browserMonth = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    });
    // Without a month in the address it opens on what needs action now: last month and any earlier month late.
    await expect(page.getByRole('radio', { name: 'Due now and overdue' })).toBeChecked();
    await expect(page.getByTestId('dashboard-heading')).toHaveText(`${formatMonthName(addMonths(browserMonth, -1), 'en')} and earlier months still to settle`);

    await openDashboard(page, gotoApp);
    await expect(rows(page)).toHaveCount(6);
    const byName = new Map(dashboardRows(app).map((r) => [r.company.name, r]));
    const daysLate = -daysToDeadline(MONTH, today);

    const a = row(page, 'Aman Jaya Trading');
    await expect(a.locator('th')).toContainText('A1000000001A');
    await expect(a.getByTestId('cell-wages')).toHaveText('0 of 1 Incomplete');
    await expect(a.getByTestId('cell-files')).toHaveText('Not yet');
    await expect(a.getByTestId('cell-stage')).toHaveText('Not started');
    await expect(a.getByTestId('cell-due')).toHaveText(`15/06/2025${daysLate} days late`);
    await expect(a.getByTestId('cell-overdue')).toHaveText('No'); // nothing to pay yet

    const b = row(page, 'Bakti Maju Enterprise');
    await expect(b.getByTestId('cell-wages')).toHaveText('1 of 2 Incomplete');
    await expect(b.getByTestId('cell-stage')).toHaveText('Wages incomplete');

    const c = row(page, 'Cahaya Kedai Runcit');
    await expect(c.getByTestId('cell-wages')).toHaveText('2 of 2 Complete');
    await expect(c.getByTestId('cell-stage')).toHaveText('Ready to generate');
    await expect(c.getByTestId('cell-late')).toHaveText('1 late');
    await expect(c.getByTestId('cell-contribution')).toHaveText(formatRinggit(byName.get('Cahaya Kedai Runcit')!.contributionSen));

    const d = row(page, 'Delima Motor Sdn Bhd');
    await expect(d.getByTestId('cell-files')).toHaveText(`Generated ${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`);
    await expect(d.getByTestId('cell-stage')).toHaveText('Files generated');
    await expect(d.getByTestId('cell-stage').getByRole('img')).toHaveAccessibleName('Step 1 of 4: generated, submitted, paid, receipt filed');
    await expect(d.getByTestId('cell-late')).toHaveText('None');

    const e = row(page, 'Era Baiki Elektrik');
    await expect(e.getByTestId('cell-files')).toContainText('Out of date');
    await expect(e.getByRole('button', { name: 'Show arrears of Era Baiki Elektrik' })).toBeVisible();
    await expect(e.getByTestId('cell-stage')).toHaveText('Files generated');

    const paid = row(page, 'Fajar Bakery');
    await expect(paid.getByTestId('cell-stage')).toHaveText('Paid');
    await expect(paid.getByTestId('cell-due')).toHaveText('15/06/2025Paid');
    await expect(paid.getByTestId('cell-overdue')).toHaveText('No');
    await expect(paid).toHaveAttribute('data-stage', 'paid');

    // Overdue: unpaid with contributions, the interest labelled as an estimate, as the service computes it.
    for (const name of ['Bakti Maju Enterprise', 'Cahaya Kedai Runcit', 'Delima Motor Sdn Bhd', 'Era Baiki Elektrik']) {
      const data = byName.get(name)!;
      expect(data.overdue).toBe(true);
      const interest = estimateLateInterest(MONTH, data.contributionSen, today).interestSen;
      expect(interest).toBeGreaterThanOrEqual(500);
      await expect(row(page, name).getByTestId('cell-overdue')).toHaveText(`OverdueInterest estimate ${formatRinggit(interest)}*`);
    }
    await expect(page.getByText('Interest is only an estimate: 6 % a year for each day late, at least RM5.00.')).toBeVisible();
    await expect(page.getByTestId('dashboard-summary')).toHaveText('6 companies · 5 need action · 4 overdue');

    // Receipt filed moves the paid company on; a month still ahead counts the days left.
    app.services.receipts.monthStatus.set(f.id, MONTH, 'receipt_filed');
    const thisMonth = today.slice(0, 7);
    await openDashboard(page, gotoApp, thisMonth);
    await expect(row(page, 'Fajar Bakery').getByTestId('cell-stage')).toHaveText('Not started');
    const left = daysToDeadline(thisMonth, today);
    await expect(row(page, 'Aman Jaya Trading').getByTestId('cell-due')).toHaveText(`${formatMalaysianDate(`${addMonths(thisMonth, 1)}-15`)}${left === 1 ? '1 day left' : `${left} days left`}`);
    await expect(row(page, 'Aman Jaya Trading').getByTestId('cell-overdue')).toHaveText('No');
    await page.getByRole('button', { name: 'Previous month' }).click();
    await page.getByLabel('Month', { exact: true }).fill(MONTH);
    await expect(row(page, 'Fajar Bakery').getByTestId('cell-stage')).toHaveText('Receipt filed');
    await expect(page).toHaveURL(new RegExp(`#/dashboard\\?month=${MONTH}$`));
  });

  test('headers sort (aria-sort) and the filter narrows by text, needs action and overdue', async ({ page, app, gotoApp }) => {
    await seed(app);
    await openDashboard(page, gotoApp);
    const all = ['Aman Jaya Trading', 'Bakti Maju Enterprise', 'Cahaya Kedai Runcit', 'Delima Motor Sdn Bhd', 'Era Baiki Elektrik', 'Fajar Bakery'];
    expect(await rowNames(page)).toEqual(all);
    const companyHeader = page.getByRole('columnheader', { name: 'Company', exact: true });
    await expect(companyHeader).toHaveAttribute('aria-sort', 'ascending');

    await page.getByRole('button', { name: 'Company', exact: true }).click();
    await expect(companyHeader).toHaveAttribute('aria-sort', 'descending');
    expect(await rowNames(page)).toEqual([...all].reverse());

    // Stage: the furthest first; the company column is no longer sorted.
    await page.getByRole('button', { name: 'Stage', exact: true }).click();
    await expect(page.getByRole('columnheader', { name: 'Stage', exact: true })).toHaveAttribute('aria-sort', 'descending');
    await expect(companyHeader).not.toHaveAttribute('aria-sort', /.+/);
    expect(await rowNames(page)).toEqual(['Fajar Bakery', 'Delima Motor Sdn Bhd', 'Era Baiki Elektrik', 'Cahaya Kedai Runcit', 'Bakti Maju Enterprise', 'Aman Jaya Trading']);
    await page.getByRole('button', { name: 'Stage', exact: true }).click();
    await expect(page.getByRole('columnheader', { name: 'Stage', exact: true })).toHaveAttribute('aria-sort', 'ascending');
    expect((await rowNames(page))[0]).toBe('Aman Jaya Trading');

    // Contributions: the largest first.
    await page.getByRole('button', { name: 'Contributions', exact: true }).click();
    const bySize = dashboardRows(app)
      .sort((x, y) => y.contributionSen - x.contributionSen || x.company.name.localeCompare(y.company.name))
      .map((r) => r.company.name);
    expect(await rowNames(page)).toEqual(bySize);

    // Late registrations: Cahaya first.
    await page.getByRole('button', { name: 'Late registrations', exact: true }).click();
    expect((await rowNames(page))[0]).toBe('Cahaya Kedai Runcit');

    await page.getByRole('button', { name: 'Company', exact: true }).click();
    const search = page.getByLabel('Find a company');
    await search.fill('motor');
    expect(await rowNames(page)).toEqual(['Delima Motor Sdn Bhd']);
    await search.fill('e1000000005');
    expect(await rowNames(page)).toEqual(['Era Baiki Elektrik']);
    await search.fill('nothing like it');
    await expect(page.getByText('No company matches this search and filter.')).toBeVisible();
    await page.getByRole('button', { name: 'Show all companies' }).click();
    await expect(search).toHaveValue('');
    await expect(rows(page)).toHaveCount(6);

    await page.getByRole('radio', { name: 'Overdue', exact: true }).check();
    expect(await rowNames(page)).toEqual(['Bakti Maju Enterprise', 'Cahaya Kedai Runcit', 'Delima Motor Sdn Bhd', 'Era Baiki Elektrik']);
    await page.getByRole('radio', { name: 'Needs action', exact: true }).check();
    expect(await rowNames(page)).toEqual(all.filter((name) => name !== 'Fajar Bakery'));
    await search.fill('a');
    await expect(page.getByTestId('dashboard-table').locator('caption')).toHaveText(`Month-end of ${formatMonthName(MONTH, 'en')} across companies (5 of 6 shown)`);
    await page.getByRole('radio', { name: 'All', exact: true }).check();
    await expect(rows(page)).toHaveCount(6);
  });

  test('opening a row (click or Enter) switches company and goes to its files or wages', async ({ page, app, gotoApp }) => {
    const { b, c } = await seed(app);
    await openDashboard(page, gotoApp);
    await expect(page.getByTestId('current-employer-code')).toContainText('No company chosen');

    // Wages complete: the files of the month.
    await row(page, 'Cahaya Kedai Runcit').locator('.company-name').click();
    await expect(page).toHaveURL(new RegExp(`#/files\\?month=${MONTH}$`));
    await expect(page.getByTestId('current-employer-code')).toContainText(c.employerCode);

    // Keyboard: the first row takes focus, arrows move, Enter opens; wages incomplete → the wages.
    await openDashboard(page, gotoApp);
    await rows(page).first().focus();
    await expect(rows(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(row(page, 'Bakti Maju Enterprise')).toBeFocused();
    await page.keyboard.press('End');
    await expect(row(page, 'Fajar Bakery')).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(row(page, 'Bakti Maju Enterprise')).toBeFocused();
    // Space chooses the row for bulk generation without opening it.
    await page.keyboard.press('Space');
    await expect(row(page, 'Bakti Maju Enterprise').getByRole('checkbox')).toBeChecked();
    await expect(page).toHaveURL(/#\/dashboard/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/wages\\?month=${MONTH}$`));
    await expect(page.getByTestId('current-employer-code')).toContainText(b.employerCode);
    await expect(page.getByRole('heading', { level: 1, name: 'Wages' })).toBeFocused();
    // Ticking a check box does not open the row.
    await openDashboard(page, gotoApp);
    await row(page, 'Delima Motor Sdn Bhd').getByRole('checkbox').check();
    await expect(page).toHaveURL(/#\/dashboard/);
  });

  test('bulk generation writes each chosen company’s files into <folder>/<employer code>/ and shows the results', async ({ page, app, gotoApp }) => {
    const { b, c, e } = await seed(app);
    await openDashboard(page, gotoApp);
    const generateButton = (count: number) => page.getByRole('button', { name: `Generate files for ${count} companies` });

    await generateButton(0).click();
    await expect(page.getByRole('alert')).toHaveText('Choose at least one company in the table first.');

    // "Ready": complete wages, files never made or out of date and not yet submitted.
    await page.getByRole('button', { name: 'Choose all ready (2)' }).click();
    await expect(row(page, 'Cahaya Kedai Runcit').getByRole('checkbox')).toBeChecked();
    await expect(row(page, 'Era Baiki Elektrik').getByRole('checkbox')).toBeChecked();
    await row(page, 'Bakti Maju Enterprise').getByRole('checkbox').check();
    await expect(page.getByTestId('bulk-selected')).toHaveText('3 chosen');

    // No folder yet: generating asks where (the stand-in folder dialog); cancelled, nothing is made.
    const chooser = page.getByRole('button', { name: 'Choose folder…' });
    app.dialogs.willCancel();
    await generateButton(3).click();
    await expect(chooser).toHaveAttribute('aria-invalid', 'true');
    await expect(chooser).toHaveAccessibleDescription(/Choose the folder to write the files in\./);

    const outDir = path.join(app.dataDir, 'bulk-out');
    fs.mkdirSync(outDir);
    app.dialogs.willChoose(outDir);
    await chooser.click();
    await expect(page.getByTestId('bulk-folder-path')).toHaveText(outDir);
    expect(app.dialogs.shown.map((d) => [d.purpose, d.title])).toEqual([
      ['bulkFiles', 'Folder for every company’s ASSIST files'],
      ['bulkFiles', 'Folder for every company’s ASSIST files'],
    ]);
    await generateButton(3).click();
    await expect(page.getByRole('status').filter({ hasText: 'Done' })).toHaveText('Done: 2 generated, 1 skipped, 0 failed.');

    const results = page.getByTestId('bulk-result');
    await expect(results).toHaveCount(3);
    await expect(results.filter({ hasText: 'Bakti Maju Enterprise' })).toContainText('Skipped');
    await expect(results.filter({ hasText: 'Bakti Maju Enterprise' })).toContainText(
      'Wages entered for 1 of 2 employees: finish them first, or choose to generate anyway.',
    );
    for (const company of [c, e]) {
      const result = results.filter({ hasText: company.name });
      await expect(result).toContainText('Generated');
      const companyFolder = path.join(outDir, company.employerCode);
      await expect(result).toContainText(companyFolder);
      const onDisk = fs.readdirSync(companyFolder).sort();
      expect(onDisk.length).toBeGreaterThan(0);
      for (const file of onDisk) await expect(result).toContainText(file);
    }
    expect(fs.existsSync(path.join(outDir, b.employerCode))).toBe(false);
    const summaryFile = path.join(outDir, `caruman-summary-${MONTH}.csv`);
    await expect(page.getByTestId('bulk-summary-file')).toHaveText(summaryFile);
    expect(fs.readFileSync(summaryFile, 'utf8')).toContain('C1000000003C');

    // The dashboard follows: Cahaya's files are generated, Era's are current again.
    await expect(row(page, 'Cahaya Kedai Runcit').getByTestId('cell-stage')).toHaveText('Files generated');
    await expect(row(page, 'Era Baiki Elektrik').getByTestId('cell-files')).not.toContainText('Out of date');

    // The next dialog opens where this one was chosen.
    await openDashboard(page, gotoApp);
    app.dialogs.willCancel();
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    expect(app.dialogs.shown.at(-1)?.defaultPath).toBe(outDir);
  });

  test('the arrears panel shows the per-employee, per-scheme difference after a wage change and what to enter in the portal', async ({ page, app, gotoApp }) => {
    const { e } = await seed(app);
    const report = await call<ArrearsReport>(app, 'monthEnd:arrears', { companyId: e.id, month: MONTH });
    expect(report.lines.length).toBeGreaterThan(0);
    expect(report.lines.every((line) => line.name === 'Esah Yusof')).toBe(true);

    await openDashboard(page, gotoApp);
    const opener = page.getByRole('button', { name: 'Show arrears of Era Baiki Elektrik' });
    await opener.click();
    const panel = page.getByTestId('arrears-panel');
    await expect(panel.getByRole('heading', { name: 'Arrears: Era Baiki Elektrik (E1000000005E), May 2025' })).toBeFocused();
    const lines = panel.getByTestId('arrears-line');
    await expect(lines).toHaveCount(report.lines.length);
    const socso = lines.filter({ hasText: 'SOCSO' });
    await expect(socso).toContainText('Esah Yusof');
    await expect(socso).toContainText('RM2,000.00 → RM2,600.00');
    const socsoLine = report.lines.find((line) => line.scheme === 'socso')!;
    await expect(socso).toContainText(`+${formatRinggit(socsoLine.employerDifferenceSen)}`);
    await expect(panel.getByTestId('arrears-total')).toHaveText(`+${formatRinggit(report.totals.totalSen)}`);
    const statement = panel.getByTestId('arrears-statement');
    await expect(statement).toContainText('Wages of May 2025 changed after its files were generated on');
    await expect(statement).toContainText('Enter these differences in the ASSIST portal’s arrears (tunggakan) screen');
    await expect(statement).toContainText(`Total difference: ${formatRinggit(report.totals.totalSen)}`);

    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir(), 'month-end-arrears-en.png') });

    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test('charts show contributions and headcount per month for 12 or 24 months, all companies or the current one', async ({ page, app, gotoApp }) => {
    const { c } = await seed(app);
    await openDashboard(page, gotoApp);
    const charts = page.getByTestId('charts');
    const bars = charts.getByTestId('chart-contributions').getByTestId('chart-bar');
    await expect(bars).toHaveCount(12);
    const history = await call<MonthTotals[]>(app, 'monthEnd:history', { companyId: null, lastMonth: MONTH, months: 12 });
    // Headcount: a dot only for the months with wages (April and May); the others are a gap in the
    // line, never a zero (issue 12, Also). Their two dots are joined, as they are next to each other.
    const headcount = charts.getByTestId('chart-headcount');
    expect(history.filter((m) => m.headcount > 0)).toHaveLength(2);
    await expect(headcount.getByTestId('chart-point')).toHaveCount(2);
    await expect(headcount.locator('.chart-point[data-value="0"]')).toHaveCount(0);
    await expect(headcount.locator('polyline')).toHaveCount(1);
    const values = await bars.evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-value'))));
    expect(values).toEqual(history.map((m) => m.totalSen));
    expect(values.filter((value) => value > 0)).toHaveLength(2); // April (Cahaya) and May

    // The svg is an image named by its title and described by its desc; the same numbers are in a table.
    const svg = charts.getByRole('img', { name: 'Contributions per month, All companies' });
    await expect(svg).toHaveAccessibleDescription(/^Bar chart of SOCSO, EIS and LINDUNG 24 Jam contributions/);
    await expect(svg.locator('.chart-tick').first()).toHaveText('RM0');
    const table = charts.getByTestId('chart-table');
    await expect(table.locator('tbody tr')).toHaveCount(12);
    await expect(table.locator('tbody tr').last()).toContainText(formatRinggit(history[11]!.totalSen));
    await charts.getByRole('button', { name: 'Show the numbers as a table' }).click();
    await expect(table).toBeVisible();
    await expect(charts.getByRole('button', { name: 'Hide the table' })).toHaveAttribute('aria-expanded', 'true');

    await charts.getByRole('button', { name: 'Last 24 months' }).click();
    await expect(charts.getByRole('button', { name: 'Last 24 months' })).toHaveAttribute('aria-pressed', 'true');
    await expect(bars).toHaveCount(24);
    await expect(table.locator('tbody tr')).toHaveCount(24);

    // The current company only.
    await page.getByLabel('Current company').selectOption({ label: 'Cahaya Kedai Runcit (C1000000003C)' });
    await charts.getByRole('button', { name: 'Only Cahaya Kedai Runcit' }).click();
    await expect(charts.getByRole('img', { name: 'Contributions per month, Cahaya Kedai Runcit' })).toBeVisible();
    const own = await call<MonthTotals[]>(app, 'monthEnd:history', { companyId: c.id, lastMonth: MONTH, months: 24 });
    await expect
      .poll(() => bars.evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-value')))))
      .toEqual(own.map((m) => m.totalSen));
    await expect(charts.getByTestId('chart-headcount').getByTestId('chart-point').last()).toHaveAttribute('data-value', '2');
    await charts.getByRole('button', { name: 'Last 12 months' }).click();
    await expect(bars).toHaveCount(12);

    await charts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir(), 'month-end-charts-current-en.png') });
  });

  test('in Malay, and screenshots of the dashboard in both languages', async ({ page, app, gotoApp }) => {
    await seed(app);
    const dir = screenshotDir();
    const today = app.services.today();
    const daysLate = -daysToDeadline(MONTH, today);
    for (const locale of ['ms', 'en'] as const) {
      app.services.settings.setLocale(locale);
      await openDashboard(page, gotoApp, MONTH, locale);
      const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
      await expect(page.getByRole('navigation').getByRole('link').first()).toHaveText(say('dashboard.nav'));
      await expect(row(page, 'Fajar Bakery').getByTestId('cell-stage')).toHaveText(say('dashboard.stage.paid'));
      await expect(row(page, 'Bakti Maju Enterprise').getByTestId('cell-stage')).toHaveText(say('dashboard.stage.wages_incomplete'));
      await expect(row(page, 'Delima Motor Sdn Bhd').getByTestId('cell-due')).toContainText(say('dashboard.due.late', { days: daysLate }));
      await expect(row(page, 'Delima Motor Sdn Bhd').getByTestId('cell-overdue')).toContainText(say('dashboard.overdue.estimate'));
      await expect(row(page, 'Era Baiki Elektrik').getByTestId('cell-files')).toContainText(say('dashboard.files.outOfDate'));
      await expect(page.getByTestId('charts').getByTestId('chart-bar')).toHaveCount(12);
      await page.screenshot({ path: path.join(dir, `month-end-dashboard-${locale}.png`) });
      await page.getByTestId('charts').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(dir, `month-end-charts-${locale}.png`) });
    }
    // Bulk generation (it changes the states above, so it comes after both languages).
    for (const locale of ['ms', 'en'] as const) {
      app.services.settings.setLocale(locale);
      await openDashboard(page, gotoApp, MONTH, locale);
      const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
      await page.getByRole('checkbox', { name: say('dashboard.select.all') }).check();
      const outDir = path.join(app.dataDir, `bulk-${locale}`);
      fs.mkdirSync(outDir);
      app.dialogs.willChoose(outDir);
      await page.getByRole('button', { name: say('desktop.chooser.folder') }).click();
      await expect(page.getByTestId('bulk-folder-path')).toHaveText(outDir);
      await page.getByRole('checkbox', { name: say('dashboard.bulk.includeIncomplete') }).check();
      await page.getByRole('button', { name: say('dashboard.bulk.generate', { count: 6 }) }).click();
      await expect(page.getByTestId('bulk-result')).toHaveCount(6);
      await expect(page.getByTestId('bulk-result').filter({ hasText: 'Aman Jaya Trading' })).toContainText(say('monthEnd.bulk.noWages'));
      await expect(page.getByTestId('bulk-result').filter({ hasText: 'Bakti Maju Enterprise' })).toContainText(say('dashboard.bulk.outcome.generated'));
      await page.getByTestId('bulk-results').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(dir, `month-end-bulk-${locale}.png`) });
    }
    expect(translate('ms', 'dashboard.nav')).toBe('Hujung bulan');
  });
  test('KWSP and LHDN per company: the Form A’s stage and due date, the late charge with the year’s dividend rate (or that it is missing), marking submitted and paid', async ({ page, app, gotoApp }) => {
    const month = '2026-07';
    const g = app.services.companies.create({ name: 'Gemilang Kedai', employerCode: 'G1000000007G', ssmNumber: null });
    app.services.companies.update({ id: g.id, epfEmployerNumber: '23456789' });
    const g1 = addEmployee(app, g, 'Ghazali Osman');
    await setWages(app, g, month, [[g1, '3000.00']]);
    await openDashboard(page, gotoApp, month);
    const kwsp = row(page, 'Gemilang Kedai').getByTestId('filing-kwsp');
    // Wages of July 2026: KWSP by 15/08/2026, long past; KWSP has not declared 2026's dividend and none was entered.
    await expect(kwsp).toHaveAttribute('data-stage', 'to_make');
    await expect(kwsp).toContainText('15/08/2026');
    await expect(kwsp.getByTestId('kwsp-rate-missing')).toContainText('KWSP’s 2026 dividend rate is not entered yet');
    // No E number: LHDN says so rather than a guess.
    await expect(row(page, 'Gemilang Kedai').getByTestId('filing-lhdn')).toHaveAttribute('data-stage', 'no_employer_number');

    app.services.epfDividendRates.save(2026, 550);
    generate(app, g, month);
    await page.reload();
    await expect(kwsp).toHaveAttribute('data-stage', 'made');
    const estimate = dashboardRows(app, month).find((r) => r.company.id === g.id)?.kwsp.lateCharge;
    if (estimate?.kind !== 'estimate') throw new Error('no estimate');
    await expect(kwsp.getByTestId('kwsp-late-charge')).toContainText(`Late charge about ${formatRinggit(estimate.chargeSen)} (an estimate: 6.50 % a year, the 2026 dividend + 1 %, at least RM10).`);
    await page.screenshot({ path: path.join(screenshotDir(), 'dashboard-filings-en.png'), fullPage: true });

    await kwsp.getByRole('button', { name: 'Mark KWSP submitted for Gemilang Kedai, July 2026' }).click();
    await expect(kwsp).toHaveAttribute('data-stage', 'submitted');
    await kwsp.getByRole('button', { name: 'Mark KWSP paid for Gemilang Kedai, July 2026' }).click();
    await expect(kwsp).toHaveAttribute('data-stage', 'paid');
    await expect(kwsp.getByTestId('kwsp-late-charge')).toHaveCount(0);
    await page.reload();
    await expect(kwsp).toHaveAttribute('data-stage', 'paid');
  });
});
