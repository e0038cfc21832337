// What every Electron end-to-end spec needs first: the Electron binary, found on disk WITHOUT
// require('electron') (on Electron 45 that downloads the runtime), and dist/ plus better-sqlite3
// built for Electron's ABI (scripts/start.mjs --prepare-only, cached in .electron-native/).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, test, type ElectronApplication, type Page } from '@playwright/test';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ELECTRON_PATH, or node_modules/electron/path.txt + dist/; null where no binary is installed. */
export function findElectronBinary(): string | null {
  const explicit = process.env.ELECTRON_PATH?.trim();
  if (explicit) return fs.existsSync(explicit) ? explicit : null;
  const pkg = path.join(repo, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** Builds the app and the Electron SQLite addon; returns the addon's path. */
export function prepareElectronApp(electronPath: string | null): string {
  const result = spawnSync(process.execPath, [path.join(repo, 'scripts', 'start.mjs'), '--prepare-only'], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...(electronPath ? { ELECTRON_PATH: electronPath } : {}) },
  });
  if (result.status !== 0) throw new Error(`scripts/start.mjs --prepare-only failed:\n${result.stdout}\n${result.stderr}`);
  const last = result.stdout.trim().split(/\r?\n/).pop() ?? '{}';
  return (JSON.parse(last) as { sqliteBinding: string }).sqliteBinding;
}

/**
 * Starts the app from the repository as a user would, over the given data folder, with the
 * Electron build of better-sqlite3; `env` adds variables (the portal stand-in's address).
 */
export async function launchCaruman(
  electronPath: string | null,
  sqliteBinding: string,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<{ app: ElectronApplication; page: Page }> {
  const args = [repo];
  // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer's own
  // sandbox setting, which these tests check, is unaffected.
  if (process.platform === 'linux' && process.getuid?.() === 0) args.unshift('--no-sandbox');
  const inherited: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) inherited[key] = value;
  delete inherited.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({
    executablePath: electronPath ?? undefined,
    args,
    env: { ...inherited, CARUMAN_DATA_DIR: dataDir, CARUMAN_SQLITE_BINDING: sqliteBinding, ...env },
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** Fresh folders for a spec file, all removed after its last test: `const newDir = useTempDirs();`. */
export function useTempDirs(): (prefix?: string) => string {
  const dirs: string[] = [];
  test.afterAll(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return (prefix = 'caruman-electron-') => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/**
 * What an Electron spec file declares first: its tests run one after another, only where an
 * Electron binary is installed (elsewhere the file is skipped and says why, naming `what`), after
 * the app and its SQLite addon are built. `launch` starts the app over a data folder; `newDir`
 * makes a folder removed after the file's last test.
 */
export function useElectronApp(what: string) {
  const electronPath = findElectronBinary();
  const skipReason = `No Electron binary installed (offline machine): Electron ${what} tests skipped`;
  if (!electronPath) console.log(skipReason);
  test.describe.configure({ mode: 'serial' });
  test.skip(!electronPath, skipReason);
  let sqliteBinding = '';
  test.beforeAll(() => {
    test.setTimeout(600_000);
    // Builds dist/ and better-sqlite3 for Electron's ABI (cached in .electron-native/).
    sqliteBinding = prepareElectronApp(electronPath);
  });
  return {
    sqliteBinding: () => sqliteBinding,
    launch: (dataDir: string, env: Record<string, string> = {}) => launchCaruman(electronPath, sqliteBinding, dataDir, env),
    newDir: useTempDirs(),
  };
}
