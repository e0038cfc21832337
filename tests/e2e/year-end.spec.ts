// Forms EA and C.P.8D from the Files screen (issue 16): a year set up through the real services
// (two months paid and finalised), the forms written through the folder dialog and found on disk;
// a month with wages left open refuses, naming it, with a link to finalise it, and writes nothing;
// a cancelled dialog writes nothing and says so. Both languages.
import fs from 'node:fs';
import path from 'node:path';
import { formatMonthName, todayInMalaysia } from '../../shared/calendar';
import { translate, type Locale, type MessageKey } from '../../shared/i18n/catalog';
import type { Page } from '@playwright/test';
import { test, expect, type AppHandle, type GotoApp } from './harness';

/** The panel's default year: last year in Malaysia. */
const YEAR = Number(todayInMalaysia().slice(0, 4)) - 1;
const NOVEMBER = `${YEAR}-11`;
const DECEMBER = `${YEAR}-12`;
const OCTOBER = `${YEAR}-10`;

function seed(app: AppHandle, { openOctober }: { openOctober: boolean }) {
  const company = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
  app.services.companies.update({ id: company.id, taxEmployerNumber: 'E1234567890' });
  const hire = { idType: 'mykad' as const, hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03' };
  const ali = app.services.employees.create(company.id, { name: 'Ali bin Ahmad', idNumber: '900101-10-5151', ...hire });
  const mei = app.services.employees.create(company.id, { name: 'Mei Ling', idNumber: '920303-08-5242', ...hire });
  const wages = [
    { employeeId: ali.id, items: { basic: 300_000 } },
    { employeeId: mei.id, items: { basic: 200_000 } },
  ];
  for (const month of [NOVEMBER, DECEMBER]) {
    app.services.wages.write(company.id, month, wages, 'app');
    app.services.payroll.finalise(company.id, month, 'app');
  }
  if (openOctober) app.services.wages.write(company.id, OCTOBER, wages, 'app');
  return company;
}

function emptyFolder(app: AppHandle, name: string): string {
  const folder = path.join(app.dataDir, name);
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

/** The Files screen opened, and its year-end panel once it has said what the year holds. */
async function yearEndPanel(page: Page, gotoApp: GotoApp) {
  await gotoApp(page, '#/files');
  const panel = page.getByTestId('files-year-end');
  await expect(panel.getByTestId('files-year-end-summary')).toBeVisible();
  return panel;
}

for (const locale of ['ms', 'en'] as const satisfies readonly Locale[]) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  test.describe(`Forms EA from the Files screen (${locale})`, () => {
    test.beforeEach(({ app }) => app.services.settings.setLocale(locale));

    test('a year with two finalised months: the forms are written into the chosen folder', async ({ page, app, gotoApp }) => {
      seed(app, { openOctober: false });
      await gotoApp(page, '#/files');
      const panel = page.getByTestId('files-year-end');
      await expect(panel.getByRole('heading', { name: tr('ea.ui.title') })).toBeVisible();
      await expect(panel.getByLabel(tr('ea.ui.year'))).toHaveValue(String(YEAR));
      // Two employees paid in two finalised months: two forms.
      await expect(panel.getByTestId('files-year-end-summary')).toHaveText(tr('ea.ui.summary', { count: 2, months: 2, year: YEAR }));
      await expect(panel.getByTestId('files-year-end-open')).toHaveCount(0);

      const folder = emptyFolder(app, 'ea-out');
      app.dialogs.willChoose(folder);
      await panel.getByRole('button', { name: tr('ea.ui.write', { year: YEAR }) }).click();
      // One PDF per employee and the combined PDF.
      await expect(panel.getByTestId('files-year-end-done')).toHaveText(tr('ea.ui.written', { count: 3, folder }));
      expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'folder', purpose: 'yearEndForms', title: tr('desktop.dialog.yearEndForms.title') });
      const onDisk = fs.readdirSync(folder).sort();
      expect(onDisk).toEqual([`EA-${YEAR}-900101105151-Ali-bin-Ahmad.pdf`, `EA-${YEAR}-920303085242-Mei-Ling.pdf`, `Forms-EA-${YEAR}-A3700012345B.pdf`]);
      for (const name of onDisk) {
        expect(fs.readFileSync(path.join(folder, name)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        await expect(panel.getByTestId('files-year-end-files')).toContainText(name);
      }

      // The C.P.8D file, with the warning that its field order is unconfirmed beside the button.
      await expect(panel.getByTestId('files-year-end-cp8d-warning')).toHaveText(tr('ea.ui.cp8dUnconfirmed'));
      const cp8dFolder = emptyFolder(app, 'cp8d-out');
      app.dialogs.willChoose(cp8dFolder);
      await panel.getByRole('button', { name: tr('ea.ui.writeCp8d', { year: YEAR }) }).click();
      await expect(panel.getByTestId('files-year-end-done')).toHaveText(tr('ea.ui.cp8dWritten', { year: YEAR, count: 2, folder: cp8dFolder }));
      const [cp8d, ...others] = fs.readdirSync(cp8dFolder);
      expect(others).toEqual([]);
      const lines = fs.readFileSync(path.join(cp8dFolder, cp8d as string), 'utf8').split(/\r?\n/).filter(Boolean);
      expect(lines.filter((line) => line.includes('900101105151') || line.includes('920303085242'))).toHaveLength(2);
    });

    test('a month with wages left open: refused, naming it, with a link to Payroll; nothing written', async ({ page, app, gotoApp }) => {
      seed(app, { openOctober: true });
      await gotoApp(page, '#/files');
      const panel = page.getByTestId('files-year-end');
      const october = formatMonthName(OCTOBER, locale);
      const open = panel.getByTestId('files-year-end-open');
      await expect(open).toContainText(tr('ea.ui.openMonths', { count: 1 }));
      const link = open.getByRole('link', { name: tr('ea.ui.toPayroll', { month: october }) });
      await expect(link).toHaveAttribute('href', `#/payroll?month=${OCTOBER}`);

      const folder = emptyFolder(app, 'ea-refused');
      app.dialogs.willChoose(folder);
      await panel.getByRole('button', { name: tr('ea.ui.write', { year: YEAR }) }).click();
      await expect(panel.locator('#files-year-end-error')).toHaveText(tr('ea.error.openMonths', { year: YEAR, months: OCTOBER, count: 1 }));
      await expect(panel.getByTestId('files-year-end-done')).toHaveText('');
      expect(fs.readdirSync(folder)).toEqual([]);

      await link.click();
      await expect(page).toHaveURL(new RegExp(`#/payroll\\?month=${OCTOBER}$`));
      await expect(page.locator('#payroll-month')).toHaveValue(october);
    });

    test('a folder that already holds the year’s files: asked first, Keep writes nothing, Replace writes them again', async ({ page, app, gotoApp }) => {
      const company = seed(app, { openOctober: false });
      const folder = emptyFolder(app, 'ea-again');
      const first = await app.services.ea.write(company.id, YEAR, folder);
      const combined = path.join(folder, `Forms-EA-${YEAR}-A3700012345B.pdf`);
      fs.writeFileSync(combined, 'kept by the user');
      const panel = await yearEndPanel(page, gotoApp);

      app.dialogs.willChoose(folder);
      await panel.getByRole('button', { name: tr('ea.ui.write', { year: YEAR }) }).click();
      const question = panel.getByRole('alertdialog', { name: tr('ea.ui.replaceTitle', { year: YEAR }) });
      await expect(question).toBeVisible();
      const clash = first.files[0]!.fileName;
      await expect(question.locator('#files-year-end-replace-body')).toHaveText(tr('ea.ui.replaceBody', { year: YEAR, file: clash }));
      await expect(question).toContainText(folder);
      // A question, not an error; and the safe answer has the focus.
      await expect(panel.locator('#files-year-end-error')).toHaveCount(0);
      await expect(question.getByRole('button', { name: tr('ea.ui.keep') })).toBeFocused();

      await question.getByRole('button', { name: tr('ea.ui.keep') }).click();
      await expect(question).toHaveCount(0);
      await expect(panel.getByTestId('files-year-end-done')).toHaveText(tr('ea.ui.kept', { folder }));
      expect(fs.readFileSync(combined, 'utf8')).toBe('kept by the user');

      app.dialogs.willChoose(folder);
      await panel.getByRole('button', { name: tr('ea.ui.write', { year: YEAR }) }).click();
      await expect(question).toBeVisible();
      const dialogsBefore = app.dialogs.shown.length;
      await panel.getByRole('button', { name: tr('ea.ui.replace', { year: YEAR }) }).click();
      await expect(panel.getByTestId('files-year-end-done')).toHaveText(tr('ea.ui.written', { count: 3, folder }));
      // Replace writes into the folder already chosen: no second dialog.
      expect(app.dialogs.shown.length).toBe(dialogsBefore);
      expect(fs.readFileSync(combined).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(fs.readdirSync(folder).sort()).toEqual(first.files.map((f) => f.fileName).sort());
    });

    test('the C.P.8D file already in the folder: asked first, then replaced', async ({ page, app, gotoApp }) => {
      const company = seed(app, { openOctober: false });
      const folder = emptyFolder(app, 'cp8d-again');
      const fileName = app.services.ea.writeCp8d(company.id, YEAR, folder).files[0]!.fileName;
      fs.writeFileSync(path.join(folder, fileName), 'old');
      const panel = await yearEndPanel(page, gotoApp);
      app.dialogs.willChoose(folder);
      await panel.getByRole('button', { name: tr('ea.ui.writeCp8d', { year: YEAR }) }).click();
      const question = panel.getByRole('alertdialog', { name: tr('ea.ui.replaceCp8dTitle', { year: YEAR }) });
      await expect(question.locator('#files-year-end-replace-body')).toHaveText(tr('ea.ui.replaceCp8dBody', { year: YEAR, file: fileName }));
      await question.getByRole('button', { name: tr('ea.ui.replaceCp8d', { year: YEAR }) }).click();
      await expect(panel.getByTestId('files-year-end-done')).toHaveText(tr('ea.ui.cp8dWritten', { year: YEAR, count: 2, folder }));
      expect(fs.readFileSync(path.join(folder, fileName), 'utf8')).not.toBe('old');
    });

    test('the folder dialog cancelled: nothing written, and said', async ({ page, app, gotoApp }) => {
      seed(app, { openOctober: false });
      const panel = await yearEndPanel(page, gotoApp);
      const before = fs.readdirSync(app.dataDir).sort();
      app.dialogs.willCancel();
      await panel.getByRole('button', { name: tr('ea.ui.write', { year: YEAR }) }).click();
      await expect(panel.getByTestId('files-year-end-done')).toHaveText(tr('ea.ui.cancelled'));
      expect(fs.readdirSync(app.dataDir).sort()).toEqual(before);
      await expect(panel.getByTestId('files-year-end-files')).toHaveCount(0);
    });
  });
}
