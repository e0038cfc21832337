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

  test('restore from a file chosen in the dialog (never typed): nothing chosen, not a backup, then a backup on a USB drive', async ({ page, app, gotoApp }) => {
    app.services.companies.create({ name: 'Kedai Lama', employerCode: 'A3700012345B', ssmNumber: null });
    const usb = path.join(app.dataDir, 'USB');
    fs.mkdirSync(usb);
    const onUsb = await app.services.backups.backupTo(path.join(usb, 'caruman-backup.sqlite'));
    app.services.companies.create({ name: 'Kedai Baru', employerCode: 'B1234567890X', ssmNumber: null });
    await gotoApp(page, '#/settings');
    await expect(page.getByRole('textbox', { name: 'Backup file' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Restore a backup…' }).click();
    const chooser = page.getByRole('button', { name: 'Choose file…' });
    await expect(chooser).toHaveAttribute('aria-invalid', 'true');
    await expect(chooser).toHaveAccessibleDescription(/Choose a file\./);

    // A file that is not a Caruman backup: refused next to the chooser, nothing replaced.
    const notes = path.join(usb, 'notes.txt');
    fs.writeFileSync(notes, 'not a database');
    app.dialogs.willChoose(notes);
    await chooser.click();
    await expect(page.getByTestId('restore-path-path')).toHaveText(notes);
    await page.getByRole('button', { name: 'Restore a backup…' }).click();
    await expect(page.getByRole('alertdialog')).toContainText(notes);
    await page.getByRole('button', { name: 'Yes, replace my data' }).click();
    const change = page.getByRole('button', { name: 'Change…' });
    await expect(change).toHaveAttribute('aria-invalid', 'true');
    expect(companyNames(app).sort()).toEqual(['Kedai Baru', 'Kedai Lama']);

    // The backup on the USB drive.
    app.dialogs.willChoose(onUsb.file);
    await change.click();
    await expect(page.getByTestId('restore-path-path')).toHaveText(onUsb.file);
    await page.getByRole('button', { name: 'Restore a backup…' }).click();
    await page.getByRole('button', { name: 'Yes, replace my data' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'restored' })).toContainText('Backup restored.');
    expect(companyNames(app)).toEqual(['Kedai Lama']);
    // The first dialog opened in Caruman's backups folder; the next where the last file was chosen.
    expect(app.dialogs.shown.map((d) => [d.purpose, d.title, d.defaultPath])).toEqual([
      ['restore', 'Choose the backup to restore', path.join(app.dataDir, 'backups')],
      ['restore', 'Choose the backup to restore', usb],
    ]);
    expect(app.dialogs.shown[0]?.filters?.[0]).toEqual({ name: 'Caruman backups', extensions: ['sqlite'] });
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
