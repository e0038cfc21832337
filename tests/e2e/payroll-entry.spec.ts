// Deductions and hours on the Payroll screen (issue 17), in both languages: a salary advance and
// 4 hours of overtime typed in an employee's details, the overtime worked out with its working,
// saved with Enter, and the net pay in the table changing by the amount worked by hand below;
// hours typed with a comma refused; leaving with typing not saved asks first; a row changed
// elsewhere refused with the typing kept; a finalised month read-only with the reason.
import type { Page } from '@playwright/test';
import { monthToPayNow } from '../../shared/calendar';
import { translate, type Locale, type MessageKey } from '../../shared/i18n/catalog';
import { test, expect, type AppHandle } from './harness';
import { shownSen } from './shown-money';

const MONTH = monthToPayNow();


function seed(app: AppHandle) {
  const company = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
  const hire = { idType: 'mykad' as const, hireDate: '2022-01-01', perkesoRegisteredDate: '2022-01-02' };
  const ali = app.services.employees.create(company.id, { name: 'Ali bin Ahmad', idNumber: '900101-10-5151', ...hire });
  const siti = app.services.employees.create(company.id, { name: 'Siti binti Omar', idNumber: '960115-14-5674', monthlyRate: '2600.00', ...hire });
  app.services.wages.write(company.id, MONTH, [{ employeeId: ali.id, items: { basic: 300_000 } }, { employeeId: siti.id, items: { basic: 260_000 } }], 'app');
  return { company, ali, siti };
}

async function openDetails(page: Page, locale: Locale, name: string) {
  await page.getByRole('button', { name: translate(locale, 'payrollScreen.row.open', { name }) }).click();
  const detail = page.getByTestId('payroll-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(name);
  await expect(detail.getByTestId('entry-editor').getByRole('button', { name: translate(locale, 'payHours.save') })).toBeVisible();
  return detail;
}

for (const locale of ['ms', 'en'] as const satisfies readonly Locale[]) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  test(`deductions and hours (${locale}): a salary advance and 4 h of overtime change the net pay by the amount worked by hand`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    seed(app);
    await gotoApp(page, '#/payroll');
    const row = page.getByTestId('payroll-row').filter({ hasText: 'Siti binti Omar' });
    const netBefore = shownSen(await row.getByTestId('payroll-net').innerText());
    const pcbBefore = shownSen(await row.getByTestId('payroll-pcb').innerText());
    const detail = await openDetails(page, locale, 'Siti binti Omar');
    const editor = detail.getByTestId('entry-editor');

    await editor.getByLabel(tr('payHours.salaryAdvance')).fill('100');
    // A comma in hours is refused (CHOSEN: a comma separates thousands in Caruman), nothing saved.
    const normal = editor.getByLabel(tr('payHours.overtime.normal'));
    await normal.fill('4,5');
    await normal.press('Enter');
    await expect(editor).toContainText(tr('hours.error.comma'));
    await expect(normal).toBeFocused();
    await expect(normal).toHaveAttribute('aria-invalid', 'true');

    // 4 hours on normal days: RM2,600 ÷ 26 ÷ 8 h = RM12.50 an hour; 4 h × 1.5 = RM75.00.
    await normal.fill('4');
    await expect(editor.getByLabel(tr('payHours.overtimeAmount'))).toHaveValue('75.00');
    const working = editor.getByTestId('overtime-working');
    await expect(working).toContainText(tr('payHours.working.hourly.employee', { monthly: 'RM2,600.00', divisor: 26, hours: '8:00', hourly: 'RM12.50' }));
    await expect(working).toContainText(tr('payHours.working.overtime.normal', { hours: '4:00', multiplier: '1.5', amount: 'RM75.00' }));
    await normal.press('Enter');
    await expect(editor.getByTestId('entry-status')).not.toBeEmpty();

    // By hand: gross 2,600 → 2,675 (overtime is not EPF wages: EPF unchanged). SOCSO wages cross
    // from 2,500.01–2,600.00 to 2,600.01–2,700.00: SOCSO employee 12.75 → 13.25 (first category,
    // 2024-10), EIS 5.10 → 5.30, LINDUNG 24 Jam 19.15 → 19.85 (2026-06). Net: +75.00 − 100.00 −
    // 0.50 − 0.20 − 0.70 = −26.40, with the PCB as before (RM2,675 a month, single: below the rebate).
    await expect.poll(async () => shownSen(await row.getByTestId('payroll-net').innerText())).toBe(netBefore - 2_640);
    expect(shownSen(await row.getByTestId('payroll-pcb').innerText())).toBe(pcbBefore);
    await expect(detail.getByTestId('payslip-net')).toContainText(await row.getByTestId('payroll-net').innerText());
    await expect(editor.getByTestId('entry-status')).toContainText(await row.getByTestId('payroll-net').innerText());

    // Leaving with typing not saved asks first; Stay keeps it; Escape puts back what is saved.
    const zakat = editor.getByLabel(tr('payHours.zakat'));
    await zakat.fill('10');
    await page.getByRole('navigation').getByRole('link', { name: tr('nav.employees'), exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: tr('unsaved.title') });
    await expect(dialog).toContainText(tr('payHours.unsaved', { name: 'Siti binti Omar', month: MONTH }));
    await dialog.getByRole('button', { name: tr('unsaved.stay') }).click();
    await expect(zakat).toHaveValue('10');
    await zakat.press('Escape');
    await expect(zakat).toHaveValue('');
    await expect(detail).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: tr('nav.employees'), exact: true }).click();
    await expect(page).toHaveURL(/#\/employees/);
    await expect(page.getByRole('rowheader', { name: 'Siti binti Omar' })).toBeVisible();
  });
}

test('deductions and hours: a row changed elsewhere is refused with the typing kept; a finalised month is read-only', async ({ page, app, gotoApp }) => {
  app.services.settings.setLocale('en');
  const { company, siti } = seed(app);
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
  await gotoApp(page, '#/payroll');
  const detail = await openDetails(page, 'en', 'Siti binti Omar');
  const editor = detail.getByTestId('entry-editor');
  const advance = editor.getByLabel(tr('payHours.salaryAdvance'));
  await advance.fill('50');
  // The wage grid saves Siti's month meanwhile.
  app.services.wages.write(company.id, MONTH, [{ employeeId: siti.id, items: { basic: 260_000, allowance: 5_000 } }], 'app');
  await advance.press('Enter');
  await expect(editor.getByRole('alert')).toContainText("Siti binti Omar's wages for this month were changed elsewhere");
  await expect(advance).toHaveValue('50');
  // Saved again on top of what is stored now: the allowance from the grid stays.
  await page.keyboard.press('Control+s');
  await expect(editor.getByTestId('entry-status')).not.toBeEmpty();
  const stored = app.services.wages.entriesFor(company.id, MONTH).get(siti.id)!;
  expect([stored.items.allowance, stored.deductions.salary_advance]).toEqual([5_000, 5_000]);

  // A salary advance larger than the pay: refused naming her, nothing written.
  await advance.fill('9000');
  await advance.press('Enter');
  await expect(editor.getByRole('alert')).toContainText('Siti binti Omar');
  expect(app.services.wages.entriesFor(company.id, MONTH).get(siti.id)!.deductions.salary_advance).toBe(5_000);
  await advance.press('Escape');

  app.services.payroll.finalise(company.id, MONTH, 'app');
  await page.reload();
  const locked = await openDetailsReadOnly(page, 'Siti binti Omar');
  await expect(locked.getByTestId('entry-read-only')).toContainText(tr('payHours.readOnly', { month: MONTH }));
  await expect(locked.getByLabel(tr('payHours.salaryAdvance'))).toHaveAttribute('readonly', '');
  await expect(locked.getByRole('button', { name: tr('payHours.save') })).toHaveCount(0);
});

async function openDetailsReadOnly(page: Page, name: string) {
  await page.getByRole('button', { name: translate('en', 'payrollScreen.row.open', { name }) }).click();
  const editor = page.getByTestId('payroll-detail').getByTestId('entry-editor');
  await expect(editor.getByTestId('entry-read-only')).toBeVisible();
  return editor;
}

// An employee the pay run refuses has no row: the refusal opens their deductions and hours, the
// place to fix it, by keyboard; once saved and payable the row and the payslip are back.
for (const locale of ['ms', 'en'] as const satisfies readonly Locale[]) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  test(`a refused employee's deductions open from the refusal (${locale}); fixed and saved, the row shows normally`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const { company, ali } = seed(app);
    // Ali's salary advance of RM3,500 is more than his RM3,000 (stored before saves were checked,
    // as an older database may hold it).
    app.services.wages.write(company.id, MONTH, [{ employeeId: ali.id, items: { basic: 300_000 }, deductions: { salary_advance: 350_000 } }], 'app');
    await gotoApp(page, '#/payroll');
    const refusals = page.getByTestId('payroll-refusals');
    await expect(refusals).toContainText('Ali bin Ahmad');
    await expect(page.getByTestId('payroll-row').filter({ hasText: 'Ali bin Ahmad' })).toHaveCount(0);

    const open = refusals.getByRole('button', { name: tr('payrollScreen.refusals.open', { name: 'Ali bin Ahmad' }) });
    await open.focus();
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('payroll-detail');
    await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(detail.getByTestId('payroll-detail-refused')).toContainText(tr('payrollScreen.detail.refused.title', { name: 'Ali bin Ahmad', month: MONTH }));
    await expect(detail.getByTestId('payroll-detail-refused')).toContainText('RM3,000.00');
    // No figures that pretend to be right: no payslip, no working.
    await expect(detail.getByTestId('payslip-net')).toHaveCount(0);
    await expect(detail.getByTestId('why-epf')).toHaveCount(0);
    // Escape closes the details and gives the focus back to the button that opened them.
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
    await expect(open).toBeFocused();
    await page.keyboard.press('Enter');

    const advance = detail.getByLabel(tr('payHours.salaryAdvance'));
    await expect(advance).toHaveValue('3500.00');
    // Still more than the pay: refused again, naming him, nothing written.
    await advance.fill('3100');
    await advance.press('Enter');
    await expect(detail.getByTestId('entry-editor').getByRole('alert')).toContainText('Ali bin Ahmad');
    expect(app.services.wages.entriesFor(company.id, MONTH).get(ali.id)!.deductions.salary_advance).toBe(350_000);
    await advance.fill('500');
    await advance.press('Enter');
    await expect(refusals).toHaveCount(0);
    const row = page.getByTestId('payroll-row').filter({ hasText: 'Ali bin Ahmad' });
    await expect(row).toHaveCount(1);
    await expect(detail.getByTestId('payslip-net')).toContainText(await row.getByTestId('payroll-net').innerText());
    expect(app.services.wages.entriesFor(company.id, MONTH).get(ali.id)!.deductions.salary_advance).toBe(50_000);
  });

  test(`typing in the deductions and hours is kept across a reload (${locale}), with a notice and a way to discard it`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const { company, siti } = seed(app);
    await gotoApp(page, '#/payroll');
    let detail = await openDetails(page, locale, 'Siti binti Omar');
    await detail.getByLabel(tr('payHours.salaryAdvance')).fill('150');
    await detail.getByLabel(tr('payHours.overtime.normal')).fill('2');
    await expect(detail.getByLabel(tr('payHours.overtimeAmount'))).toHaveValue('37.50');

    // A reload (or a crash) loses none of it: the details show it again, said so.
    await page.reload();
    detail = await openDetails(page, locale, 'Siti binti Omar');
    await expect(detail.getByTestId('entry-restored')).toContainText(tr('payHours.kept.restored', { name: 'Siti binti Omar', month: MONTH }));
    await expect(detail.getByLabel(tr('payHours.salaryAdvance'))).toHaveValue('150');
    await expect(detail.getByLabel(tr('payHours.overtime.normal'))).toHaveValue('2');
    await expect(detail.getByLabel(tr('payHours.overtimeAmount'))).toHaveValue('37.50');
    expect(app.services.wages.entriesFor(company.id, MONTH).get(siti.id)!.deductions.salary_advance).toBe(0);
    // Discarded, it is gone, and stays gone after another reload.
    await detail.getByRole('button', { name: tr('payHours.kept.discard') }).click();
    await expect(detail.getByLabel(tr('payHours.salaryAdvance'))).toHaveValue('');
    await expect(detail.getByTestId('entry-restored')).toHaveCount(0);
    // Another employee's details were never touched by it.
    const ali = await openDetails(page, locale, 'Ali bin Ahmad');
    await expect(ali.getByTestId('entry-restored')).toHaveCount(0);
    await expect(ali.getByLabel(tr('payHours.salaryAdvance'))).toHaveValue('');
    await page.reload();
    detail = await openDetails(page, locale, 'Siti binti Omar');
    await expect(detail.getByLabel(tr('payHours.salaryAdvance'))).toHaveValue('');
    await expect(detail.getByTestId('entry-restored')).toHaveCount(0);

    // Saved, it is not kept either.
    await detail.getByLabel(tr('payHours.zakat')).fill('10');
    await detail.getByLabel(tr('payHours.zakat')).press('Enter');
    await expect(detail.getByTestId('entry-status')).not.toBeEmpty();
    await page.reload();
    detail = await openDetails(page, locale, 'Siti binti Omar');
    await expect(detail.getByLabel(tr('payHours.zakat'))).toHaveValue('10.00');
    await expect(detail.getByTestId('entry-restored')).toHaveCount(0);
  });
}

test('typing kept for a month finalised since is shown as not applied, never applied', async ({ page, app, gotoApp }) => {
  app.services.settings.setLocale('en');
  const { company, siti } = seed(app);
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
  await gotoApp(page, '#/payroll');
  const detail = await openDetails(page, 'en', 'Siti binti Omar');
  await detail.getByLabel(tr('payHours.salaryAdvance')).fill('150');
  // The month is finalised elsewhere (another window, the CLI) before this typing is saved.
  app.services.payroll.finalise(company.id, MONTH, 'app');
  await page.reload();
  const locked = await openDetailsReadOnly(page, 'Siti binti Omar');
  await expect(locked.getByTestId('entry-restored')).toContainText(tr('payHours.kept.notApplied', { name: 'Siti binti Omar', month: MONTH }));
  await expect(locked.getByLabel(tr('payHours.salaryAdvance'))).toHaveValue('');
  expect(app.services.wages.entriesFor(company.id, MONTH).get(siti.id)!.deductions.salary_advance).toBe(0);
  await locked.getByRole('button', { name: tr('payHours.kept.discard') }).click();
  await expect(locked.getByTestId('entry-restored')).toHaveCount(0);
  await page.reload();
  const again = await openDetailsReadOnly(page, 'Siti binti Omar');
  await expect(again.getByTestId('entry-restored')).toHaveCount(0);
});

test('a bookkeeper enters three employees’ salary advances by keyboard alone: Enter, Tab, type, Enter, Escape, ↓', async ({ page, app, gotoApp }) => {
  app.services.settings.setLocale('en');
  const { company } = seed(app);
  const hire = { idType: 'mykad' as const, hireDate: '2022-01-01', perkesoRegisteredDate: '2022-01-02' };
  const tan = app.services.employees.create(company.id, { name: 'Tan Mei Ling', idNumber: '900303-10-5670', ...hire });
  app.services.wages.write(company.id, MONTH, [{ employeeId: tan.id, items: { basic: 250_000 } }], 'app');
  await gotoApp(page, '#/payroll');
  const rows = page.getByTestId('payroll-row');
  await expect(rows).toHaveCount(3);
  // The table's one tabbable row button is where the keyboard starts.
  await rows.first().getByRole('button').focus();
  const names = ['Ali bin Ahmad', 'Siti binti Omar', 'Tan Mei Ling'];
  for (const [index, name] of names.entries()) {
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('payroll-detail');
    await expect(detail.getByRole('heading', { level: 2 })).toContainText(name);
    await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Tab'); // Close the details
    await page.keyboard.press('Tab'); // Salary advance
    await expect(detail.getByLabel(translate('en', 'payHours.salaryAdvance'))).toBeFocused();
    await page.keyboard.type(String(100 * (index + 1)));
    await page.keyboard.press('Enter');
    await expect(detail.getByTestId('entry-status')).toContainText(name);
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
    await expect(rows.nth(index).getByRole('button')).toBeFocused();
    if (index < names.length - 1) await page.keyboard.press('ArrowDown');
  }
  const stored = app.services.wages.entriesFor(company.id, MONTH);
  const byName = new Map(app.services.employees.list(company.id, 'all', '').map((e) => [e.name, e.id]));
  expect(names.map((name) => stored.get(byName.get(name)!)!.deductions.salary_advance)).toEqual([10_000, 20_000, 30_000]);
});
