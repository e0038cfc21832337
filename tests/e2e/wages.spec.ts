// The wages screen end to end: the keyboard grid, paste from a spreadsheet, live contributions
// from the shared engine, copy last month, and Save (all or nothing) into the real SQLite file.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatMonthName } from '../../shared/calendar';
import { translate, type Locale } from '../../shared/i18n/catalog';
import type { Employee, EmployeeInput } from '../../shared/domain/employee';
import { personFacts } from '../../shared/domain/person-facts';
import { calculateContributions } from '../../shared/statutory';
import { formatRinggit, senToDecimal } from '../../shared/money/sen';
import { test, expect, queryDatabase, type AppHandle } from './harness';

const MONTH = '2025-05';

function seed(app: AppHandle) {
  const company = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
  const add = (input: EmployeeInput) => app.services.employees.create(company.id, input);
  // Listed by name: Ali, Mei Ling, Siti.
  const ali = add({ name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151', hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03' });
  const mei = add({ name: 'Mei Ling', idType: 'mykad', idNumber: '920303-08-5242', hireDate: '2021-01-04', perkesoRegisteredDate: '2021-01-05', leaveDate: '2025-05-20', leaveReason: 'resigned' });
  const siti = add({ name: 'Siti Aminah', idType: 'mykad', idNumber: '900202-10-5154', hireDate: '2025-05-02', perkesoRegisteredDate: '2025-05-03' });
  return { company, ali, mei, siti };
}

interface WageRow {
  employee_id: number;
  basic: number;
  overtime: number;
  bonus: number;
  event: string | null;
}

function storedWages(app: AppHandle, month = MONTH): WageRow[] {
  return queryDatabase<WageRow>(
    app.databaseFile,
    'SELECT employee_id, basic, overtime, bonus, event FROM wages WHERE month = ? ORDER BY employee_id',
    month,
  );
}

/** "1,234.56" as the grid shows money. */
function shown(sen: number): string {
  const [whole = '0', fraction = '00'] = senToDecimal(sen).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

function expected(employee: Employee, wagesSen: number) {
  return calculateContributions({ month: MONTH, wagesSen, person: personFacts(employee) });
}

const cell = (page: Page, item: string, name: string) => page.getByLabel(`${item}, ${name}`, { exact: true });
const row = (page: Page, name: string) => page.getByTestId('wage-row').filter({ hasText: name });

/** The month, typed into the month field (shown by name once taken: "May 2025", "Mei 2025"). */
async function openMonth(page: Page, month = MONTH, locale: Locale = 'en') {
  const picker = page.getByLabel(translate(locale, 'wages.month.label'), { exact: true });
  await picker.fill(month);
  await expect(picker).toHaveValue(formatMonthName(month, locale));
  await expect(page.getByTestId('wage-grid')).toBeVisible();
}

test.describe('wages screen', () => {
  test.beforeEach(({ app }) => {
    app.services.settings.setLocale('en');
  });

  test('a month is entered with the keyboard; contributions and totals follow as you type; Save stores it', async ({ page, app, gotoApp }) => {
    const { ali, mei, siti } = seed(app);
    await gotoApp(page, '#/wages');
    await expect(page.getByRole('heading', { level: 1, name: 'Wages' })).toBeVisible();
    await openMonth(page);

    // Joiners and leavers of the month are marked.
    await expect(row(page, 'Siti Aminah')).toContainText('Joined');
    await expect(row(page, 'Mei Ling')).toContainText('Left');

    await cell(page, 'Basic', 'Ali bin Ahmad').click();
    await page.keyboard.type('3000');
    await expect(row(page, 'Ali bin Ahmad').getByTestId('row-socso-employer')).toHaveText(shown(expected(ali, 300000).socso.employerSen));
    await page.keyboard.press('Enter'); // down to Mei Ling
    await expect(cell(page, 'Basic', 'Mei Ling')).toBeFocused();
    await page.keyboard.type('1500.50');
    await page.keyboard.press('Tab'); // right: overtime
    await expect(cell(page, 'Overtime', 'Mei Ling')).toBeFocused();
    await page.keyboard.type('200');
    await page.keyboard.press('ArrowDown');
    await expect(cell(page, 'Overtime', 'Siti Aminah')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(cell(page, 'Basic', 'Siti Aminah')).toBeFocused();
    await page.keyboard.type('2500');
    // Escape puts back what the cell held when it was entered.
    await page.keyboard.press('Escape');
    await expect(cell(page, 'Basic', 'Siti Aminah')).toHaveValue('');
    await page.keyboard.type('1800');
    // A bonus does not count as wages: contributions do not move.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    // Basic, then the items that count as wages (overtime … service charge), then Bonus.
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight');
    await expect(cell(page, 'Bonus', 'Ali bin Ahmad')).toBeFocused();
    await page.keyboard.type('5000');

    const aliResult = expected(ali, 300000);
    const meiResult = expected(mei, 170050);
    const sitiResult = expected(siti, 180000);
    await expect(row(page, 'Ali bin Ahmad').getByTestId('row-wages')).toHaveText('3,000.00');
    await expect(row(page, 'Ali bin Ahmad').getByTestId('row-total')).toHaveText(shown(aliResult.totals.totalSen));
    await expect(row(page, 'Mei Ling').getByTestId('row-wages')).toHaveText('1,700.50');
    await expect(row(page, 'Mei Ling').getByTestId('row-eis-employee')).toHaveText(shown(meiResult.eis.employeeSen));
    await expect(page.getByTestId('total-basic')).toHaveText('6,300.50');
    await expect(page.getByTestId('total-bonus')).toHaveText('5,000.00');
    await expect(page.getByTestId('total-wages')).toHaveText('6,500.50');
    await expect(page.getByTestId('total-all')).toHaveText(
      shown(aliResult.totals.totalSen + meiResult.totals.totalSen + sitiResult.totals.totalSen),
    );
    // The band and the reason are there on hover.
    await expect(row(page, 'Ali bin Ahmad').getByTestId('row-socso-employer')).toHaveAttribute('title', /Band RM2,900\.01 – RM3,000\.00\.\nCategory 1/);

    expect(storedWages(app)).toEqual([]);
    await page.getByRole('button', { name: 'Save 3 changed' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved the wages of 3 employees for May 2025.');
    expect(storedWages(app)).toEqual([
      { employee_id: ali.id, basic: 300000, overtime: 0, bonus: 500000, event: null },
      { employee_id: mei.id, basic: 150050, overtime: 20000, bonus: 0, event: null },
      { employee_id: siti.id, basic: 180000, overtime: 0, bonus: 0, event: null },
    ]);

    await page.reload();
    await openMonth(page);
    await expect(cell(page, 'Basic', 'Mei Ling')).toHaveValue('1500.50');
    await expect(cell(page, 'Overtime', 'Mei Ling')).toHaveValue('200.00');
    await expect(page.getByTestId('total-wages')).toHaveText('6,500.50');
  });

  test('a row changed elsewhere after the grid was opened is not overwritten: Save is refused, the stored amounts come back with the typing kept, a second Save stores both', async ({
    page,
    app,
    gotoApp,
  }) => {
    const { company, ali } = seed(app);
    app.services.wages.write(company.id, MONTH, [{ employeeId: ali.id, items: { basic: 200000 } }], 'app');
    await gotoApp(page, '#/wages');
    await openMonth(page);
    await cell(page, 'Basic', 'Ali bin Ahmad').fill('2500');
    // Meanwhile an import (another window, the CLI) puts Ali's overtime in.
    app.services.wages.write(company.id, MONTH, [{ employeeId: ali.id, items: { basic: 200000, overtime: 15000 } }], 'import');
    await page.getByRole('button', { name: 'Save 1 changed' }).click();
    await expect(page.getByRole('alert')).toContainText("Ali bin Ahmad's wages for this month were changed elsewhere");
    expect(storedWages(app).find((w) => w.employee_id === ali.id)).toMatchObject({ basic: 200000, overtime: 15000 });
    // The overtime stored elsewhere is shown; the basic typed is still there.
    await expect(cell(page, 'Overtime', 'Ali bin Ahmad')).toHaveValue('150.00');
    await expect(cell(page, 'Basic', 'Ali bin Ahmad')).toHaveValue('2500');
    await page.getByRole('button', { name: 'Save 1 changed' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    expect(storedWages(app).find((w) => w.employee_id === ali.id)).toMatchObject({ basic: 250000, overtime: 15000 });
  });

  for (const locale of ['ms', 'en'] as const) {
    test(`a save that would leave an employee's net pay below zero (${locale}): that row is kept as typing with the reason, the others are saved, and a reload keeps it`, async ({
      page,
      app,
      gotoApp,
    }) => {
      app.services.settings.setLocale(locale);
      const tr = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
      const { company, ali, siti } = seed(app);
      // Siti has a salary advance of RM1,000 this month (entered on the Payroll screen).
      app.services.wages.write(company.id, MONTH, [{ employeeId: ali.id, items: { basic: 300000 } }, { employeeId: siti.id, items: { basic: 180000 }, deductions: { salary_advance: 100000 } }], 'app');
      await gotoApp(page, '#/wages');
      await openMonth(page, MONTH, locale);
      const basic = (name: string) => page.getByLabel(tr('wages.cell.label', { item: tr('wages.item.short.basic'), name }), { exact: true });
      await basic('Ali bin Ahmad').fill('3100');
      // RM800 of pay less an advance of RM1,000 (and her EPF, SOCSO and EIS): below zero.
      await basic('Siti Aminah').fill('800');
      await page.keyboard.press('Control+s');
      const alert = page.getByTestId('wages-error');
      await expect(alert).toContainText(tr('wages.save.netRefused', { count: 1 }));
      await expect(alert.getByTestId('wages-refused')).toContainText('Siti Aminah');
      await expect(alert.getByTestId('wages-refused')).toContainText('RM800.00');
      await expect(basic('Siti Aminah')).toHaveAttribute('aria-invalid', 'true');
      await expect(basic('Siti Aminah')).toBeFocused();
      // Ali's raise is saved; nothing of Siti's row is.
      expect(storedWages(app).map((w) => [w.employee_id, w.basic])).toEqual([
        [ali.id, 310000],
        [siti.id, 180000],
      ]);
      await expect(page.getByTestId('wages-save')).toHaveText(tr('wages.save.count', { count: 1 }));
      // The refused typing is kept on this computer like any other.
      await page.reload();
      await openMonth(page, MONTH, locale);
      await expect(basic('Siti Aminah')).toHaveValue('800');
      await expect(basic('Ali bin Ahmad')).toHaveValue('3100.00');
      // Pay that covers the advance saves.
      await basic('Siti Aminah').fill('1900');
      await page.keyboard.press('Control+s');
      await expect(page.getByRole('status').filter({ hasText: tr('wages.saved', { count: 1, month: formatMonthName(MONTH, locale) }) })).toBeVisible();
      expect(storedWages(app).find((w) => w.employee_id === siti.id)).toMatchObject({ basic: 190000 });
    });
  }

  test('a block pasted from a spreadsheet fills the cells from the focused one', async ({ page, app, gotoApp }) => {
    const { ali, mei, siti } = seed(app);
    await gotoApp(page, '#/wages');
    await openMonth(page);
    await cell(page, 'Basic', 'Ali bin Ahmad').click();
    await page.evaluate(() => {
      const target = document.activeElement as HTMLElement;
      const data = new DataTransfer();
      data.setData('text/plain', '2000\t150.5\n1,800.00\t\n2200\t100\n');
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(cell(page, 'Basic', 'Ali bin Ahmad')).toHaveValue('2000');
    await expect(cell(page, 'Overtime', 'Ali bin Ahmad')).toHaveValue('150.5');
    await expect(cell(page, 'Basic', 'Mei Ling')).toHaveValue('1,800.00');
    await expect(cell(page, 'Basic', 'Siti Aminah')).toHaveValue('2200');
    await expect(page.getByTestId('total-basic')).toHaveText('6,000.00');
    await expect(page.getByTestId('total-overtime')).toHaveText('250.50');
    await expect(page.getByRole('status').filter({ hasText: 'Pasted' })).toHaveText('Pasted 3 rows. Check them, then Save.');

    await page.getByRole('button', { name: 'Save 3 changed' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    expect(storedWages(app)).toEqual([
      { employee_id: ali.id, basic: 200000, overtime: 15050, bonus: 0, event: null },
      { employee_id: mei.id, basic: 180000, overtime: 0, bonus: 0, event: null },
      { employee_id: siti.id, basic: 220000, overtime: 10000, bonus: 0, event: null },
    ]);
  });

  test('negative amounts, text in a money cell and a wrong event are refused; nothing is saved and nothing typed is lost', async ({
    page,
    app,
    gotoApp,
  }) => {
    const { ali } = seed(app);
    app.services.wages.write(ali.companyId, MONTH, [{ employeeId: ali.id, items: { basic: 250000 } }], 'app');
    await gotoApp(page, '#/wages');
    await openMonth(page);

    await cell(page, 'Basic', 'Ali bin Ahmad').fill('-100');
    await cell(page, 'Overtime', 'Mei Ling').fill('abc');
    await cell(page, 'Event', 'Siti Aminah').fill('x');
    await cell(page, 'Basic', 'Siti Aminah').fill('1800');
    await expect(row(page, 'Ali bin Ahmad').getByTestId('row-total')).toHaveText('—');

    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.getByRole('alert')).toHaveText(translate('en', 'wages.save.invalid', { count: 3 }));
    const negative = cell(page, 'Basic', 'Ali bin Ahmad');
    await expect(negative).toBeFocused();
    await expect(negative).toHaveAttribute('aria-invalid', 'true');
    await expect(negative).toHaveAccessibleDescription('An amount cannot be negative.');
    await expect(cell(page, 'Overtime', 'Mei Ling')).toHaveAccessibleDescription('Type an amount in ringgit, like 1234.50.');
    await expect(cell(page, 'Event', 'Siti Aminah')).toHaveAccessibleDescription(translate('en', 'wages.error.event'));
    await expect(negative).toHaveValue('-100');
    await expect(cell(page, 'Basic', 'Siti Aminah')).toHaveValue('1800');
    expect(storedWages(app)).toEqual([{ employee_id: ali.id, basic: 250000, overtime: 0, bonus: 0, event: null }]);

    // Fixing the cells clears the marks; then it saves.
    await negative.fill('2600');
    await expect(negative).not.toHaveAttribute('aria-invalid', 'true');
    await cell(page, 'Overtime', 'Mei Ling').fill('');
    await cell(page, 'Event', 'Siti Aminah').fill('t');
    await page.getByRole('button', { name: /^Save/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    expect(storedWages(app).map((w) => [w.basic, w.event])).toEqual([
      [260000, null],
      [180000, 'T'],
    ]);
  });

  test('copy last month fills the month from the previous one, leaving rows already entered', async ({ page, app, gotoApp }) => {
    const { ali, mei } = seed(app);
    app.services.wages.write(ali.companyId, '2025-04', [
      { employeeId: ali.id, items: { basic: 310000, overtime: 5000 } },
      { employeeId: mei.id, items: { basic: 160000 } },
    ], 'app');
    app.services.wages.write(ali.companyId, MONTH, [{ employeeId: mei.id, items: { basic: 170000 } }], 'app');
    await gotoApp(page, '#/wages');
    await openMonth(page);
    await page.getByRole('button', { name: 'Copy last month' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
      translate('en', 'wages.copied', { copied: 1, skipped: 1, from: 'April 2025' }),
    );
    await expect(cell(page, 'Basic', 'Ali bin Ahmad')).toHaveValue('3100.00');
    await expect(cell(page, 'Overtime', 'Ali bin Ahmad')).toHaveValue('50.00');
    await expect(cell(page, 'Basic', 'Mei Ling')).toHaveValue('1700.00');
    await expect(page.getByTestId('total-basic')).toHaveText('4,800.00');
    expect(storedWages(app).map((w) => [w.employee_id, w.basic])).toEqual([
      [ali.id, 310000],
      [mei.id, 170000],
    ]);
  });

  test('changing month with unsaved changes asks first: Stay keeps the typing, Save stores it and moves on', async ({ page, app, gotoApp }) => {
    seed(app);
    await gotoApp(page, '#/wages');
    await openMonth(page);
    await cell(page, 'Basic', 'Ali bin Ahmad').fill('1000');
    await page.getByRole('button', { name: 'Next month' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('The wages you typed for May 2025 at Kedai Runcit Ali are not saved yet (rows changed: 1).');
    await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
    await dialog.getByRole('button', { name: 'Stay here' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(cell(page, 'Basic', 'Ali bin Ahmad')).toHaveValue('1000');
    await expect(page.getByLabel('Month of the wages', { exact: true })).toHaveValue('May 2025');
    await page.getByRole('button', { name: 'Next month' }).click();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByLabel('Month of the wages', { exact: true })).toHaveValue('June 2025');
    expect(storedWages(app).map((w) => w.basic)).toEqual([100000]);
  });

  for (const locale of ['ms', 'en'] as const) {
    test(`the amount to pay PERKESO is in sight without scrolling sideways, per scheme, following the typing (${locale})`, async ({ page, app, gotoApp }) => {
      app.services.settings.setLocale(locale);
      const { ali, mei, company } = seed(app);
      app.services.wages.write(company.id, MONTH, [{ employeeId: ali.id, items: { basic: 300000 } }, { employeeId: mei.id, items: { basic: 250000 } }], 'app');
      const a = expected(ali, 300000);
      const m = expected(mei, 250000);
      await page.setViewportSize({ width: 1024, height: 640 });
      await gotoApp(page, '#/wages');
      await openMonth(page, MONTH, locale);
      const due = page.getByTestId('amount-due');
      await expect(due.getByRole('heading')).toHaveText(translate(locale, 'wages.due.title', { month: formatMonthName(MONTH, locale) }));
      await expect(due).toBeInViewport({ ratio: 1 });
      await expect(due.getByTestId('due-total')).toHaveText(formatRinggit(a.totals.totalSen + m.totals.totalSen));
      await expect(due.getByTestId('due-socso')).toHaveText(`${translate(locale, 'wages.due.socso')}${formatRinggit(a.socso.employerSen + a.socso.employeeSen + m.socso.employerSen + m.socso.employeeSen)}`);
      await expect(due.getByTestId('due-eis')).toHaveText(`${translate(locale, 'wages.due.eis')}${formatRinggit(a.eis.employerSen + a.eis.employeeSen + m.eis.employerSen + m.eis.employeeSen)}`);
      // LINDUNG 24 Jam begins with June 2026: not mentioned for May 2025.
      await expect(due.getByTestId('due-lindung')).toHaveCount(0);
      await expect(due.getByTestId('due-split')).toHaveText(
        translate(locale, 'wages.due.split', { employer: formatRinggit(a.totals.employerSen + m.totals.employerSen), employee: formatRinggit(a.totals.employeeSen + m.totals.employeeSen) }),
      );
      // Nothing on the screen needs a sideways scroll but the grid itself.
      const main = page.locator('#main-content');
      expect(await main.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      // The grid's last column says what it totals.
      await expect(page.getByTestId('total-column-header')).toHaveText(`${translate(locale, 'wages.column.total')}${translate(locale, 'wages.column.total.note')}`);

      // Typing moves it at once, and it says that this is not saved yet.
      await cell(page, translate(locale, 'wages.item.short.basic'), 'Siti Aminah').fill('3000');
      await expect(due.getByTestId('due-total')).toHaveText(formatRinggit(a.totals.totalSen + m.totals.totalSen + expected(app.services.employees.list(company.id).find((e) => e.name === 'Siti Aminah')!, 300000).totals.totalSen));
      await expect(due.getByTestId('due-note')).toHaveText(` ${translate(locale, 'wages.due.unsaved')}`);
    });
  }

  for (const locale of ['ms', 'en'] as const) {
    test(`EPF (KWSP) per row, in the totals and to pay beside PERKESO; its working in the row's explanation (${locale})`, async ({ page, app, gotoApp }) => {
      app.services.settings.setLocale(locale);
      const { ali, mei, company } = seed(app);
      // Overtime is SOCSO wages but not EPF wages (EPF.md §3).
      app.services.wages.write(company.id, MONTH, [{ employeeId: ali.id, items: { basic: 300000, overtime: 20000 } }, { employeeId: mei.id, items: { basic: 250000 } }], 'app');
      await page.setViewportSize({ width: 1024, height: 640 });
      await gotoApp(page, '#/wages');
      await openMonth(page, MONTH, locale);
      // Part A, 2022-07 edition (shared/spec/epf/epf_partA_2022-07.csv): RM2,980.01–3,000.00 → RM390 / RM330;
      // RM2,480.01–2,500.00 → RM325 / RM275.
      await expect(row(page, 'Ali bin Ahmad').getByTestId('row-epf-employer')).toHaveText('390.00');
      await expect(row(page, 'Ali bin Ahmad').getByTestId('row-epf-employee')).toHaveText('330.00');
      await expect(row(page, 'Mei Ling').getByTestId('row-epf-employer')).toHaveText('325.00');
      await expect(row(page, 'Mei Ling').getByTestId('row-epf-employee')).toHaveText('275.00');
      await expect(page.getByTestId('total-epf-employer')).toHaveText('715.00');
      await expect(page.getByTestId('total-epf-employee')).toHaveText('605.00');
      const due = page.getByTestId('due-epf');
      await expect(due.getByRole('heading')).toHaveText(translate(locale, 'wages.due.epf.title', { month: formatMonthName(MONTH, locale) }));
      await expect(due.getByTestId('due-epf-total')).toHaveText(formatRinggit(71500 + 60500));
      await expect(due).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('due-total')).toBeInViewport({ ratio: 1 });

      // Typing follows at once: Siti's RM1,500 is the RM1,480.01–1,500.00 row, RM195 / RM165.
      await cell(page, translate(locale, 'wages.item.short.basic'), 'Siti Aminah').fill('1500');
      await expect(row(page, 'Siti Aminah').getByTestId('row-epf-employer')).toHaveText('195.00');
      await expect(due.getByTestId('due-epf-total')).toHaveText(formatRinggit(71500 + 60500 + 19500 + 16500));

      // The row's explanation says how EPF was found, in the UI's language.
      await row(page, 'Ali bin Ahmad').getByRole('button', { name: translate(locale, 'wages.explain.row', { name: 'Ali bin Ahmad' }) }).click();
      const panel = page.getByTestId('wage-explanation');
      await expect(panel.getByTestId('explain-epf')).toHaveText(translate(locale, 'wages.explain.epf', { employer: 'RM390.00', employee: 'RM330.00', total: 'RM720.00' }));
      await expect(panel.getByTestId('explain-epf-list')).toContainText(translate(locale, 'epf.explain.part.A.citizen'));
    });
  }

  for (const locale of ['ms', 'en'] as const) {
    test(`PCB per row and to pay LHDN, as the pay run works it out; LHDN's working in the row's explanation; worked out again after Save (${locale})`, async ({ page, app, gotoApp }) => {
      app.services.settings.setLocale(locale);
      const { ali, mei, company } = seed(app);
      app.services.wages.write(company.id, MONTH, [{ employeeId: ali.id, items: { basic: 900000 } }, { employeeId: mei.id, items: { basic: 250000 } }], 'app');
      const payrun = () => new Map(app.services.payroll.month(company.id, MONTH).lines.map((l) => [l.payroll.employeeId, l.payroll]));
      const before = payrun();
      const aliPcb = before.get(ali.id)!.deductions.pcbSen;
      // RM9,000 a month is taxable: PCB is due (its amount is the tax engine's, tested against LHDN's examples).
      expect(aliPcb).toBeGreaterThan(0);
      await gotoApp(page, '#/wages');
      await openMonth(page, MONTH, locale);
      await expect(row(page, 'Ali bin Ahmad').getByTestId('row-pcb')).toHaveText(shown(aliPcb));
      await expect(row(page, 'Mei Ling').getByTestId('row-pcb')).toHaveText(shown(before.get(mei.id)!.deductions.pcbSen));
      // Siti has no wages: not paid, no PCB.
      await expect(row(page, 'Siti Aminah').getByTestId('row-pcb')).toHaveText('—');
      const pcbSum = [...before.values()].reduce((sum, p) => sum + p.deductions.pcbSen, 0);
      await expect(page.getByTestId('total-pcb')).toHaveText(shown(pcbSum));
      const due = page.getByTestId('due-pcb');
      await expect(due.getByRole('heading')).toHaveText(translate(locale, 'wages.due.pcb.title', { month: formatMonthName(MONTH, locale) }));
      await expect(due.getByTestId('due-pcb-total')).toHaveText(formatRinggit(pcbSum));

      // The row's explanation shows LHDN's working for the saved wages.
      await row(page, 'Ali bin Ahmad').getByRole('button', { name: translate(locale, 'wages.explain.row', { name: 'Ali bin Ahmad' }) }).click();
      const panel = page.getByTestId('wage-explanation');
      await expect(panel.getByTestId('explain-pcb')).toHaveText(translate(locale, 'wages.explain.pcb', { pcb: formatRinggit(aliPcb), cp38: formatRinggit(0) }));
      const working = before.get(ali.id)!.pcbWorking;
      expect(working.length).toBeGreaterThan(0);
      await expect(panel.getByTestId('explain-pcb-list').getByRole('listitem')).toHaveCount(working.length);
      await expect(panel.getByTestId('explain-pcb-list')).not.toContainText('pcb.');

      // A changed row's PCB waits for Save (it counts the year to date); Save works it out again.
      const basic = cell(page, translate(locale, 'wages.item.short.basic'), 'Ali bin Ahmad');
      await basic.fill('12000');
      await expect(row(page, 'Ali bin Ahmad').getByTestId('row-pcb')).toHaveText('…');
      await expect(panel.getByTestId('explain-pcb')).toHaveText(translate(locale, 'wages.explain.pcbAfterSave'));
      await page.getByTestId('wages-save').click();
      await expect(page.getByTestId('wages-save')).toHaveText(translate(locale, 'wages.save'));
      const after = payrun().get(ali.id)!.deductions.pcbSen;
      expect(after).toBeGreaterThan(aliPcb);
      await expect(row(page, 'Ali bin Ahmad').getByTestId('row-pcb')).toHaveText(shown(after));
      await expect(panel.getByTestId('explain-pcb')).toHaveText(translate(locale, 'wages.explain.pcb', { pcb: formatRinggit(after), cp38: formatRinggit(0) }));
    });
  }

  test('from June 2026 the amount due names LINDUNG 24 Jam too', async ({ page, app, gotoApp }) => {
    const { ali, company } = seed(app);
    app.services.wages.write(company.id, '2026-06', [{ employeeId: ali.id, items: { basic: 300000 } }], 'app');
    const result = calculateContributions({ month: '2026-06', wagesSen: 300000, person: personFacts(ali) });
    expect(result.lindung.employeeSen).toBeGreaterThan(0);
    await gotoApp(page, '#/wages');
    await openMonth(page, '2026-06');
    await expect(page.getByTestId('due-lindung')).toHaveText(`LINDUNG 24 Jam${formatRinggit(result.lindung.employeeSen + result.lindung.employerSen)}`);
  });

  test('how each amount is worked out opens by keyboard and by touch, and follows the row; a cell’s error is announced as it appears', async ({ browser, page, app, gotoApp }) => {
    const { ali, company } = seed(app);
    app.services.wages.write(company.id, MONTH, [{ employeeId: ali.id, items: { basic: 300000 } }], 'app');
    await gotoApp(page, '#/wages');
    await openMonth(page);

    // Keyboard: the disclosure is in the tab order before the grid.
    const toggle = page.getByRole('button', { name: 'How are the amounts worked out?' });
    await toggle.focus();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = page.getByTestId('wage-explanation');
    await expect(panel.getByRole('heading')).toHaveText('Ali bin Ahmad, May 2025: how the amounts are worked out');
    await expect(panel).toContainText('SOCSO Category 1: table socso_first_2024-10, band RM2,900.01 – RM3,000.00: employer RM51.65, employee RM14.75.');
    // Born 5 May 1985: 40 only from June 2025 (an age counts from the month after the birthday).
    await expect(panel).toContainText('Age 39 for May 2025');
    // It follows the row the user moves to.
    await cell(page, 'Basic', 'Ali bin Ahmad').focus();
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('heading')).toHaveText('Mei Ling, May 2025: how the amounts are worked out');
    await expect(panel).toContainText('No wages this month, so nothing is payable.');

    // A cell's error is said the moment it appears (polite: the typing is not cut off).
    const announcement = page.getByTestId('cell-error-announcement');
    await expect(announcement).toHaveAttribute('aria-live', 'polite');
    await page.keyboard.type('-5');
    await expect(announcement).toHaveText('Basic, Mei Ling: An amount cannot be negative.');
    await expect(panel).toContainText(translate('en', 'wages.explain.invalid'));
    await page.keyboard.press('Escape');
    await expect(announcement).toHaveText('');

    // Touch: tapping a row's total opens the explanation of that row.
    const context = await browser.newContext({ hasTouch: true, isMobile: false, viewport: { width: 1024, height: 640 }, timezoneId: 'Asia/Kuala_Lumpur' });
    const tablet = await context.newPage();
    try {
      await gotoApp(tablet, '#/wages');
      await openMonth(tablet);
      await row(tablet, 'Ali bin Ahmad').getByRole('button', { name: 'How this total is worked out: Ali bin Ahmad' }).tap();
      await expect(tablet.getByTestId('wage-explanation')).toBeVisible();
      await expect(tablet.getByTestId('wage-explanation').getByRole('heading')).toHaveText('Ali bin Ahmad, May 2025: how the amounts are worked out');
    } finally {
      await context.close();
    }
  });

  test('screenshots of the wages screen in both languages, at 1280×720, 1024×640 and 200 % zoom', async ({ page, app, gotoApp }) => {
    const dir = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));
    fs.mkdirSync(dir, { recursive: true });
    const { company } = seed(app);
    const names = ['Ahmad Faizal', 'Chong Wei', 'Devi Ramasamy', 'Farah Nadia', 'Goh Kim Seng', 'Hafiz Rahman', 'Ivy Tan', 'Nurul Huda binti Abdullah'];
    const employees = names.map((name, i) =>
      app.services.employees.create(company.id, { name, idType: 'mykad', idNumber: `8${i}0101-10-51${String(i).padStart(2, '0')}`, hireDate: '2022-01-01', perkesoRegisteredDate: '2022-01-02' }),
    );
    app.services.wages.write(
      company.id,
      MONTH,
      employees.map((e, i) => ({ employeeId: e.id, items: { basic: 180000 + i * 35000, overtime: i % 3 === 0 ? 12000 : 0, allowance: 20000 } })),
      'app',
    );
    for (const locale of ['ms', 'en'] as const) {
      app.services.settings.setLocale(locale);
      for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 640 }]) {
        await page.setViewportSize(size);
        await gotoApp(page, '#/wages');
        await openMonth(page, MONTH, locale);
        const itemLabel = translate(locale, 'wages.item.short.basic');
        await page.getByLabel(`${itemLabel}, Ali bin Ahmad`, { exact: true }).fill('-20');
        await page.getByLabel(`${itemLabel}, Mei Ling`, { exact: true }).click();
        await page.keyboard.type('2450');
        await expect(page.getByTestId('amount-due')).toBeInViewport({ ratio: 1 });
        await page.screenshot({ path: path.join(dir, `wages-${locale}-${size.width}x${size.height}.png`) });
        if (size.width === 1280) await page.screenshot({ path: path.join(dir, `wages-${locale}.png`) });
        await page.getByRole('button', { name: translate(locale, 'wages.explain.toggle') }).click();
        await page.screenshot({ path: path.join(dir, `wages-explained-${locale}-${size.width}x${size.height}.png`) });
        // The next picture starts clean (this typing would otherwise come back as a draft).
        await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('caruman.draft.')).forEach((key) => localStorage.removeItem(key)));
      }
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  test('at 200 % zoom (a 1280-pixel window) the amount due stays in sight and long names are whole', async ({ browser, app, gotoApp }) => {
    const dir = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));
    fs.mkdirSync(dir, { recursive: true });
    const { company } = seed(app);
    app.services.employees.create(company.id, { name: 'Nurul Huda binti Abdullah', idType: 'mykad', idNumber: '950707-14-5678', hireDate: '2022-01-01', perkesoRegisteredDate: '2022-01-02' });
    const context = await browser.newContext({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2, locale: 'en-GB', timezoneId: 'Asia/Kuala_Lumpur' });
    const page = await context.newPage();
    try {
      for (const locale of ['ms', 'en'] as const) {
        app.services.settings.setLocale(locale);
        await gotoApp(page, '#/wages');
        await openMonth(page, MONTH, locale);
        const name = row(page, 'Nurul Huda binti Abdullah').locator('.grid-name');
        // The whole name is on screen: nothing of it is cut off.
        expect(await name.evaluate((element) => element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1)).toBe(true);
        await expect(page.getByTestId('due-total')).toBeVisible();
        await page.screenshot({ path: path.join(dir, `wages-zoom200-${locale}.png`), fullPage: true });
      }
    } finally {
      await context.close();
    }
  });
});
