// The end-to-end harness: the real React UI (the built dist/renderer), the real router, the real
// services and a real SQLite file in a temporary folder. Only the transport differs from Electron:
// window.api is a shim that forwards to router.invoke through page.exposeFunction (which copies
// values across the boundary, like IPC does). The files are served with no server at all:
// context.route answers http://caruman.test/ from dist/renderer, with the app's own
// Content-Security-Policy, and every other request is refused (the app works offline).
//
//   import { test, expect, queryDatabase } from './harness';
//   test('…', async ({ page, app, gotoApp }) => { await gotoApp(page, '#/companies'); … });
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { createServices, type Services } from '../../main/services';
import { createRouter, type Router } from '../../main/api/router';
import { createScriptedDialogs, type ScriptedDialogs } from '../../main/services/dialog-port';
import { securityHeaders } from '../../main/app/csp';
import { makeTempDir } from '../helpers/temp-dir';

export const APP_ORIGIN = 'http://caruman.test';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = path.join(repoRoot, 'dist', 'renderer');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface AppHandle {
  dataDir: string;
  services: Services;
  router: Router;
  /** The SQLite file; open it with queryDatabase() to check what was really stored. */
  databaseFile: string;
  /** Closes and reopens the database (running `whileClosed` in between), as a restore does. */
  reopen(whileClosed?: () => void): void;
  /**
   * The stand-in for the desktop app's native folder and file dialogs. Say what the user will
   * choose before the click that opens the dialog:
   *   app.dialogs.willChoose(folder)   // the next dialog returns this (it must exist, as in a real dialog)
   *   app.dialogs.willCancel()         // the next dialog is cancelled
   *   app.dialogs.shown                // each dialog shown: kind, purpose, title (in the UI's language), filters
   * As in the app, channels that take a path accept only what was chosen this way (the router runs
   * with paths: 'chosen'); set up state with typed paths through app.services instead.
   */
  dialogs: ScriptedDialogs;
}

export interface GotoOptions {
  /** false: load the app WITHOUT window.api, as if the preload had not run. Default true. */
  bridge?: boolean;
}

/** Opens the app at a hash route ("#/companies" or "/companies"; default the app's start). */
export type GotoApp = (page: Page, hash?: string, options?: GotoOptions) => Promise<void>;

interface Fixtures {
  app: AppHandle;
  gotoApp: GotoApp;
  /** CSP violations and uncaught page errors seen so far; the test fails at the end if any. */
  browserProblems: string[];
  /** Requests to anything but the app's origin (refused); the test fails at the end if any. */
  outsideRequests: string[];
}

function ensureBuilt() {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The built renderer is missing (${path.relative(repoRoot, RENDERER_DIR)}/index.html): run vite build first ` +
        '(`npx vite build`, or `npm run test:e2e`, which builds then tests).',
    );
  }
}

async function serveRenderer(context: BrowserContext, outsideRequests: string[]) {
  await context.route(
    (url) => url.origin !== APP_ORIGIN,
    async (route) => {
      outsideRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(RENDERER_DIR, relative);
    const inside = file === RENDERER_DIR || file.startsWith(RENDERER_DIR + path.sep);
    if (!inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      await route.fulfill({ status: 404, headers: securityHeaders(), contentType: 'text/plain', body: 'Not found' });
      return;
    }
    await route.fulfill({
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' },
      body: fs.readFileSync(file),
    });
  });
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  browserProblems: async ({}, use) => {
    const problems: string[] = [];
    await use(problems);
    expect(problems, 'CSP violations or uncaught errors in the page').toEqual([]);
  },

  // eslint-disable-next-line no-empty-pattern
  outsideRequests: async ({}, use) => {
    const requests: string[] = [];
    await use(requests);
    expect(requests, 'requests outside the app (it must work offline)').toEqual([]);
  },

  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const temp = makeTempDir('caruman-e2e-');
    // Receipts and files of companies without an output folder stay inside the temp folder.
    const dialogs = createScriptedDialogs();
    const services = createServices({ dataDir: temp.dir, filesDir: path.join(temp.dir, 'files'), dialogs });
    // Errors are written in the user's saved language, exactly as in the app; paths only from dialogs.
    const router = createRouter(services, { logError: (channel, error) => console.error(`[e2e] ${channel}:`, error), paths: 'chosen' });
    const handle: AppHandle = {
      dataDir: temp.dir,
      services,
      router,
      get databaseFile() {
        return services.databaseFile;
      },
      reopen: (whileClosed) => services.reopen(whileClosed),
      dialogs,
    };
    try {
      await use(handle);
    } finally {
      services.close();
      temp.remove();
    }
  },

  gotoApp: async ({ app, browserProblems, outsideRequests }, use) => {
    ensureBuilt();
    const served = new WeakSet<BrowserContext>();
    const bridged = new WeakSet<Page>();
    const watched = new WeakSet<Page>();

    await use(async (page, hash = '', options = {}) => {
      const context = page.context();
      if (!served.has(context)) {
        served.add(context);
        await serveRenderer(context, outsideRequests);
      }
      if (options.bridge !== false && !bridged.has(page)) {
        bridged.add(page);
        // The bridge carries JSON text both ways, as the app's IPC carries a structured clone:
        // Playwright's own serialisation of a large object (the 2,000-row wage grid, a save of
        // 2,000 rows) walks it value by value and took seconds that the app never spends. Every
        // channel's input and reply is plain JSON data (the contract is zod-validated objects).
        await page.exposeFunction('__carumanInvoke', async (channel: unknown, inputJson: unknown) => {
          const input: unknown = typeof inputJson === 'string' ? JSON.parse(inputJson) : inputJson;
          return JSON.stringify(await app.router.invoke(channel, input));
        });
        await page.addInitScript(() => {
          const target = window as unknown as {
            api: { invoke(channel: string, input: unknown): Promise<unknown> };
            __carumanInvoke(channel: string, inputJson: string | undefined): Promise<string>;
          };
          target.api = Object.freeze({
            invoke: async (channel: string, input: unknown) =>
              JSON.parse(await target.__carumanInvoke(channel, input === undefined ? undefined : JSON.stringify(input))) as unknown,
          });
        });
      }
      if (!watched.has(page)) {
        watched.add(page);
        // Every CSP violation is also reported as an event; turn it into a console line we catch.
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
          });
        });
        page.on('pageerror', (error) => browserProblems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          const text = message.text();
          if (/CSP violation|Content Security Policy|Refused to (load|execute|apply|evaluate|connect|frame)/i.test(text)) {
            browserProblems.push(`CSP: ${text}`);
          }
        });
      }
      const fragment = hash === '' ? '' : hash.startsWith('#') ? hash : `#${hash}`;
      // Always a fresh load: a goto that changes only the hash would not restart the app.
      if (page.url().startsWith(APP_ORIGIN)) await page.goto('about:blank');
      await page.goto(`${APP_ORIGIN}/index.html${fragment}`);
    });
  },
});

/** Runs a query against the SQLite file through a separate read-only connection. */
export function queryDatabase<T = Record<string, unknown>>(databaseFile: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Where the specs put their pictures of the screens (CARUMAN_SCREENSHOT_DIR, else test-results/screenshots). */
export const SCREENSHOT_DIR = path.resolve(process.env.CARUMAN_SCREENSHOT_DIR ?? path.join('test-results', 'screenshots'));

/** The whole screen, however long: the main area scrolls inside the window, so the window grows for the picture. */
export async function shotWholeScreen(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => {
    const main = document.querySelector('main');
    const header = document.querySelector('header');
    return Math.ceil((main?.scrollHeight ?? 720) + (header?.getBoundingClientRect().height ?? 0));
  });
  await page.setViewportSize({ width: 1280, height: Math.max(720, height) });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name) });
  await page.setViewportSize({ width: 1280, height: 720 });
}

export { expect };
