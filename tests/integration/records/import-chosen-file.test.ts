// Issue 12 item 4 ("folders and files are chosen, not typed") for imports: the app's import panel
// chooses its file in the main process's dialog and the main process reads it (an ordinary file,
// up to the import limit); the renderer sends only the path it got back from the dialog. Through
// the real router with the renderer's policy ('chosen'), real services, real SQLite and real
// files; the dialog is the scripted stand-in (the only fake: a native dialog).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../main/services';
import { createRouter, type Router } from '../../../main/api/router';
import { createScriptedDialogs, type ScriptedDialogs } from '../../../main/services/dialog-port';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: { dir: string; remove: () => void };
let services: Services;
let dialogs: ScriptedDialogs;
let renderer: Router;
let companyId = 0;

const STAFF = 'Nama,No KP,Tarikh mula kerja\r\nSiti binti Abu,900202-10-5154,02/01/2020\r\nAli bin Ahmad,880808-14-5671,01/03/2021\r\n';

beforeEach(() => {
  temp = makeTempDir('caruman-import-chosen-');
  dialogs = createScriptedDialogs();
  services = createServices({ dataDir: path.join(temp.dir, 'data'), filesDir: path.join(temp.dir, 'files'), dialogs, today: () => '2026-08-10' });
  renderer = createRouter(services, { locale: () => 'en', logError: () => undefined, paths: 'chosen' });
  companyId = services.companies.create({ name: 'Kedai Ali', employerCode: 'A3700012345B', ssmNumber: null }).id;
});
afterEach(() => {
  services.close();
  temp.remove();
});

function userFile(name: string, content: string | Buffer): string {
  const dir = path.join(temp.dir, 'Desktop');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function chooseForImport(file: string): Promise<string> {
  dialogs.willChoose(file);
  const result = await renderer.invoke('dialogs:chooseOpenFile', { purpose: 'importFile', companyId });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { path: string }).path;
}

const employees = () => services.employees.list(companyId, 'all', '').map((e) => e.name);
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

describe('importing a file chosen in the dialog (issue 12 item 4)', () => {
  it('reads the chosen file in the main process: the dry run names it and its digest, the import with that digest writes it', async () => {
    const file = await chooseForImport(userFile('pekerja.csv', STAFF));
    expect(dialogs.shown.at(-1)).toMatchObject({ kind: 'open', purpose: 'importFile', title: 'Choose the file to import' });

    const checked = await renderer.invoke('import:employees', { companyId, file, dryRun: true });
    expect(checked).toMatchObject({ ok: true, value: { rows: 2, created: 2, errors: [], committed: false, fileName: 'pekerja.csv', fileDigest: sha256(STAFF) } });
    expect(employees()).toEqual([]);

    const done = await renderer.invoke('import:employees', { companyId, file, dryRun: false, checkedDigest: sha256(STAFF) });
    expect(done).toMatchObject({ ok: true, value: { committed: true, created: 2 } });
    expect(employees().sort()).toEqual(['Ali bin Ahmad', 'Siti binti Abu']);
  });

  it('refuses to import a file edited after it was checked, and writes nothing', async () => {
    const file = await chooseForImport(userFile('pekerja.csv', STAFF));
    const checked = await renderer.invoke('import:employees', { companyId, file, dryRun: true });
    if (!checked.ok) throw new Error(checked.error.message);
    // Edited and saved again in the spreadsheet between "check" and "Import".
    fs.writeFileSync(file, `${STAFF}Ah Kow,750505-07-5033,01/01/2022\r\n`);
    const refused = await renderer.invoke('import:employees', { companyId, file, dryRun: false, checkedDigest: (checked.value as { fileDigest: string }).fileDigest });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'import.error.fileChanged', field: 'file', message: 'pekerja.csv has changed since it was checked. Nothing was imported: check it again, then import.' },
    });
    expect(employees()).toEqual([]);
  });

  it('takes only a file chosen for importing; a typed path or one chosen for something else is refused', async () => {
    const typed = userFile('pekerja.csv', STAFF);
    for (const file of [typed, '/etc/passwd', '\\\\server\\share\\pekerja.csv']) {
      expect(await renderer.invoke('import:employees', { companyId, file, dryRun: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'desktop.path.notChosen', field: 'file' } });
      expect(await renderer.invoke('import:wages', { companyId, month: '2026-07', file, dryRun: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'file' } });
    }
    dialogs.willChoose(typed);
    await renderer.invoke('dialogs:chooseOpenFile', { purpose: 'assistCheck', companyId });
    expect(await renderer.invoke('import:employees', { companyId, file: typed, dryRun: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(employees()).toEqual([]);
  });

  it('reads only an ordinary file up to the import limit: a file swapped for a pipe or a folder, or too large, is refused with its reason', async () => {
    const big = await chooseForImport(userFile('besar.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 'a')));
    expect(await renderer.invoke('import:employees', { companyId, file: big, dryRun: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'storage.file.tooLarge', params: { size: '10.0 MB', limit: '10.0 MB' } },
    });

    const pipe = await chooseForImport(userFile('paip.csv', STAFF));
    fs.rmSync(pipe);
    execFileSync('mkfifo', [pipe]);
    // A pipe nobody writes to would block a plain read for ever; this answers at once.
    expect(await renderer.invoke('import:employees', { companyId, file: pipe, dryRun: true })).toMatchObject({ ok: false, error: { key: 'storage.file.notRegular.pipe' } });

    const folder = await chooseForImport(userFile('folder.csv', STAFF));
    fs.rmSync(folder);
    fs.mkdirSync(folder);
    expect(await renderer.invoke('import:employees', { companyId, file: folder, dryRun: true })).toMatchObject({ ok: false, error: { key: 'storage.file.notRegular.folder' } });
    expect(employees()).toEqual([]);
  });

  it('takes a file or a file’s content with its name, never both or neither (a dropped file comes as its bytes)', async () => {
    const file = await chooseForImport(userFile('pekerja.csv', STAFF));
    const content = Buffer.from(STAFF).toString('base64');
    expect(await renderer.invoke('import:employees', { companyId, file, fileName: 'pekerja.csv', content, encoding: 'base64' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'import.error.fileOrContent', field: 'file' },
    });
    expect(await renderer.invoke('import:employees', { companyId, dryRun: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'import.error.fileOrContent' } });
    expect(await renderer.invoke('import:employees', { companyId, content, encoding: 'base64' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'import.error.fileNameRequired', field: 'fileName' },
    });
    const dropped = await renderer.invoke('import:employees', { companyId, fileName: 'pekerja.csv', content, encoding: 'base64', dryRun: false, checkedDigest: sha256(STAFF) });
    expect(dropped).toMatchObject({ ok: true, value: { committed: true, created: 2, fileName: 'pekerja.csv' } });
  });
});
