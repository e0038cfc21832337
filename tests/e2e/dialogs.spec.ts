// Folders and files are chosen, never typed (issue 12 item 4), and the renderer can name no path
// the user did not choose (issue 11 item 15). The harness's stand-in answers the main process's
// dialogs (app.dialogs.willChoose / willCancel); the router runs with the renderer's policy.
import fs from 'node:fs';
import path from 'node:path';
import { translate, type Locale } from '../../shared/i18n/catalog';
import { test, expect, queryDatabase } from './harness';

type Invoke = (channel: string, input: unknown) => Promise<{ ok: boolean; error?: { code: string; key: string; message: string } }>;

for (const locale of ['ms', 'en'] as const satisfies readonly Locale[]) {
  const tr = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);

  test(`issue 12 item 4: a backup is saved to a USB drive through the save dialog (${locale})`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
    const usb = path.join(app.dataDir, 'USB DRIVE');
    fs.mkdirSync(usb);
    await gotoApp(page, '#/settings');

    // Cancelled: nothing is written, nothing said to have happened.
    app.dialogs.willCancel();
    await page.getByRole('button', { name: tr('desktop.backup.saveElsewhere') }).click();
    await expect.poll(() => app.dialogs.shown.length).toBe(1);
    expect(fs.readdirSync(usb)).toEqual([]);

    const target = path.join(usb, `caruman-backup-${app.services.today()}.sqlite`);
    app.dialogs.willChoose(target);
    await page.getByRole('button', { name: tr('desktop.backup.saveElsewhere') }).click();
    await expect(page.getByRole('status').filter({ hasText: target })).toHaveText(tr('backups.created', { file: target }));
    expect(app.dialogs.shown.map((d) => [d.kind, d.purpose, d.title, d.defaultPath])).toEqual([
      ['save', 'backup', tr('desktop.dialog.backup.title'), `caruman-backup-${app.services.today()}.sqlite`],
      ['save', 'backup', tr('desktop.dialog.backup.title'), `caruman-backup-${app.services.today()}.sqlite`],
    ]);
    expect(app.services.backups.verifyBackupFile(target)).toMatchObject({ companies: 1 });
  });

  test(`issue 11 item 15: the page cannot name a path nobody chose — /etc, a UNC share, another folder (${locale})`, async ({ page, app, gotoApp }) => {
    app.services.settings.setLocale(locale);
    const company = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
    const other = path.join(app.dataDir, 'not-chosen');
    fs.mkdirSync(other);
    await gotoApp(page, '#/companies');

    // What a compromised renderer could send through the bridge.
    const attempts: [string, unknown][] = [
      ['backups:create', { to: '/etc/caruman.sqlite' }],
      ['backups:create', { to: '\\\\server\\share\\caruman.sqlite' }],
      ['backups:restore', { file: path.join(other, 'x.sqlite') }],
      ['companies:update', { id: company.id, outputFolder: '\\\\server\\share\\Caruman' }],
      ['assist:generate', { companyId: company.id, month: '2026-07', folder: other }],
      ['assist:check', { file: '/etc/passwd' }],
      ['monthEnd:generateAll', { month: '2026-07', outDir: '/etc' }],
      ['receipts:attach', { companyId: company.id, month: '2026-07', file: '/etc/passwd' }],
    ];
    for (const [channel, input] of attempts) {
      const result = await page.evaluate(([c, i]) => (window as unknown as { api: { invoke: Invoke } }).api.invoke(c as string, i), [channel, input] as const);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'desktop.path.notChosen' } });
      expect(result.error?.message, channel).toMatch(new RegExp(`^${tr('desktop.path.notChosen', { path: 'X' }).split('X')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    expect(fs.readdirSync(other)).toEqual([]);
    expect(queryDatabase(app.databaseFile, 'SELECT output_folder FROM companies')).toEqual([{ output_folder: null }]);
    expect(app.dialogs.shown).toEqual([]);
  });
}
