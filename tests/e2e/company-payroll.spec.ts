// The company details form's payroll records end to end, in both languages: KWSP employer number,
// LHDN E number, HRD Corp levy (with the service's warning when the choice does not fit the head
// count), normal hours a day typed as hours, payment reference; refused at the field, saved to
// SQLite, shown again. Real UI, real router, real SQLite (see harness.ts).
import { translate } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase } from './harness';

for (const locale of ['en', 'ms'] as const) {
  const tr = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);

  test(`company payroll records (${locale}): refused at the field, saved, the HRD levy warning shown, found again`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const company = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
    await gotoApp(page, '#/companies');
    await page.getByRole('button', { name: tr('companyDetails.button.label', { name: 'Kedai Runcit Ali' }) }).click();
    const details = page.getByTestId('company-details');
    const field = (key: string) => details.getByLabel(tr(`companyDetails.${key}`), { exact: true });
    await expect(field('normalMinutesPerDay')).toHaveValue('8');
    await expect(field('hrdLevy')).toHaveValue('none');

    await field('epfEmployerNumber').fill('1234 5678');
    await field('taxEmployerNumber').fill('E 908915-10');
    await field('normalMinutesPerDay').fill('7,5'); // a decimal comma is refused, as everywhere hours are typed
    await field('paymentReference').fill('GAJI');
    await field('hrdLevy').selectOption('one_percent');
    await details.getByRole('button', { name: tr('companyDetails.save') }).click();
    await expect(field('normalMinutesPerDay')).toBeFocused();
    await expect(field('normalMinutesPerDay')).toHaveAccessibleDescription(new RegExp(tr('companies.error.normalHours').slice(0, 30)));
    expect(queryDatabase(app.databaseFile, 'SELECT epf_employer_number FROM companies')).toEqual([{ epf_employer_number: null }]);

    // Saved; the 1 % levy with nobody on record is warned of, and the form stays open to read it.
    await field('normalMinutesPerDay').fill('8:30');
    await details.getByRole('button', { name: tr('companyDetails.save') }).click();
    const warnings = details.getByTestId('company-details-warnings');
    await expect(warnings).toContainText(tr('companyDetails.savedWithWarnings'));
    await expect(warnings).toContainText(tr('companies.warning.hrdLevy.notCovered', { count: 0 }));
    expect(
      queryDatabase(
        app.databaseFile,
        'SELECT epf_employer_number, tax_employer_number, hrd_levy, normal_minutes_per_day, payment_reference FROM companies WHERE id = ?',
        company.id,
      ),
    ).toEqual([{ epf_employer_number: '12345678', tax_employer_number: 'E90891510', hrd_levy: 'one_percent', normal_minutes_per_day: 510, payment_reference: 'GAJI' }]);

    // Back to none: no warning, and the form closes as before.
    await field('hrdLevy').selectOption('none');
    await details.getByRole('button', { name: tr('companyDetails.save') }).click();
    await expect(details).toHaveCount(0);

    await page.reload();
    await page.getByRole('button', { name: tr('companyDetails.button.label', { name: 'Kedai Runcit Ali' }) }).click();
    await expect(field('epfEmployerNumber')).toHaveValue('12345678');
    await expect(field('taxEmployerNumber')).toHaveValue('E90891510');
    await expect(field('normalMinutesPerDay')).toHaveValue('8:30');
    await expect(field('paymentReference')).toHaveValue('GAJI');
  });
}
