// "Correct a finalised month" on the Payroll screen (issue 17), in both languages: a finalised
// month lists the corrections entered for it and takes a new one (what `caruman payroll correct`
// does), which lands as arrears in the later month's gross pay; a reason is required; leaving
// with a correction typed and not entered asks first.
import { addMonths, monthToPayNow } from '../../shared/calendar';
import { translate, type Locale, type MessageKey } from '../../shared/i18n/catalog';
import { test, expect, type AppHandle } from './harness';
import { shownSen } from './shown-money';

const PAID = monthToPayNow();
const SHORT = addMonths(PAID, -1);


function seed(app: AppHandle) {
  const company = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
  const hire = { idType: 'mykad' as const, hireDate: '2022-01-01', perkesoRegisteredDate: '2022-01-02' };
  const ali = app.services.employees.create(company.id, { name: 'Ali bin Ahmad', idNumber: '900101-10-5151', ...hire });
  for (const month of [SHORT, PAID]) app.services.wages.write(company.id, month, [{ employeeId: ali.id, items: { basic: 300_000 } }], 'app');
  app.services.payroll.finalise(company.id, SHORT, 'app');
  return { company, ali };
}

for (const locale of ['ms', 'en'] as const satisfies readonly Locale[]) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  test(`corrections (${locale}): a finalised month's short pay entered on screen is paid as arrears in the next month`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const { company, ali } = seed(app);
    await gotoApp(page, `#/payroll?month=${SHORT}`);
    await expect(page.getByTestId('payroll-state')).toHaveAttribute('data-finalised', 'true');
    await page.getByRole('button', { name: tr('payrollCorrections.open', { month: SHORT }) }).click();
    const panel = page.getByTestId('corrections-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(panel.getByTestId('corrections-none')).toBeVisible();

    // A reason is required: refused on its field, nothing entered.
    const amount = panel.getByLabel(tr('payrollCorrections.amountRm'));
    await amount.fill('250');
    await amount.press('Enter');
    await expect(panel.getByLabel(tr('payrollCorrections.reason'))).toHaveAttribute('aria-invalid', 'true');
    expect(app.services.payroll.corrections.list(company.id, SHORT)).toEqual([]);

    // Leaving with the correction typed asks first; Stay keeps it.
    await page.getByRole('navigation').getByRole('link', { name: tr('nav.employees'), exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: tr('unsaved.title') });
    await expect(dialog).toContainText(tr('payrollCorrections.unsaved', { month: SHORT }));
    await dialog.getByRole('button', { name: tr('unsaved.stay') }).click();
    await expect(amount).toHaveValue('250');

    await panel.getByLabel(tr('payrollCorrections.reason')).fill('Allowance left out');
    await panel.getByRole('button', { name: tr('payrollCorrections.add', { month: PAID }) }).click();
    await expect(panel.getByTestId('corrections-status')).toHaveText(
      tr('payrollCorrections.added', { amount: 'RM250.00', name: 'Ali bin Ahmad', forMonth: SHORT, paidMonth: PAID }),
    );
    const row = panel.getByTestId('correction-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Ali bin Ahmad');
    await expect(row).toContainText('RM250.00');
    await expect(row).toContainText('Allowance left out');
    expect(app.services.payroll.corrections.list(company.id, SHORT).map((c) => [c.employeeId, c.paidMonth, c.amountSen])).toEqual([[ali.id, PAID, 25_000]]);

    // The month paid: Ali's gross is his RM3,000.00 and the RM250.00 of arrears.
    await gotoApp(page, `#/payroll?month=${PAID}`);
    const ali3000 = page.getByTestId('payroll-row').filter({ hasText: 'Ali bin Ahmad' });
    await expect.poll(async () => shownSen(await ali3000.getByTestId('payroll-gross').innerText())).toBe(325_000);
  });
}
