// What the bundles carry and what is shipped beside them, built exactly as scripts/build.mjs
// builds them (its own esbuild options, in memory):
// - the main-process bundle leaves out only electron and the runtime packages (better-sqlite3),
//   and package.json's `dependencies` (the node_modules electron-builder puts in the asar) are
//   exactly those runtime packages, so exceljs, zod, decimal.js and React ship once, bundled;
// - the CLI's entry, and every chunk it imports statically (all that `caruman --help` loads),
//   holds none of the heavy parts: SQLite, exceljs, zod, the statutory tables, the messages.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cliBuildOptions, mainBuildOptions, RUNTIME_PACKAGES } from '../../../scripts/build.mjs';

const repo = path.resolve(import.meta.dirname, '..', '..', '..');
const packageJson = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** The package a bundled input file comes from ("exceljs", "@scope/name"), or null for our own sources. */
function packageOf(input: string): string | null {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match ? (match[1] as string) : null;
}

describe('the main-process bundle', () => {
  it('imports only electron, Node built-ins and the runtime packages; bundles exceljs, zod and decimal.js', async () => {
    const result = await build({
      ...mainBuildOptions,
      outfile: path.join(repo, 'dist', 'main', 'bundle-test.cjs'),
      write: false,
      metafile: true,
      sourcemap: false,
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0] as Metafile['outputs'][string];
    const external = [...new Set(output.imports.filter((i) => i.external).map((i) => i.path))];
    const foreign = external.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name));
    expect(foreign.filter((name) => name !== 'electron' && !RUNTIME_PACKAGES.includes(name))).toEqual([]);
    expect(foreign).toContain('better-sqlite3');
    const bundled = new Set(Object.keys(output.inputs).map(packageOf));
    for (const name of ['exceljs', 'zod', 'decimal.js']) expect(bundled.has(name), name).toBe(true);
  });

  it("has package.json's dependencies be exactly the runtime packages (what electron-builder ships beside it)", () => {
    expect(Object.keys(packageJson.dependencies).sort()).toEqual([...RUNTIME_PACKAGES].sort());
  });
});

describe('the CLI bundle', () => {
  it('loads nothing heavy for `caruman --help`: only the entry and its static chunks, without SQLite, exceljs, zod, the tables or the messages', async () => {
    const outdir = path.join(repo, 'dist', 'cli-bundle-test');
    const result = await build({
      ...cliBuildOptions(outdir),
      write: false,
      metafile: true,
      sourcemap: false,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((name) =>
      outputs[name]?.entryPoint?.endsWith('main/cli/main.ts'),
    ) as string;
    const loaded = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (loaded.has(name)) continue;
      loaded.add(name);
      for (const i of outputs[name]?.imports ?? [])
        if (i.kind === 'import-statement' && !i.external) queue.push(i.path);
    }
    const inputs = [...loaded].flatMap((name) => Object.keys(outputs[name]?.inputs ?? {}));
    const externals = [...loaded].flatMap((name) =>
      (outputs[name]?.imports ?? [])
        .filter((i) => i.external && i.kind === 'import-statement')
        .map((i) => i.path),
    );
    for (const runtime of RUNTIME_PACKAGES) expect(externals).not.toContain(runtime);
    const packages = new Set(inputs.map(packageOf).filter((p) => p !== null));
    for (const heavy of ['exceljs', 'zod', 'pdfkit']) expect(packages.has(heavy), heavy).toBe(false);
    expect(
      inputs.filter((i) => /shared\/(statutory|epf|tax)\/tables|shared\/i18n\/messages\//.test(i)),
    ).toEqual([]);
    // The rest really is loaded later: the services (with SQLite) sit in a chunk of their own.
    expect(Object.values(outputs).some((o) => o.imports.some((i) => i.path === 'better-sqlite3'))).toBe(true);
  });
});
