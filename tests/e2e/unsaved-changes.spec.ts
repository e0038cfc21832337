// Typed work is never thrown away (issue 12, item 1): every way out of the wage grid and of the
// employee form with unsaved changes asks Save / Discard / Stay, in the user's language; what is
// typed is kept on this computer per company-month until it is saved or discarded (a reload or a
// crash of the renderer loses nothing), and never applied to another company; Ctrl+S saves.
import type { Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase, type AppHandle } from './harness';

const MONTH = '2025-05';
const MONTH_NAME = { ms: 'Mei 2025', en: 'May 2025' } as const;

function seed(app: AppHandle, name = 'Kedai Runcit Ali', employerCode = 'A3700012345B') {
  const company = app.services.companies.create({ name, employerCode, ssmNumber: null });
  const ali = app.services.employees.create(company.id, { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151', hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03' });
  const siti = app.services.employees.create(company.id, { name: 'Siti Aminah', idType: 'mykad', idNumber: '900202-10-5154', hireDate: '2020-05-02', perkesoRegisteredDate: '2020-05-03' });
  return { company, ali, siti };
}

function storedBasic(app: AppHandle, month = MONTH): { employee_id: number; basic: number }[] {
  return queryDatabase(app.databaseFile, 'SELECT employee_id, basic FROM wages WHERE month = ? ORDER BY employee_id', month);
}

function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('caruman.draft.')).sort());
}

async function openWages(page: Page, locale: Locale) {
  const picker = page.getByLabel(translate(locale, 'wages.month.label'), { exact: true });
  await picker.fill(MONTH);
  await expect(page.getByTestId('wage-grid')).toBeVisible();
}

const basicCell = (page: Page, locale: Locale, name: string) =>
  page.getByLabel(translate(locale, 'wages.cell.label', { item: translate(locale, 'wages.item.short.basic'), name }), { exact: true });

const sidebar = (page: Page, locale: Locale, key: MessageKey) => page.getByRole('navigation').getByRole('link', { name: translate(locale, key), exact: true });

for (const locale of ['ms', 'en'] as const) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const dialog = (page: Page) => page.getByRole('alertdialog', { name: tr('unsaved.title') });

  test(`unsaved wages (${locale}): the sidebar asks first; Stay keeps the typing, Discard throws it away, Save stores it`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const { ali, siti } = seed(app);
    await gotoApp(page, '#/wages');
    await openWages(page, locale);
    await basicCell(page, locale, 'Ali bin Ahmad').fill('2500');
    await basicCell(page, locale, 'Siti Aminah').fill('1800');

    await sidebar(page, locale, 'nav.employees').click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toContainText(tr('wages.unsaved.summary', { month: MONTH_NAME[locale], company: 'Kedai Runcit Ali', count: 2 }));
    await expect(dialog(page)).toContainText(tr('unsaved.question'));
    await expect(page).toHaveURL(/#\/wages$/);
    // Escape is Stay: nothing moved, the focus is back where it was (the link clicked).
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(sidebar(page, locale, 'nav.employees')).toBeFocused();
    await expect(basicCell(page, locale, 'Ali bin Ahmad')).toHaveValue('2500');

    await sidebar(page, locale, 'nav.employees').click();
    await dialog(page).getByRole('button', { name: tr('unsaved.stay') }).click();
    await expect(page).toHaveURL(/#\/wages$/);
    await expect(basicCell(page, locale, 'Siti Aminah')).toHaveValue('1800');

    // Discard: gone from the screen, from this computer, and never stored.
    await sidebar(page, locale, 'nav.employees').click();
    await dialog(page).getByRole('button', { name: tr('unsaved.discard') }).click();
    await expect(page.getByRole('heading', { level: 1, name: tr('nav.employees') })).toBeVisible();
    expect(await draftKeys(page)).toEqual([]);
    await sidebar(page, locale, 'nav.wages').click();
    await openWages(page, locale);
    await expect(basicCell(page, locale, 'Ali bin Ahmad')).toHaveValue('');
    expect(storedBasic(app)).toEqual([]);

    // Save: stored, then on to the screen asked for.
    await basicCell(page, locale, 'Ali bin Ahmad').fill('2500');
    await sidebar(page, locale, 'nav.files').click();
    await dialog(page).getByRole('button', { name: tr('unsaved.save'), exact: true }).click();
    await expect(page).toHaveURL(/#\/files$/);
    expect(storedBasic(app)).toEqual([{ employee_id: ali.id, basic: 250000 }]);
    expect(await draftKeys(page)).toEqual([]);
    expect(siti.id).toBeGreaterThan(ali.id);
    // Leave before the database closes (the files screen asks for its preview).
    await page.goto('about:blank');
  });

  test(`unsaved wages (${locale}): a company switch asks first, and a refused save stays put`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const first = seed(app);
    seed(app, 'Bengkel Chong', 'B3700054321C');
    await gotoApp(page, '#/wages');
    const switcher = page.getByLabel(tr('companies.current'), { exact: true });
    await switcher.selectOption(String(first.company.id));
    await openWages(page, locale);
    await basicCell(page, locale, 'Ali bin Ahmad').fill('-5');

    await switcher.selectOption({ label: tr('shell.company.option', { name: 'Bengkel Chong', employerCode: 'B3700054321C' }) });
    await expect(dialog(page)).toBeVisible();
    // Save is refused (a negative amount): the question closes, the screen says why, nothing moves.
    await dialog(page).getByRole('button', { name: tr('unsaved.save'), exact: true }).click();
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveText(tr('wages.save.invalid', { count: 1 }));
    await expect(basicCell(page, locale, 'Ali bin Ahmad')).toBeFocused();
    await expect(switcher).toHaveValue(String(first.company.id));
    await expect(page.getByTestId('current-employer-code')).toContainText('A3700012345B');

    await basicCell(page, locale, 'Ali bin Ahmad').fill('3000');
    await switcher.selectOption({ label: tr('shell.company.option', { name: 'Bengkel Chong', employerCode: 'B3700054321C' }) });
    await dialog(page).getByRole('button', { name: tr('unsaved.discard') }).click();
    await expect(page.getByTestId('current-employer-code')).toContainText('B3700054321C');
    await expect(basicCell(page, locale, 'Ali bin Ahmad')).toHaveValue('');
    expect(storedBasic(app)).toEqual([]);
  });

  test(`unsaved wages (${locale}): kept through a reload and a crash, restored for that company-month only; Ctrl+S saves`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const { company, ali, siti } = seed(app);
    await gotoApp(page, '#/wages');
    await openWages(page, locale);
    await basicCell(page, locale, 'Ali bin Ahmad').fill('2500');
    await basicCell(page, locale, 'Siti Aminah').fill('1,800.50');
    expect(await draftKeys(page)).toEqual([`caruman.draft.wages.${company.id}.${MONTH}`]);

    // Reloading asks the browser's own question (beforeunload) while there are changes.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (question) => {
        resolve(question.type());
        void question.accept();
      }),
    );
    await page.reload();
    expect(await asked).toBe('beforeunload');
    await openWages(page, locale);
    await expect(basicCell(page, locale, 'Ali bin Ahmad')).toHaveValue('2500');
    await expect(basicCell(page, locale, 'Siti Aminah')).toHaveValue('1,800.50');
    await expect(page.getByRole('status').filter({ hasText: tr('wages.draft.restored', { month: MONTH_NAME[locale], count: 2 }) })).toBeVisible();
    expect(storedBasic(app)).toEqual([]);

    // A crash: the page is gone without any question; a new one finds the typing again.
    await page.close({ runBeforeUnload: false });
    const next = await page.context().newPage();
    await gotoApp(next, '#/wages');
    await openWages(next, locale);
    await expect(basicCell(next, locale, 'Siti Aminah')).toHaveValue('1,800.50');
    // Another month has its own (none).
    await next.getByLabel(tr('wages.month.label'), { exact: true }).fill('2025-04');
    await expect(dialog(next)).toBeVisible();
    await dialog(next).getByRole('button', { name: tr('unsaved.stay') }).click();

    // Ctrl+S saves, wherever the focus is.
    await basicCell(next, locale, 'Ali bin Ahmad').click();
    await next.keyboard.press('Control+s');
    await expect(next.getByRole('status').filter({ hasText: tr('wages.saved', { count: 2, month: MONTH_NAME[locale] }) })).toBeVisible();
    expect(storedBasic(app)).toEqual([
      { employee_id: ali.id, basic: 250000 },
      { employee_id: siti.id, basic: 180050 },
    ]);
    expect(await draftKeys(next)).toEqual([]);
    // Saved: leaving asks nothing.
    await sidebar(next, locale, 'nav.employees').click();
    await expect(next.getByRole('heading', { level: 1, name: tr('nav.employees') })).toBeVisible();
    await expect(dialog(next)).toHaveCount(0);
    await expect(next.getByTestId('employee-row')).toHaveCount(2);
  });
}

test('a draft is never applied to another company that got the same id (the sample company removed, a real one made)', async ({ page, app, gotoApp }) => {
  app.services.settings.setLocale('en');
  const sample = app.services.sampleData.create();
  const month = sample.months[sample.months.length - 1]!;
  const [someone] = app.services.employees.list(sample.company.id, 'active');
  if (!someone) throw new Error('the sample has employees');
  await gotoApp(page, `#/wages?month=${month}`);
  await expect(page.getByTestId('wage-grid')).toBeVisible();
  await basicCell(page, 'en', someone.name).fill('9999');
  expect(await draftKeys(page)).toEqual([`caruman.draft.wages.${sample.company.id}.${month}`]);
  await page.close({ runBeforeUnload: false });

  // The sample goes; the real company made next reuses its id, with the same person in it.
  app.services.sampleData.remove(sample.company.id);
  const real = app.services.companies.create({ name: 'Kedai Sebenar', employerCode: 'C3700011111D', ssmNumber: null });
  expect(real.id).toBe(sample.company.id);
  app.services.employees.create(real.id, { name: someone.name, idType: someone.idType, idNumber: someone.idNumber, hireDate: '2015-01-01', perkesoRegisteredDate: '2015-01-02' });

  const next = await page.context().newPage();
  await gotoApp(next, `#/wages?month=${month}`);
  await expect(next.getByTestId('wage-grid')).toBeVisible();
  await expect(basicCell(next, 'en', someone.name)).toHaveValue('');
  await expect(next.getByRole('status').filter({ hasText: 'unsaved typing' })).toHaveCount(0);
  expect(await draftKeys(next)).toEqual([]);
  // Nothing unsaved: leaving asks nothing.
  await sidebar(next, 'en', 'nav.employees').click();
  await expect(next.getByRole('heading', { level: 1, name: 'Employees' })).toBeVisible();
  await expect(next.getByTestId('employee-row')).toHaveCount(1);
});

test('the Back button is a way out too; switching language is not (the typing stays, said in the new language)', async ({ page, app, gotoApp }) => {
  app.services.settings.setLocale('en');
  seed(app);
  await gotoApp(page, '#/employees');
  await sidebar(page, 'en', 'nav.wages').click();
  await openWages(page, 'en');
  await basicCell(page, 'en', 'Ali bin Ahmad').fill('2500');

  await page.goBack();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Stay here' }).click();
  await expect(page).toHaveURL(/#\/wages$/);
  await expect(basicCell(page, 'en', 'Ali bin Ahmad')).toHaveValue('2500');

  await page.getByLabel('Language/Bahasa', { exact: true }).selectOption('ms');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(basicCell(page, 'ms', 'Ali bin Ahmad')).toHaveValue('2500');
  await expect(page.getByRole('button', { name: translate('ms', 'wages.save.count', { count: 1 }) })).toBeVisible();
  await sidebar(page, 'ms', 'nav.employees').click();
  await expect(page.getByRole('alertdialog')).toContainText(translate('ms', 'wages.unsaved.summary', { month: 'Mei 2025', company: 'Kedai Runcit Ali', count: 1 }));
});

for (const locale of ['ms', 'en'] as const) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  test(`the employee form (${locale}): leaving asks first, a refused save stays, Save stores and goes; kept through a reload and a crash; Ctrl+S`, async ({ page: first, context, app, gotoApp }) => {
    let page = first;
    app.services.settings.setLocale(locale);
    const { company } = seed(app);
    await gotoApp(page, '#/employees');
    await page.getByRole('button', { name: tr('employees.add'), exact: true }).click();
    await page.getByLabel(tr('employees.field.name'), { exact: true }).fill('Nurul Huda binti Abdullah');

    await sidebar(page, locale, 'nav.wages').click();
    const dialog = page.getByRole('alertdialog', { name: tr('unsaved.title') });
    await expect(dialog).toContainText(tr('employees.unsaved.new'));
    // No ID number yet: refused, the form says where, and the screen stays.
    await dialog.getByRole('button', { name: tr('unsaved.save'), exact: true }).click();
    await expect(page.getByLabel(tr('employees.field.idNumber'), { exact: true })).toBeFocused();
    await expect(page).toHaveURL(/#\/employees$/);

    await page.getByLabel(tr('employees.field.idNumber'), { exact: true }).fill('950707-14-5678');
    await page.getByLabel(tr('employees.field.hireDate'), { exact: true }).fill('02/01/2024');
    // A reload keeps the form's typing (the browser asks first); the list offers to continue it.
    page.once('dialog', (question) => void question.accept());
    await page.reload();
    const kept = page.getByTestId('kept-forms');
    await expect(kept).toContainText(tr('employees.drafts.new', { name: 'Nurul Huda binti Abdullah' }));
    await kept.getByRole('button', { name: `${tr('employees.drafts.continue')}: ${tr('employees.drafts.new', { name: 'Nurul Huda binti Abdullah' })}` }).click();
    await expect(page.getByLabel(tr('employees.field.name'), { exact: true })).toHaveValue('Nurul Huda binti Abdullah');
    await expect(page.getByLabel(tr('employees.field.hireDate'), { exact: true })).toHaveValue('02/01/2024');
    await expect(page.getByTestId('employee-draft-restored')).toHaveText(tr('employees.draft.restored'));

    await sidebar(page, locale, 'nav.wages').click();
    await dialog.getByRole('button', { name: tr('unsaved.save'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: tr('nav.wages') })).toBeVisible();
    expect(queryDatabase(app.databaseFile, 'SELECT name, hire_date FROM employees WHERE company_id = ? ORDER BY id', company.id)).toEqual([
      { name: 'Ali bin Ahmad', hire_date: '2020-01-02' },
      { name: 'Siti Aminah', hire_date: '2020-05-02' },
      { name: 'Nurul Huda binti Abdullah', hire_date: '2024-01-02' },
    ]);
    expect(await draftKeys(page)).toEqual([]);

    await sidebar(page, locale, 'nav.employees').click();
    await expect(page.getByTestId('kept-forms')).toHaveCount(0);

    // Editing, closed without saving (a crash): the list offers that employee's changes again.
    await page.getByRole('button', { name: tr('employees.edit.label', { name: 'Ali bin Ahmad' }) }).click();
    await page.getByLabel(tr('employees.field.leaveDate'), { exact: true }).fill('31/05/2025');
    await page.close({ runBeforeUnload: false });
    page = await context.newPage();
    await gotoApp(page, '#/employees');
    const keptEdit = page.getByTestId('kept-forms');
    await expect(keptEdit).toContainText(tr('employees.drafts.edit', { name: 'Ali bin Ahmad' }));
    await keptEdit.getByRole('button').click();
    await expect(page.getByLabel(tr('employees.field.leaveDate'), { exact: true })).toHaveValue('31/05/2025');
    await page.getByRole('button', { name: tr('action.cancel') }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: tr('unsaved.discard') }).click();
    await expect(page.getByTestId('kept-forms')).toHaveCount(0);
    expect(await draftKeys(page)).toEqual([]);

    // Editing: Ctrl+S saves in place.
    await page.getByRole('button', { name: tr('employees.edit.label', { name: 'Siti Aminah' }) }).click();
    await page.getByLabel(tr('employees.field.name'), { exact: true }).fill('Siti Aminah binti Yusof');
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status').filter({ hasText: 'Siti Aminah binti Yusof' })).toHaveText(tr('employees.updated', { name: 'Siti Aminah binti Yusof' }));
    expect(queryDatabase(app.databaseFile, "SELECT count(*) AS n FROM employees WHERE name = 'Siti Aminah binti Yusof'")).toEqual([{ n: 1 }]);
    await expect(page.getByTestId('employee-row').filter({ hasText: 'Siti Aminah binti Yusof' })).toHaveCount(1);
  });
}
