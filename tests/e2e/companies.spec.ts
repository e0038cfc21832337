// The companies screen end to end: real UI, real router, real SQLite (see harness.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { translate } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase, type AppHandle } from './harness';

interface CompanyRow {
  name: string;
  employer_code: string;
  ssm_number: string | null;
}

function storedCompanies(app: AppHandle): CompanyRow[] {
  return queryDatabase<CompanyRow>(app.databaseFile, 'SELECT name, employer_code, ssm_number FROM companies ORDER BY id');
}

function seed(app: AppHandle, name: string, employerCode: string, ssmNumber: string | null = null) {
  return app.services.companies.create({ name, employerCode, ssmNumber });
}

async function fillCompanyForm(page: Page, values: { name: string; employerCode: string; ssmNumber?: string }) {
  await page.getByLabel('Company name', { exact: true }).fill(values.name);
  await page.getByLabel('PERKESO employer code', { exact: true }).fill(values.employerCode);
  await page.getByLabel('SSM / MyCoID number', { exact: true }).fill(values.ssmNumber ?? '');
}

/** An app with no company opens on the first-run setup; these tests want the plain screen. */
async function skipFirstRun(page: Page, locale: 'ms' | 'en' = 'en') {
  await page.getByRole('button', { name: translate(locale, 'onboarding.skip') }).click();
}

const addButton = (page: Page) => page.getByRole('button', { name: 'Add company', exact: true });
const companiesTable = (page: Page) => page.getByRole('table');

test.describe('companies screen', () => {
  test.beforeEach(({ app }) => {
    // Most tests speak English; the language test starts from the default (Malay).
    app.services.settings.setLocale('en');
  });

  test('a company added in the UI is stored in SQLite and still listed after a reload', async ({ page, app, gotoApp }) => {
    await gotoApp(page, '#/companies');
    await skipFirstRun(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
    await expect(page.getByText('No companies yet. Add the first one below.')).toBeVisible();

    await fillCompanyForm(page, { name: '  Kedai Runcit Ali ', employerCode: ' a3700012345b ', ssmNumber: '202301012345' });
    await addButton(page).click();

    await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('Company “Kedai Runcit Ali” added.');
    const row = companiesTable(page).getByRole('row', { name: /Kedai Runcit Ali/ });
    await expect(row).toContainText('A3700012345B');
    await expect(row).toContainText('202301012345');
    // The form is empty again, ready for the next company.
    await expect(page.getByLabel('Company name', { exact: true })).toHaveValue('');
    // The first company becomes the current one, name and employer code in the header.
    await expect(page.getByLabel('Current company')).toHaveText(/Kedai Runcit Ali \(A3700012345B\)/);
    await expect(page.getByTestId('current-employer-code')).toContainText('A3700012345B');

    await page.reload();
    await expect(companiesTable(page).getByRole('row', { name: /Kedai Runcit Ali/ })).toContainText('A3700012345B');
    await expect(page.getByLabel('Current company')).toHaveText(/Kedai Runcit Ali/);

    expect(storedCompanies(app)).toEqual([{ name: 'Kedai Runcit Ali', employer_code: 'A3700012345B', ssm_number: '202301012345' }]);
  });

  const invalid = [
    { what: 'an empty name', values: { name: '   ', employerCode: 'A3700012345B' }, field: 'Company name', message: 'Type the company’s name.' },
    { what: 'an empty employer code', values: { name: 'Kedai Ali', employerCode: '' }, field: 'PERKESO employer code', message: 'Type the PERKESO employer code.' },
    { what: 'an employer code of 13 characters', values: { name: 'Kedai Ali', employerCode: 'A37000123456B' }, field: 'PERKESO employer code', message: 'The employer code can be at most 12 characters; check it against your PERKESO letter.' },
    { what: 'an employer code with a slash', values: { name: 'Kedai Ali', employerCode: 'A3700/12345B' }, field: 'PERKESO employer code', message: 'The employer code may contain only letters and digits (hyphens and spaces are left out for you).' },
    { what: 'an employer code with a dot', values: { name: 'Kedai Ali', employerCode: 'A370.012345B' }, field: 'PERKESO employer code', message: 'The employer code may contain only letters and digits (hyphens and spaces are left out for you).' },
  ];

  test('invalid companies are refused next to the field, keep what was typed, and write nothing', async ({ page, app, gotoApp }) => {
    await gotoApp(page, '#/companies');
    await skipFirstRun(page);
    for (const { what, values, field, message } of invalid) {
      await test.step(what, async () => {
        await fillCompanyForm(page, { ...values, ssmNumber: 'SSM-1' });
        await addButton(page).click();
        const input = page.getByLabel(field, { exact: true });
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        await expect(input).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
        await expect(input).toBeFocused();
        await expect(page.getByRole('alert')).toHaveText('The company was not saved. Check the fields marked below.');
        // Nothing the user typed is lost.
        await expect(page.getByLabel('Company name', { exact: true })).toHaveValue(values.name);
        await expect(page.getByLabel('PERKESO employer code', { exact: true })).toHaveValue(values.employerCode);
        await expect(page.getByLabel('SSM / MyCoID number', { exact: true })).toHaveValue('SSM-1');
      });
    }
    // Fixing the value takes the message away.
    await page.getByLabel('PERKESO employer code', { exact: true }).fill('A370012345B');
    await expect(page.getByLabel('PERKESO employer code', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
    expect(storedCompanies(app)).toEqual([]);
  });

  test('a duplicate employer code is refused by the services and shown next to the code', async ({ page, app, gotoApp }) => {
    seed(app, 'Kedai Runcit Ali', 'A3700012345B');
    await gotoApp(page, '#/companies');
    await fillCompanyForm(page, { name: 'Kedai Runcit Abu', employerCode: 'a3700012345b' });
    await addButton(page).click();

    const code = page.getByLabel('PERKESO employer code', { exact: true });
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveAccessibleDescription(
      /Another company already uses employer code A3700012345B\. Each company has its own code\./,
    );
    await expect(page.getByLabel('Company name', { exact: true })).toHaveValue('Kedai Runcit Abu');
    await expect(code).toHaveValue('a3700012345b');
    expect(storedCompanies(app)).toEqual([{ name: 'Kedai Runcit Ali', employer_code: 'A3700012345B', ssm_number: null }]);
  });

  test('a company is renamed in place', async ({ page, app, gotoApp }) => {
    seed(app, 'Kedai Lama', 'B1234567890');
    await gotoApp(page, '#/companies');

    await page.getByRole('button', { name: 'Edit Kedai Lama' }).click();
    const input = page.getByLabel('New name for Kedai Lama');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('Kedai Lama');

    // An empty name is refused next to the input, and Escape gives up without saving.
    await input.fill('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/Type the company’s name\./);
    await input.press('Escape');
    await expect(page.getByRole('button', { name: 'Edit Kedai Lama' })).toBeFocused();

    await page.getByRole('button', { name: 'Edit Kedai Lama' }).click();
    await page.getByLabel('New name for Kedai Lama').fill('Kedai Baru Sdn Bhd');
    await page.getByLabel('New name for Kedai Lama').press('Enter');

    await expect(page.getByRole('status').filter({ hasText: 'renamed' })).toHaveText('Company renamed to “Kedai Baru Sdn Bhd”.');
    await expect(companiesTable(page).getByRole('row', { name: /Kedai Baru Sdn Bhd/ })).toContainText('B1234567890');
    await expect(page.getByRole('button', { name: 'Edit Kedai Baru Sdn Bhd' })).toBeFocused();
    await expect(page.getByLabel('Current company')).toHaveText(/Kedai Baru Sdn Bhd/);
    expect(storedCompanies(app)).toEqual([{ name: 'Kedai Baru Sdn Bhd', employer_code: 'B1234567890', ssm_number: null }]);
  });

  test('a company’s details are edited: refusals next to the field, saved to SQLite, no password asked', async ({ page, app, gotoApp }) => {
    const company = seed(app, 'Kedai Runcit Ali', 'A3700012345B');
    const folder = path.join(app.dataDir, 'fail-ali');
    await gotoApp(page, '#/companies');
    await page.getByRole('button', { name: 'Edit details of Kedai Runcit Ali' }).click();
    const details = page.getByTestId('company-details');
    await expect(details.getByRole('heading', { name: 'Details of Kedai Runcit Ali' })).toBeFocused();
    await expect(details.getByLabel('ASSIST portal user name')).toHaveAccessibleDescription(/never asks for your password/);
    await expect(details.getByLabel(/password|kata laluan/i)).toHaveCount(0);

    await details.getByLabel('Address').fill('12 Jalan Besar, 43000 Kajang');
    await details.getByLabel('Contact person').fill('Ali bin Ahmad');
    await details.getByLabel('Phone').fill('abc');
    await details.getByLabel('Email').fill('ali@');
    await details.getByLabel('ASSIST portal user name').fill('kedaiali01');
    await details.getByLabel('Notes').fill('Pays on the 10th.');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect(details.getByRole('alert')).toHaveText('The details were not saved. Check the fields marked below.');
    await expect(details.getByLabel('Phone')).toHaveAttribute('aria-invalid', 'true');
    await expect(details.getByLabel('Phone')).toBeFocused();
    await expect(details.getByLabel('Email')).toHaveAccessibleDescription(/Type an email address like name@example\.com\./);
    expect(queryDatabase(app.databaseFile, 'SELECT phone, email FROM companies')).toEqual([{ phone: null, email: null }]);

    await details.getByLabel('Phone').fill('03-8736 1234');
    await details.getByLabel('Email').fill('ali@kedai.my');
    // The folder is chosen in the (stand-in) folder dialog, never typed.
    fs.mkdirSync(folder);
    app.dialogs.willChoose(folder);
    await details.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(details.getByTestId('company-details-outputFolder-path')).toHaveText(folder);
    expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'folder', purpose: 'companyFolder', title: 'Folder for this company’s files and receipts' });
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect(page.locator('main').getByRole('status').first()).toHaveText('Details of “Kedai Runcit Ali” saved.');
    await expect(details).toHaveCount(0);
    expect(
      queryDatabase(app.databaseFile, 'SELECT address, contact_name, phone, email, output_folder, portal_username, notes FROM companies WHERE id = ?', company.id),
    ).toEqual([
      {
        address: '12 Jalan Besar, 43000 Kajang',
        contact_name: 'Ali bin Ahmad',
        phone: '03-8736 1234',
        email: 'ali@kedai.my',
        output_folder: folder,
        portal_username: 'kedaiali01',
        notes: 'Pays on the 10th.',
      },
    ]);
    // Opened again, the form shows what is stored; an emptied field is cleared.
    await page.getByRole('button', { name: 'Edit details of Kedai Runcit Ali' }).click();
    await expect(details.getByLabel('Phone')).toHaveValue('03-8736 1234');
    await details.getByLabel('Notes').fill('');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect(details).toHaveCount(0);
    expect(queryDatabase(app.databaseFile, 'SELECT notes FROM companies')).toEqual([{ notes: null }]);
  });

  test('the language switch changes the whole UI and is remembered', async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale('ms'); // a fresh installation speaks Malay
    await gotoApp(page, '#/companies');
    await skipFirstRun(page, 'ms');
    await expect(page.getByRole('heading', { level: 1, name: 'Syarikat' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Bahagian' }).getByRole('link', { name: 'Pekerja' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ms');

    // An error shown in Malay is said again in English after the switch.
    await page.getByRole('button', { name: 'Tambah syarikat', exact: true }).click();
    await expect(page.getByLabel('Nama syarikat', { exact: true })).toHaveAccessibleDescription(/Taip nama syarikat\./);

    await page.getByLabel('Language/Bahasa').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Employees' })).toBeVisible();
    await expect(page.getByLabel('Company name', { exact: true })).toHaveAccessibleDescription(/Type the company’s name\./);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(() => queryDatabase(app.databaseFile, "SELECT value FROM settings WHERE key = 'locale'")).toEqual([{ value: 'en' }]);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
    await expect(page.getByLabel('Language/Bahasa')).toHaveValue('en');

    await page.getByLabel('Language/Bahasa').selectOption('ms');
    await expect(page.getByRole('heading', { level: 1, name: 'Syarikat' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Syarikat' })).toBeVisible();
  });

  test('without the bridge the app says so on the whole screen', async ({ page, gotoApp }) => {
    await gotoApp(page, '#/companies', { bridge: false });
    const fatal = page.getByTestId('fatal-screen');
    await expect(fatal).toBeVisible();
    await expect(fatal).toHaveAttribute('role', 'alert');
    await expect(fatal).toContainText(translate('ms', 'error.bridge.missing'));
    await expect(fatal).toContainText(translate('en', 'error.bridge.missing'));
    await expect(page.getByRole('main')).toHaveCount(0);
  });

  test('the current company is chosen in the header and remembered', async ({ page, app, gotoApp }) => {
    seed(app, 'Bengkel Ah Kow', 'C0000000001');
    seed(app, 'Kedai Runcit Ali', 'A3700012345B');
    await gotoApp(page, '#/companies');
    const switcher = page.getByLabel('Current company');
    // With several companies nobody is chosen for the user.
    await expect(page.getByTestId('current-employer-code')).toContainText('No company chosen');

    await switcher.selectOption({ label: 'Kedai Runcit Ali (A3700012345B)' });
    await expect(page.getByTestId('current-employer-code')).toContainText('A3700012345B');
    await expect(page.getByRole('status').filter({ hasText: 'Now working on' })).toHaveText('Now working on Kedai Runcit Ali (A3700012345B).');
    await expect(companiesTable(page).getByRole('row', { name: /Kedai Runcit Ali/ })).toContainText('Current');

    await page.reload();
    await expect(page.getByTestId('current-employer-code')).toContainText('A3700012345B');

    await page.getByRole('button', { name: 'Work on this: Bengkel Ah Kow' }).click();
    await expect(page.getByTestId('current-employer-code')).toContainText('C0000000001');
    await expect(page.locator('main').getByRole('status')).toHaveText('Now working on Bengkel Ah Kow (C0000000001).');
  });

  test('navigation is keyboard friendly and the route survives a reload', async ({ page, gotoApp }) => {
    await gotoApp(page, '#/companies');
    await skipFirstRun(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page).toHaveURL(/#\/companies$/);

    await page.getByRole('link', { name: 'Employees' }).click();
    await expect(page).toHaveURL(/#\/employees$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Employees' })).toBeFocused();
    // Per-company screens ask for a company first rather than show another company's data.
    await expect(page.getByText('Add a company first: this part works on one company at a time.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Employees' })).toHaveAttribute('aria-current', 'page');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Employees' })).toBeVisible();
    for (const name of ['Wages', 'ASSIST files', 'ASSIST portal', 'Settings']) {
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    }
  });

  test('screenshots of the companies screen in both languages', async ({ page, app, gotoApp }) => {
    const dir = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));
    fs.mkdirSync(dir, { recursive: true });
    console.log(`Screenshots: ${dir}`);

    seed(app, 'Kedai Runcit Ali Enterprise', 'A3700012345B', '202301012345');
    seed(app, 'Bengkel Kereta Ah Kow Sdn Bhd', 'C0000000001', '199801004567');
    seed(app, 'Restoran Nasi Kandar Pelita', 'B2100098765', null);

    for (const locale of ['ms', 'en'] as const) {
      app.services.settings.setLocale(locale);
      await gotoApp(page, '#/companies');
      await expect(page.getByRole('heading', { level: 1, name: translate(locale, 'companies.title') })).toBeVisible();
      await page.getByLabel(translate(locale, 'companies.current')).selectOption({ index: 2 });
      await page.screenshot({ path: path.join(dir, `companies-${locale}.png`) });

      // The refusal look: errors next to their fields.
      await page.getByLabel(translate(locale, 'companies.field.name'), { exact: true }).fill('Kedai Baru');
      await page.getByLabel(translate(locale, 'companies.field.employerCode'), { exact: true }).fill('A370/0012345');
      await page.getByRole('button', { name: translate(locale, 'companies.add'), exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await page.screenshot({ path: path.join(dir, `companies-errors-${locale}.png`), fullPage: true });
    }

    const bare = await page.context().newPage();
    await gotoApp(bare, '#/companies', { bridge: false });
    await expect(bare.getByTestId('fatal-screen')).toBeVisible();
    await bare.screenshot({ path: path.join(dir, 'bridge-missing.png') });
  });
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
