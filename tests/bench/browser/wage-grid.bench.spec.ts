// The wage grid with 2,000 employees, in Chromium on the built renderer against the real services:
// what the user waits for, from the input event (its own timeStamp) to the next frame painted with
// the result. Opening a month: from typing the month to the first rows and the grand total shown.
// A keystroke: from the key going down to the grand total ("total-all") updated on screen. Save
// with 2,000 changed rows: from the click to "saved" said and the grid re-shown from the store.
import type { Page } from '@playwright/test';
import { test, expect } from '../../e2e/harness';
import { employeeCsv, mykadNumber, wageCsv } from '../../helpers/generate';
import { translate } from '../../../shared/i18n/catalog';
import { median, reportFigure } from '../figures';

const EMPLOYEES = 2000;
const MONTH = '2025-05';
const OTHER_MONTH = '2025-04';
const LONG = { timeout: 60_000 };

/** What must be on screen for the wait to end (checked after every DOM change). */
type Done =
  | { kind: 'open'; shown: string }
  | { kind: 'total-changed' }
  | { kind: 'saved'; savedText: string; saveText: string };

/**
 * Arms an in-page stopwatch: it starts at the next `startEvent` (its timeStamp, i.e. when the
 * browser received the input) and stops at the first animation frame after `done` holds (plus a
 * task, so the frame has been painted). Returns the milliseconds.
 */
async function timeInPage(page: Page, startEvent: 'input' | 'keydown' | 'click', done: Done, act: () => Promise<void>): Promise<number> {
  await page.evaluate(
    ({ startEvent, done }) => {
      const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
      const state = { start: -1, end: -1, totalBefore: text('total-all') };
      (window as unknown as { __stopwatch: typeof state }).__stopwatch = state;
      const holds = () => {
        if (done.kind === 'open') {
          const picker = document.querySelector<HTMLInputElement>('#wages-month');
          const total = text('total-wages');
          return picker?.value === done.shown && document.querySelector('[data-testid="wage-row"]') !== null && total !== null && total !== '0.00';
        }
        if (done.kind === 'total-changed') return text('total-all') !== state.totalBefore;
        const status = document.querySelector('[role="status"].status-message')?.textContent ?? '';
        const button = document.querySelector('[data-testid="wages-save"]')?.textContent ?? '';
        return status.includes(done.savedText) && button === done.saveText;
      };
      document.addEventListener(
        startEvent,
        (event) => {
          if (state.start >= 0) return;
          state.start = event.timeStamp;
          const observer = new MutationObserver(() => {
            if (state.end >= 0 || !holds()) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => (state.end = performance.now()), 0));
          });
          observer.observe(document.body, { characterData: true, childList: true, subtree: true, attributes: true });
        },
        { capture: true },
      );
    },
    { startEvent, done },
  );
  await act();
  const handle = await page.waitForFunction(
    () => {
      const s = (window as unknown as { __stopwatch: { start: number; end: number } }).__stopwatch;
      return s.end >= 0 ? s.end - s.start : null;
    },
    undefined,
    LONG,
  );
  return (await handle.jsonValue()) as number;
}

test('wage grid with 2,000 employees: open, keystroke to grand total, save', async ({ page, app, gotoApp }) => {
  test.setTimeout(300_000);
  app.services.settings.setLocale('en');
  const company = app.services.companies.create({ name: 'Kilang Besar Sdn Bhd', employerCode: 'A3700012345B', ssmNumber: null });
  const t = (key: string) => key;
  await app.services.imports.employees({ companyId: company.id, format: 'csv', content: employeeCsv(EMPLOYEES), dryRun: false, t });
  const wages = wageCsv(Array.from({ length: EMPLOYEES }, (_, i) => mykadNumber(i)));
  await app.services.imports.wages({ companyId: company.id, month: MONTH, format: 'csv', content: wages, dryRun: false, t });

  // Where the time goes on the main side (for the closing note; not a figure).
  const before = performance.now();
  const sheet = await app.router.invoke('wages:sheet', { companyId: company.id, month: MONTH });
  const serviceMs = performance.now() - before;
  console.log(`wages:sheet for ${EMPLOYEES} employees: ${serviceMs.toFixed(0)} ms in the main process, ${(JSON.stringify(sheet).length / 1e6).toFixed(2)} MB as JSON`);

  // Time spent in the router (main process) per channel, and the renderer's long tasks, per phase.
  const inMain = new Map<string, number[]>();
  const invoke = app.router.invoke.bind(app.router);
  app.router.invoke = async (channel, input) => {
    const start = performance.now();
    const result = await invoke(channel, input);
    const list = inMain.get(String(channel)) ?? [];
    list.push(performance.now() - start);
    inMain.set(String(channel), list);
    return result;
  };
  const grid = await invoke('wages:grid', { companyId: company.id, month: MONTH });
  console.log(`wages:grid reply: ${(JSON.stringify(grid).length / 1e6).toFixed(2)} MB as JSON`);

  const picker = page.getByLabel(translate('en', 'wages.month.label'), { exact: true });
  const opens: number[] = [];
  for (let run = 0; run < 3; run++) {
    await gotoApp(page, `#/wages?month=${OTHER_MONTH}`);
    await expect(page.getByTestId('wage-row').first()).toBeVisible(LONG);
    await page.evaluate(() => {
      const w = window as unknown as { __carumanInvoke: (c: string, i: unknown) => Promise<unknown>; __calls: string[]; __long: string[] };
      const original = w.__carumanInvoke;
      w.__calls = [];
      w.__long = [];
      w.__carumanInvoke = async (c, i) => {
        const start = performance.now();
        const r = await original(c, i);
        w.__calls.push(`${c} ${start.toFixed(0)}→${performance.now().toFixed(0)}`);
        return r;
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(`${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`);
      }).observe({ type: 'longtask' });
    });
    opens.push(await timeInPage(page, 'input', { kind: 'open', shown: 'May 2025' }, () => picker.fill(MONTH)));
    console.log(await page.evaluate(() => {
      const w = window as unknown as { __calls: string[]; __long: string[]; __stopwatch: { start: number; end: number } };
      return `open ${w.__stopwatch.start.toFixed(0)}→${w.__stopwatch.end.toFixed(0)} calls ${w.__calls.join('; ')} long tasks ${w.__long.join(', ')}`;
    }));
  }

  // Each amount falls in another band, so the grand total moves at every keystroke's last key.
  const firstCell = page.getByTestId('wage-row').first().locator('input').first();
  await firstCell.click();
  const keystrokes: number[] = [];
  for (let i = 0; i < 10; i++) {
    await firstCell.selectText();
    await page.keyboard.type(String(1000 + i * 500).slice(0, -1));
    keystrokes.push(await timeInPage(page, 'keydown', { kind: 'total-changed' }, () => page.keyboard.press(String(i % 10))));
  }
  await page.keyboard.press('Escape');

  // 2,000 changed rows: a block pasted from a spreadsheet over the first column, then Save.
  const saves: number[] = [];
  const savedText = translate('en', 'wages.saved', { count: EMPLOYEES, month: 'May 2025' }).split(' for ')[0] as string;
  for (let run = 0; run < 3; run++) {
    const block = Array.from({ length: EMPLOYEES }, (_, i) => `${2000 + run * 100 + (i % 500)}.00`).join('\n');
    await firstCell.focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', `${text}\n`);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, block);
    await expect(page.getByTestId('wages-save')).toHaveText(translate('en', 'wages.save.count', { count: EMPLOYEES }), LONG);
    saves.push(await timeInPage(page, 'click', { kind: 'saved', savedText, saveText: translate('en', 'wages.save') }, () => page.getByTestId('wages-save').click()));
  }

  for (const [channel, times] of inMain) console.log(`in the main process: ${channel} ${times.map((v) => v.toFixed(0)).join(', ')} ms`);
  console.log(`wage grid: opened with ${EMPLOYEES.toLocaleString('en')} employees in ${median(opens).toFixed(0)} ms median (${opens.map((v) => v.toFixed(0)).join(', ')})`);
  console.log(`wage grid: keystroke to grand total ${median(keystrokes).toFixed(1)} ms median, ${Math.max(...keystrokes).toFixed(1)} ms worst of ${keystrokes.length}`);
  console.log(`wage grid: save of ${EMPLOYEES.toLocaleString('en')} changed rows ${median(saves).toFixed(0)} ms median (${saves.map((v) => v.toFixed(0)).join(', ')})`);
  reportFigure('grid_open_2000_ms', median(opens));
  reportFigure('grid_keystroke_total_2000_ms', median(keystrokes));
  reportFigure('grid_save_2000_ms', median(saves));
  expect(app.services.wages.entriesFor(company.id, MONTH).size).toBe(EMPLOYEES);
});
