// Malaysian dates everywhere (issue 12, item 8): no screen shows a month as "2026-11" or a date as
// "2026-11-15" — months by name in the UI language, dates DD/MM/YYYY — in either language. Each
// screen is opened with a company that has two months of wages (the earlier one late, its files
// made, so the dashboard, the files and the reports all have something to say), and the visible
// text is read back. File names and folder paths may carry a month ("caruman-summary-2026-10.csv",
// ".../2026-10/"): they are what is on disk, so they are left out before looking.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addMonths, monthOfDate, previousMonth } from '../../shared/calendar';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { ROUTES } from '../../renderer/src/routes';
import { test, expect, type AppHandle } from './harness';

/** A month "2026-11" or the start of a date "2026-11-15" — not the middle of a MyKad number "810101-10-5101". */
const ISO_MONTH = /(?<!\d)\d{4}-\d{2}(?!\d)/;

function seed(app: AppHandle) {
  const now = previousMonth(monthOfDate(app.services.today()));
  const earlier = addMonths(now, -1);
  const company = app.services.companies.create({ name: 'Kedai Runcit Nurul Huda Sdn Bhd', employerCode: 'A3700012345B', ssmNumber: null });
  app.services.companies.update({ id: company.id, epfEmployerNumber: '23456789', taxEmployerNumber: 'E1234567890' });
  const names = ['Ahmad Faizal bin Ismail', 'Nurul Huda binti Abdullah'];
  const employees = names.map((name, i) =>
    app.services.employees.create(company.id, { name, idType: 'mykad', idNumber: `8${i}0101-10-51${String(i).padStart(2, '0')}`, hireDate: '2022-01-01', perkesoRegisteredDate: '2022-01-02' }),
  );
  for (const month of [earlier, now]) {
    app.services.wages.write(company.id, month, employees.map((e, i) => ({ employeeId: e.id, items: { basic: 250000 + i * 100000 } })), 'app');
  }
  const folder = path.join(app.dataDir, 'out');
  fs.mkdirSync(folder, { recursive: true });
  app.services.monthFiles.generate({ companyId: company.id, month: earlier, folder });
  return { company, employees, now, earlier };
}

/** The visible text of the page with file names and folder paths taken out. */
async function visibleText(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  return text
    .split(/\s+/)
    .filter((word) => !/[\\/]/.test(word) || !ISO_MONTH.test(word)) // a path (DD/MM/YYYY has no YYYY-MM in it)
    .filter((word) => !/\.(txt|csv|pdf|xlsx|zip|json|png)\b/i.test(word)) // a file name
    .join(' ');
}

async function expectNoIsoMonth(page: Page, where: string) {
  // Let the screen finish loading what it shows before reading it.
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('.muted', { hasText: /^(Loading…|Memuatkan…)$/ })).toHaveCount(0);
  const text = await visibleText(page);
  const found = text.match(new RegExp(`.{0,40}${ISO_MONTH.source}.{0,40}`));
  expect(found?.[0] ?? null, `${where}: a month or date written as YYYY-MM`).toBeNull();
}

for (const locale of ['ms', 'en'] as const satisfies readonly Locale[]) {
  test(`no screen shows YYYY-MM or YYYY-MM-DD (${locale})`, async ({ page, app, gotoApp }) => {
    test.setTimeout(120_000);
    const { employees, earlier } = seed(app);
    app.services.settings.setLocale(locale);
    for (const route of ROUTES) {
      await gotoApp(page, `#/${route.id}`);
      if (route.id === 'wages') await expect(page.getByTestId('wage-row').first()).toBeVisible();
      await expectNoIsoMonth(page, route.id);
    }
    // The month-end dashboard of one month, the files and reports of the late month.
    for (const hash of [`#/dashboard?month=${earlier}`, `#/files?month=${earlier}`, `#/reports?month=${earlier}`]) {
      await gotoApp(page, hash);
      await expectNoIsoMonth(page, hash);
    }
    // An employee's form (dates of birth, hiring, registration).
    await gotoApp(page, '#/employees');
    await page.getByRole('button', { name: translate(locale, 'employees.edit.label', { name: employees[1]!.name }) }).click();
    await expect(page.getByRole('heading', { name: translate(locale, 'employees.form.editTitle', { name: employees[1]!.name }) })).toBeVisible();
    await expectNoIsoMonth(page, 'employee form');
    // The check itself sees a month written as YYYY-MM when there is one.
    await page.evaluate((month) => document.querySelector('main')?.append(month), earlier);
    await expect(expectNoIsoMonth(page, 'planted')).rejects.toThrow(/planted/);
  });
}
