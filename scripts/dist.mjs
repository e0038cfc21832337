#!/usr/bin/env node
// `npm run dist`: the release-machine step. Builds dist/ and packages it with electron-builder
// (config: electron-builder.yml) into release/. Needs the internet: electron-builder downloads the
// Electron runtime for each target and rebuilds better-sqlite3 for it.
//
// Arguments are passed to electron-builder, e.g.
//   npm run dist -- --win        Windows NSIS installer (x64)
//   npm run dist -- --mac        macOS DMGs (x64 and arm64; run on a Mac to sign and notarise)
//   npm run dist -- --dir        an unpacked app folder for a quick check
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const { checkNode } = await import('./start.mjs');
  checkNode();
  const { build } = await import('./build.mjs');
  await build();

  const cli = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
  const args = [cli, '--config', path.join(root, 'electron-builder.yml'), '--publish', 'never', ...process.argv.slice(2)];
  console.log(`dist: electron-builder ${process.argv.slice(2).join(' ')}`.trim());
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      '\nPackaging failed. electron-builder needs the internet (Electron runtimes, native module builds);\n' +
        'run it on a release machine for each target OS. See the output above for the cause.',
    );
    process.exit(result.status ?? 1);
  }
  console.log('dist: installers written to release/');
}

main().catch((error) => {
  console.error(`\n${error?.message ?? error}`);
  if (error?.hint) console.error(error.hint);
  process.exit(1);
});
