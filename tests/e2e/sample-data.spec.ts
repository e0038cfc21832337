// Sample data end to end: tried from the first run, marked on every screen (banner, badge), its
// ASSIST files written and checked, then "Remove sample data" deletes every row of it from the
// SQLite file and the app is back at the first run.
import fs from 'node:fs';
import path from 'node:path';
import { checkAssistFile } from '../../shared/assist';
import { translate, type Locale, type MessageKey } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase, type AppHandle } from './harness';

const screenshots = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));

const TABLES = ['companies', 'employees', 'wages', 'change_log', 'file_runs', 'file_run_files', 'file_run_employees', 'receipts', 'month_status'];

function counts(app: AppHandle): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((table) => [table, queryDatabase<{ n: number }>(app.databaseFile, `SELECT count(*) AS n FROM ${table}`)[0]?.n ?? -1]),
  );
}

for (const locale of ['en', 'ms'] as const satisfies readonly Locale[]) {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);

  test(`sample data (${locale}): tried from the first run, marked everywhere, files written, removed completely`, async ({ page, app, gotoApp }) => {
    test.setTimeout(60_000);
    fs.mkdirSync(screenshots, { recursive: true });
    app.services.settings.setLocale(locale);
    const folder = path.join(app.dataDir, 'sample-files');
    fs.mkdirSync(folder, { recursive: true });
    await gotoApp(page);

    await expect(page.getByTestId('first-run')).toBeVisible();
    await page.getByRole('button', { name: tr('onboarding.sample.button') }).click();

    // The app opens on Employees with the sample company current and marked.
    await expect(page).toHaveURL(/#\/employees$/);
    const banner = page.getByRole('region', { name: tr('sample.banner.label') });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('CONTOH / SAMPLE –');
    await expect(page.getByTestId('current-employer-code')).toContainText('SAMPLE000001');
    await expect(page.getByTestId('current-sample-badge')).toHaveText(tr('sample.badge'));
    await expect(page.getByTestId('employee-row').first()).toBeVisible();
    await page.screenshot({ path: path.join(screenshots, `sample-banner-${locale}.png`) });
    const stored = queryDatabase<{ name: string; employer_code: string; is_sample: number }>(
      app.databaseFile,
      'SELECT name, employer_code, is_sample FROM companies',
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ employer_code: 'SAMPLE000001', is_sample: 1 });
    expect(stored[0]?.name.startsWith('CONTOH / SAMPLE – ')).toBe(true);
    expect(counts(app).employees).toBe(8);

    // The banner is on every screen; the badge is in the companies list.
    for (const [route, title] of [
      ['nav.wages', 'nav.wages'],
      ['nav.companies', 'companies.title'],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: tr(route), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: tr(title) })).toBeVisible();
      await expect(banner).toBeVisible();
    }
    await expect(page.getByRole('table').getByRole('row', { name: /CONTOH \/ SAMPLE/ })).toContainText(tr('sample.badge'));

    // Its files are written from the files screen and pass the checker against its records.
    await page.getByRole('navigation').getByRole('link', { name: tr('nav.files'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: tr('files.title') })).toBeVisible();
    await expect(banner).toBeVisible();
    await expect(page.getByTestId('files-preview')).toBeVisible();
    // The sample has no folder of its own: writing asks where (the stand-in folder dialog).
    app.dialogs.willChoose(folder);
    await page.getByRole('button', { name: tr('files.write') }).click();
    await expect(page.getByTestId('files-written')).toBeVisible();
    const sample = app.services.companies.getByEmployerCode('SAMPLE000001');
    const written = fs.readdirSync(folder).filter((name) => name.endsWith('.txt'));
    // From June 2026 the one SOCSO + EIS + LINDUNG file alone (issue 12 item 2).
    expect(written).toEqual([expect.stringMatching(/^SOCSO-EIS-LINDUNG_SAMPLE000001_/)]);
    for (const name of written) {
      const bytes = fs.readFileSync(path.join(folder, name));
      expect(checkAssistFile({ bytes, fileName: name, today: app.services.today() }).errors).toBe(0);
      const checked = app.services.monthFiles.check({ bytes, fileName: name, companyId: sample.id });
      expect(checked.errors, `${name}: ${JSON.stringify(checked.problems)}`).toBe(0);
    }
    // A receipt filed and the month marked, as a user trying it out would.
    const month = queryDatabase<{ month: string }>(app.databaseFile, 'SELECT month FROM file_runs LIMIT 1')[0]?.month ?? '';
    const receipt = await app.router.invoke('receipts:attach', {
      companyId: sample.id,
      month,
      fileName: 'resit-acr.txt',
      content: Buffer.from('ACR receipt').toString('base64'),
    });
    expect(receipt.ok).toBe(true);
    expect((await app.router.invoke('monthStatus:set', { companyId: sample.id, month, status: 'submitted' })).ok).toBe(true);
    const before = counts(app);
    for (const table of TABLES) {
      expect(before[table], table).toBeGreaterThan(0);
    }

    // Remove: asks first; Cancel keeps everything.
    await banner.getByRole('button', { name: tr('sample.banner.remove') }).click();
    await expect(banner).toContainText(tr('sample.banner.confirm'));
    await expect(banner.getByRole('button', { name: tr('sample.banner.confirmYes') })).toBeFocused();
    await page.screenshot({ path: path.join(screenshots, `sample-remove-${locale}.png`) });
    await banner.getByRole('button', { name: tr('action.cancel') }).click();
    expect(counts(app)).toEqual(before);
    await banner.getByRole('button', { name: tr('sample.banner.remove') }).click();
    await banner.getByRole('button', { name: tr('sample.banner.confirmYes') }).click();

    // Everything of it is gone from the SQLite file, and the app is back at the first run.
    await expect(page.getByTestId('first-run')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: tr('onboarding.title') })).toBeVisible();
    expect(counts(app)).toEqual(Object.fromEntries(TABLES.map((table) => [table, 0])));
    // The files on disk are the user's: they stay.
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.txt'))).toEqual(written);
    await page.reload();
    await expect(page.getByTestId('first-run')).toBeVisible();
  });
}
