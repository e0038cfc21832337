#!/usr/bin/env node
// Builds everything the Electron app loads:
//   dist/renderer/      the React UI (vite build, config in vite.config.ts)
//   dist/main/main.cjs  the main process (esbuild: one CommonJS file; electron and better-sqlite3 external)
//   dist/preload/preload.cjs  the sandboxed preload (esbuild: one CommonJS file; only electron external)
//
// Usage: node scripts/build.mjs [--main-only]
//   --main-only  skips the renderer, and says so (for quick main-process checks).
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

export async function buildMainAndPreload() {
  const { build } = await import('esbuild');
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
  try {
    await build({
      ...common,
      entryPoints: [path.join(root, 'main', 'app', 'main.ts')],
      outfile: path.join(root, 'dist', 'main', 'main.cjs'),
      // better-sqlite3 stays a real module: its native addon is loaded next to it (unpacked from
      // the asar when packaged, or through nativeBinding in development). pdfkit reads its own
      // data files (colour profile, standard fonts) beside its package, so it is shipped as is.
      external: ['electron', 'better-sqlite3', 'pdfkit'],
    });
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

function checkPreloadRequiresOnlyElectron(file) {
  const source = fs.readFileSync(file, 'utf8');
  const required = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const foreign = required.filter((name) => name !== 'electron');
  if (foreign.length > 0) {
    throw new BuildError(`The preload bundle requires ${foreign.join(', ')}; a sandboxed preload may only require 'electron'.`);
  }
}

export async function build({ mainOnly = false } = {}) {
  const started = Date.now();
  if (mainOnly) {
    console.log('build: skipping the renderer (--main-only); dist/renderer is left as it is.');
  } else {
    console.log('build: renderer (vite)…');
    await buildRenderer();
  }
  console.log('build: main process and preload (esbuild)…');
  await buildMainAndPreload();
  console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  build({ mainOnly: process.argv.includes('--main-only') }).catch((error) => {
    console.error(`\nBuild failed. ${error instanceof BuildError ? error.message : ''}`);
    if (!(error instanceof BuildError)) console.error(error);
    process.exitCode = 1;
  });
}
