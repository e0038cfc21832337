// The employees screen end to end: real UI, real router, real SQLite (see harness.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { translate, type Locale } from '../../shared/i18n/catalog';
import type { EmployeeInput } from '../../shared/domain/employee';
import { employeeCsv } from '../helpers/generate';
import { test, expect, queryDatabase, type AppHandle } from './harness';
import { chooseImportFile } from './choose-import-file';

interface EmployeeRow {
  name: string;
  id_type: string;
  id_number: string;
  date_of_birth: string | null;
  gender: string | null;
  nationality: string;
  hire_date: string | null;
}

function storedEmployees(app: AppHandle): EmployeeRow[] {
  return queryDatabase<EmployeeRow>(
    app.databaseFile,
    'SELECT name, id_type, id_number, date_of_birth, gender, nationality, hire_date FROM employees ORDER BY id',
  );
}

function seedCompany(app: AppHandle, name = 'Kedai Runcit Ali', employerCode = 'A3700012345B') {
  return app.services.companies.create({ name, employerCode, ssmNumber: null });
}

function seedEmployee(app: AppHandle, companyId: number, input: EmployeeInput) {
  return app.services.employees.create(companyId, input);
}

const screenshotDir = () => {
  const dir = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

const say = (locale: Locale, key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);

async function openAddForm(page: Page, locale: Locale = 'en') {
  await page.getByRole('button', { name: say(locale, 'employees.add'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: say(locale, 'employees.form.addTitle') })).toBeVisible();
}

test.describe('employees screen', () => {
  test.beforeEach(({ app }) => {
    app.services.settings.setLocale('en');
  });

  test('an employee added by the form: the MyKad fills date of birth and gender, the rules show live, SQLite has it', async ({
    page,
    app,
    gotoApp,
  }) => {
    seedCompany(app);
    await gotoApp(page, '#/employees');
    await expect(page.getByRole('heading', { level: 1, name: 'Employees' })).toBeVisible();
    await expect(page.getByText(say('en', 'employees.list.empty.active'))).toBeVisible();

    await openAddForm(page);
    await expect(page.getByLabel('Full name', { exact: true })).toBeFocused({ timeout: 1000 }).catch(() => undefined);
    await page.getByLabel('Full name', { exact: true }).fill('Siti Aminah binti Abu');
    await page.getByLabel('ID number', { exact: true }).fill('800101-14-5677');
    // Filled at once from the MyKad, and still editable.
    await expect(page.getByLabel('Date of birth', { exact: true })).toHaveValue('01/01/1980');
    await expect(page.getByLabel('Gender', { exact: true })).toHaveValue('male');
    await expect(page.getByLabel('ID number', { exact: true })).toHaveAccessibleDescription(/born 01\/01\/1980, Male/);

    // What the rules give this month, in plain words.
    const preview = page.getByTestId('coverage-preview');
    await expect(preview.getByTestId('coverage-socso')).toContainText('Category 1');
    await expect(preview.getByTestId('coverage-socso')).toContainText(say('en', 'statutory.category.under60'));
    await expect(preview.getByTestId('coverage-eis')).toContainText('In EIS');
    // A foreign worker is never in EIS: the preview follows the nationality as it changes.
    await page.getByLabel('Nationality', { exact: true }).selectOption('foreign');
    await expect(preview.getByTestId('coverage-eis')).toContainText(say('en', 'statutory.eis.foreign'));
    await page.getByLabel('Nationality', { exact: true }).selectOption('citizen');
    // Unticking LINDUNG shows it is no longer deducted.
    await page.getByLabel('Pays LINDUNG 24 Jam', { exact: true }).uncheck();
    await expect(preview.getByTestId('coverage-lindung')).toContainText(say('en', 'statutory.lindung.optedOut'));
    await page.getByLabel('Pays LINDUNG 24 Jam', { exact: true }).check();
    // The age questions are asked only when they matter.
    await expect(page.getByLabel(say('en', 'employees.field.firstInsuredAt55'))).toHaveCount(0);

    await page.getByLabel('Hire date', { exact: true }).fill('1/3/2024');
    // What a typed date means is written out under it, so day and month are never swapped unnoticed.
    await expect(page.getByTestId('employee-hireDate-words')).toHaveText('1 March 2024');
    await page.getByLabel('Registered with PERKESO on', { exact: true }).fill('10/03/2024');
    await page.getByRole('button', { name: 'Add employee', exact: true }).click();

    await expect(page.getByRole('status').filter({ hasText: 'added' })).toContainText('Employee “Siti Aminah binti Abu” added.');
    // The form is empty again for the next one.
    await expect(page.getByLabel('Full name', { exact: true })).toHaveValue('');
    expect(storedEmployees(app)).toEqual([
      {
        name: 'Siti Aminah binti Abu',
        id_type: 'mykad',
        id_number: '800101145677',
        date_of_birth: '1980-01-01',
        gender: 'male',
        nationality: 'citizen',
        hire_date: '2024-03-01',
      },
    ]);

    await page.getByRole('button', { name: 'Back to the list' }).click();
    const row = page.getByTestId('employee-row').filter({ hasText: 'Siti Aminah binti Abu' });
    await expect(row).toContainText('800101145677');
    await expect(row).toContainText('Working');
  });

  test('the 55 and 57 questions appear for older employees, with their explanation', async ({ page, app, gotoApp }) => {
    seedCompany(app);
    await gotoApp(page, '#/employees');
    await openAddForm(page);
    await page.getByLabel('Full name', { exact: true }).fill('Ah Kow');
    await page.getByLabel('ID number', { exact: true }).fill('700315-10-1235'); // 56 in 2026
    const at55 = page.getByLabel(say('en', 'employees.field.firstInsuredAt55'));
    await expect(at55).toBeVisible();
    await expect(at55).toHaveAccessibleDescription(say('en', 'employees.field.firstInsuredAt55.hint'));
    await expect(page.getByLabel(say('en', 'employees.field.noEisBefore57'))).toHaveCount(0);
    await at55.check();
    await expect(page.getByTestId('coverage-socso')).toContainText(say('en', 'statutory.category.lateFirstInsured'));

    await page.getByLabel('Date of birth', { exact: true }).fill('15/03/1966');
    await expect(page.getByLabel(say('en', 'employees.field.noEisBefore57'))).toBeVisible();
  });

  test('refused input is shown next to its field, what was typed is kept, and nothing is stored', async ({ page, app, gotoApp }) => {
    const company = seedCompany(app);
    seedEmployee(app, company.id, { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151' });
    await gotoApp(page, '#/employees');
    await openAddForm(page);

    await test.step('a MyKad number that is not a real date', async () => {
      await page.getByLabel('Full name', { exact: true }).fill('Abu bin Bakar');
      await page.getByLabel('ID number', { exact: true }).fill('801350-14-5677');
      await page.getByRole('button', { name: 'Add employee', exact: true }).click();
      const id = page.getByLabel('ID number', { exact: true });
      await expect(id).toHaveAttribute('aria-invalid', 'true');
      await expect(id).toHaveAccessibleDescription(new RegExp(escapeRegExp(say('en', 'mykad.error.date', { digits: '801350' }))));
      await expect(id).toBeFocused();
      await expect(page.getByRole('alert')).toHaveText(say('en', 'employees.form.invalid'));
      await expect(page.getByLabel('Full name', { exact: true })).toHaveValue('Abu bin Bakar');
      await expect(id).toHaveValue('801350-14-5677');
    });

    await test.step('an ID number another employee already has (refused by the services)', async () => {
      await page.getByLabel('ID number', { exact: true }).fill('850505-10-5151');
      await page.getByRole('button', { name: 'Add employee', exact: true }).click();
      const id = page.getByLabel('ID number', { exact: true });
      await expect(id).toHaveAttribute('aria-invalid', 'true');
      await expect(id).toHaveAccessibleDescription(/ID number 850505105151 is already used by Ali bin Ahmad in this company\./);
      await expect(page.getByLabel('Full name', { exact: true })).toHaveValue('Abu bin Bakar');
      await expect(id).toHaveValue('850505-10-5151');
    });

    await test.step('an override without a reason opens the advanced section', async () => {
      await page.getByLabel('ID number', { exact: true }).fill('900202-10-5153');
      await page.getByText(say('en', 'employees.section.advanced')).click();
      await page.getByLabel('SOCSO category', { exact: true }).selectOption('2');
      await page.getByRole('button', { name: 'Add employee', exact: true }).click();
      const reason = page.getByLabel('Reason for the SOCSO category', { exact: true });
      await expect(reason).toHaveAttribute('aria-invalid', 'true');
      await expect(reason).toHaveAccessibleDescription(new RegExp(escapeRegExp(say('en', 'employees.error.overrideReason'))));
      await expect(reason).toBeFocused();
    });

    expect(storedEmployees(app).map((e) => e.name)).toEqual(['Ali bin Ahmad']);
  });

  test('the list filters, searches and shows warnings in words; an employee is edited in place', async ({ page, app, gotoApp }) => {
    const company = seedCompany(app);
    seedEmployee(app, company.id, { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151', hireDate: '2024-01-02' });
    seedEmployee(app, company.id, {
      name: 'Mei Ling',
      idType: 'mykad',
      idNumber: '920303-08-5242',
      hireDate: '2023-01-02',
      perkesoRegisteredDate: '2023-01-05',
      leaveDate: '2025-01-31',
      leaveReason: 'resigned',
    });
    seedEmployee(app, company.id, {
      name: 'Rahman Worker',
      idType: 'passport',
      idNumber: 'A12345678',
      nationality: 'foreign',
      hireDate: '2025-06-01',
      perkesoRegisteredDate: '2025-06-02',
    });
    await gotoApp(page, '#/employees');
    const rows = page.getByTestId('employee-row');
    await expect(rows).toHaveCount(2);
    const ali = rows.filter({ hasText: 'Ali bin Ahmad' });
    await expect(ali.getByRole('listitem')).toHaveText(/Not registered with PERKESO: \d+ days past the 30-day limit after hiring\./);

    await page.getByLabel('Show', { exact: true }).selectOption('left');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Mei Ling');
    await expect(rows.first()).toContainText('Left on 31/01/2025');
    await page.getByLabel('Show', { exact: true }).selectOption('all');
    await expect(rows).toHaveCount(3);
    await page.getByLabel('Search by name or ID number').fill('a1234');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Rahman Worker');

    await page.getByRole('button', { name: 'Edit Rahman Worker' }).click();
    await expect(page.getByLabel('Kind of ID', { exact: true })).toHaveValue('passport');
    await expect(page.getByTestId('coverage-eis')).toContainText('Not in EIS');
    await page.getByLabel('Full name', { exact: true }).fill('Rahman Hossain');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'saved' })).toHaveText('Changes to “Rahman Hossain” saved.');
    await expect(page.getByRole('button', { name: 'Edit Rahman Hossain' })).toBeFocused();
    expect(storedEmployees(app).map((e) => e.name)).toEqual(['Ali bin Ahmad', 'Mei Ling', 'Rahman Hossain']);
  });

  test('employees are imported from a CSV: checked first, then imported; a bad file imports nothing', async ({ page, app, gotoApp }) => {
    seedCompany(app);
    await gotoApp(page, '#/employees');
    await page.getByRole('button', { name: 'Import from a file' }).click();

    const bad = 'name,id_number,hire_date\nAli bin Ahmad,850505-10-5151,2024-01-02\nAbu,801350-14-5677,2024-01-02\n';
    await chooseImportFile(page, app, 'en', 'pekerja.csv', bad);
    const report = page.getByTestId('import-report');
    await expect(report).toContainText('The file has 1 problems');
    const problem = report.getByRole('table', { name: 'Problems to fix' }).getByRole('row').nth(1);
    await expect(problem).toContainText('3');
    await expect(problem).toContainText('id_number');
    await expect(problem).toContainText(say('en', 'mykad.error.date', { digits: '801350' }));
    await expect(page.getByRole('button', { name: /^Import \(/ })).toBeDisabled();
    expect(storedEmployees(app)).toEqual([]);

    const good =
      'nama,no_kp,tarikh_mula,warganegara,warna\nAli bin Ahmad,850505-10-5151,02/01/2024,warganegara,biru\nSiti Aminah,900202-10-5154,2024-02-01,citizen,merah\n';
    await chooseImportFile(page, app, 'en', 'pekerja.csv', good);
    // A column Caruman does not know is refused until the user ticks it to be skipped.
    await expect(report).toContainText('The file has 1 problems');
    await expect(page.getByRole('button', { name: /^Import \(/ })).toBeDisabled();
    await report.getByRole('checkbox', { name: /Skip “warna”/ }).check();
    await expect(report).toContainText('2 rows checked: 2 new, 0 to update, 0 unchanged.');
    expect(storedEmployees(app)).toEqual([]);
    await page.getByRole('button', { name: 'Import (2)' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Import done' })).toHaveText('Import done: 2 added, 0 updated, 0 unchanged.');
    await expect(page.getByTestId('employee-row')).toHaveCount(2);
    expect(storedEmployees(app).map((e) => [e.name, e.id_number, e.hire_date, e.date_of_birth])).toEqual([
      ['Ali bin Ahmad', '850505105151', '2024-01-02', '1985-05-05'],
      ['Siti Aminah', '900202105154', '2024-02-01', '1990-02-02'],
    ]);
  });

  test('employees are exported as a CSV download', async ({ page, app, gotoApp }) => {
    const company = seedCompany(app);
    seedEmployee(app, company.id, { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151' });
    await gotoApp(page, '#/employees');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('employees_A3700012345B.csv');
    const file = await download.path();
    expect(fs.readFileSync(file, 'utf8')).toContain('850505105151');
  });

  test('in Malay: the form, the MyKad reading and the warnings speak Malay', async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale('ms');
    const company = seedCompany(app);
    seedEmployee(app, company.id, { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151', hireDate: '2024-01-02' });
    await gotoApp(page, '#/employees');
    await expect(page.getByRole('heading', { level: 1, name: 'Pekerja' })).toBeVisible();
    await expect(page.getByTestId('employee-row').getByRole('listitem')).toHaveText(/Belum didaftarkan dengan PERKESO/);
    await openAddForm(page, 'ms');
    await page.getByLabel('Nama penuh', { exact: true }).fill('Nurul Huda');
    await page.getByLabel('Nombor pengenalan', { exact: true }).fill('950707145678');
    await expect(page.getByLabel('Tarikh lahir', { exact: true })).toHaveValue('07/07/1995');
    await expect(page.getByLabel('Jantina', { exact: true })).toHaveValue('female');
    await expect(page.getByTestId('coverage-socso')).toContainText('Jenis Pertama');
    await page.getByLabel('Nombor pengenalan', { exact: true }).fill('950707-14-567');
    await page.getByRole('button', { name: 'Tambah pekerja', exact: true }).click();
    await expect(page.getByLabel('Nombor pengenalan', { exact: true })).toHaveAccessibleDescription(/Nombor MyKad mempunyai 12 digit/);
    expect(storedEmployees(app).map((e) => e.name)).toEqual(['Ali bin Ahmad']);
  });

  test('2,000 employees: only the rows in view are rendered, and every one is still reached by scrolling, by Tab and by search', async ({ page, app, gotoApp }) => {
    const company = seedCompany(app);
    await app.services.imports.employees({ companyId: company.id, format: 'csv', content: employeeCsv(2000), dryRun: false, t: (key: string) => key });
    const order = app.services.employees.list(company.id, 'active').map((employee) => employee.name);
    expect(order).toHaveLength(2000);
    await gotoApp(page, '#/employees');
    const table = page.getByRole('table', { name: 'Employees (2000)' });
    // The harness carries the 2,000 employees into the page through page.exposeFunction, which
    // takes seconds on its own (the list itself takes ~0.1 s; Electron's IPC is a structured clone).
    await expect(table).toHaveAttribute('aria-rowcount', '2001', { timeout: 20_000 });
    await expect(page.getByTestId('employee-row').first()).toContainText(order[0]!);
    expect(await page.getByTestId('employee-row').count()).toBeLessThan(60);

    // Scrolled to the end: the last employee is there, and still only a window of rows.
    await page.getByTestId('employees-list').evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
    await expect(page.getByTestId('employee-row').filter({ hasText: order[1999]! })).toBeVisible();
    expect(await page.getByTestId('employee-row').count()).toBeLessThan(60);

    // Tab walks the Edit buttons past the first window of rows.
    await page.getByTestId('employees-list').evaluate((list) => list.scrollTo({ top: 0 }));
    await page.getByRole('button', { name: `Edit ${order[0]}` }).focus();
    for (let i = 0; i < 45; i += 1) await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: `Edit ${order[45]}` })).toBeFocused();
    await expect(page.getByRole('button', { name: `Edit ${order[45]}` })).toBeInViewport();

    await page.getByLabel('Search by name or ID number').fill(order[1234]!);
    await expect(page.getByTestId('employee-row')).toHaveCount(1);
  });

  test('screenshots of the employees screen in both languages', async ({ page, app, gotoApp }) => {
    const dir = screenshotDir();
    const company = seedCompany(app, 'Kedai Runcit Ali Enterprise');
    seedEmployee(app, company.id, { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151', hireDate: '2024-01-02' });
    seedEmployee(app, company.id, { name: 'Siti Aminah binti Abu', idType: 'mykad', idNumber: '900202-10-5154', hireDate: '2023-05-01', perkesoRegisteredDate: '2023-05-03' });
    seedEmployee(app, company.id, { name: 'Rahman Hossain', idType: 'passport', idNumber: 'A12345678', nationality: 'foreign', hireDate: '2025-06-01', perkesoRegisteredDate: '2025-06-02' });
    seedEmployee(app, company.id, { name: 'Tan Ah Kow', idType: 'mykad', idNumber: '660315-10-1235', hireDate: '2010-01-01', perkesoRegisteredDate: '2010-01-05' });

    for (const locale of ['ms', 'en'] as const) {
      app.services.settings.setLocale(locale);
      // The list and the form at the smallest window Caruman supports, then at 1280×720.
      await page.setViewportSize({ width: 1024, height: 640 });
      await gotoApp(page, '#/employees');
      await expect(page.getByTestId('employee-row')).toHaveCount(4);
      await page.screenshot({ path: path.join(dir, `employees-${locale}-1024x640.png`) });
      await openAddForm(page, locale);
      await page.getByLabel(say(locale, 'employees.field.hireDate'), { exact: true }).fill('15/01/2025');
      await page.screenshot({ path: path.join(dir, `employee-form-${locale}-1024x640.png`) });
      await page.getByRole('button', { name: say(locale, 'employees.backToList') }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: say(locale, 'unsaved.discard') }).click();
      await page.setViewportSize({ width: 1280, height: 720 });
      await expect(page.getByTestId('employee-row')).toHaveCount(4);
      await page.screenshot({ path: path.join(dir, `employees-${locale}.png`) });
      await page.screenshot({ path: path.join(dir, `employees-${locale}-1280x720.png`) });

      await openAddForm(page, locale);
      await page.getByLabel(say(locale, 'employees.field.name'), { exact: true }).fill('Lim Mei Ling');
      await page.getByLabel(say(locale, 'employees.field.idNumber'), { exact: true }).fill('690808-10-5678');
      await page.getByLabel(say(locale, 'employees.field.hireDate'), { exact: true }).fill('15/01/2025');
      await page.screenshot({ path: path.join(dir, `employee-form-${locale}.png`) });
      await page.screenshot({ path: path.join(dir, `employee-form-${locale}-1280x720.png`) });
      await page.screenshot({ path: path.join(dir, `employee-form-full-${locale}.png`), fullPage: true });

      await page.getByLabel(say(locale, 'employees.field.idNumber'), { exact: true }).fill('690808-10-567');
      await page.getByRole('button', { name: say(locale, 'employees.add'), exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await page.screenshot({ path: path.join(dir, `employee-form-errors-${locale}.png`) });

      // Leaving the refused form asks first; this time its typing is thrown away.
      await page.getByRole('button', { name: say(locale, 'employees.backToList') }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: say(locale, 'unsaved.discard') }).click();
      await page.getByRole('button', { name: say(locale, 'employees.import') }).click();
      const csv = 'name,id_number,hire_date\nAli bin Ahmad,850505-10-5151,2024-01-02\nAbu,801350-14-5677,2024-01-02\nChong,880808-08-8888,2024-13-01\n';
      await chooseImportFile(page, app, locale, 'pekerja.csv', csv);
      await expect(page.getByTestId('import-report')).toBeVisible();
      await page.screenshot({ path: path.join(dir, `employees-import-${locale}.png`), fullPage: true });
    }
  });
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
