// Issue 12 item 4 / issue 11 item 15: what each native dialog shows (purpose, words in the user's
// language, file types, where it starts), the options Electron gets, the glue against a stand-in
// electron, and the harness's scripted stand-in behaving like a real dialog.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DIALOG_PURPOSES, FOLDER_PURPOSES, OPEN_FILE_PURPOSES, SAVE_FILE_PURPOSES, type DialogPurpose } from '../../../shared/api/channels/dialogs';
import { hasMessage, translate } from '../../../shared/i18n/catalog';
import { defaultPathFor, dialogRequestFor, suggestedBackupName } from '../../../main/services/dialog-requests';
import { createScriptedDialogs } from '../../../main/services/dialog-port';
import { createChosenPaths, samePlace } from '../../../main/services/chosen-paths';
import { nativeDialogOptions } from '../../../main/app/dialog-options';
import { fakeElectron, FakeWindow } from '../../helpers/fake-electron';
import { makeTempDir } from '../../helpers/temp-dir';

vi.mock('electron', async () => (await import('../../helpers/fake-electron')).electronModule);
const { createNativeDialogs } = await import('../../../main/app/dialogs');

const temp = makeTempDir('caruman-dialogs-');
afterAll(() => temp.remove());

describe('the dialogs each purpose opens', () => {
  it('sorts every purpose into exactly one kind of dialog', () => {
    expect([...FOLDER_PURPOSES, ...SAVE_FILE_PURPOSES, ...OPEN_FILE_PURPOSES].sort()).toEqual(Object.keys(DIALOG_PURPOSES).sort());
    expect(FOLDER_PURPOSES).toEqual(['companyFolder', 'assistFiles', 'bulkFiles', 'auditFiles', 'payrollFiles', 'yearEndForms']);
    expect(SAVE_FILE_PURPOSES).toEqual(['backup']);
    expect(OPEN_FILE_PURPOSES).toEqual(['restore', 'assistCheck', 'receipt', 'importFile']);
  });

  it.each(Object.keys(DIALOG_PURPOSES) as DialogPurpose[])('%s has a title and a button in both languages', (purpose) => {
    expect(hasMessage(`desktop.dialog.${purpose}.title`)).toBe(true);
    const en = dialogRequestFor(purpose, 'en');
    const ms = dialogRequestFor(purpose, 'ms');
    expect(en.kind).toBe(DIALOG_PURPOSES[purpose]);
    for (const request of [en, ms]) {
      expect(request.title).not.toMatch(/^desktop\./);
      expect(request.buttonLabel).not.toMatch(/^desktop\./);
    }
    expect(ms.title).not.toBe(en.title);
  });

  it('offers the expected file types first, then all files', () => {
    expect(dialogRequestFor('restore', 'ms').filters).toEqual([
      { name: 'Sandaran Caruman', extensions: ['sqlite'] },
      { name: 'Semua fail', extensions: ['*'] },
    ]);
    expect(dialogRequestFor('assistCheck', 'en').filters?.[0]).toEqual({ name: 'ASSIST text files', extensions: ['txt', 'TXT'] });
    expect(dialogRequestFor('receipt', 'en').filters?.[0]?.extensions).toEqual(['pdf', 'html', 'htm', 'png', 'jpg', 'jpeg', 'txt']);
    expect(dialogRequestFor('importFile', 'en').filters?.[0]?.extensions).toEqual(['csv', 'xlsx']);
    expect(dialogRequestFor('assistFiles', 'en').filters).toBeUndefined();
  });

  it('starts where the user last chose, else in the natural place', () => {
    const places = { backupsFolder: '/data/backups', today: '2026-08-10' };
    expect(defaultPathFor('assistFiles', { ...places, companyFolder: '/home/ali/Caruman' })).toBe('/home/ali/Caruman');
    expect(defaultPathFor('assistFiles', { ...places, last: '/media/usb', companyFolder: '/home/ali/Caruman' })).toBe('/media/usb');
    expect(defaultPathFor('bulkFiles', places)).toBeUndefined();
    expect(defaultPathFor('backup', places)).toBe('caruman-backup-2026-08-10.sqlite');
    expect(defaultPathFor('backup', { ...places, last: '/media/usb/old.sqlite' })).toBe(path.join('/media/usb', 'caruman-backup-2026-08-10.sqlite'));
    expect(defaultPathFor('restore', places)).toBe('/data/backups');
    expect(defaultPathFor('receipt', { ...places, last: '/home/ali/Downloads/resit.pdf' })).toBe('/home/ali/Downloads');
    expect(suggestedBackupName('2026-08-10')).toBe('caruman-backup-2026-08-10.sqlite');
  });
});

describe('nativeDialogOptions', () => {
  it('one folder, may make a new one, nothing added to the OS recent list', () => {
    const native = nativeDialogOptions(dialogRequestFor('companyFolder', 'en', '/home/ali'));
    expect(native).toEqual({
      method: 'open',
      options: {
        title: translate('en', 'desktop.dialog.companyFolder.title'),
        buttonLabel: 'Choose this folder',
        defaultPath: '/home/ali',
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      },
    });
  });

  it('one existing file to open; a file to save, replacing only after the dialog asks', () => {
    expect(nativeDialogOptions(dialogRequestFor('restore', 'en')).options.properties).toEqual(['openFile', 'dontAddToRecent']);
    const save = nativeDialogOptions(dialogRequestFor('backup', 'ms', 'caruman-backup-2026-08-10.sqlite'));
    expect(save.method).toBe('save');
    expect(save.options).toMatchObject({ title: 'Simpan sandaran data Caruman', buttonLabel: 'Simpan', defaultPath: 'caruman-backup-2026-08-10.sqlite' });
    expect(save.options.properties).toEqual(['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent']);
    expect(nativeDialogOptions(dialogRequestFor('assistFiles', 'en')).options).not.toHaveProperty('defaultPath');
  });
});

describe('createNativeDialogs (the glue, with a stand-in electron)', () => {
  const window = new FakeWindow();
  const dialogs = createNativeDialogs(() => window as never);

  it('shows the dialog modal to the main window and returns the path, or null when cancelled', async () => {
    fakeElectron.dialogAnswers.push({ canceled: false, filePaths: ['/media/usb/Caruman'] });
    expect(await dialogs.choose(dialogRequestFor('companyFolder', 'en'))).toBe('/media/usb/Caruman');
    expect(fakeElectron.dialogCalls.at(-1)).toMatchObject({ kind: 'open', window, options: { properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] } });
    fakeElectron.dialogAnswers.push({ canceled: true, filePaths: [] });
    expect(await dialogs.choose(dialogRequestFor('restore', 'en'))).toBeNull();
    fakeElectron.dialogAnswers.push({ canceled: false, filePath: '/media/usb/caruman-backup.sqlite' });
    expect(await dialogs.choose(dialogRequestFor('backup', 'en', 'caruman-backup.sqlite'))).toBe('/media/usb/caruman-backup.sqlite');
    expect(fakeElectron.dialogCalls.at(-1)).toMatchObject({ kind: 'save', options: { defaultPath: 'caruman-backup.sqlite' } });
    fakeElectron.dialogAnswers.push({ canceled: false, filePath: '' });
    expect(await dialogs.choose(dialogRequestFor('backup', 'en'))).toBeNull();
  });

  it('without a window (closing), the dialog still shows on its own', async () => {
    const alone = createNativeDialogs(() => null);
    fakeElectron.dialogAnswers.push({ canceled: false, filePaths: ['/tmp/a.txt'] });
    expect(await alone.choose(dialogRequestFor('assistCheck', 'en'))).toBe('/tmp/a.txt');
    expect(fakeElectron.dialogCalls.at(-1)?.window).toBeNull();
  });
});

describe('the scripted stand-in (browser harness)', () => {
  it('answers in order, records what it showed, and cancels when nothing is queued', async () => {
    const folder = path.join(temp.dir, 'out');
    fs.mkdirSync(folder);
    const dialogs = createScriptedDialogs();
    dialogs.willChoose(folder);
    dialogs.willCancel();
    expect(dialogs.pending).toBe(2);
    expect(await dialogs.choose(dialogRequestFor('assistFiles', 'ms'))).toBe(folder);
    expect(await dialogs.choose(dialogRequestFor('assistFiles', 'ms'))).toBeNull();
    expect(await dialogs.choose(dialogRequestFor('assistFiles', 'ms'))).toBeNull();
    expect(dialogs.shown.map((d) => [d.purpose, d.title, d.answer])).toEqual([
      ['assistFiles', 'Folder untuk fail ASSIST bulan ini', folder],
      ['assistFiles', 'Folder untuk fail ASSIST bulan ini', null],
      ['assistFiles', 'Folder untuk fail ASSIST bulan ini', null],
    ]);
  });

  it('refuses answers a real dialog could not give', async () => {
    const file = path.join(temp.dir, 'a.txt');
    fs.writeFileSync(file, 'x');
    const dialogs = createScriptedDialogs();
    for (const [purpose, answer] of [
      ['assistFiles', file], // a file for a folder dialog
      ['assistCheck', temp.dir], // a folder for an open dialog
      ['assistCheck', path.join(temp.dir, 'missing.txt')],
      ['backup', path.join(temp.dir, 'no-such-folder', 'b.sqlite')],
      ['backup', temp.dir], // a folder as the file to save
      ['assistFiles', 'relative/folder'],
    ] as [DialogPurpose, string][]) {
      dialogs.willChoose(answer);
      await expect(dialogs.choose(dialogRequestFor(purpose, 'en')), `${purpose} ${answer}`).rejects.toThrow(/stand-in dialog/);
    }
    dialogs.willChoose(path.join(temp.dir, 'new.sqlite'));
    expect(await dialogs.choose(dialogRequestFor('backup', 'en'))).toBe(path.join(temp.dir, 'new.sqlite'));
  });
});

describe('chosen paths', () => {
  it('match the same place however it is written, per purpose', () => {
    const chosen = createChosenPaths('linux');
    expect(chosen.grant('assistFiles', '/media/usb/Caruman/')).toBe('/media/usb/Caruman');
    expect(chosen.isChosen(['assistFiles'], '/media/usb/Caruman')).toBe(true);
    expect(chosen.isChosen(['assistFiles'], '/media/usb/x/../Caruman')).toBe(true);
    expect(chosen.isChosen(['assistFiles'], '/media/usb/caruman')).toBe(false); // Linux names are case-sensitive
    expect(chosen.isChosen(['bulkFiles', 'backup'], '/media/usb/Caruman')).toBe(false);
    expect(chosen.isChosenForAny('/media/usb/Caruman')).toBe(true);
    expect(chosen.last('assistFiles')).toBe('/media/usb/Caruman');
    expect(chosen.last('bulkFiles')).toBeUndefined();
    expect(samePlace('/Users/Ali/Caruman', '/users/ali/caruman', 'darwin')).toBe(true);
    expect(samePlace('/Users/Ali/Caruman', '/Users/Ali/Caruman2', 'darwin')).toBe(false);
  });
});
