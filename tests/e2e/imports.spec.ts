// Importing from a spreadsheet, end to end (issue 12 item 7, issue 11 item 2): the help and the
// templates speak the user's language, errors name the user's own columns, and a column Caruman
// does not know is imported only once the user ticks it to be skipped.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase, type AppHandle, type GotoApp } from './harness';
import { chooseImportFile } from './choose-import-file';

const say = (locale: Locale, key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);

function seedCompany(app: AppHandle) {
  return app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
}

const HEADERS = {
  ms: 'Nama*, Jenis ID, No KP*, ID PERKESO, Tarikh lahir, Jantina, Kewarganegaraan, Pembantu rumah, Tarikh mula kerja, Tarikh berhenti, Sebab berhenti, Tarikh daftar PERKESO, Mula caruman 55, Tiada SIP sebelum 57, Bayar LINDUNG, No ahli KWSP, Status KWSP, Kekal 11 % KWSP, Tarikh kekal 11 %, No cukai pendapatan, Pemastautin cukai, Taraf perkahwinan, Pasangan bekerja, OKU, Pasangan OKU, Anak bawah 18, Anak pengajian tinggi, Anak OKU, Anak OKU pengajian tinggi, Nama bank, No akaun bank, Bahasa slip gaji, Jawatan, No pekerja, Kadar bulanan (RM), TP3 majikan terdahulu, TP3 saraan (RM), TP3 KWSP (RM), TP3 PCB (RM), TP3 zakat (RM), TP3 pelepasan TP1 (RM), Rujukan CP38, CP38 sebulan (RM), CP38 bulan pertama, CP38 bulan terakhir, Catatan',
  en: 'Name*, ID type, ID number*, PERKESO ID, Date of birth, Gender, Nationality, Domestic worker, Hire date, Leave date, Leave reason, PERKESO registered date, First insured at 55, No EIS before 57, Pays LINDUNG, EPF member number, EPF status, Keeps 11 % EPF, Keeps 11 % from, Income tax number, Tax resident, Marital status, Spouse working, Disabled, Spouse disabled, Children under 18, Children in higher education, Disabled children, Disabled children in higher education, Bank, Bank account, Payslip language, Job title, Staff number, Monthly rate (RM), TP3 previous employer, TP3 remuneration (RM), TP3 EPF (RM), TP3 PCB (RM), TP3 zakat (RM), TP3 TP1 reliefs (RM), CP38 reference, CP38 each month (RM), CP38 first month, CP38 last month, Notes',
} as const;

for (const locale of ['ms', 'en'] as const) {
  test(`issue 12 item 7 (${locale}): the import help and templates are in the user's language, and errors name the user's columns`, async ({
    page,
    app,
    gotoApp,
  }) => {
    app.services.settings.setLocale(locale);
    seedCompany(app);
    await gotoApp(page, '#/employees');
    await page.getByRole('button', { name: say(locale, 'employees.import') }).click();

    await page.getByText(say(locale, 'import.ui.columnsTitle')).click();
    await expect(page.getByTestId('import-columns')).toHaveText(HEADERS[locale]);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: say(locale, 'import.ui.templateCsv'), exact: true }).click()]);
    expect(csv.suggestedFilename()).toBe(locale === 'ms' ? 'templat-pekerja.csv' : 'employees-template.csv');
    const header = fs.readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toBe(HEADERS[locale].replace(/\*/g, '').replace(/, /g, ','));

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: say(locale, 'import.ui.templateXlsx') }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    expect((workbook.worksheets[0]!.getRow(1).values as string[]).slice(1).join(', ')).toBe(HEADERS[locale].replace(/\*/g, ''));

    // The user fills the template in their language and gets two things wrong.
    const [name, idNumber, hired] = locale === 'ms' ? ['Nama', 'No KP', 'Tarikh mula kerja'] : ['Name', 'ID number', 'Hire date'];
    const filled = `${name},${idNumber},${hired}\nAli bin Abu,8001011456,01/03/2024\nSiti,850202-14-5678,3/31/2024\n`;
    await chooseImportFile(page, app, locale, 'pekerja.csv', filled);
    const problems = page.getByTestId('import-report').getByRole('table', { name: say(locale, 'employees.import.errorsCaption') });
    const idProblem = problems.getByRole('row').nth(1);
    await expect(idProblem).toContainText(idNumber);
    await expect(idProblem).toContainText(say(locale, 'mykad.error.length', { value: '8001011456', count: 10 }));
    const dateProblem = problems.getByRole('row').nth(2);
    await expect(dateProblem).toContainText(hired);
    await expect(dateProblem).toContainText('“3/31/2024”');
    await expect(dateProblem).toContainText('DD/MM/YYYY, D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY, YYYY-MM-DD');
    await expect(page.getByRole('button', { name: /^Import \(/ })).toBeDisabled();
    expect(queryDatabase(app.databaseFile, 'SELECT count(*) AS n FROM employees')).toEqual([{ n: 0 }]);
  });
}

/** A company with Ali, the wage screen of May 2025 open in the locale, and its import panel opened. */
async function openWageImport(page: Page, app: AppHandle, gotoApp: GotoApp, locale: 'en' | 'ms') {
  app.services.settings.setLocale(locale);
  const company = seedCompany(app);
  app.services.employees.create(company.id, { name: 'Ali bin Abu', idNumber: '900101-14-5677', hireDate: '2020-01-01', perkesoRegisteredDate: '2020-01-02' });
  await gotoApp(page, '#/wages?month=2025-05');
  await page.getByRole('button', { name: say(locale, 'import.ui.open') }).click();
}

test('issue 11 item 2: wages imported from a file on the wage screen; an unknown column is skipped only when ticked', async ({ page, app, gotoApp }) => {
  await openWageImport(page, app, gotoApp, 'en');
  await expect(page.getByRole('heading', { name: 'Import wages for May 2025 from a spreadsheet' })).toBeVisible();

  const file = 'No KP,Gaji (RM),Jawatan\n900101-14-5677,"2,500.50",Juruwang\n';
  await chooseImportFile(page, app, 'en', 'gaji.csv', file);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Caruman does not know the column “Jawatan”');
  await expect(page.getByRole('button', { name: /^Import \(/ })).toBeDisabled();
  await report.getByRole('checkbox', { name: /Skip “Jawatan”/ }).check();
  await expect(report).toContainText('1 rows checked: 1 new');
  await page.getByRole('button', { name: 'Import (1)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Wages imported' })).toHaveText('Wages imported: 1 new, 0 updated, 0 unchanged.');
  expect(queryDatabase(app.databaseFile, 'SELECT basic FROM wages')).toEqual([{ basic: 250050 }]);
});

test('a file dropped on the import panel is checked and imported like a chosen one (its bytes, no path); one edited after the check is not imported', async ({ page, app, gotoApp }) => {
  await openWageImport(page, app, gotoApp, 'ms');
  await expect(page.getByText(say('ms', 'import.ui.dropHint'))).toBeVisible();
  const drop = async (name: string, text: string) => {
    const dataTransfer = await page.evaluateHandle(
      ([fileName, content]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], fileName, { type: 'text/csv' }));
        return transfer;
      },
      [name, text] as const,
    );
    await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer });
  };
  await drop('gaji-mei.csv', 'No KP,Gaji (RM)\n900101-14-5677,2500.50\n');
  const report = page.getByTestId('import-report');
  await expect(report.getByRole('heading', { name: say('ms', 'employees.import.reportTitle', { file: 'gaji-mei.csv' }) })).toBeVisible();
  await expect(report).toContainText(say('ms', 'employees.import.summary', { rows: 1, created: 1, updated: 0, unchanged: 0 }));
  expect(app.dialogs.shown).toEqual([]);
  await page.getByRole('button', { name: say('ms', 'employees.import.commit', { count: 1 }) }).click();
  await expect(page.getByRole('status').filter({ hasText: say('ms', 'import.ui.wagesDone', { created: 1, updated: 0, unchanged: 0 }) })).toBeVisible();
  expect(queryDatabase(app.databaseFile, 'SELECT basic FROM wages')).toEqual([{ basic: 250050 }]);

  // Chosen in the dialog, checked, then edited in the spreadsheet before Import: refused, nothing changes.
  await page.getByRole('button', { name: say('ms', 'import.ui.open') }).click();
  const chosen = await chooseImportFile(page, app, 'ms', 'gaji.csv', 'No KP,Gaji (RM)\n900101-14-5677,2600\n');
  await expect(report).toContainText(say('ms', 'employees.import.summary', { rows: 1, created: 0, updated: 1, unchanged: 0 }));
  fs.writeFileSync(chosen, 'No KP,Gaji (RM)\n900101-14-5677,9600\n');
  await page.getByRole('button', { name: say('ms', 'employees.import.commit', { count: 1 }) }).click();
  await expect(page.getByRole('alert')).toContainText(say('ms', 'import.error.fileChanged', { file: 'gaji.csv' }));
  expect(queryDatabase(app.databaseFile, 'SELECT basic FROM wages')).toEqual([{ basic: 250050 }]);
  // Checked again, the edited file is what is imported.
  await page.getByRole('button', { name: say('ms', 'desktop.chooser.checkAgain') }).click();
  await expect(report).toContainText(say('ms', 'employees.import.summary', { rows: 1, created: 0, updated: 1, unchanged: 0 }));
  await page.getByRole('button', { name: say('ms', 'employees.import.commit', { count: 1 }) }).click();
  await expect(page.getByRole('status').filter({ hasText: say('ms', 'import.ui.wagesDone', { created: 0, updated: 1, unchanged: 0 }) })).toBeVisible();
  expect(queryDatabase(app.databaseFile, 'SELECT basic FROM wages')).toEqual([{ basic: 960000 }]);
});
