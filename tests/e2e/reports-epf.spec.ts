// EPF in Reports (issue 15, "Wage grid and reports"): the month's report shows each employee's
// EPF employer and employee shares beside SOCSO and EIS, in the totals, and "to pay KWSP" beside
// "to pay PERKESO" — the wage grid's own figures (wages:grid), in both languages. Expected amounts
// are worked by hand from the Third Schedule, part A (citizens under 60, wages up to RM5,000:
// employer 13 %, employee 11 % of the band's upper limit):
//   RM3,000.00 → band 2,980.01–3,000.00: employer RM390.00, employee RM330.00
//   RM2,500.00 → band 2,480.01–2,500.00: employer RM325.00, employee RM275.00
import type { Page } from '@playwright/test';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { test, expect, type AppHandle } from './harness';

const MONTH = '2026-07';

function seed(app: AppHandle) {
  const company = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
  const add = (name: string, idNumber: string) =>
    app.services.employees.create(company.id, { name, idType: 'mykad', idNumber, hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03' });
  const ali = add('Ali bin Ahmad', '850505-10-5151');
  const siti = add('Siti Aminah', '900202-10-5154');
  app.services.wages.write(company.id, MONTH, [
    { employeeId: ali.id, items: { basic: 300000 } },
    { employeeId: siti.id, items: { basic: 250000 } },
  ], 'app');
  return company;
}

const row = (page: Page, name: string) => page.getByTestId('report-row').filter({ hasText: name });

for (const locale of ['ms', 'en'] as const satisfies readonly Locale[]) {
  test(`the report shows EPF per employee, in the totals and the total to pay KWSP (${locale})`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    seed(app);
    await gotoApp(page, `#/reports?month=${MONTH}`);
    await expect(page.getByTestId('report-row')).toHaveCount(2);
    await expect(page.getByRole('columnheader', { name: translate(locale, 'reports.col.epf'), exact: true })).toBeVisible();

    await expect(row(page, 'Ali bin Ahmad').getByTestId('cell-epfEmployer')).toHaveText('390.00');
    await expect(row(page, 'Ali bin Ahmad').getByTestId('cell-epfEmployee')).toHaveText('330.00');
    await expect(row(page, 'Siti Aminah').getByTestId('cell-epfEmployer')).toHaveText('325.00');
    await expect(row(page, 'Siti Aminah').getByTestId('cell-epfEmployee')).toHaveText('275.00');
    await expect(page.getByTestId('total-epfEmployer')).toHaveText('715.00');
    await expect(page.getByTestId('total-epfEmployee')).toHaveText('605.00');
    // To pay KWSP beside to pay PERKESO: 715.00 + 605.00.
    const shares = page.getByTestId('report-shares');
    await expect(shares.getByText(translate(locale, 'reports.shares.kwsp'))).toBeVisible();
    await expect(page.getByTestId('share-kwsp')).toHaveText('RM1,320.00');
    await expect(shares.getByText(translate(locale, 'reports.shares.total'))).toBeVisible();

    // One source: the wage grid says the same for the month.
    const grid = await app.router.invoke('wages:grid', { companyId: 1, month: MONTH });
    if (!grid.ok) throw new Error(grid.error.message);
    const amounts = (grid.value as { rows: { name: string; amounts: { epfEmployer: number; epfEmployee: number } }[] }).rows;
    expect(amounts.map((r) => [r.name, r.amounts.epfEmployer, r.amounts.epfEmployee])).toEqual([
      ['Ali bin Ahmad', 39000, 33000],
      ['Siti Aminah', 32500, 27500],
    ]);
  });
}
