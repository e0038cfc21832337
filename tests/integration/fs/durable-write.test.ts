// The one durable-write module, on real files: what a failing step, a crash, a file that appears
// meanwhile and a name from stored data leave behind.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  childPath,
  makePrivateFolder,
  nodeFs,
  removeLeftovers,
  STALE_LEFTOVER_MS,
  TargetExistsError,
  temporaryName,
  UnsafeNameError,
  writeFileDurably,
  writeFilesDurably,
  writeFolderDurably,
  type DurableFs,
} from '../../../main/services/fs';
import { tempDirsPerTest } from '../../helpers/temp-dirs';
import { isSafeFileName, isWindowsReservedName } from '../../../shared/domain/file-names';

const folder = tempDirsPerTest('caruman-fs-');

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const ls = (dir: string) => fs.readdirSync(dir).sort();
const posix = process.platform !== 'win32';

/** node:fs, except that the nth call of one step throws (1-based). */
function failingOn(step: keyof DurableFs, nth: number): DurableFs {
  let calls = 0;
  return {
    ...nodeFs,
    [step]: (...args: unknown[]) => {
      calls += 1;
      if (calls === nth) throw Object.assign(new Error(`simulated ${step} failure`), { code: 'EIO' });
      return (nodeFs[step] as (...a: unknown[]) => unknown)(...args);
    },
  };
}

describe('writeFileDurably', () => {
  it('creates the file owner-only and never replaces one that exists unless asked', () => {
    const dir = folder();
    const target = path.join(dir, 'staff.csv');
    writeFileDurably(target, 'name\nAli\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('name\nAli\n');
    if (posix) expect(mode(target)).toBe(0o600);
    expect(() => writeFileDurably(target, 'other')).toThrow(TargetExistsError);
    expect(fs.readFileSync(target, 'utf8')).toBe('name\nAli\n');
    writeFileDurably(target, 'replaced', { replace: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('replaced');
    expect(ls(dir)).toEqual(['staff.csv']);
  });

  it('takes a name the user chose as it is (the stored-name rules are for names from data)', () => {
    if (!posix) return;
    const dir = folder();
    writeFileDurably(path.join(dir, 'gaji 2026:01.csv'), 'x');
    expect(ls(dir)).toEqual(['gaji 2026:01.csv']);
  });

  it('never replaces a file that appears between the check and the placing', () => {
    const dir = folder();
    const target = path.join(dir, 'SOCSO.txt');
    // The check says "free"; by the time the file is placed, someone else has written it.
    const racing: DurableFs = {
      ...nodeFs,
      existsSync: (file) => (file === target ? false : nodeFs.existsSync(file)),
      fsyncSync: (fd) => {
        if (!fs.existsSync(target)) fs.writeFileSync(target, 'theirs');
        nodeFs.fsyncSync(fd);
      },
    };
    expect(() => writeFileDurably(target, 'ours', { fs: racing })).toThrow(TargetExistsError);
    expect(fs.readFileSync(target, 'utf8')).toBe('theirs');
    expect(ls(dir)).toEqual(['SOCSO.txt']);
  });
});

describe('writeFilesDurably: N files into one folder as one set', () => {
  const set = [
    { name: 'SOCSO_A1_012026.txt', content: 'new socso' },
    { name: 'EIS_A1_012026.txt', content: 'new eis' },
    { name: 'SOCSO-EIS-LINDUNG_A1_012026.txt', content: 'new combined' },
  ];

  it('writes every file, or none when placing the second one fails', () => {
    const dir = folder();
    expect(writeFilesDurably(dir, set)).toEqual(set.map((f) => path.join(dir, f.name)));
    expect(ls(dir)).toEqual(set.map((f) => f.name).sort());

    const other = folder();
    // The second link fails, and so does the rename tried on drives without hard links.
    const io = { ...failingOn('linkSync', 2), renameSync: failingOn('renameSync', 1).renameSync };
    expect(() => writeFilesDurably(other, set, { fs: io })).toThrow(/simulated/);
    // The first file had been placed: it is taken back. No temporary file is left either.
    expect(ls(other)).toEqual([]);
  });

  it('puts the earlier versions back when replacing fails half-way', () => {
    const dir = folder();
    for (const f of set) fs.writeFileSync(path.join(dir, f.name), `old ${f.name}`);
    expect(() => writeFilesDurably(dir, set, { replace: true, fs: failingOn('renameSync', 3) })).toThrow(/simulated/);
    for (const f of set) expect(fs.readFileSync(path.join(dir, f.name), 'utf8')).toBe(`old ${f.name}`);
    expect(ls(dir)).toEqual(set.map((f) => f.name).sort());
  });

  it('refuses before writing anything when one of the set exists and replacing was not asked', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'EIS_A1_012026.txt'), 'mine');
    expect(() => writeFilesDurably(dir, set)).toThrow(TargetExistsError);
    expect(ls(dir)).toEqual(['EIS_A1_012026.txt']);
    expect(fs.readFileSync(path.join(dir, 'EIS_A1_012026.txt'), 'utf8')).toBe('mine');
  });

  it('refuses names that would leave the folder or that Windows keeps for devices', () => {
    const dir = folder();
    for (const name of ['..', '.', '', 'a/..', 'CON', 'nul.txt', 'COM1', 'x\u0000y', 'trailing.']) {
      expect(() => writeFilesDurably(dir, [{ name, content: 'x' }]), name).toThrow(UnsafeNameError);
    }
    expect(ls(dir)).toEqual([]);
  });
});

describe('safe file names', () => {
  it('issue 11 item 12: device names with any extension, trailing dots and spaces, and separators are not safe', () => {
    for (const name of ['CON', 'con.txt', 'NUL.tar.gz', 'COM¹', 'lpt3 ', 'a.', 'a ', 'a/b', 'a\\b', 'a:b', '..', '']) {
      expect(isSafeFileName(name), JSON.stringify(name)).toBe(false);
    }
    for (const name of ['SOCSO_A1_032026.txt', 'CONTOH.txt', 'COM10', 'console.log', 'A1-2026-audit']) {
      expect(isSafeFileName(name), name).toBe(true);
    }
    expect(isWindowsReservedName('aux.')).toBe(true);
  });
});

describe('childPath: a stored name as a path', () => {
  it('keeps only the last part, in either separator style, and stays in the folder', () => {
    const dir = folder();
    expect(childPath(dir, '../../etc/passwd')).toBe(path.join(dir, 'passwd'));
    expect(childPath(dir, '..\\..\\Windows\\win.ini')).toBe(path.join(dir, 'win.ini'));
    expect(childPath(dir, '/abs/olute.txt')).toBe(path.join(dir, 'olute.txt'));
    expect(() => childPath(dir, '../..')).toThrow(UnsafeNameError);
    expect(() => childPath(dir, 'AUX')).toThrow(UnsafeNameError);
  });
});

describe('writeFolderDurably: a whole new folder', () => {
  it('appears complete or not at all; files 0600 and folders 0700', async () => {
    const parent = folder();
    const target = path.join(parent, 'A1-2026-audit');
    await writeFolderDurably(target, (out) => {
      out.write('index.csv', 'a');
      out.write('receipts/2026-01/r.pdf', 'b');
    });
    expect(fs.readFileSync(path.join(target, 'receipts', '2026-01', 'r.pdf'), 'utf8')).toBe('b');
    if (posix) {
      expect(mode(path.join(target, 'index.csv'))).toBe(0o600);
      expect(mode(path.join(target, 'receipts', '2026-01'))).toBe(0o700);
      expect(mode(target)).toBe(0o700);
    }
    expect(ls(parent)).toEqual(['A1-2026-audit']);

    const failed = path.join(parent, 'B2-2026-audit');
    await expect(
      writeFolderDurably(failed, (out) => {
        out.write('index.csv', 'a');
        throw new Error('disk gone');
      }),
    ).rejects.toThrow('disk gone');
    expect(ls(parent)).toEqual(['A1-2026-audit']);
    await expect(writeFolderDurably(target, () => undefined)).rejects.toThrow(TargetExistsError);
    await expect(writeFolderDurably(path.join(parent, 'C3'), (out) => out.write('../escape.txt', 'x'))).rejects.toThrow(UnsafeNameError);
    expect(ls(parent)).toEqual(['A1-2026-audit']);
  });
});

describe('leftovers and folders', () => {
  it('removes only Caruman’s own temporary files and folders, and only once they are old', () => {
    const dir = folder();
    const old = Date.now() - STALE_LEFTOVER_MS - 60_000;
    const stale = path.basename(temporaryName(path.join(dir, 'SOCSO.txt')));
    const fresh = path.basename(temporaryName(path.join(dir, 'EIS.txt')));
    const staging = '.A1-2026-audit.partial-123-0a1b2c3d';
    const userFiles = ['.hidden.tmp', 'notes.tmp', 'report.partial', 'SOCSO.txt'];
    for (const name of [stale, fresh, ...userFiles]) fs.writeFileSync(path.join(dir, name), 'x');
    fs.mkdirSync(path.join(dir, staging));
    fs.writeFileSync(path.join(dir, staging, 'index.csv'), 'x');
    for (const name of [stale, staging, ...userFiles]) fs.utimesSync(path.join(dir, name), old / 1000, old / 1000);

    expect(removeLeftovers(dir).sort()).toEqual([stale, staging].sort());
    expect(ls(dir)).toEqual([fresh, ...userFiles].sort());
  });

  it('makes new folders owner-only and leaves existing ones as they are', () => {
    const dir = folder();
    fs.chmodSync(dir, 0o755);
    makePrivateFolder(path.join(dir, 'a', 'b'));
    if (posix) {
      expect(mode(path.join(dir, 'a'))).toBe(0o700);
      expect(mode(path.join(dir, 'a', 'b'))).toBe(0o700);
      expect(mode(dir)).toBe(0o755);
    }
  });
});
