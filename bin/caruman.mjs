#!/usr/bin/env node
// Entry point of the `caruman` command. It runs the bundle dist/cli/caruman.mjs that
// `npm run build` (or `npm run build:cli`, or `npm install` through `prepare`) makes from
// main/cli, so a start costs a plain Node start plus the few modules the command needs.
// In a checkout with the sources, a bundle older than any of its sources (or none at all) is
// rebuilt first, so `caruman` never runs stale code.
// Working on the CLI: `npm run caruman:dev -- <args>` runs the TypeScript sources through tsx
// instead (CARUMAN_FROM_SOURCE=1 does the same for this file).
import fs from 'node:fs';

const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
};

async function loadCli() {
  if (process.env.CARUMAN_FROM_SOURCE === '1') {
    const { register } = await import('tsx/esm/api');
    register();
    return import('../main/cli/main.ts');
  }
  const bundle = new URL('../dist/cli/caruman.mjs', import.meta.url);
  const buildScript = new URL('../scripts/build.mjs', import.meta.url);
  if (fs.existsSync(buildScript)) {
    const { buildCli, cliIsStale } = await import(buildScript.href);
    if (cliIsStale()) {
      process.stderr.write('caruman: building the command from its sources first (dist/cli)…\n');
      await buildCli();
    }
  }
  return import(bundle.href);
}

const cli = await loadCli();
// processIo ends `caruman … | head` quietly (no EPIPE stack trace); `io` serves an older bundle.
process.exitCode = await cli.runCli(process.argv.slice(2), cli.processIo?.() ?? io);
