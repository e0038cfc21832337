// The first run takes an employer code as people copy it from a letter, "A3700-12345" (issue 12,
// "Also"): the hyphen (and any space) is left out, and the form says so while it is typed, in the
// user's language; the company is saved with the code PERKESO's files need.
import { translate, type Locale } from '../../shared/i18n/catalog';
import { test, expect } from './harness';

for (const locale of ['ms', 'en'] as const satisfies readonly Locale[]) {
  test(`first run: "a3700-12345 " is saved as A370012345, and the form says so (${locale})`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    await gotoApp(page);
    await page.getByRole('button', { name: translate(locale, 'onboarding.next'), exact: true }).click();
    await page.getByLabel(translate(locale, 'companies.field.name'), { exact: true }).fill('Kedai Runcit Ali');
    const code = page.getByLabel(translate(locale, 'companies.field.employerCode'), { exact: true });
    await code.fill('a3700-12345 ');
    const said = translate(locale, 'companies.field.employerCode.cleaned', { code: 'A370012345' });
    await expect(page.getByText(said)).toBeVisible();
    await expect(code).toHaveAccessibleDescription(said);
    // What was typed stays as typed until it is saved.
    await expect(code).toHaveValue('a3700-12345 ');
    await page.getByRole('button', { name: translate(locale, 'onboarding.company.save'), exact: true }).click();
    await expect(page.getByText(translate(locale, 'onboarding.company.saved', { name: 'Kedai Runcit Ali' }))).toBeVisible();
    expect(app.services.companies.list().map((c) => c.employerCode)).toEqual(['A370012345']);
  });
}

test('a code that is only hyphens is still refused as empty, not saved', async ({ page, app, gotoApp }) => {
  app.services.settings.setLocale('en');
  await gotoApp(page);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('Company name', { exact: true }).fill('Kedai Runcit Ali');
  await page.getByLabel(translate('en', 'companies.field.employerCode'), { exact: true }).fill('- -');
  await page.getByRole('button', { name: translate('en', 'onboarding.company.save'), exact: true }).click();
  await expect(page.getByText(translate('en', 'companies.error.employerCode.required'))).toBeVisible();
  expect(app.services.companies.list()).toEqual([]);
});
