// The settings screen end to end: language, backups (list, make one now) and restore with a
// confirmation, against the real services and SQLite file.
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase, type AppHandle } from './harness';

function companyNames(app: AppHandle): string[] {
  return queryDatabase<{ name: string }>(app.databaseFile, 'SELECT name FROM companies ORDER BY id').map((row) => row.name);
}

test.describe('settings screen', () => {
  test.beforeEach(({ app }) => {
    app.services.settings.setLocale('en');
  });

  test('the language is chosen here too, and remembered', async ({ page, app, gotoApp }) => {
    await gotoApp(page, '#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.getByLabel('Language of Caruman').selectOption('ms');
    await expect(page.getByRole('heading', { level: 1, name: 'Tetapan' })).toBeVisible();
    await expect(page.getByLabel('Bahasa Caruman')).toHaveValue('ms');
    await expect.poll(() => queryDatabase(app.databaseFile, "SELECT value FROM settings WHERE key = 'locale'")).toEqual([{ value: 'ms' }]);
  });

  test('a backup made now is listed, and restoring it (after confirming) brings the old data back', async ({ page, app, gotoApp }) => {
    app.services.companies.create({ name: 'Kedai Lama', employerCode: 'A3700012345B', ssmNumber: null });
    await gotoApp(page, '#/settings');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toContainText('Backup saved:');
    const rows = page.getByTestId('backup-row');
    await expect(rows.filter({ hasText: 'Made by you' })).toHaveCount(1);
    await expect(page.getByText('Backups are kept in')).toBeVisible();

    // Data changes after the backup…
    app.services.companies.create({ name: 'Kedai Baru', employerCode: 'B1234567890', ssmNumber: null });
    expect(companyNames(app)).toEqual(['Kedai Lama', 'Kedai Baru']);

    // …and a restore asks first; Cancel changes nothing.
    await rows.filter({ hasText: 'Made by you' }).getByRole('button', { name: /^Restore the backup of/ }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Replace all of Caruman’s data with the backup from');
    await expect(page.getByRole('button', { name: 'Yes, replace my data' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    expect(companyNames(app)).toEqual(['Kedai Lama', 'Kedai Baru']);

    await rows.filter({ hasText: 'Made by you' }).getByRole('button', { name: /^Restore the backup of/ }).click();
    await page.getByRole('button', { name: 'Yes, replace my data' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'restored' })).toContainText('Backup restored. Your previous data was kept in');
    expect(companyNames(app)).toEqual(['Kedai Lama']);
    // The company list in the header follows the restored data.
    await expect(page.getByLabel('Current company')).toHaveText(/Kedai Lama/);
    await expect(page.getByLabel('Current company')).not.toHaveText(/Kedai Baru/);
  });

  test('restore from a typed path: a relative or missing path is refused next to the field', async ({ page, app, gotoApp }) => {
    app.services.companies.create({ name: 'Kedai Lama', employerCode: 'A3700012345B', ssmNumber: null });
    await gotoApp(page, '#/settings');
    const pathInput = page.getByLabel('Full path of the backup file');

    await page.getByRole('button', { name: 'Restore a backup…' }).click();
    await expect(pathInput).toHaveAttribute('aria-invalid', 'true');
    await expect(pathInput).toHaveAccessibleDescription(/Choose a file\./);

    await pathInput.fill('backups/caruman.sqlite');
    await page.getByRole('button', { name: 'Restore a backup…' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('backups/caruman.sqlite');
    await page.getByRole('button', { name: 'Yes, replace my data' }).click();
    await expect(pathInput).toHaveAccessibleDescription(/Give the full path of the file/);
    await expect(pathInput).toHaveValue('backups/caruman.sqlite');

    const missing = path.join(app.dataDir, 'nothing-here.sqlite');
    await pathInput.fill(missing);
    await page.getByRole('button', { name: 'Restore a backup…' }).click();
    await page.getByRole('button', { name: 'Yes, replace my data' }).click();
    await expect(pathInput).toHaveAccessibleDescription(new RegExp(`There is no file at ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(companyNames(app)).toEqual(['Kedai Lama']);
  });

  test('screenshots of the settings screen in both languages', async ({ page, app, gotoApp }) => {
    const dir = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));
    fs.mkdirSync(dir, { recursive: true });
    app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
    await app.services.backups.backupNow('manual');
    for (const locale of ['ms', 'en'] as const) {
      app.services.settings.setLocale(locale);
      await gotoApp(page, '#/settings');
      await expect(page.getByTestId('backup-row').first()).toBeVisible();
      await page
        .getByTestId('backup-row')
        .first()
        .getByRole('button', { name: new RegExp(`^${translate(locale, 'settings.restore.button')}`) })
        .click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await page.screenshot({ path: path.join(dir, `settings-${locale}.png`), fullPage: true });
    }
  });
});
