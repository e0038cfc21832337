#!/usr/bin/env node
// Builds everything the Electron app loads, and the `caruman` command:
//   dist/renderer/      the React UI (vite build, config in vite.config.ts)
//   dist/main/main.cjs  the main process (esbuild: one CommonJS file; electron and the runtime packages external)
//   dist/preload/preload.cjs  the sandboxed preload (esbuild: one CommonJS file; only electron external)
//   dist/cli/caruman.mjs      the CLI (esbuild: ES modules split into chunks, so `caruman --help`
//                             loads only the command list; the runtime packages external)
// Everything but the runtime packages (better-sqlite3, a native addon; pdfkit, which reads its own
// data files) is bundled, so package.json's `dependencies` is exactly those: what electron-builder
// ships beside the bundles (see the test tests/unit/app/bundles.test.ts).
//
// Usage: node scripts/build.mjs [--main-only | --cli-only]
//   --main-only  skips the renderer, and says so (for quick main-process checks).
//   --cli-only   builds only dist/cli (what bin/caruman.mjs runs).
// Any failure stops the build with a non-zero exit; nothing is skipped silently.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

class BuildError extends Error {}

export async function buildRenderer() {
  const config = path.join(root, 'vite.config.ts');
  const entry = path.join(root, 'renderer', 'index.html');
  for (const required of [config, entry]) {
    if (!fs.existsSync(required)) throw new BuildError(`Cannot build the renderer: ${path.relative(root, required)} is missing.`);
  }
  const { build } = await import('vite');
  try {
    await build({ configFile: config, logLevel: 'warn' });
  } catch (error) {
    throw new BuildError(`vite build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const built = path.join(root, 'dist', 'renderer', 'index.html');
  if (!fs.existsSync(built)) throw new BuildError('vite build finished but dist/renderer/index.html was not produced.');
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
};

/**
 * The packages left out of the bundles and shipped in node_modules: better-sqlite3's native addon
 * is loaded next to it, and pdfkit reads its own data files (colour profile, standard fonts)
 * beside its package.
 */
export const RUNTIME_PACKAGES = ['better-sqlite3', 'pdfkit'];

/** esbuild options of the main-process bundle (also used by the tests that check it). */
export const mainBuildOptions = {
  ...common,
  entryPoints: [path.join(root, 'main', 'app', 'main.ts')],
  outfile: path.join(root, 'dist', 'main', 'main.cjs'),
  // better-sqlite3 stays a real module: its native addon is loaded next to it (unpacked from
  // the asar when packaged, or through nativeBinding in development).
  external: ['electron', ...RUNTIME_PACKAGES],
  // A CommonJS bundle has no import.meta; the modules that find files beside themselves (the
  // workbook reader's worker) get this bundle's own URL.
  define: { 'import.meta': '__carumanImportMeta' },
  banner: { js: 'const __carumanImportMeta = { url: require("node:url").pathToFileURL(__filename).href };' },
};

/** The worker thread that reads .xlsx imports (main/services/import/workbook-reader.ts). */
const TABLE_WORKER = path.join(root, 'main', 'services', 'import', 'table-worker.ts');

export const CLI_DIR = path.join(root, 'dist', 'cli');

/** esbuild options of the CLI bundle, written into outdir (dist/cli). */
export function cliBuildOptions(outdir = CLI_DIR) {
  return {
    ...common,
    target: 'node20',
    format: 'esm',
    // Chunks: modules that are imported dynamically (the services, the router, the message
    // catalogue, exceljs) are loaded only by the commands that need them, not by `--help`.
    splitting: true,
    // table-worker.mjs beside caruman.mjs: the thread that reads .xlsx imports.
    entryPoints: { caruman: path.join(root, 'main', 'cli', 'main.ts'), 'table-worker': TABLE_WORKER },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    external: RUNTIME_PACKAGES,
    // Bundled CommonJS packages (exceljs's) call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __carumanCreateRequire } from 'node:module'; const require = __carumanCreateRequire(import.meta.url);" },
  };
}

export async function buildMainAndPreload() {
  const { build } = await import('esbuild');
  try {
    await build(mainBuildOptions);
    // Beside main.cjs, where the workbook reader looks for it.
    await build({ ...common, entryPoints: [TABLE_WORKER], outfile: path.join(root, 'dist', 'main', 'table-worker.cjs'), external: RUNTIME_PACKAGES });
    await build({
      ...common,
      entryPoints: [path.join(root, 'main', 'preload', 'preload.ts')],
      outfile: path.join(root, 'dist', 'preload', 'preload.cjs'),
      // A sandboxed preload can require nothing but 'electron' (and a few polyfilled built-ins).
      external: ['electron'],
    });
  } catch (error) {
    throw new BuildError(`esbuild failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  checkPreloadRequiresOnlyElectron(path.join(root, 'dist', 'preload', 'preload.cjs'));
}

/** Lists the sources a CLI bundle was built from, so bin/caruman.mjs can tell when it is stale. */
export const CLI_SOURCES_FILE = 'sources.json';

/**
 * Builds dist/cli. The new chunks (content-hashed names) are moved in beside the old ones and the
 * entry is replaced last, in one rename, so a `caruman` started meanwhile (or a second build at the
 * same time) never loads half a bundle; chunks no bundle has used for a day are removed.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const staging = `${CLI_DIR}.building-${process.pid}-${startedAt}`;
  fs.rmSync(staging, { recursive: true, force: true });
  let result;
  try {
    result = await build({ ...cliBuildOptions(staging), metafile: true });
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new BuildError(`esbuild (CLI) failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/'));
  fs.writeFileSync(path.join(staging, CLI_SOURCES_FILE), `${JSON.stringify({ builtAt: startedAt, sources })}\n`);

  const chunks = path.join(CLI_DIR, 'chunks');
  fs.mkdirSync(chunks, { recursive: true });
  const fresh = new Set(fs.readdirSync(path.join(staging, 'chunks')));
  for (const name of fresh) fs.renameSync(path.join(staging, 'chunks', name), path.join(chunks, name));
  for (const name of fs.readdirSync(staging).filter((n) => n !== 'chunks' && n !== 'caruman.mjs')) {
    fs.renameSync(path.join(staging, name), path.join(CLI_DIR, name));
  }
  fs.renameSync(path.join(staging, 'caruman.mjs'), path.join(CLI_DIR, 'caruman.mjs'));
  fs.rmSync(staging, { recursive: true, force: true });
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
  for (const name of fs.readdirSync(chunks)) {
    const file = path.join(chunks, name);
    if (!fresh.has(name) && fs.statSync(file).mtimeMs < dayAgo) fs.rmSync(file, { force: true });
  }
}

/** True when dist/cli is missing, or older than one of the sources it was built from. */
export function cliIsStale() {
  let built;
  try {
    built = JSON.parse(fs.readFileSync(path.join(CLI_DIR, CLI_SOURCES_FILE), 'utf8'));
    if (!fs.existsSync(path.join(CLI_DIR, 'caruman.mjs'))) return true;
  } catch {
    return true;
  }
  return built.sources.some((file) => {
    try {
      return fs.statSync(path.join(root, file)).mtimeMs > built.builtAt;
    } catch {
      return true; // a source moved or deleted since
    }
  });
}

function checkPreloadRequiresOnlyElectron(file) {
  const source = fs.readFileSync(file, 'utf8');
  const required = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const foreign = required.filter((name) => name !== 'electron');
  if (foreign.length > 0) {
    throw new BuildError(`The preload bundle requires ${foreign.join(', ')}; a sandboxed preload may only require 'electron'.`);
  }
}

export async function build({ mainOnly = false, cliOnly = false } = {}) {
  const started = Date.now();
  if (cliOnly) {
    await buildCli();
    console.log(`build: dist/cli done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return;
  }
  if (mainOnly) {
    console.log('build: skipping the renderer (--main-only); dist/renderer is left as it is.');
  } else {
    console.log('build: renderer (vite)…');
    await buildRenderer();
  }
  console.log('build: main process, preload and CLI (esbuild)…');
  await buildMainAndPreload();
  await buildCli();
  console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  build({ mainOnly: process.argv.includes('--main-only'), cliOnly: process.argv.includes('--cli-only') }).catch((error) => {
    console.error(`\nBuild failed. ${error instanceof BuildError ? error.message : ''}`);
    if (!(error instanceof BuildError)) console.error(error);
    process.exitCode = 1;
  });
}
