// The ASSIST files screen end to end: a company's month set up through the real services, the
// files previewed and written through the UI into a temp folder, then read back from disk with the
// project's own checker; replacing asks first; a wage change makes the files out of date; "Check a
// file" finds a planted error with its line. Both languages; screenshots of every state.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { checkAssistFile } from '../../shared/assist';
import { isAssistKind, type MonthFileKind } from '../../shared/month-files/kinds';
import type { Company } from '../../shared/domain/company';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { formatRinggit } from '../../shared/money/sen';
import { formatMonthName } from '../../shared/calendar';
import { test, expect, type AppHandle, SCREENSHOT_DIR, shotWholeScreen } from './harness';

const screenshots = SCREENSHOT_DIR;

/** The browser runs in Asia/Kuala_Lumpur (playwright.config.ts): its "today" and "last month". */
function klToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function lastMonth(): string {
  const [y, m] = klToday().split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const MONTH = lastMonth();
const OLD_MONTH = '2025-05';

interface Seeded {
  company: Company;
  ids: Record<'ali' | 'siti' | 'chloe' | 'mei', number>;
}

function seed(app: AppHandle, month = MONTH): Seeded {
  const company = app.services.companies.create({ name: 'Kedai Runcit Ali Enterprise', employerCode: 'A37000123456', ssmNumber: '202301012345' });
  const add = (name: string, idNumber: string) =>
    app.services.employees.create(company.id, { name, idType: 'mykad', idNumber, hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03' });
  const ali = add('Ali bin Ahmad', '850505-10-5151');
  const siti = add('Siti Aminah binti Yusof', '900202-10-5154');
  const chloe = add('Chloé Wong', '920303-08-5242');
  const mei = add('Mei Ling', '880808-14-5566');
  for (const m of new Set([month, OLD_MONTH])) {
    app.services.wages.write(
      company.id,
      m,
      [
        { employeeId: ali.id, items: { basic: 300000, overtime: 25050 } },
        { employeeId: siti.id, items: { basic: 180000 } },
        { employeeId: chloe.id, items: { basic: 250000 } },
      ],
      'app',
    );
  }
  return { company, ids: { ali: ali.id, siti: siti.id, chloe: chloe.id, mei: mei.id } };
}

function outFolder(app: AppHandle, name = 'assist-out'): string {
  const folder = path.join(app.dataDir, name);
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

const shot = shotWholeScreen;

const tr = (locale: Locale, key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);

async function openFiles(page: Page, gotoApp: (page: Page, hash?: string) => Promise<void>, locale: Locale = 'en', hash = '#/files') {
  await gotoApp(page, hash);
  await expect(page.getByRole('heading', { level: 1, name: tr(locale, 'files.title') })).toBeVisible();
}

async function waitForPreview(page: Page) {
  await expect(page.getByTestId('files-preview')).toBeVisible();
}

async function cardTotals(page: Page, kind: MonthFileKind) {
  const card = page.getByTestId(`file-card-${kind}`);
  return { records: Number(await card.getByTestId('file-records').innerText()), total: await card.getByTestId('file-total').innerText() };
}

test.describe('ASSIST files screen', () => {
  test.beforeEach(({ app }) => {
    app.services.settings.setLocale('en');
    fs.mkdirSync(screenshots, { recursive: true });
  });

  test('the month’s files are previewed, written into the folder, and pass the project’s own checker with the same totals', async ({ page, app, gotoApp }) => {
    const { company } = seed(app);
    const folder = outFolder(app);
    await openFiles(page, gotoApp);

    // Last month: from June 2026 the one SOCSO + EIS + LINDUNG file alone (this month is later).
    await expect(page.getByLabel('Contribution month')).toHaveValue(formatMonthName(MONTH, 'en'));
    await expect(page.getByRole('radio', { name: tr('en', 'files.choice.one') })).toBeChecked();
    await waitForPreview(page);
    await expect(page.getByTestId('file-card-socso')).toHaveCount(0);
    await expect(page.getByTestId('file-card-eis')).toHaveCount(0);
    const expected = app.services.monthFiles.preview(company.id, MONTH).report;
    const preview: Record<string, { records: number; total: string }> = {};
    for (const file of expected.files) {
      preview[file.kind] = await cardTotals(page, file.kind);
      expect(preview[file.kind]).toEqual({ records: file.totals.records, total: file.totals.amount });
    }
    // The 278 file's totals per scheme, as the portal shows them.
    const combined = expected.files.find((f) => f.kind === 'lindung');
    expect(combined?.totals.parts).toBeDefined();
    const card = page.getByTestId('file-card-lindung');
    await expect(card.getByTestId('part-socsoEmployerSen')).toContainText(formatRinggit(combined?.totals.parts?.socsoEmployerSen ?? -1));
    await expect(card.getByTestId('part-lindungEmployeeSen')).toContainText(formatRinggit(combined?.totals.parts?.lindungEmployeeSen ?? -1));
    await expect(card.getByTestId('part-wagesSen')).toContainText(formatRinggit(combined?.totals.parts?.wagesSen ?? -1));
    // Mei Ling has no wages: left out of every file, and said why. Chloé's name is written plainly.
    await expect(page.getByTestId('report-left-out')).toContainText('MEI LING');
    await expect(page.getByTestId('report-name-changes')).toContainText('Chloé Wong');
    await expect(page.getByTestId('report-name-changes')).toContainText('CHLOE WONG');
    await expect(page.getByTestId('files-status-line')).toHaveText(/No files were made for/);
    await shot(page, 'files-preview-en.png');

    // No folder of the company's own: writing asks where, in the (stand-in) folder dialog.
    await expect(page.getByTestId('files-folder-path')).toHaveText('Not chosen: Caruman asks where when you write the files');
    app.dialogs.willChoose(folder);
    await page.getByRole('button', { name: 'Write the files' }).click();
    const written = page.getByTestId('files-written');
    await expect(written.getByRole('heading', { name: 'Files written' })).toBeFocused();
    expect(app.dialogs.shown).toMatchObject([{ kind: 'folder', purpose: 'assistFiles', title: 'Folder for this month’s ASSIST files' }]);
    await expect(page.getByTestId('files-folder-path')).toHaveText(folder);
    await expect(page.getByTestId('files-status-line')).toHaveText(/Files made on .*The data has not changed since\./);
    // The browser build has no "Open folder"; the paths are shown with a Copy button, and ASSIST is one click away.
    await expect(written.getByRole('button', { name: 'Open folder' })).toHaveCount(0);
    await expect(written.getByRole('link', { name: 'Open ASSIST' })).toHaveAttribute('href', '#/portal');

    const today = klToday();
    for (const file of expected.files) {
      const target = path.join(folder, file.fileName);
      await expect(written.getByTestId(`written-${file.kind}`).getByTestId('file-path')).toHaveText(target);
      const bytes = fs.readFileSync(target);
      if (!isAssistKind(file.kind)) throw new Error(`${file.fileName}: only PERKESO's files for a company without a KWSP number`);
      const checked = checkAssistFile({ bytes, fileName: file.fileName, kind: file.kind, today });
      expect(checked.problems.filter((p) => p.severity === 'error'), `${file.fileName} has errors`).toEqual([]);
      // Preview totals = totals of the file on disk = what the written panel shows.
      expect({ records: checked.totals.records, total: checked.totals.amount }).toEqual(preview[file.kind]);
      await expect(written.getByTestId(`written-${file.kind}`)).toContainText(checked.totals.amount);
      // And the service's check (with the company as context) agrees.
      const serviceCheck = app.services.monthFiles.check({ bytes, fileName: file.fileName, companyId: company.id });
      expect(serviceCheck.errors).toBe(0);
      if (file.kind === 'lindung') expect(checked.totals.parts).toEqual(combined?.totals.parts);
    }
    await written.getByRole('button', { name: `Copy the path of ${expected.files[0]?.fileName}` }).click();
    await expect(written.getByRole('status').filter({ hasText: /Path copied|Select the path/ }).first()).toBeVisible();
    await shot(page, 'files-written-en.png');

    await written.getByRole('link', { name: 'Open ASSIST' }).click();
    await expect(page).toHaveURL(/#\/portal$/);
  });

  test('writing twice asks before replacing the files; keeping them writes nothing', async ({ page, app, gotoApp }) => {
    const { company } = seed(app);
    const folder = outFolder(app);
    await openFiles(page, gotoApp);
    await waitForPreview(page);
    app.dialogs.willChoose(folder);
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(page.getByTestId('files-folder-path')).toHaveText(folder);
    await page.getByRole('button', { name: 'Write the files' }).click();
    await expect(page.getByTestId('files-written')).toBeVisible();
    const first = app.services.monthFiles.status(company.id, MONTH);
    expect(first.runs).toHaveLength(1);
    const one = first.runs[0]?.files.find((f) => f.kind === 'lindung');
    if (!one) throw new Error('no SOCSO + EIS + LINDUNG file');
    const stamp = fs.statSync(one.path).mtimeMs;

    await page.getByRole('button', { name: 'Write the files' }).click();
    const ask = page.getByRole('alertdialog', { name: 'The files are already there' });
    await expect(ask).toBeVisible();
    await expect(ask.getByRole('button', { name: 'Replace the files' })).toBeFocused();
    await shot(page, 'files-replace-en.png');
    await ask.getByRole('button', { name: 'Keep the old files' }).click();
    await expect(ask).toHaveCount(0);
    expect(app.services.monthFiles.status(company.id, MONTH).runs).toHaveLength(1);
    expect(fs.statSync(one.path).mtimeMs).toBe(stamp);

    await page.getByRole('button', { name: 'Write the files' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace the files' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByTestId('files-written')).toBeVisible();
    await expect.poll(() => app.services.monthFiles.status(company.id, MONTH).runs.length).toBe(2);
    // Both runs are kept, each with its report.
    await page.getByText('Every time the files were made (2)').click();
    await expect(page.getByTestId('history-run')).toHaveCount(2);
  });

  test('changing the wages after writing shows the out-of-date banner; making the files again clears it', async ({ page, app, gotoApp }) => {
    const { company, ids } = seed(app);
    const folder = outFolder(app);
    app.services.companies.update({ id: company.id, outputFolder: folder });
    await openFiles(page, gotoApp);
    // The company's output folder is the default.
    await expect(page.getByTestId('files-folder-path')).toHaveText(folder);
    await waitForPreview(page);
    await page.getByRole('button', { name: 'Write the files' }).click();
    await expect(page.getByTestId('files-written')).toBeVisible();
    const before = await cardTotals(page, 'lindung');

    app.services.wages.write(company.id, MONTH, [{ employeeId: ids.siti, items: { basic: 420000 } }], 'app');
    await page.reload();
    const banner = page.getByTestId('out-of-date');
    await expect(banner).toContainText('Out of date: the data changed after the files were written');
    await waitForPreview(page);
    expect((await cardTotals(page, 'lindung')).total).not.toBe(before.total);
    await shot(page, 'files-out-of-date-en.png');

    await banner.getByRole('button', { name: 'Make the files again' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace the files' }).click();
    await expect(page.getByTestId('files-written')).toBeVisible();
    await expect(banner).toHaveCount(0);
    await expect(page.getByTestId('files-status-line')).toContainText('The data has not changed since');
    const status = app.services.monthFiles.status(company.id, MONTH);
    expect(status.outOfDate).toBe(false);
    expect(status.runs.map((r) => r.outOfDate)).toEqual([false, true]);
    // The new file on disk has the new amounts and still passes the checker.
    const one = status.runs[0]?.files.find((f) => f.kind === 'lindung');
    const checked = checkAssistFile({ bytes: fs.readFileSync(one?.path ?? ''), kind: 'lindung', today: klToday() });
    expect(checked.errors).toBe(0);
    expect(checked.totals.amount).toBe((await cardTotals(page, 'lindung')).total);
  });

  test('with its KWSP employer number the company’s Form A is previewed and written beside the ASSIST file', async ({ page, app, gotoApp }) => {
    const { company } = seed(app);
    app.services.companies.update({ id: company.id, epfEmployerNumber: '23456789' });
    const folder = outFolder(app);
    await openFiles(page, gotoApp);
    const epfBox = page.getByLabel(tr('en', 'monthFiles.choice.epf'));
    await expect(epfBox).toBeChecked();
    await waitForPreview(page);
    const expected = app.services.monthFiles.preview(company.id, MONTH).report;
    expect(expected.files.map((f) => f.kind)).toEqual(['lindung', 'epf']);
    const formA = expected.files[1]!;
    expect(formA.fileName).toMatch(/^EPF_23456789_\d{6}\.txt$/);
    expect(await cardTotals(page, 'epf')).toEqual({ records: formA.totals.records, total: formA.totals.amount });
    const card = page.getByTestId('file-card-epf');
    await expect(card.getByTestId('part-epfEmployer')).toContainText(formatRinggit(formA.totals.epf?.employerSen ?? -1));
    await expect(card.getByTestId('part-epfEmployee')).toContainText(formatRinggit(formA.totals.epf?.employeeSen ?? -1));
    // Nobody has a KWSP member number yet: said before writing, with how to fix it.
    await expect(page.getByTestId('report-warnings')).toContainText('has no KWSP member number');
    await shot(page, 'files-epf-en.png');

    // Unticked, the Form A leaves the preview; ticked again, it is written with the ASSIST file.
    await epfBox.uncheck();
    await expect(page.getByTestId('file-card-epf')).toHaveCount(0);
    await expect(page.getByTestId('file-card-lindung')).toBeVisible();
    await epfBox.check();
    await expect(page.getByTestId('file-card-epf')).toBeVisible();
    app.dialogs.willChoose(folder);
    await page.getByRole('button', { name: 'Write the files' }).click();
    const written = page.getByTestId('files-written');
    await expect(written.getByTestId('written-epf').getByTestId('file-path')).toHaveText(path.join(folder, formA.fileName));
    expect(fs.readFileSync(path.join(folder, formA.fileName)).length).toBeGreaterThan(0);
    await expect(page.getByTestId('files-next')).toContainText(`Then upload ${formA.fileName} in KWSP’s i-Akaun (Majikan)`);
    expect(app.services.monthFiles.status(company.id, MONTH).runs[0]?.files.map((f) => f.kind)).toEqual(['lindung', 'epf']);
  });

  test('without its KWSP employer number the Form A is not ticked; ticked, the choice says where to enter the number and nothing is written', async ({ page, app, gotoApp }) => {
    const { company } = seed(app);
    const folder = outFolder(app);
    app.services.companies.update({ id: company.id, outputFolder: folder });
    await openFiles(page, gotoApp);
    const epfBox = page.getByLabel(tr('en', 'monthFiles.choice.epf'));
    await expect(epfBox).not.toBeChecked();
    await waitForPreview(page);
    await epfBox.check();
    await expect(page.getByTestId('files-kinds')).toContainText('has no KWSP employer number, so no Form A can be made. Enter it in the company’s details (Companies)');
    const writeButton = page.getByRole('button', { name: 'Write the files' });
    await expect(writeButton).toHaveAttribute('aria-disabled', 'true');
    expect(fs.readdirSync(folder)).toEqual([]);
    // Unticked again: PERKESO's file alone, as before.
    await epfBox.uncheck();
    await expect(page.getByTestId('files-kinds')).not.toContainText('KWSP employer number, so');
    await expect(writeButton).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('the month-end pack writes the month’s files into <company folder>/<YYYY-MM>/ and records them', async ({ page, app, gotoApp }) => {
    const { company } = seed(app);
    const folder = outFolder(app, 'company-folder');
    app.services.companies.update({ id: company.id, outputFolder: folder, epfEmployerNumber: '23456789' });
    await openFiles(page, gotoApp);
    const pack = page.getByTestId('files-pack');
    await pack.getByRole('button', { name: 'Write the month-end pack' }).click();
    const monthFolder = path.join(folder, MONTH);
    await expect(pack.getByTestId('files-pack-done')).toContainText(`files written to ${monthFolder}.`);
    const onDisk = fs.readdirSync(monthFolder).sort();
    await expect(pack.getByTestId('files-pack-done')).toHaveText(`${onDisk.length} files written to ${monthFolder}.`);
    expect((await pack.getByTestId('files-pack-files').locator('li').allTextContents()).sort()).toEqual(onDisk);
    // The upload files are recorded as the run; the pay run's files and README.txt are beside them.
    const expected = app.services.monthFiles.status(company.id, MONTH).runs[0]!;
    expect(expected.folder).toBe(monthFolder);
    expect(expected.files.map((f) => f.kind)).toEqual(['lindung', 'epf']);
    for (const f of expected.files) expect(onDisk).toContain(f.fileName);
    expect(onDisk).toContain('README.txt');
    // Nobody in the seed has a bank account: packed without the payment list, and the panel says why.
    await expect(pack.getByTestId('files-pack-notes')).toContainText('No payment list was made for');
    expect(onDisk.filter((n) => n.startsWith('payslip-'))).toHaveLength(app.services.payroll.month(company.id, MONTH).lines.length);
    // Recorded with the run: the history lists the pack's own files beside the upload files, each on disk as written.
    expect(expected.packFiles.map((f) => f.fileName).sort()).toEqual(onDisk.filter((n) => !expected.files.some((f) => f.fileName === n)).sort());
    await page.getByTestId('files-history').locator('summary').first().click();
    const packFiles = page.getByTestId('history-pack-files');
    await expect(packFiles.getByRole('heading')).toHaveText(`Written with the month-end pack (${expected.packFiles.length} files)`);
    await expect(packFiles.locator('tbody tr')).toHaveCount(expected.packFiles.length);
    await expect(packFiles.getByRole('row', { name: /README\.txt/ })).toContainText('What the folder holds');
    await expect(packFiles.getByRole('row', { name: /README\.txt/ })).toContainText('Unchanged');
    // Again: the files are there; nothing is replaced, and the panel says why.
    await pack.getByRole('button', { name: 'Write the month-end pack' }).click();
    await expect(pack.locator('#files-pack-error')).toContainText('already');
    expect(app.services.monthFiles.status(company.id, MONTH).runs).toHaveLength(1);
  });

  test('before June 2026 the SOCSO and EIS files are made; the one LINDUNG file is not offered', async ({ page, app, gotoApp }) => {
    const { company } = seed(app);
    await openFiles(page, gotoApp, 'en', `#/files?month=${OLD_MONTH}`);
    await expect(page.getByLabel('Contribution month')).toHaveValue(formatMonthName(OLD_MONTH, 'en'));
    await expect(page.getByLabel(tr('en', 'assist.kind.socso'))).toBeChecked();
    await expect(page.getByLabel(tr('en', 'assist.kind.eis'))).toBeChecked();
    await expect(page.getByRole('radio', { name: tr('en', 'files.choice.one') })).toHaveCount(0);
    await expect(page.getByTestId('files-kinds')).toContainText('two uploads');
    await waitForPreview(page);
    const expected = app.services.monthFiles.preview(company.id, OLD_MONTH).report;
    expect(expected.files.map((f) => f.kind)).toEqual(['socso', 'eis']);
    expect(await cardTotals(page, 'eis')).toEqual({ records: expected.files[1]?.totals.records, total: expected.files[1]?.totals.amount });
    await expect(page.getByTestId('file-card-lindung')).toHaveCount(0);
    // The month chosen stays in the address: a reload keeps it.
    await page.getByRole('button', { name: 'Next month' }).click();
    await expect(page.getByLabel('Contribution month')).toHaveValue('June 2025');
    await expect(page).toHaveURL(/#\/files\?month=2025-06$/);
    await page.reload();
    await expect(page.getByLabel('Contribution month')).toHaveValue('June 2025');

    // No file chosen: said next to the choice.
    await page.getByLabel(tr('en', 'assist.kind.socso')).uncheck();
    await page.getByLabel(tr('en', 'assist.kind.eis')).uncheck();
    await page.getByRole('button', { name: 'Write the files' }).click();
    await expect(page.getByText('Choose at least one file.')).toBeVisible();
  });

  for (const locale of ['en', 'ms'] as const) {
    test(`the folder is chosen, never typed: cancelling or a folder gone since is said next to the chooser (${locale})`, async ({ page, app, gotoApp }) => {
      app.services.settings.setLocale(locale);
      seed(app);
      await openFiles(page, gotoApp, locale);
      await waitForPreview(page);
      const chooser = page.getByRole('button', { name: tr(locale, 'desktop.chooser.folder') });
      const write = page.getByRole('button', { name: tr(locale, 'files.write') });
      await expect(page.getByRole('textbox', { name: tr(locale, 'files.folder.label') })).toHaveCount(0);

      // Writing asks where; cancelling the dialog writes nothing and says why.
      app.dialogs.willCancel();
      await write.click();
      await expect(chooser).toHaveAttribute('aria-invalid', 'true');
      await expect(chooser).toBeFocused();
      await expect(chooser).toHaveAccessibleDescription(new RegExp(escape(tr(locale, 'desktop.chooser.folderNeeded'))));

      // A folder chosen, then removed before writing: refused, nothing made.
      const gone = outFolder(app, 'removed-later');
      app.dialogs.willChoose(gone);
      await chooser.click();
      await expect(page.getByTestId('files-folder-path')).toHaveText(gone);
      fs.rmSync(gone, { recursive: true });
      await write.click();
      const change = page.getByRole('button', { name: tr(locale, 'desktop.chooser.change') });
      await expect(change).toHaveAccessibleDescription(new RegExp(escape(tr(locale, 'assist.error.folderMissing', { folder: gone }))));
      await shot(page, `files-folder-error-${locale}.png`);
      expect(fs.existsSync(gone)).toBe(false);
      expect(app.dialogs.shown.map((d) => d.purpose)).toEqual(['assistFiles', 'assistFiles']);
    });
  }

  for (const locale of ['en', 'ms'] as const) {
    test(`check a file finds a planted error with its line number (${locale})`, async ({ page, app, gotoApp }) => {
      app.services.settings.setLocale(locale);
      const { company } = seed(app);
      const { report, contents } = app.services.monthFiles.preview(company.id, MONTH, ['socso']);
      const fileName = report.files[0]?.fileName ?? 'SOCSO.txt';
      const good = contents[fileName] ?? '';
      const lines = good.split('\r\n').filter(Boolean);
      expect(lines.length).toBeGreaterThanOrEqual(3);
      // Line 2 loses its last character: 222 characters instead of 223.
      lines[1] = (lines[1] ?? '').slice(0, -1);
      const bad = lines.map((l) => `${l}\r\n`).join('');

      await openFiles(page, gotoApp, locale, '#/files/check');
      await expect(page.getByRole('link', { name: tr(locale, 'files.tab.check') })).toHaveAttribute('aria-current', 'page');
      // The file is chosen in the (stand-in) file dialog and read by the main process.
      const badFile = path.join(outFolder(app, 'to-check'), fileName);
      fs.writeFileSync(badFile, Buffer.from(bad, 'latin1'));
      app.dialogs.willChoose(badFile);
      await page.getByRole('button', { name: tr(locale, 'desktop.chooser.file') }).click();
      expect(app.dialogs.shown.at(-1)).toMatchObject({ kind: 'open', purpose: 'assistCheck', title: tr(locale, 'desktop.dialog.assistCheck.title') });
      await expect(page.getByTestId('check-file-path')).toHaveText(badFile);
      const summary = page.getByTestId('check-summary');
      await expect(summary).toHaveText(tr(locale, 'files.check.summary.oneError', { file: fileName }));
      await expect(summary.getByRole('heading')).toBeFocused();
      const problem = page.getByTestId('check-problem').filter({ hasText: tr(locale, 'assist.check.wrongLength', { length: 222, expected: 223 }) });
      await expect(problem).toHaveCount(1);
      await expect(problem.getByTestId('problem-line')).toHaveText('2');
      await expect(problem).toContainText(tr(locale, 'files.check.error'));
      // The records table lists the good lines with their amounts.
      const table = page.getByTestId('check-records-table');
      await expect(table.getByRole('row')).toHaveCount(lines.length); // header + the records that could be read
      await expect(table).toContainText('ALI BIN AHMAD');
      await shot(page, `files-check-error-${locale}.png`);

      // The good file: no errors, the same total as the preview.
      // Fixed in place, then checked again without choosing it again.
      fs.writeFileSync(badFile, Buffer.from(good, 'latin1'));
      await page.getByRole('button', { name: tr(locale, 'desktop.chooser.checkAgain') }).click();
      await expect(summary).toHaveText(tr(locale, 'files.check.summary.ok', { file: fileName }));
      await expect(page.getByTestId('check-total')).toHaveText(report.files[0]?.totals.amount ?? '');
      await expect(page.getByTestId('check-errors')).toHaveText('0');
    });

    test(`checking a CSV or a PDF says so in one line (${locale})`, async ({ page, app, gotoApp }) => {
      app.services.settings.setLocale(locale);
      seed(app);
      await openFiles(page, gotoApp, locale, '#/files/check');
      const folder = outFolder(app, 'not-portal-files');
      const files = {
        'pekerja.csv': { bytes: Buffer.from('name,id_number\nAli,800101145677\nSiti,850505105678\n'), key: 'assist.check.notPortalFile.csv' },
        'slip.pdf': { bytes: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'), key: 'assist.check.notPortalFile.pdf' },
      } as const;
      for (const [name, { bytes, key }] of Object.entries(files)) {
        const file = path.join(folder, name);
        fs.writeFileSync(file, bytes);
        app.dialogs.willChoose(file);
        await page.getByRole('button', { name: tr(locale, name === 'pekerja.csv' ? 'desktop.chooser.file' : 'desktop.chooser.change') }).click();
        await expect(page.getByTestId('check-summary')).toHaveText(tr(locale, 'files.check.summary.oneError', { file: name }));
        // One problem: what the file is and what to choose instead; no error per line.
        await expect(page.getByTestId('check-problem')).toHaveCount(1);
        await expect(page.getByTestId('check-problem')).toContainText(tr(locale, key));
      }
    });
  }

  test('the files screen in Malay, and switching language re-says everything', async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale('ms');
    const { company } = seed(app);
    const folder = outFolder(app);
    await openFiles(page, gotoApp, 'ms');
    await expect(page.getByRole('navigation', { name: 'Bahagian' }).getByRole('link', { name: 'Laporan' })).toBeVisible();
    await waitForPreview(page);
    await expect(page.getByTestId('report-left-out')).toContainText('MEI LING');
    await expect(page.getByRole('heading', { name: /Pekerja yang tidak dimasukkan/ })).toBeVisible();
    await shot(page, 'files-preview-ms.png');
    // What a 1280×720 window shows first: the month, the folder, the files and the start of the preview.
    await page.screenshot({ path: path.join(screenshots, 'files-1280x720-ms.png') });
    app.dialogs.willChoose(folder);
    await page.getByRole('button', { name: tr('ms', 'desktop.chooser.folder') }).click();
    await expect(page.getByTestId('files-folder-path')).toHaveText(folder);
    expect(app.dialogs.shown.at(-1)).toMatchObject({ purpose: 'assistFiles', title: tr('ms', 'desktop.dialog.assistFiles.title') });
    await page.getByRole('button', { name: tr('ms', 'files.write') }).click();
    await expect(page.getByTestId('files-written').getByRole('heading', { name: tr('ms', 'files.written.title') })).toBeVisible();
    await shot(page, 'files-written-ms.png');

    await page.getByRole('button', { name: tr('ms', 'files.write') }).click();
    await expect(page.getByRole('alertdialog', { name: tr('ms', 'files.conflict.title') })).toBeVisible();
    await shot(page, 'files-replace-ms.png');
    await page.getByRole('button', { name: tr('ms', 'files.conflict.cancel') }).click();

    app.services.wages.write(company.id, MONTH, [{ employeeId: app.services.employees.list(company.id)[0]?.id ?? 0, items: { basic: 510000 } }], 'app');
    await page.reload();
    await expect(page.getByTestId('out-of-date')).toContainText(tr('ms', 'files.status.outOfDate.title'));
    await page.getByText(/Setiap kali fail dibuat/).click();
    await shot(page, 'files-out-of-date-ms.png');

    await page.getByLabel('Language/Bahasa').selectOption('en');
    await expect(page.getByTestId('out-of-date')).toContainText('Out of date');
    await expect(page.getByRole('heading', { level: 1, name: 'ASSIST files' })).toBeVisible();
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
