// `npm test`'s closing line counts what the runners report. Tiny fixture runs of the real Vitest
// and Playwright (in a temporary folder) check that a test file which crashes before its tests
// run — a syntax error, a throw at import — is counted as failed rather than vanishing, and that
// `.only` is refused outside CI too. Expected counts are read off the fixture files by hand.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPlaywright, countVitest } from '../../../scripts/test-counts.mjs';

const repo = path.resolve(import.meta.dirname, '..', '..', '..');
const bin = (name: string) => path.join(repo, 'node_modules', '.bin', name);
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A folder with these files and the repository's node_modules, so the fixtures import the real runners. */
function fixture(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-runner-fixture-'));
  folders.push(dir);
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

// The environment of a developer's machine: not CI.
const env = { ...process.env, CI: '' };

function runVitest(dir: string, config: string) {
  const out = path.join(dir, 'report.json');
  const run = spawnSync(bin('vitest'), ['run', '--root', dir, '--config', config, '--reporter=json', `--outputFile.json=${out}`], { cwd: dir, env, encoding: 'utf8' });
  return { status: run.status, report: fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : null, output: run.stdout + run.stderr };
}

function runPlaywright(dir: string) {
  const out = path.join(dir, 'report.json');
  const run = spawnSync(bin('playwright'), ['test', '-c', path.join(dir, 'playwright.config.mjs'), '--reporter=json'], {
    cwd: dir,
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: out },
    encoding: 'utf8',
  });
  return { status: run.status, report: fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : null, output: run.stdout + run.stderr };
}

describe('counting Vitest', () => {
  it('counts a file with a syntax error and a file that throws at import as one failure each', () => {
    const dir = fixture({
      'vitest.config.mjs': "export default { test: { include: ['*.test.mjs'] } };\n",
      'pass.test.mjs': "import { it, expect } from 'vitest';\nit('passes', () => expect(1).toBe(1));\nit.skip('is skipped', () => {});\n",
      'fail.test.mjs': "import { it, expect } from 'vitest';\nit('fails', () => expect(1).toBe(2));\nit('passes too', () => {});\n",
      'syntax.test.mjs': "import { it } from 'vitest';\nit('never runs', () => {});\nconst = ;\n",
      'throws.test.mjs': "import { it } from 'vitest';\nthrow new Error('boom at import');\n",
    });
    const run = runVitest(dir, path.join(dir, 'vitest.config.mjs'));
    expect(run.status).not.toBe(0);
    expect(run.report, run.output).not.toBeNull();
    expect(countVitest(run.report)).toEqual({ passed: 2, failed: 3, skipped: 1 });
  });

  it("refuses it.only with the project's configuration, outside CI", () => {
    const dir = fixture({
      'only.test.ts': "import { it } from 'vitest';\nit.only('alone', () => {});\nit('would be skipped', () => {});\n",
    });
    fs.mkdirSync(path.join(dir, 'tests', 'unit'), { recursive: true });
    fs.renameSync(path.join(dir, 'only.test.ts'), path.join(dir, 'tests', 'unit', 'only.test.ts'));
    const run = runVitest(dir, path.join(repo, 'vitest.config.ts'));
    expect(run.status, run.output).not.toBe(0);
    // The .only test itself fails ("Unexpected .only modifier") and the other is not run.
    expect(countVitest(run.report)).toEqual({ passed: 0, failed: 1, skipped: 1 });
  });
});

describe('counting Playwright', () => {
  it('counts passed, failed and skipped tests', () => {
    const dir = fixture({
      'playwright.config.mjs': "export default { testDir: '.', testMatch: '*.spec.mjs', outputDir: './output', workers: 1 };\n",
      'pass.spec.mjs': "import { test, expect } from '@playwright/test';\ntest('passes', () => expect(1).toBe(1));\ntest.skip('is skipped', () => {});\n",
      'fail.spec.mjs': "import { test, expect } from '@playwright/test';\ntest('fails', () => expect(1).toBe(2));\ntest('passes too', () => {});\n",
    });
    const run = runPlaywright(dir);
    expect(run.status).not.toBe(0);
    expect(run.report, run.output).not.toBeNull();
    expect(countPlaywright(run.report)).toEqual({ passed: 2, failed: 1, skipped: 1 });
  });

  it('counts a spec file that does not load as a failure (Playwright then runs nothing at all)', () => {
    const dir = fixture({
      'playwright.config.mjs': "export default { testDir: '.', testMatch: '*.spec.mjs', outputDir: './output', workers: 1 };\n",
      'pass.spec.mjs': "import { test, expect } from '@playwright/test';\ntest('passes', () => expect(1).toBe(1));\n",
      'syntax.spec.mjs': "import { test } from '@playwright/test';\ntest('never runs', () => {});\nconst = ;\n",
    });
    const run = runPlaywright(dir);
    expect(run.status).not.toBe(0);
    expect(countPlaywright(run.report)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it('refuses test.only in the project configurations, outside CI', async () => {
    // forbidOnly makes Playwright fail the run on a test.only before running anything.
    expect((await import('../../e2e/playwright.config')).default.forbidOnly).toBe(true);
    expect((await import('../../electron/playwright.config')).default.forbidOnly).toBe(true);
  });
});
