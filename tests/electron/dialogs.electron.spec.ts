// The desktop shell's native dialogs in the real Electron runtime: a folder is chosen through
// dialog.showOpenDialog and only then accepted (issue 11 item 15 / issue 12 item 4); closing the
// window while the page has unsaved changes asks Leave / Stay (issue 12 item 1). Electron's own
// dialog functions are the only stand-ins (replaced in the main process with app.evaluate), since
// a test cannot click a native dialog.
//
// Never require('electron') here (on Electron 45 that downloads the runtime): the binary is looked
// up on disk; without one the whole file is skipped and says why.
import { useElectronApp } from './electron-runtime';
import { expect, test, type Page } from '@playwright/test';

const { launch, newDir } = useElectronApp('dialog');

type Result = { ok: boolean; value?: unknown; error?: { code: string; key: string } };
type Invoke = (channel: string, input: unknown) => Promise<Result>;

function invoke(page: Page, channel: string, input: unknown): Promise<Result> {
  return page.evaluate(([c, i]) => (window as unknown as { api: { invoke: Invoke } }).api.invoke(c as string, i), [channel, input] as const);
}

test('a folder is accepted only once chosen in the native folder dialog', async () => {
  const folder = newDir('caruman-chosen-folder-');
  const { app, page } = await launch(newDir('caruman-dialogs-data-'));
  try {
    const made = await invoke(page, 'companies:create', { name: 'Kedai Runcit Ali Sdn Bhd', employerCode: 'F9702103813F' });
    const company = made.value as { id: number };

    // Typed by the page: refused, nothing stored.
    expect(await invoke(page, 'companies:update', { id: company.id, outputFolder: folder })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', key: 'desktop.path.notChosen' },
    });

    // The user picks it in the folder dialog (Electron's dialog answers for them here).
    await app.evaluate(({ dialog }, chosen) => {
      const shown: unknown[] = [];
      (globalThis as { __shown?: unknown[] }).__shown = shown;
      dialog.showOpenDialog = (async (...args: unknown[]) => {
        shown.push(args.at(-1));
        return { canceled: false, filePaths: [chosen] };
      }) as typeof dialog.showOpenDialog;
    }, folder);
    expect(await invoke(page, 'dialogs:chooseFolder', { purpose: 'companyFolder', companyId: company.id })).toEqual({ ok: true, value: { path: folder } });
    const shown = await app.evaluate(() => (globalThis as { __shown?: { properties?: string[] }[] }).__shown ?? []);
    expect(shown[0]?.properties).toEqual(['openDirectory', 'createDirectory', 'dontAddToRecent']);
    expect(await invoke(page, 'companies:update', { id: company.id, outputFolder: folder })).toMatchObject({ ok: true, value: { outputFolder: folder } });
  } finally {
    await app.close();
  }
});

test('closing with unsaved changes asks; Stay keeps the window, Leave closes it', async () => {
  const { app, page } = await launch(newDir('caruman-unload-data-'));
  try {
    // What the wage screen does while it has unsaved typing; Chromium asks only after a gesture.
    await page.evaluate(() => {
      window.addEventListener('beforeunload', (event) => {
        event.preventDefault();
        event.returnValue = '';
      });
    });
    await page.mouse.click(5, 5);
    await app.evaluate(({ dialog }) => {
      const asked: string[] = [];
      (globalThis as { __asked?: string[] }).__asked = asked;
      let answer = 1; // Stay, then Leave
      dialog.showMessageBoxSync = ((...args: unknown[]) => {
        asked.push(String((args.at(-1) as { title?: string }).title));
        const response = answer;
        answer = 0;
        return response;
      }) as typeof dialog.showMessageBoxSync;
    });

    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(() => app.evaluate(() => (globalThis as { __asked?: string[] }).__asked?.length ?? 0)).toBe(1);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    const closed = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await closed;
  } finally {
    await app.close().catch(() => undefined);
  }
});
