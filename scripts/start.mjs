#!/usr/bin/env node
// `npm start`: builds the app and opens it in Electron.
//
//   1. checks Node.js (Electron 45's tooling needs 22.12 or newer);
//   2. builds dist/ (scripts/build.mjs: vite + esbuild);
//   3. makes sure the Electron runtime is present (downloads it on first run: needs internet);
//   4. builds better-sqlite3 for Electron's ABI OUTSIDE node_modules, in
//      .electron-native/<electron>-<better-sqlite3>-<platform>-<arch>/better-sqlite3 (cached), so
//      node_modules keeps the Node build that the tests and the CLI use;
//   5. starts Electron on this folder with CARUMAN_SQLITE_BINDING naming that addon.
//
// Options:
//   --prepare-only  do 1-4 and print one JSON line {"electronPath","sqliteBinding"} (used by the
//                   Electron end-to-end tests) instead of starting the app.
//   --skip-build    reuse the existing dist/.
// Any argument after `--` is passed to Electron. ELECTRON_PATH names an Electron executable to use
// instead of the one in node_modules/electron.
// When a step cannot be done (no internet for the first download, an old Node), it says what to
// do in a few lines, without a stack trace, and exits non-zero.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIN_NODE = [22, 12];

/** A problem the user can fix; printed as a short message, never as a stack trace. */
class StartError extends Error {
  constructor(message, hint = '') {
    super(message);
    this.hint = hint;
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function lastMeaningfulLine(text) {
  const lines = String(text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && !/^[\]}),]*$/.test(line));
  return (lines.findLast((line) => /^(Error|.*Error:)/.test(line)) ?? lines.at(-1) ?? '').slice(0, 300);
}

function firstMeaningfulLine(text) {
  return (
    String(text ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line && !line.startsWith('at ')) ?? ''
  );
}

export function checkNode(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor, needMinor] = MIN_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return;
  throw new StartError(
    `Building and running the Caruman desktop app needs Node.js ${needMajor}.${needMinor} or newer; this is Node.js ${version}.`,
    'Electron 45 and its build tools require it. Install the current Node.js LTS from https://nodejs.org,\n' +
      'then run `npm install` and try again. (The `caruman` command-line tool and the tests also run on Node 20.19+.)',
  );
}

export function electronVersion() {
  return readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version;
}

/** The Electron executable if it is already on disk; never downloads (unlike require('electron')). */
export function installedElectronPath() {
  const explicit = process.env.ELECTRON_PATH?.trim();
  if (explicit) return fs.existsSync(explicit) ? explicit : null;
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(pkg, 'package.json'))) return null;
  const pathFile = path.join(pkg, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative || 'electron')
    : relative
      ? path.join(pkg, 'dist', relative)
      : null;
  return candidate && fs.existsSync(candidate) ? candidate : null;
}

export function ensureElectron() {
  if (!fs.existsSync(path.join(root, 'node_modules', 'electron', 'package.json'))) {
    throw new StartError('Electron is not installed in node_modules.', 'Run `npm install` first.');
  }
  const existing = installedElectronPath();
  if (existing) return existing;
  const version = electronVersion();
  console.log(`start: downloading the Electron ${version} runtime (first run only)…`);
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const downloaded = installedElectronPath();
  if (result.status !== 0 || !downloaded) {
    const reason = firstMeaningfulLine(result.stderr) || firstMeaningfulLine(result.stdout) || result.error?.message || 'unknown error';
    throw new StartError(
      `Could not download the Electron ${version} runtime (${reason}).`,
      'Starting the desktop app needs the Electron runtime, which is downloaded once from the internet.\n' +
        'Connect to the internet and run `npm start` again. If you are behind a proxy or mirror, set\n' +
        'ELECTRON_MIRROR (see https://www.electronjs.org/docs/latest/tutorial/installation).',
    );
  }
  return downloaded;
}

/**
 * Builds better-sqlite3 for Electron's ABI in .electron-native/ (a copy of node_modules/better-sqlite3),
 * once per Electron version, better-sqlite3 version, platform and architecture. Returns the .node file.
 */
export async function prepareNativeSqlite(electron = electronVersion()) {
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const sqliteVersion = readJson(path.join(source, 'package.json')).version;
  const key = `electron-${electron}_better-sqlite3-${sqliteVersion}_${process.platform}-${process.arch}`;
  const cacheDir = path.join(root, '.electron-native', key);
  const moduleDir = path.join(cacheDir, 'better-sqlite3');
  const binding = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
  const marker = path.join(cacheDir, 'ready.json');
  if (fs.existsSync(marker) && fs.existsSync(binding)) return binding;

  console.log(`start: building better-sqlite3 ${sqliteVersion} for Electron ${electron} (first run only)…`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  // The Node build in node_modules stays untouched; the copy leaves out its compiled output.
  fs.cpSync(source, moduleDir, {
    recursive: true,
    filter: (from) => !path.relative(source, from).split(path.sep).includes('build') && !from.endsWith('.node'),
  });

  // @electron/rebuild runs in a child process so its (sometimes very long) output goes to a log
  // file; the user sees one line about what went wrong, not node-gyp's stack traces.
  const logFile = path.join(root, '.electron-native', `${key}.log`);
  const options = {
    buildPath: moduleDir,
    projectRootPath: cacheDir,
    electronVersion: electron,
    arch: process.arch,
    onlyModules: [], // just the folder itself (it has a binding.gyp), no dependency scan
    force: true,
    mode: 'sequential',
  };
  // A script file, not `node -e`: node-gyp workers are forked with the parent's execArgv.
  const runner = path.join(cacheDir, 'rebuild.mjs');
  fs.writeFileSync(
    runner,
    `import { rebuild } from ${JSON.stringify(pathToFileURL(path.join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'main.js')).href)};\n` +
      'await rebuild(JSON.parse(process.env.CARUMAN_REBUILD_OPTIONS));\n',
  );
  const child = spawnSync(
    process.execPath,
    [runner],
    { cwd: root, encoding: 'utf8', env: { ...process.env, CARUMAN_REBUILD_OPTIONS: JSON.stringify(options) }, maxBuffer: 64 * 1024 * 1024 },
  );
  fs.writeFileSync(logFile, `${child.stdout ?? ''}\n${child.stderr ?? ''}`);
  if (child.status !== 0) {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const reason = lastMeaningfulLine(child.stderr) || child.error?.message || 'unknown error';
    throw new StartError(
      `Could not build better-sqlite3 for Electron ${electron} (${reason}).`,
      'The first start downloads a prebuilt SQLite module for Electron, or Electron headers to compile one;\n' +
        'both need the internet (compiling also needs Python and a C++ toolchain). Connect and run `npm start` again.\n' +
        `Full log: ${path.relative(root, logFile)}`,
    );
  }
  if (!fs.existsSync(binding)) {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    throw new StartError(`Rebuilding better-sqlite3 for Electron ${electron} produced no ${path.basename(binding)}.`);
  }
  fs.writeFileSync(marker, `${JSON.stringify({ electron, sqliteVersion, platform: process.platform, arch: process.arch, builtAt: new Date().toISOString() }, null, 2)}\n`);
  return binding;
}

function runElectron(electronPath, sqliteBinding, extraArgs) {
  const env = { ...process.env, CARUMAN_SQLITE_BINDING: sqliteBinding };
  delete env.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
  const child = spawn(electronPath, [root, ...extraArgs], { cwd: root, env, stdio: 'inherit', windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`\nCould not start Electron: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main(argv) {
  const dashDash = argv.indexOf('--');
  const ours = dashDash === -1 ? argv : argv.slice(0, dashDash);
  const electronArgs = dashDash === -1 ? [] : argv.slice(dashDash + 1);
  const prepareOnly = ours.includes('--prepare-only');

  if (process.env.CARUMAN_START_SKIP_NODE_CHECK !== '1') checkNode();
  if (!ours.includes('--skip-build')) {
    const { build } = await import('./build.mjs');
    try {
      await build();
    } catch (error) {
      throw new StartError(`The build failed: ${firstMeaningfulLine(error?.message)}`, 'Fix the error above and run `npm start` again.');
    }
  }
  const electronPath = ensureElectron();
  const sqliteBinding = await prepareNativeSqlite();
  if (prepareOnly) {
    console.log(JSON.stringify({ electronPath, sqliteBinding }));
    return;
  }
  console.log('start: opening Caruman…');
  runElectron(electronPath, sqliteBinding, electronArgs);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).catch((error) => {
    if (error instanceof StartError) {
      console.error(`\n${error.message}`);
      if (error.hint) console.error(error.hint);
    } else {
      console.error('\nCaruman could not start because of an unexpected error:', error?.message ?? error);
    }
    process.exit(1);
  });
}
