// Pictures of every screen in both languages at 1280×720 and at 1024×640 (issue 12, "Done when"),
// and one payslip as the Payroll screen previews it, saved as
// test-results/screenshots/<screen>-<language>-<width>x<height>.png, with a company that
// has a month of wages (PERKESO, KWSP and LHDN amounts) so nothing is shown empty. At each size
// the header must not cover the screen's title, and the title must be in view.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { monthToPayNow } from '../../shared/calendar';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { ROUTES } from '../../renderer/src/routes';
import { test, expect, type AppHandle } from './harness';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 640 },
] as const;
const LOCALES: readonly Locale[] = ['ms', 'en'];
const dir = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));

function seed(app: AppHandle) {
  const company = app.services.companies.create({ name: 'Kedai Runcit Nurul Huda Sdn Bhd', employerCode: 'A3700012345B', ssmNumber: null });
  const names = ['Ahmad Faizal bin Ismail', 'Chong Wei Ling', 'Devi a/p Ramasamy', 'Nurul Huda binti Abdullah', 'Tan Kim Seng'];
  const employees = names.map((name, i) =>
    app.services.employees.create(company.id, { name, idType: 'mykad', idNumber: `8${i}0101-10-51${String(i).padStart(2, '0')}`, hireDate: '2022-01-01', perkesoRegisteredDate: '2022-01-02' }),
  );
  app.services.wages.write(
    company.id,
    monthToPayNow(),
    employees.map((e, i) => ({ employeeId: e.id, items: { basic: 180000 + i * 150000, overtime: i % 2 === 0 ? 12000 : 0, bonus: i === 3 ? 100000 : 0 } })),
    'app',
  );
  return company;
}

async function picture(page: Page, name: string, locale: Locale, size: { width: number; height: number }) {
  await page.screenshot({ path: path.join(dir, `${name}-${locale}-${size.width}x${size.height}.png`) });
}

/** The header never covers the screen's title, and the title is in view. */
async function expectTitleClear(page: Page) {
  const title = page.getByRole('heading', { level: 1 }).first();
  await expect(title).toBeInViewport();
  const header = await page.locator('header.app-header').boundingBox();
  const heading = await title.boundingBox();
  expect(header && heading && header.y + header.height <= heading.y + 1).toBe(true);
}

test.beforeAll(() => fs.mkdirSync(dir, { recursive: true }));

test('screenshots: the first run in both languages at 1280×720 and 1024×640', async ({ page, app, gotoApp }) => {
  for (const locale of LOCALES) {
    app.services.settings.setLocale(locale);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await gotoApp(page);
      await expect(page.getByRole('button', { name: translate(locale, 'onboarding.skip') })).toBeVisible();
      await picture(page, 'first-run', locale, size);
    }
  }
});

for (const locale of LOCALES) {
  for (const size of SIZES) {
    test(`screenshots: every screen in ${locale} at ${size.width}×${size.height}`, async ({ page, app, gotoApp }) => {
      test.setTimeout(90_000);
      seed(app);
      app.services.settings.setLocale(locale);
      await page.setViewportSize(size);
      for (const route of ROUTES) {
        await gotoApp(page, `#/${route.id}`);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        if (route.id === 'wages') await expect(page.getByTestId('wage-row').first()).toBeVisible();
        if (route.id === 'payroll') await expect(page.getByTestId('payroll-row').first()).toBeVisible();
        await expectTitleClear(page);
        await picture(page, route.id, locale, size);
      }
      // One employee's payslip, as the Payroll screen previews it.
      await gotoApp(page, '#/payroll');
      await page.getByTestId('payroll-row').nth(3).getByRole('button').click();
      await expect(page.getByTestId('payslip-preview')).toBeVisible();
      await page.getByTestId('payslip-preview').scrollIntoViewIfNeeded();
      await picture(page, 'payslip-preview', locale, size);
      // The same employee's deductions and hours, with 4 h of overtime worked out.
      const editor = page.getByTestId('entry-editor');
      await editor.getByLabel(translate(locale, 'payHours.overtime.normal')).fill('4');
      await expect(editor.getByTestId('overtime-working')).toBeVisible();
      await editor.scrollIntoViewIfNeeded();
      await picture(page, 'payroll-deductions-hours', locale, size);
      await editor.getByLabel(translate(locale, 'payHours.overtime.normal')).press('Escape');
    });
  }
}

/** Last year's November and December paid and finalised, with their Forms EA already in a folder. */
async function seedYearEnd(app: AppHandle): Promise<string> {
  const company = seed(app);
  const year = Number(monthToPayNow().slice(0, 4)) - 1;
  const employees = app.services.employees.list(company.id, 'all');
  for (const month of [`${year}-11`, `${year}-12`]) {
    app.services.wages.write(company.id, month, employees.map((e, i) => ({ employeeId: e.id, items: { basic: 250000 + i * 50000 } })), 'app');
    app.services.payroll.finalise(company.id, month, 'app');
  }
  const folder = path.join(app.dataDir, 'forms-ea');
  await app.services.ea.write(company.id, year, folder);
  return folder;
}

for (const locale of LOCALES) {
  test(`screenshots: Forms EA on Files asking before it replaces, in ${locale}`, async ({ page, app, gotoApp }) => {
    const folder = await seedYearEnd(app);
    const year = Number(monthToPayNow().slice(0, 4)) - 1;
    app.services.settings.setLocale(locale);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await gotoApp(page, '#/files');
      const panel = page.getByTestId('files-year-end');
      await expect(panel.getByTestId('files-year-end-summary')).toBeVisible();
      app.dialogs.willChoose(folder);
      await panel.getByRole('button', { name: translate(locale, 'ea.ui.write', { year }) }).click();
      await expect(panel.getByTestId('files-year-end-replace')).toBeVisible();
      await panel.scrollIntoViewIfNeeded();
      await picture(page, 'year-end-replace', locale, size);
    }
  });
}
