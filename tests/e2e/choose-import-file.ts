// Choosing the file to import as a user does in the app: the file is on disk and picked in the
// (stand-in) open dialog, which the main process owns; the page never reads or names a path itself.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { translate, type Locale } from '../../shared/i18n/catalog';
import type { AppHandle } from './harness';

let made = 0;

/** Writes content as <dataDir>/Desktop-N/name and chooses it with the import panel's Choose… button. */
export async function chooseImportFile(page: Page, app: AppHandle, locale: Locale, name: string, content: string | Buffer): Promise<string> {
  made += 1;
  const file = path.join(app.dataDir, `Desktop-${made}`, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  app.dialogs.willChoose(file);
  // The group's first button: "Choose file…", or "Change…" once a file was chosen.
  await page.getByRole('group', { name: translate(locale, 'employees.import.file') }).getByRole('button').first().click();
  return file;
}
