// Issue 11 item 15 (with issue 12 item 4): renderer channels that take a filesystem path accept
// only a path the user chose through a dialog in this session, for a matching purpose (or the
// company's stored folder, a listed backup, a file Caruman made). Through the real router with the
// renderer's policy ('chosen'), real services, real SQLite and real files; the dialogs are the
// scripted stand-in (the only fake: a native dialog).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { createRouter, type Router } from '../../main/api/router';
import { createScriptedDialogs, type ScriptedDialogs } from '../../main/services/dialog-port';
import { createChosenPaths } from '../../main/services/chosen-paths';
import { makeTempDir } from '../helpers/temp-dir';

let temp: { dir: string; remove: () => void };
let services: Services;
let dialogs: ScriptedDialogs;
let renderer: Router;
let cli: Router;
let companyId = 0;

beforeEach(() => {
  temp = makeTempDir('caruman-chosen-');
  dialogs = createScriptedDialogs();
  services = createServices({ dataDir: path.join(temp.dir, 'data'), filesDir: path.join(temp.dir, 'files'), dialogs, today: () => '2026-08-10' });
  renderer = createRouter(services, { locale: () => 'en', logError: () => undefined, paths: 'chosen' });
  cli = createRouter(services, { locale: () => 'en', logError: () => undefined });
  companyId = services.companies.create({ name: 'Kedai Ali', employerCode: 'A3700012345B', ssmNumber: null }).id;
  const employee = services.employees.create(companyId, { name: 'Siti', idType: 'mykad', idNumber: '900202-10-5154', hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03' }, 'app');
  services.wages.write(companyId, '2026-07', [{ employeeId: employee.id, items: { basic: 250000 } }], 'app');
});
afterEach(() => {
  services.close();
  temp.remove();
});

function folder(name: string): string {
  const dir = path.join(temp.dir, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function invoke(router: Router, channel: string, input: unknown) {
  return router.invoke(channel, input);
}

async function choose(kind: 'chooseFolder' | 'chooseSaveFile' | 'chooseOpenFile', purpose: string, answer: string | null) {
  if (answer === null) dialogs.willCancel();
  else dialogs.willChoose(answer);
  const result = await renderer.invoke(`dialogs:${kind}`, { purpose, companyId });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { path: string | null }).path;
}

describe('paths from the renderer (issue 11 item 15)', () => {
  it('refuses /etc, a UNC share and an existing folder nobody chose, on every channel that takes a path; nothing is written', async () => {
    const unchosen = folder('never-chosen');
    const file = path.join(unchosen, 'x.txt');
    fs.writeFileSync(file, 'SOCSO');
    const cases: [string, (target: string) => Record<string, unknown>, string][] = [
      ['backups:create', (target) => ({ to: path.join(target, 'backup.sqlite') }), 'to'],
      ['backups:restore', (target) => ({ file: path.join(target, 'x.txt') }), 'file'],
      ['assist:generate', (target) => ({ companyId, month: '2026-07', folder: target }), 'folder'],
      ['assist:check', (target) => ({ companyId, file: path.join(target, 'x.txt') }), 'file'],
      ['companies:update', (target) => ({ id: companyId, outputFolder: target }), 'outputFolder'],
      ['monthEnd:generateAll', (target) => ({ month: '2026-07', outDir: target }), 'outDir'],
      ['monthEnd:auditExport', (target) => ({ companyId, year: 2026, outDir: target }), 'outDir'],
      ['receipts:attach', (target) => ({ companyId, month: '2026-07', file: path.join(target, 'x.txt') }), 'file'],
      ['dialogs:copyPath', (target) => ({ path: target }), 'path'],
    ];
    for (const target of ['/etc', '\\\\server\\share\\caruman', unchosen]) {
      for (const [channel, input, field] of cases) {
        const result = await invoke(renderer, channel, input(target));
        expect(result, `${channel} ${target}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'desktop.path.notChosen', field } });
      }
    }
    expect(fs.readdirSync(unchosen)).toEqual(['x.txt']);
    expect(services.companies.get(companyId).outputFolder).toBeNull();
    expect(services.receipts.list(companyId, '2026-07').receipts).toEqual([]);
    const refused = await invoke(renderer, 'assist:generate', { companyId, month: '2026-07', folder: unchosen });
    expect(refused.ok ? '' : refused.error.message).toBe(`Caruman only uses folders and files you choose. Use the Choose… button to pick this place (${unchosen}).`);
  });

  it('accepts what the user chose, for that purpose only; a cancelled dialog grants nothing', async () => {
    const usb = folder('USB');
    // A backup to a USB drive, chosen in the save dialog.
    const target = path.join(usb, 'caruman-backup-2026-08-10.sqlite');
    expect(await choose('chooseSaveFile', 'backup', target)).toBe(target);
    expect(dialogs.shown.at(-1)).toMatchObject({ kind: 'save', purpose: 'backup', title: 'Save a backup of Caruman’s data', defaultPath: 'caruman-backup-2026-08-10.sqlite' });
    const made = await invoke(renderer, 'backups:create', { to: target });
    expect(made).toMatchObject({ ok: true, value: { file: target } });
    expect(fs.readFileSync(target).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

    // Chosen to check, not to write a backup over: refused for backups:create.
    const check = path.join(usb, 'SOCSO.txt');
    fs.writeFileSync(check, 'not really an ASSIST file\r\n');
    expect(await choose('chooseOpenFile', 'assistCheck', check)).toBe(check);
    expect(await invoke(renderer, 'assist:check', { companyId, file: check })).toMatchObject({ ok: true });
    expect(await invoke(renderer, 'backups:create', { to: check, overwrite: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fs.readFileSync(check, 'utf8')).toBe('not really an ASSIST file\r\n');

    // A cancelled folder dialog grants nothing.
    const out = folder('out');
    expect(await choose('chooseFolder', 'assistFiles', null)).toBeNull();
    expect(await invoke(renderer, 'assist:generate', { companyId, month: '2026-07', folder: out })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await choose('chooseFolder', 'assistFiles', out)).toBe(out);
    const generated = await invoke(renderer, 'assist:generate', { companyId, month: '2026-07', folder: out, formats: ['socso'] });
    expect(generated).toMatchObject({ ok: true });
    // A file Caruman wrote for the company may be checked without choosing it again.
    const written = fs.readdirSync(out).find((name) => name.endsWith('.txt'))!;
    expect(await invoke(renderer, 'assist:check', { companyId, file: path.join(out, written) })).toMatchObject({ ok: true });
    // "Write again" into the month's last folder, in a later session (nothing chosen any more:
    // the session's choices are replaced by an empty set, as after a restart).
    const later = createRouter(services, { locale: () => 'en', paths: 'chosen' });
    Object.assign(services, { chosenPaths: createChosenPaths() });
    expect(await later.invoke('assist:generate', { companyId, month: '2026-07', folder: out, formats: ['socso'], overwrite: true })).toMatchObject({ ok: true });
    expect(await later.invoke('assist:generate', { companyId, month: '2026-06', folder: out, formats: ['socso'] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps the stored company folder usable and clearable; a new one must be chosen', async () => {
    const mine = folder('Kedai Ali');
    expect(await choose('chooseFolder', 'companyFolder', mine)).toBe(mine);
    expect(await invoke(renderer, 'companies:update', { id: companyId, outputFolder: mine, phone: '03-8736 1234' })).toMatchObject({ ok: true });
    // Next session: the details form sends the stored folder back with another change.
    Object.assign(services, { chosenPaths: createChosenPaths() });
    expect(await invoke(renderer, 'companies:update', { id: companyId, outputFolder: mine, notes: 'Pays on the 10th.' })).toMatchObject({ ok: true });
    expect(await invoke(renderer, 'assist:generate', { companyId, month: '2026-07', folder: mine, formats: ['eis'] })).toMatchObject({ ok: true });
    expect(await invoke(renderer, 'dialogs:copyPath', { path: mine })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } }); // allowed, but no clipboard outside the app
    expect(await invoke(renderer, 'companies:update', { id: companyId, outputFolder: folder('elsewhere') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke(renderer, 'companies:update', { id: companyId, outputFolder: null })).toMatchObject({ ok: true });
    expect(services.companies.get(companyId).outputFolder).toBeNull();
  });

  it('restores a backup listed from Caruman’s own folder, or one chosen in the restore dialog', async () => {
    const listed = await services.backups.backupNow('manual');
    expect(await invoke(renderer, 'backups:restore', { file: listed.file })).toMatchObject({ ok: true });
    const usb = folder('USB');
    const elsewhere = path.join(usb, 'old.sqlite');
    await services.backups.backupTo(elsewhere);
    expect(await invoke(renderer, 'backups:restore', { file: elsewhere })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'file' } });
    expect(await choose('chooseOpenFile', 'restore', elsewhere)).toBe(elsewhere);
    expect(dialogs.shown.at(-1)).toMatchObject({ defaultPath: path.join(services.dataDir, 'backups'), filters: [{ extensions: ['sqlite'] }, { extensions: ['*'] }] });
    expect(await invoke(renderer, 'backups:restore', { file: elsewhere })).toMatchObject({ ok: true });
  });

  it('attaches a receipt chosen in the dialog, reading only a regular file of at most 20 MB', async () => {
    const downloads = folder('Downloads');
    const receipt = path.join(downloads, 'Resit_2026080012345.pdf');
    fs.writeFileSync(receipt, '%PDF-1.4 resit');
    expect(await choose('chooseOpenFile', 'receipt', receipt)).toBe(receipt);
    const attached = await invoke(renderer, 'receipts:attach', { companyId, month: '2026-07', file: receipt });
    expect(attached).toMatchObject({ ok: true, value: { source: 'user', kind: 'payment' } });
    // A folder or an oversized file, even when chosen, is refused with what is wrong.
    const big = path.join(downloads, 'scan.pdf');
    fs.writeFileSync(big, Buffer.alloc(20 * 1024 * 1024 + 1));
    expect(await choose('chooseOpenFile', 'receipt', big)).toBe(big);
    const tooBig = await invoke(renderer, 'receipts:attach', { companyId, month: '2026-07', file: big });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'storage.file.tooLarge' } });
    services.chosenPaths.grant('receipt', downloads);
    expect(await invoke(renderer, 'receipts:attach', { companyId, month: '2026-07', file: downloads })).toMatchObject({
      ok: false,
      error: { key: 'storage.file.notRegular.folder' },
    });
  });

  it('the command line still takes typed paths (its user types them in their own shell)', async () => {
    const typed = folder('typed');
    expect(await invoke(cli, 'assist:generate', { companyId, month: '2026-07', folder: typed, formats: ['socso'] })).toMatchObject({ ok: true });
    expect(await invoke(cli, 'backups:create', { to: path.join(typed, 'b.sqlite') })).toMatchObject({ ok: true });
    // Nobody to show a dialog to outside the app: the dialogs say so (the CLI's services have none).
    const cliServices = createServices({ dataDir: path.join(temp.dir, 'cli-data'), filesDir: path.join(temp.dir, 'cli-files') });
    try {
      const result = await createRouter(cliServices, { locale: () => 'en' }).invoke('dialogs:chooseFolder', { purpose: 'assistFiles' });
      expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', key: 'desktop.dialog.unavailable' } });
    } finally {
      cliServices.close();
    }
  });
});
