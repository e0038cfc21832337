// What every Electron end-to-end spec needs first: the Electron binary, found on disk WITHOUT
// require('electron') (on Electron 45 that downloads the runtime), and dist/ plus better-sqlite3
// built for Electron's ABI (scripts/start.mjs --prepare-only, cached in .electron-native/).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
