// The Payroll screen (issue 17): each employee's month from gross to net with the amounts worked
// by hand from the schedules below, the totals, an employee who cannot be paid as entered named
// in the refusal, the minimum-wage warning (never a block), the details by keyboard with the
// payslip and each amount's explanation, Finalise with its summary, Unlock with its required
// reason, the payslips written through the folder dialog, and one payslip saved as a PDF whose
// text says what the preview showed.
import fs from 'node:fs';
import path from 'node:path';
import { monthToPayNow } from '../../shared/calendar';
import { translate, type Locale, type MessageKey } from '../../shared/i18n/catalog';
import { pdfText } from '../helpers/pdf-text';
import { test, expect, queryDatabase, type AppHandle } from './harness';
import { shownSen } from './shown-money';

const MONTH = monthToPayNow();


function seed(app: AppHandle, { refused }: { refused: boolean }) {
  const company = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
  const hire = { idType: 'mykad' as const, hireDate: '2022-01-01', perkesoRegisteredDate: '2022-01-02' };
  const ali = app.services.employees.create(company.id, { name: 'Ali bin Ahmad', idNumber: '900101-10-5151', ...hire });
  const mei = app.services.employees.create(company.id, { name: 'Mei Ling', idNumber: '920303-08-5242', ...hire });
  const chong = app.services.employees.create(company.id, { name: 'Chong Wei Ming', idNumber: '880808-14-5567', ...hire });
  app.services.employees.create(company.id, { name: 'Devi a/p Ramasamy', idNumber: '910404-10-5348', ...hire });
  app.services.wages.write(
    company.id,
    MONTH,
    [
      { employeeId: ali.id, items: { basic: 300_000 } },
      // Below the minimum wage in force (RM1,700 from 2025): a warning, never a block.
      { employeeId: mei.id, items: { basic: 150_000 } },
      // A salary advance larger than the pay: the month cannot be paid as entered.
      { employeeId: chong.id, items: { basic: 100_000 }, deductions: { salary_advance: refused ? 200_000 : 0 } },
    ],
    'app',
  );
  return { company, ali, mei, chong };
}

for (const locale of ['ms', 'en'] as const satisfies readonly Locale[]) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  test(`payroll (${locale}): gross to net per employee, the refusal named, the minimum-wage warning, details by keyboard`, async ({ page, app, gotoApp }) => {
    seed(app, { refused: true });
    app.services.settings.setLocale(locale);
    await gotoApp(page, '#/payroll');
    await expect(page.getByRole('heading', { level: 1, name: tr('payrollScreen.title') })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: tr('payrollScreen.nav'), exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('payroll-state')).toHaveAttribute('data-finalised', 'false');

    const rows = page.getByTestId('payroll-row');
    await expect(rows).toHaveCount(2);
    // Ali, RM3,000.00, born 1990, Malaysian, month from 2026-06. By hand from the schedules:
    // EPF Part A 2025-10 band 2,980.01–3,000.00: employee 330.00, employer 390.00; SOCSO first
    // category 2,900.01–3,000.00: 14.75 / 51.65; EIS 2,900.01–3,000.00: 5.90 / 5.90; LINDUNG 24
    // Jam (from 2026-06) 2,900.01–3,000.00: employee 22.15.
    const ali = rows.filter({ hasText: 'Ali bin Ahmad' });
    const cell = async (row: typeof ali, id: string) => shownSen(await row.getByTestId(`payroll-${id}`).innerText());
    expect(await cell(ali, 'gross')).toBe(300_000);
    expect(await cell(ali, 'epf')).toBe(33_000);
    expect(await cell(ali, 'socso')).toBe(1_475);
    expect(await cell(ali, 'eis')).toBe(590);
    expect(await cell(ali, 'lindung')).toBe(2_215);
    expect(await cell(ali, 'epf-employer')).toBe(39_000);
    expect(await cell(ali, 'socso-employer')).toBe(5_165);
    expect(await cell(ali, 'eis-employer')).toBe(590);
    const pcb = await cell(ali, 'pcb');
    expect(await cell(ali, 'net')).toBe(300_000 - 33_000 - 1_475 - 590 - 2_215 - pcb);
    expect(await cell(ali, 'cost')).toBe(300_000 + 39_000 + 5_165 + 590);

    // Every row and the totals: gross less every deduction column is the net pay.
    const deductionIds = ['epf', 'socso', 'eis', 'lindung', 'pcb'];
    // Nobody has CP38, zakat or other deductions this month: those columns are left out, and said.
    await expect(page.getByTestId('payroll-columns-hidden')).toBeVisible();
    for (const row of await rows.all()) {
      let net = await cell(row, 'gross');
      for (const id of deductionIds) net -= await cell(row, id);
      expect(await cell(row, 'net')).toBe(net);
    }
    const totals = page.getByTestId('payroll-totals');
    expect(shownSen(await totals.getByTestId('payroll-total-gross').innerText())).toBe(450_000);
    const mei = rows.filter({ hasText: 'Mei Ling' });
    expect(shownSen(await totals.getByTestId('payroll-total-net').innerText())).toBe((await cell(ali, 'net')) + (await cell(mei, 'net')));

    // Chong cannot be paid as entered: named, left out of the table and the totals.
    await expect(page.getByTestId('payroll-refusals')).toContainText('Chong Wei Ming');
    await expect(page.getByTestId('payroll-refusals')).toContainText(tr('payrollScreen.refusals.title', { count: 1 }));
    // Mei is below the minimum wage: said, and still paid.
    await expect(page.getByTestId('payroll-warnings')).toContainText('Mei Ling');
    await expect(page.getByTestId('payroll-warnings')).toContainText('RM1,700.00');
    // Devi has no wages entered: listed as not paid.
    await expect(page.getByTestId('payroll-not-paid')).toContainText('Devi a/p Ramasamy');

    // Keyboard: onto Ali's row, down to Mei's, Enter opens her details with the title focused.
    await page.getByRole('button', { name: tr('payrollScreen.row.open', { name: 'Ali bin Ahmad' }) }).focus();
    await page.keyboard.press('ArrowDown');
    const meiButton = page.getByRole('button', { name: tr('payrollScreen.row.open', { name: 'Mei Ling' }) });
    await expect(meiButton).toBeFocused();
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('payroll-detail');
    await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('Mei Ling');
    await expect(meiButton).toHaveAttribute('aria-expanded', 'true');
    await expect(detail.getByTestId('payroll-detail-warnings')).toContainText('RM1,700.00');
    // The payslip as printed, in Mei's language (the app's): her net pay.
    await expect(detail.getByTestId('payslip-net')).toContainText(await mei.getByTestId('payroll-net').innerText());
    await expect(detail.getByTestId('payslip-draft')).toBeVisible();
    // Each explanation behind a disclosure button, reached and opened by keyboard.
    const why = detail.getByRole('button', { name: tr('payrollScreen.detail.why.epf') });
    await why.focus();
    await page.keyboard.press('Enter');
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(detail.getByTestId('why-epf')).toBeVisible();
    expect((await detail.getByTestId('why-epf').innerText()).length).toBeGreaterThan(20);
    // Escape closes the details and gives the focus back to Mei's row.
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
    await expect(meiButton).toBeFocused();

    // Finalise is refused while Chong cannot be paid: the summary says why, the service refuses.
    await page.getByRole('button', { name: tr('payrollScreen.finalise.open', { month: MONTH }) }).click();
    await expect(page.getByTestId('finalise-panel')).toContainText(tr('payrollScreen.finalise.blocked', { count: 1 }));
    await page.getByTestId('finalise-panel').getByRole('button', { name: tr('payrollScreen.finalise.confirm', { month: MONTH }) }).click();
    await expect(page.getByTestId('finalise-panel').getByRole('alert').last()).toContainText('Chong Wei Ming');
    expect(queryDatabase(app.databaseFile, 'SELECT count(*) AS n FROM payroll_months')).toEqual([{ n: 0 }]);
  });
}

test('payroll: finalise with its summary, payslips written through the folder dialog, one saved as a PDF, unlock with a reason', async ({ page, app, gotoApp }) => {
  test.setTimeout(60_000);
  const { company } = seed(app, { refused: false });
  app.services.settings.setLocale('en');
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
  await gotoApp(page, '#/payroll');
  const rows = page.getByTestId('payroll-row');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('payroll-warnings')).toContainText('Chong Wei Ming');
  const net = shownSen(await page.getByTestId('payroll-total-net').innerText());

  await test.step('Finalise: the summary first, then locked', async () => {
    await page.getByRole('button', { name: tr('payrollScreen.finalise.open', { month: MONTH }) }).click();
    const panel = page.getByTestId('finalise-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    const summary = panel.getByTestId('finalise-summary');
    await expect(summary).toContainText(tr('payrollScreen.finalise.employees'));
    await expect(summary.locator('dd').first()).toHaveText('3');
    await expect(summary.locator('dd').nth(1)).toHaveText('RM5,500.00');
    await expect(panel.getByTestId('finalise-files')).toHaveText(tr('payrollScreen.finalise.noFiles'));
    await panel.getByRole('button', { name: tr('payrollScreen.finalise.confirm', { month: MONTH }) }).click();
    await expect(page.getByTestId('payroll-status')).toContainText(tr('payrollScreen.finalise.done', { month: MONTH, employees: 3, net: formatSen(net) }));
    await expect(page.getByTestId('payroll-state')).toHaveAttribute('data-finalised', 'true');
    expect(queryDatabase(app.databaseFile, 'SELECT month FROM payroll_months WHERE company_id = ?', company.id)).toEqual([{ month: MONTH }]);
  });

  const folder = path.join(app.dataDir, 'slips');
  await test.step('Payslips written into the folder chosen in the dialog', async () => {
    fs.mkdirSync(folder);
    app.dialogs.willChoose(folder);
    await page.getByRole('button', { name: tr('payrollScreen.payslips.write') }).click();
    await expect(page.getByTestId('payslips-written')).toContainText(folder);
    expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'folder', purpose: 'payrollFiles', title: tr('desktop.dialog.payrollFiles.title') });
    const files = fs.readdirSync(folder).sort();
    expect(files).toEqual([`payslip-${MONTH}-880808145567.pdf`, `payslip-${MONTH}-900101105151.pdf`, `payslip-${MONTH}-920303085242.pdf`, `payslips-${MONTH}-A3700012345B.pdf`]);
    const combined = await pdfText(fs.readFileSync(path.join(folder, `payslips-${MONTH}-A3700012345B.pdf`)));
    expect(combined.pages).toHaveLength(3);
    // The folder is kept: again into it, refused (the files are there), then replaced when asked.
    const shown = app.dialogs.shown.length;
    await page.getByRole('button', { name: tr('payrollScreen.payslips.write') }).click();
    await expect(page.getByTestId('payslips-panel').getByRole('alert')).toBeVisible();
    await page.getByRole('button', { name: tr('payrollScreen.payslips.replace') }).click();
    await expect(page.getByTestId('payslips-written')).toContainText(folder);
    expect(app.dialogs.shown).toHaveLength(shown);
  });

  await test.step('The summary for the accountant beside them; the payment list refused without bank accounts', async () => {
    await page.getByRole('button', { name: tr('payrollScreen.outputs.summary') }).click();
    const summaryName = `payroll-summary-${MONTH}-A3700012345B.csv`;
    await expect(page.getByTestId('payslips-files')).toHaveText(summaryName);
    const summary = fs.readFileSync(path.join(folder, summaryName), 'utf8');
    for (const name of ['Ali bin Ahmad', 'Mei Ling', 'Chong Wei Ming']) expect(summary).toContain(name);
    await page.getByRole('button', { name: tr('payrollScreen.outputs.paymentList') }).click();
    const alert = page.getByTestId('payslips-panel').getByRole('alert');
    await expect(alert).toContainText('Ali bin Ahmad');
    expect(fs.readdirSync(folder).filter((name) => name.startsWith('payment-list'))).toEqual([]);
  });

  await test.step('One payslip saved as a PDF says what the preview showed', async () => {
    await page.getByRole('button', { name: tr('payrollScreen.row.open', { name: 'Ali bin Ahmad' }) }).click();
    const detail = page.getByTestId('payroll-detail');
    const shownNet = await detail.getByTestId('payslip-net').innerText();
    const deductions = await detail.getByTestId('payslip-deductions').innerText();
    const [download] = await Promise.all([page.waitForEvent('download'), detail.getByRole('button', { name: tr('payrollScreen.payslip.save') }).click()]);
    expect(download.suggestedFilename()).toBe(`payslip-${MONTH}-900101105151.pdf`);
    const text = await pdfText(fs.readFileSync(await download.path()));
    expect(text.all).toContain(shownNet);
    for (const line of deductions.split('\n').filter((l) => /\d\.\d\d$/.test(l))) {
      expect(text.all.replace(/\s+/g, ' ')).toContain(line.replace(/\s+/g, ' '));
    }
    await detail.getByRole('button', { name: tr('payrollScreen.detail.close') }).click();
  });

  await test.step('Unlock: the reason is required, then what was filed is said', async () => {
    await page.getByRole('button', { name: tr('payrollScreen.unlock.open', { month: MONTH }) }).click();
    const panel = page.getByTestId('unlock-panel');
    await panel.getByRole('button', { name: tr('payrollScreen.unlock.confirm', { month: MONTH }) }).click();
    const reason = panel.getByLabel(tr('payrollScreen.unlock.reason'));
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toBeFocused();
    expect(queryDatabase(app.databaseFile, 'SELECT count(*) AS n FROM payroll_months')).toEqual([{ n: 1 }]);
    await reason.fill('Ali’s overtime was left out');
    await panel.getByRole('button', { name: tr('payrollScreen.unlock.confirm', { month: MONTH }) }).click();
    await expect(page.getByTestId('payroll-status')).toContainText(tr('payrollScreen.unlock.done', { month: MONTH, reason: 'Ali’s overtime was left out' }));
    await expect(page.getByTestId('payroll-state')).toHaveAttribute('data-finalised', 'false');
    await expect(page.getByTestId('unlock-filed')).toBeVisible();
    await expect(page.getByTestId('payroll-state')).toContainText('Ali’s overtime was left out');
  });
});

function formatSen(value: number): string {
  return `RM${(value / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
