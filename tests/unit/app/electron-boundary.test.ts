// Only main/app and main/preload may import electron (ARCHITECTURE, "Folders"). ESLint enforces
// it too; this test makes the boundary visible in the test report and also covers files the lint
// configuration might not reach.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '..', '..', '..');
const PURE_AREAS = ['shared', 'renderer', 'main/services', 'main/api', 'main/cli'];
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const ELECTRON_IMPORT =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)['"]electron(?:\/[^'"]*)?['"]/;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE.test(entry.name)) out.push(full);
  }
  return out;
}

describe('electron boundary', () => {
  it('recognises every way of importing electron', () => {
    for (const line of [
      "import { app } from 'electron';",
      'import type { WebContents } from "electron";',
      "import 'electron';",
      "const { app } = require('electron');",
      "await import('electron')",
      "export { shell } from 'electron/main';",
    ]) {
      expect(line).toMatch(ELECTRON_IMPORT);
    }
    expect("import x from 'electron-store';").not.toMatch(ELECTRON_IMPORT);
  });

  it.each(PURE_AREAS)('%s never imports electron', (area) => {
    const offenders = sourceFiles(path.join(repo, area)).filter((file) =>
      ELECTRON_IMPORT.test(fs.readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => path.relative(repo, file))).toEqual([]);
  });

  it('the pure app modules that tests load do not import electron either', () => {
    const pure = ['app-origin', 'app-protocol', 'csp', 'ipc-channel', 'ipc-sender', 'navigation-policy', 'window-options'];
    for (const name of pure) {
      const text = fs.readFileSync(path.join(repo, 'main', 'app', `${name}.ts`), 'utf8');
      expect(text, name).not.toMatch(ELECTRON_IMPORT);
    }
  });
});
