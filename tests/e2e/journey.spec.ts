// The whole journey of a shop owner, in each language: first-run setup (language, company, folder
// for files), the company's KWSP and LHDN numbers, one employee by the form (its EPF part and PCB
// category previewed) and others by a CSV import, a month's wages by keyboard and by paste (leaving
// mid-entry asks, saves, and the entry is there), EPF and PCB in the grid, the ASSIST file and
// KWSP's Form A written from the files screen and read back from disk with the project's own
// checkers, their totals equal to the totals the UI showed; the month-end dashboard with PERKESO,
// KWSP and LHDN; the Payroll screen, the month finalised, the payslips written, and the month-end
// pack on disk (ASSIST, Form A, CP39, the payslips, the summary, the journal and a README in
// <company folder>/<YYYY-MM>/), every folder and file (the CSV to import too)
// chosen through the (stand-in) dialog. Screenshots of every first-run step in both languages.
import fs from 'node:fs';
import path from 'node:path';
import { checkAssistFile } from '../../shared/assist';
import { checkFormAFile } from '../../shared/epf/form-a';
import { CP39_FILE_NAME, checkCp39File } from '../../shared/tax/cp39';
import { pdfText } from '../helpers/pdf-text';
import { addMonths, formatMalaysianDate, formatMonthName } from '../../shared/calendar';
import { translate, type Locale, type MessageKey } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase } from './harness';
import { shownSen } from './shown-money';

const screenshots = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));

/** The browser runs in Asia/Kuala_Lumpur (playwright.config.ts): the month a shop owner files now. */
function lastMonth(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const MONTH = lastMonth();
/** KWSP's Form A is named by the contribution month: the month after the wages' month. */
const FORM_A = `EPF_12345678_${addMonths(MONTH, 1).slice(5, 7)}${addMonths(MONTH, 1).slice(0, 4)}.txt`;
/** One PDF per employee paid (by ID number) and the combined one (by employer code). */
const PAYSLIPS = [
  `payslip-${MONTH}-850505105151.pdf`,
  `payslip-${MONTH}-880808145567.pdf`,
  `payslip-${MONTH}-900202105154.pdf`,
  `payslip-${MONTH}-920303085242.pdf`,
  `payslips-${MONTH}-A37000123456.pdf`,
];


const EMPLOYEES_CSV = [
  'name,id_number,hire_date,perkeso_registered_date,bank_name,bank_account',
  'Ali bin Ahmad,850505-10-5151,2020-01-02,2020-01-03,Maybank,1141-0000-1111',
  'Chong Wei Ming,880808-14-5567,2021-03-01,2021-03-02,CIMB,8001-2222-3333',
  'Mei Ling,920303-08-5242,2022-06-01,2022-06-02,Public Bank,3190-4444-5555',
].join('\n');

for (const locale of ['ms', 'en'] as const) {
  const other: Locale = locale === 'ms' ? 'en' : 'ms';
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  test(`journey (${locale}): first run to a finalised month — employees, wages, ASSIST and Form A that pass the checkers, dashboard, payroll, payslips, the month-end pack on disk`, async ({
    page,
    app,
    gotoApp,
  }) => {
    test.setTimeout(150_000);
    fs.mkdirSync(screenshots, { recursive: true });
    const folder = path.join(app.dataDir, `fail-${locale}`);
    fs.mkdirSync(folder, { recursive: true });
    // Start in the other language, so choosing this one is a real switch.
    app.services.settings.setLocale(other);
    await gotoApp(page);

    await test.step('first run, step 1: language', async () => {
      await expect(page.getByTestId('first-run')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: translate(other, 'onboarding.title') })).toBeVisible();
      await page.getByRole('radio', { name: translate(locale, `language.${locale}`) }).check();
      await expect(page.getByRole('heading', { level: 1, name: tr('onboarding.title') })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect.poll(() => queryDatabase(app.databaseFile, "SELECT value FROM settings WHERE key = 'locale'")).toEqual([{ value: locale }]);
      await expect(page.getByRole('list', { name: tr('onboarding.steps.label') }).getByRole('listitem').first()).toHaveAttribute('aria-current', 'step');
      await page.screenshot({ path: path.join(screenshots, `first-run-1-language-${locale}.png`), fullPage: true });
      await page.getByRole('button', { name: tr('onboarding.next') }).click();
    });

    await test.step('first run, step 2: the company, refused next to the field then saved', async () => {
      await expect(page.getByRole('heading', { level: 2, name: tr('onboarding.company.title') })).toBeFocused();
      await page.getByLabel(tr('companies.field.name'), { exact: true }).fill('Kedai Runcit Ali Enterprise');
      await page.getByLabel(tr('companies.field.employerCode'), { exact: true }).fill('A3700/12345');
      await page.getByRole('button', { name: tr('onboarding.company.save') }).click();
      const code = page.getByLabel(tr('companies.field.employerCode'), { exact: true });
      await expect(code).toHaveAttribute('aria-invalid', 'true');
      await expect(code).toHaveAccessibleDescription(new RegExp(escapeRegExp(tr('companies.error.employerCode.format'))));
      await expect(page.getByRole('alert')).toHaveText(tr('companies.form.invalid'));
      await page.screenshot({ path: path.join(screenshots, `first-run-2-company-${locale}.png`), fullPage: true });
      expect(queryDatabase(app.databaseFile, 'SELECT id FROM companies')).toEqual([]);
      await code.fill('a37000123456');
      await page.getByLabel(tr('companies.field.ssmNumber'), { exact: true }).fill('202301012345');
      await page.getByRole('button', { name: tr('onboarding.company.save') }).click();
    });

    await test.step('first run, step 3: where files go', async () => {
      await expect(page.getByRole('heading', { level: 2, name: tr('onboarding.folder.title') })).toBeFocused();
      await expect(page.getByText(tr('onboarding.folder.default'))).toBeVisible();
      // Chosen in the (stand-in) folder dialog, never typed: there is no text box for a path.
      await expect(page.getByRole('textbox', { name: tr('onboarding.folder.field') })).toHaveCount(0);
      await expect(page.getByTestId('first-run-folder-path')).toHaveText(tr('desktop.chooser.none'));
      app.dialogs.willChoose(folder);
      await page.getByRole('button', { name: tr('desktop.chooser.folder') }).click();
      await expect(page.getByTestId('first-run-folder-path')).toHaveText(folder);
      expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'folder', purpose: 'companyFolder', title: tr('desktop.dialog.companyFolder.title') });
      await page.screenshot({ path: path.join(screenshots, `first-run-3-folder-${locale}.png`), fullPage: true });
      await page.getByRole('button', { name: tr('onboarding.folder.save') }).click();
      await expect(page).toHaveURL(/#\/employees$/);
      await expect(page.getByRole('heading', { level: 1, name: tr('nav.employees') })).toBeVisible();
      await expect(page.getByTestId('current-employer-code')).toContainText('A37000123456');
      expect(queryDatabase(app.databaseFile, 'SELECT name, employer_code, ssm_number, output_folder, is_sample FROM companies')).toEqual([
        { name: 'Kedai Runcit Ali Enterprise', employer_code: 'A37000123456', ssm_number: '202301012345', output_folder: folder, is_sample: 0 },
      ]);
    });

    await test.step('the company’s KWSP and LHDN employer numbers (for Form A and CP39)', async () => {
      await page.getByRole('navigation').getByRole('link', { name: tr('nav.companies'), exact: true }).click();
      await page.getByRole('button', { name: tr('companyDetails.button.label', { name: 'Kedai Runcit Ali Enterprise' }) }).click();
      await page.getByLabel(tr('companyDetails.epfEmployerNumber'), { exact: true }).fill('12345678');
      await page.getByLabel(tr('companyDetails.taxEmployerNumber'), { exact: true }).fill('E 908915-10');
      await page.getByRole('button', { name: tr('companyDetails.save') }).click();
      await expect(page.getByRole('status').filter({ hasText: tr('companyDetails.saved', { name: 'Kedai Runcit Ali Enterprise' }) })).toBeVisible();
      expect(queryDatabase(app.databaseFile, 'SELECT epf_employer_number, tax_employer_number FROM companies')).toEqual([
        { epf_employer_number: '12345678', tax_employer_number: expect.stringMatching(/^E\d+$/) },
      ]);
      await page.getByRole('navigation').getByRole('link', { name: tr('nav.employees'), exact: true }).click();
    });

    await test.step('one employee by the form', async () => {
      await page.getByRole('button', { name: tr('employees.add'), exact: true }).click();
      await page.getByLabel(tr('employees.field.name'), { exact: true }).fill('Siti Aminah binti Yusof');
      await page.getByLabel(tr('employees.field.idNumber'), { exact: true }).fill('900202-10-5154');
      await expect(page.getByLabel(tr('employees.field.dateOfBirth'), { exact: true })).toHaveValue('02/02/1990');
      await page.getByLabel(tr('employees.field.hireDate'), { exact: true }).fill('02/01/2020');
      await page.getByLabel(tr('employees.field.perkesoRegisteredDate'), { exact: true }).fill('3/1/2020');
      // Her income tax number: CP39 lists each employee with PCB by it.
      await page.getByLabel(tr('employees.field.taxNumber'), { exact: true }).fill('IG 531367-080');
      // Where her pay goes: the month's payment list needs everyone's account.
      await page.getByLabel(tr('employees.field.bankName'), { exact: true }).fill('Bank Islam');
      await page.getByLabel(tr('employees.field.bankAccount'), { exact: true }).fill('1201-6666-7777');
      // The form previews her EPF part (a citizen below 60: Part A) and PCB category (single: 1).
      await expect(page.getByTestId('preview-epf')).toContainText(tr('employees.preview.epf.part', { part: 'A' }));
      await expect(page.getByTestId('preview-pcb')).toContainText(tr('employees.preview.pcb.category', { category: 1 }));
      await page.getByRole('button', { name: tr('employees.add'), exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Siti Aminah binti Yusof' }).first()).toBeVisible();
      await page.getByRole('button', { name: tr('employees.backToList') }).click();
    });

    await test.step('three more by a CSV import', async () => {
      await page.getByRole('button', { name: tr('employees.import') }).click();
      // The file is on the user's disk and chosen in the (stand-in) open dialog; the main process
      // reads it. The page has no file input of its own.
      const csv = path.join(app.dataDir, `Desktop-${locale}`, 'pekerja.csv');
      fs.mkdirSync(path.dirname(csv), { recursive: true });
      fs.writeFileSync(csv, EMPLOYEES_CSV);
      await expect(page.locator('input[type=file]')).toHaveCount(0);
      app.dialogs.willChoose(csv);
      await page.getByRole('group', { name: tr('employees.import.file') }).getByRole('button', { name: tr('desktop.chooser.file') }).click();
      expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'open', purpose: 'importFile', title: tr('desktop.dialog.importFile.title') });
      await expect(page.getByTestId('import-file-path')).toHaveText(csv);
      await expect(page.getByRole('heading', { level: 3, name: tr('employees.import.reportTitle', { file: 'pekerja.csv' }) })).toBeVisible();
      await page.getByRole('button', { name: tr('employees.import.commit', { count: 3 }) }).click();
      await expect(page.getByRole('status').filter({ hasText: tr('employees.import.done', { created: 3, updated: 0, unchanged: 0 }) })).toBeVisible();
      await expect(page.getByTestId('employee-row')).toHaveCount(4);
      expect(queryDatabase(app.databaseFile, 'SELECT count(*) AS n FROM employees')).toEqual([{ n: 4 }]);
    });

    const ui: Record<string, number> = {};
    await test.step('the month’s wages by keyboard and by paste; leaving mid-entry asks, saves, and the entry is there', async () => {
      await page.getByRole('navigation').getByRole('link', { name: tr('nav.wages'), exact: true }).click();
      const picker = page.getByLabel(tr('wages.month.label'), { exact: true });
      await picker.fill(MONTH);
      await expect(page.getByTestId('wage-grid')).toBeVisible();
      const cell = (item: 'basic' | 'overtime' | 'bonus', name: string) =>
        page.getByLabel(tr('wages.cell.label', { item: tr(`wages.item.short.${item}`), name }), { exact: true });
      // Rows by name: Ali, Chong, Mei Ling, Siti.
      await cell('basic', 'Ali bin Ahmad').click();
      await page.keyboard.type('3000');
      await page.keyboard.press('Enter');
      await expect(cell('basic', 'Chong Wei Ming')).toBeFocused();
      await page.keyboard.type('2450.50');
      await page.keyboard.press('Tab');
      await page.keyboard.type('120');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowLeft');
      await expect(cell('basic', 'Mei Ling')).toBeFocused();
      await page.evaluate(() => {
        const target = document.activeElement as HTMLElement;
        const data = new DataTransfer();
        data.setData('text/plain', '1800\t250.25\n2,200.00\t\n');
        target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await expect(cell('basic', 'Siti Aminah binti Yusof')).toHaveValue('2,200.00');
      await expect(page.getByRole('status').filter({ hasText: tr('wages.pasted', { rows: 2 }) })).toBeVisible();
      // Siti's bonus: no SOCSO wages, but EPF wages and PCB (so the month has a CP39 to file).
      await cell('bonus', 'Siti Aminah binti Yusof').click();
      await page.keyboard.type('50000');
      await expect(page.getByTestId('total-wages')).toHaveText('9,820.75');
      for (const id of ['wages', 'socso-employer', 'socso-employee', 'eis-employer', 'eis-employee', 'lindung', 'all']) {
        ui[id] = shownSen(await page.getByTestId(`total-${id}`).innerText());
      }
      expect(ui.wages).toBe(982075);

      // Off to the files before saving: asked first, in words, then saved on the way.
      await page.getByRole('navigation').getByRole('link', { name: tr('nav.files'), exact: true }).click();
      const question = page.getByRole('alertdialog', { name: tr('unsaved.title') });
      await expect(question).toContainText(tr('wages.unsaved.summary', { month: formatMonthName(MONTH, locale), company: 'Kedai Runcit Ali Enterprise', count: 4 }));
      await page.screenshot({ path: path.join(screenshots, `wages-leave-question-${locale}.png`) });
      await question.getByRole('button', { name: tr('unsaved.save'), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: tr('files.title') })).toBeVisible();
      expect(queryDatabase(app.databaseFile, 'SELECT count(*) AS n FROM wages WHERE month = ?', MONTH)).toEqual([{ n: 4 }]);

      // Back on the wages: the entry is there, stored.
      await page.getByRole('navigation').getByRole('link', { name: tr('nav.wages'), exact: true }).click();
      await page.getByLabel(tr('wages.month.label'), { exact: true }).fill(MONTH);
      await expect(cell('basic', 'Chong Wei Ming')).toHaveValue('2450.50');
      await expect(cell('overtime', 'Mei Ling')).toHaveValue('250.25');
      await expect(page.getByTestId('total-wages')).toHaveText('9,820.75');
      await expect(page.getByRole('button', { name: tr('wages.save'), exact: true })).toBeVisible();

      // EPF and PCB per row. Ali, RM3,000.00: EPF Part A 2025-10, band 2,980.01–3,000.00, employee
      // RM330.00, employer RM390.00. Siti (single, resident, November, nothing finalised before):
      // Y1 RM2,200, K1 RM242 (band 2,180.01–2,200.00), n = 1; bonus Yt RM50,000 with Kt = 4,000 −
      // 242 × 2 = RM3,516. P = 1,958 × 2 + (50,000 − 3,516) − 9,000 = RM41,400; the tax on it is
      // (41,400 − 35,000) × 6 % + 600 = RM984 (no rebate above RM35,000), and the normal part alone
      // is below the threshold, so PCB is RM984.00 (PCB.md's formula, worked by hand).
      const row = (name: string) => page.getByTestId('wage-row').filter({ hasText: name });
      await expect(row('Ali bin Ahmad').getByTestId('row-epf-employee')).toHaveText('330.00');
      await expect(row('Ali bin Ahmad').getByTestId('row-epf-employer')).toHaveText('390.00');
      await expect(row('Siti Aminah binti Yusof').getByTestId('row-pcb')).toHaveText('984.00');
      ui.sitiPcb = 98_400;
    });

    const company = app.services.companies.getByEmployerCode('A37000123456');
    await test.step('the ASSIST files written from the files screen', async () => {
      await page.getByRole('navigation').getByRole('link', { name: tr('nav.files'), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: tr('files.title') })).toBeVisible();
      await expect(page.getByLabel(tr('files.month.label'))).toHaveValue(formatMonthName(MONTH, locale));
      // The folder chosen in the first run is the company's folder.
      await expect(page.getByTestId('files-folder-path')).toHaveText(folder);
      await expect(page.getByTestId('files-preview')).toBeVisible();
      await page.getByRole('button', { name: tr('files.write') }).click();
      await expect(page.getByTestId('files-written')).toBeVisible();
    });

    await test.step('the files on disk pass the project’s checker, with the totals the UI showed', async () => {
      const written = fs.readdirSync(folder).filter((name) => name.endsWith('.txt') && !name.startsWith('EPF_'));
      // From June 2026 the one SOCSO + EIS + LINDUNG file alone (issue 12 item 2).
      expect(written).toEqual([expect.stringMatching(/^SOCSO-EIS-LINDUNG_A37000123456_/)]);
      // KWSP's Form A beside it (the company has its KWSP number), passing the project's checker.
      expect(fs.readdirSync(folder)).toContain(FORM_A);
      const epfChecked = checkFormAFile({ bytes: fs.readFileSync(path.join(folder, FORM_A)), today: app.services.today() });
      expect(epfChecked.errors, JSON.stringify(epfChecked)).toBe(0);
      const totals: Record<string, { amountSen: number; parts?: Record<string, number> }> = {};
      for (const name of written) {
        const bytes = fs.readFileSync(path.join(folder, name));
        const plain = checkAssistFile({ bytes, fileName: name, today: app.services.today() });
        expect(plain.errors, `${name}: ${JSON.stringify(plain.problems)}`).toBe(0);
        // Against the company's own records (employees, stored wages of the month).
        const checked = app.services.monthFiles.check({ bytes, fileName: name, companyId: company.id });
        expect(checked.errors, `${name}: ${JSON.stringify(checked.problems)}`).toBe(0);
        expect(checked.records).toHaveLength(4);
        expect(checked.records.every((record) => record.employerCode === 'A37000123456' && record.month === MONTH)).toBe(true);
        if (!checked.layout || checked.layout === 'socso-or-eis') throw new Error(`${name}: layout not known`);
        totals[checked.layout] = checked.totals;
        // The files screen showed the same total for this file.
        await expect(page.getByTestId(`written-${checked.layout}`)).toContainText(checked.totals.amount);
      }
      expect(totals.lindung?.parts).toEqual({
        wagesSen: ui.wages,
        socsoEmployerSen: ui['socso-employer'],
        socsoEmployeeSen: ui['socso-employee'],
        eisEmployerSen: ui['eis-employer'],
        eisEmployeeSen: ui['eis-employee'],
        lindungEmployeeSen: ui.lindung,
      });
      expect(totals.lindung?.amountSen).toBe(ui.all);
    });

    await test.step('the month-end dashboard shows PERKESO, KWSP and LHDN for the month', async () => {
      await page.getByRole('navigation').getByRole('link', { name: tr('dashboard.nav'), exact: true }).click();
      const row = page.getByTestId('dashboard-row').filter({ hasText: 'Kedai Runcit Ali Enterprise' });
      await expect(row.getByTestId('cell-contribution')).toHaveText(`RM${(ui.all! / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
      // KWSP and LHDN are both due on the 15th of the month after the wages (EPF.md §5, PCB.md §6),
      // shown the Malaysian way; the files were made in the step before.
      const due = formatMalaysianDate(`${addMonths(MONTH, 1)}-15`);
      for (const body of ['kwsp', 'lhdn'] as const) {
        await expect(row.getByTestId(`filing-${body}`)).toContainText(tr(`dashboard.filing.${body}`));
        await expect(row.getByTestId(`filing-${body}`)).toContainText(due);
      }
      await expect(row.getByTestId('filing-kwsp')).toHaveAttribute('data-stage', 'made');
      // The payslips are draft until the month is finalised on the Payroll screen (the next step).
      await expect(row.getByTestId('filing-payslips')).toHaveAttribute('data-stage', 'draft');
      await expect(row.getByTestId('filing-payslips')).toContainText(tr('dashboard.payslips.draft'));
    });

    const monthFolder = path.join(folder, MONTH);
    await test.step('the Payroll screen: finalised, then the payslips written', async () => {
      await page.getByRole('navigation').getByRole('link', { name: tr('payrollScreen.nav'), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: tr('payrollScreen.title') })).toBeVisible();
      const rows = page.getByTestId('payroll-row');
      await expect(rows).toHaveCount(4);
      const siti = rows.filter({ hasText: 'Siti Aminah binti Yusof' });
      await expect(siti.getByTestId('payroll-gross')).toHaveText('52,200.00');
      expect(shownSen(await siti.getByTestId('payroll-pcb').innerText())).toBe(ui.sitiPcb);
      expect(shownSen(await page.getByTestId('payroll-total-gross').innerText())).toBe(982_075 + 5_000_000);
      await page.screenshot({ path: path.join(screenshots, `journey-payroll-${locale}.png`) });

      await page.getByRole('button', { name: tr('payrollScreen.finalise.open', { month: MONTH }) }).click();
      await expect(page.getByTestId('finalise-summary')).toContainText(tr('payrollScreen.finalise.net'));
      await page.getByTestId('finalise-panel').getByRole('button', { name: tr('payrollScreen.finalise.confirm', { month: MONTH }) }).click();
      await expect(page.getByTestId('payroll-state')).toHaveAttribute('data-finalised', 'true');
      expect(queryDatabase(app.databaseFile, 'SELECT month FROM payroll_months')).toEqual([{ month: MONTH }]);

      // Into a folder of their own (to print, or hand over), chosen in the (stand-in) dialog.
      const slips = path.join(app.dataDir, `payslips-${locale}`);
      fs.mkdirSync(slips);
      app.dialogs.willChoose(slips);
      await page.getByRole('button', { name: tr('payrollScreen.payslips.write') }).click();
      await expect(page.getByTestId('payslips-written')).toContainText(slips);
      expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'folder', purpose: 'payrollFiles' });
      expect(fs.readdirSync(slips).sort()).toEqual(PAYSLIPS);
      // The combined payslips: one page per employee, each finalised (no DRAFT line).
      const combined = await pdfText(fs.readFileSync(path.join(slips, `payslips-${MONTH}-A37000123456.pdf`)));
      expect(combined.pages).toHaveLength(4);
      expect(combined.all).not.toContain(translate(locale, 'payslips.draft', { month: formatMonthName(MONTH, locale) }).slice(0, 5));
    });

    await test.step('the month-end pack on disk: ASSIST, Form A, CP39, the payslips, the summary, the journal, the payment list and a README', async () => {
      await page.getByRole('navigation').getByRole('link', { name: tr('nav.files'), exact: true }).click();
      await page.getByRole('button', { name: tr('monthFiles.pack.action') }).click();
      await expect(page.getByTestId('files-pack-done')).toContainText(monthFolder);
      const files = fs.readdirSync(monthFolder).sort();
      // What the panel lists is what is on disk.
      expect((await page.getByTestId('files-pack-files').locator('li').allTextContents()).sort()).toEqual(files);
      const cp39 = files.find((name) => CP39_FILE_NAME.test(name));
      expect(cp39, files.join(', ')).toBeDefined();
      // The month is finalised: the summary and journal are not DRAFT.
      const reports = [`payroll-summary-${MONTH}-A37000123456.csv`, `payroll-journal-${MONTH}-A37000123456.csv`];
      expect(files).toEqual(expect.arrayContaining([expect.stringMatching(/^SOCSO-EIS-LINDUNG_A37000123456_/), FORM_A, ...PAYSLIPS, ...reports, 'README.txt']));
      // The payment list: everyone paid, with the account each was given, and the total.
      const paymentList = `payment-list-${MONTH}-A37000123456.csv`;
      expect(files).toContain(paymentList);
      const payments = fs.readFileSync(path.join(monthFolder, paymentList), 'utf8');
      for (const account of ['1141-0000-1111', '8001-2222-3333', '3190-4444-5555', '1201-6666-7777']) expect(payments).toContain(account);
      const readme = fs.readFileSync(path.join(monthFolder, 'README.txt'), 'utf8');
      for (const name of [FORM_A, cp39!, ...reports, paymentList]) expect(readme).toContain(name);
      const cp39Checked = checkCp39File({ bytes: fs.readFileSync(path.join(monthFolder, cp39!)), fileName: cp39!, today: app.services.today() });
      expect(cp39Checked.errors, JSON.stringify(cp39Checked.problems)).toBe(0);
      expect(cp39Checked.totals).toMatchObject({ mtdSen: ui.sitiPcb, mtdRecords: 1 });
    });
    await test.step('every folder and file came through the dialog', async () => {
      // Each answer the test queued was asked for by a dialog, and no screen has a file input.
      expect(app.dialogs.pending).toBe(0);
      expect(app.dialogs.shown.map((d) => d.purpose)).toEqual(expect.arrayContaining(['companyFolder', 'importFile', 'payrollFiles']));
      await expect(page.locator('input[type=file]')).toHaveCount(0);
    });
    // Leave the app before the database closes (the files screen may still ask for a preview).
    await page.goto('about:blank');
  });
}

test('first run: Settings stays reachable without a company, to restore a backup on a new computer', async ({ page, app, gotoApp }) => {
  app.services.settings.setLocale('en');
  await gotoApp(page);
  await expect(page.getByTestId('first-run')).toBeVisible();
  await page.getByRole('button', { name: translate('en', 'onboarding.restore') }).click();
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: translate('en', 'nav.settings') })).toBeVisible();
  // Any other screen brings the setup back while there is still no company.
  await page.getByRole('navigation').getByRole('link', { name: translate('en', 'nav.employees'), exact: true }).click();
  await expect(page.getByTestId('first-run')).toBeVisible();
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
