#!/usr/bin/env node
// `npm run typecheck`: the four typechecks `npm test` runs, one per environment (shared code, the
// main process and CLI, the renderer, the tests), each with its own tsconfig.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const TSCONFIGS = ['tsconfig.shared.json', 'tsconfig.main.json', 'tsconfig.renderer.json', 'tsconfig.tests.json'];

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  let failed = 0;
  for (const config of TSCONFIGS) {
    process.stdout.write(`typecheck ${config}\n`);
    const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', config], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) failed++;
  }
  if (failed > 0) process.stdout.write(`${failed} of ${TSCONFIGS.length} typechecks failed\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}
