import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main';
import { runCaruman } from '../helpers/cli';
import { tempDirsPerTest } from '../helpers/temp-dirs';

const tempDir = tempDirsPerTest();

async function addCompany(dir: string, code: string, name = `Kedai ${code}`) {
  const added = await runCaruman(['companies', 'add', '--name', name, '--employer-code', code], dir);
  expect(added.code, added.stderr).toBe(0);
}

async function companyCodes(dir: string): Promise<string[]> {
  const listed = await runCaruman(['companies', 'list', '--json'], dir);
  expect(listed.code, listed.stderr).toBe(0);
  return (JSON.parse(listed.stdout) as { employerCode: string }[]).map((c) => c.employerCode).sort();
}

async function backupList(dir: string): Promise<{ reason: string; file: string }[]> {
  const listed = await runCaruman(['backup', 'list', '--json'], dir);
  expect(listed.code, listed.stderr).toBe(0);
  return JSON.parse(listed.stdout);
}

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('caruman backup', () => {
  it('backs up into the data folder and lists it', async () => {
    const dir = tempDir();
    await addCompany(dir, 'A1');
    const made = await runCaruman(['backup'], dir);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^Backed up to .*caruman-manual-.*\.sqlite \(\d+ KB\)\.\n$/);
    expect(made.stdout).toContain(path.join(dir, 'backups'));

    const json = await runCaruman(['backup', '--json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ reason: 'manual', schemaVersion: expect.any(Number) });

    expect(await backupList(dir)).toHaveLength(2);
    const table = await runCaruman(['backup', 'list'], dir);
    expect(table.stdout).toMatch(/CREATED \(UTC\)\s+KIND\s+SIZE\s+VERSION\s+FILE/);
    expect(table.stdout).toContain('manual');
  });

  it('says so when there are no backups yet', async () => {
    const listed = await runCaruman(['backup', 'list'], tempDir());
    expect(listed).toMatchObject({ code: 0, stdout: 'No backups yet. Make one with `caruman backup`.\n' });
  });

  it('backs up to a chosen file, refuses to replace it without --force', async () => {
    const dir = tempDir();
    await addCompany(dir, 'A1');
    const target = path.join(tempDir(), 'usb-backup.sqlite');
    expect((await runCaruman(['backup', '--to', target], dir)).code).toBe(0);
    expect(fs.existsSync(target)).toBe(true);

    const again = await runCaruman(['backup', '--to', target], dir);
    expect(again.code).toBe(1);
    expect(oneLine(again.stderr)).toContain('already exists');

    const forced = await runCaruman(['backup', '--to', target, '--force', '--json'], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ file: target });
  });

  it('resolves a relative --to against the current folder', async () => {
    const dir = tempDir();
    const cwd = tempDir();
    let stderr = '';
    const code = await runCli(['backup', '--to', 'relative.sqlite'], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      env: { CARUMAN_DATA_DIR: dir, CARUMAN_LANG: 'en' },
      cwd,
    });
    expect(code, stderr).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'relative.sqlite'))).toBe(true);
  });

  it('fails with one line when the folder does not exist', async () => {
    const bad = await runCaruman(['backup', '--to', path.join(tempDir(), 'missing', 'x.sqlite')], tempDir());
    expect(bad.code).toBe(1);
    expect(oneLine(bad.stderr)).toMatch(/^caruman: The folder .* does not exist/);
  });
});

describe('caruman restore', () => {
  it('restores a backup, keeps the replaced data and reports it', async () => {
    const dir = tempDir();
    await addCompany(dir, 'OLD1');
    const file = path.join(tempDir(), 'before.sqlite');
    expect((await runCaruman(['backup', '--to', file], dir)).code).toBe(0);
    await addCompany(dir, 'NEW1');

    const restored = await runCaruman(['restore', file], dir);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Restored ${file} (1 company).`);
    expect(restored.stdout).toMatch(/previous data was kept in .*caruman-before-restore-/);
    expect(await companyCodes(dir)).toEqual(['OLD1']);

    // The replaced database can itself be restored: it holds both companies.
    const replaced = (await backupList(dir)).find((b) => b.reason === 'before-restore')!;
    const back = await runCaruman(['restore', replaced.file, '--json'], dir);
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ restoredFrom: replaced.file, companies: 2 });
    expect(await companyCodes(dir)).toEqual(['NEW1', 'OLD1']);
  });

  it('refuses a corrupted backup with one line, and changes nothing', async () => {
    const dir = tempDir();
    await addCompany(dir, 'CUR1');
    const file = path.join(tempDir(), 'broken.sqlite');
    expect((await runCaruman(['backup', '--to', file], dir)).code).toBe(0);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await addCompany(dir, 'CUR2');
    const databaseBefore = fs.readFileSync(path.join(dir, 'caruman.sqlite'));

    const refused = await runCaruman(['restore', file], dir);
    expect(refused.code).toBe(1);
    expect(oneLine(refused.stderr)).toMatch(/^caruman: This backup file is damaged and cannot be restored .* Your current data was not changed\./);
    expect(fs.readFileSync(path.join(dir, 'caruman.sqlite')).equals(databaseBefore)).toBe(true);
    expect(await companyCodes(dir)).toEqual(['CUR1', 'CUR2']);
    expect(await backupList(dir)).toEqual([]);
  });

  it('restores over a database that no longer opens', async () => {
    const source = tempDir();
    await addCompany(source, 'A1');
    const file = path.join(tempDir(), 'good.sqlite');
    expect((await runCaruman(['backup', '--to', file], source)).code).toBe(0);

    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'caruman.sqlite'), 'this is not a database any more');
    expect((await runCaruman(['companies', 'list'], dir)).code).toBe(1);

    const restored = await runCaruman(['restore', file], dir);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('(1 company)');
    expect(await companyCodes(dir)).toEqual(['A1']);
    const kept = (await backupList(dir)).find((b) => b.reason === 'before-restore')!;
    expect(fs.readFileSync(kept.file, 'utf8')).toBe('this is not a database any more');
  });

  it('gives the error as JSON with --json', async () => {
    const dir = tempDir();
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'just some text');
    const refused = await runCaruman(['restore', file, '--json'], dir);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: 'VALIDATION', key: 'backups.error.notBackup' } });
    expect(oneLine(refused.stderr)).toContain('This file is not a Caruman backup');
  });

  it('refuses a missing file, and needs exactly one FILE', async () => {
    const dir = tempDir();
    const missing = await runCaruman(['restore', path.join(dir, 'nope.sqlite')], dir);
    expect(missing.code).toBe(1);
    expect(oneLine(missing.stderr)).toContain('There is no file at');
    expect((await runCaruman(['restore'], dir)).code).toBe(2);
    expect((await runCaruman(['restore', 'a.sqlite', 'b.sqlite'], dir)).code).toBe(2);
  });

  it('speaks Malay when asked', async () => {
    const dir = tempDir();
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'just some text');
    const refused = await runCaruman(['restore', file], dir, { CARUMAN_LANG: 'ms' });
    expect(oneLine(refused.stderr)).toContain('Fail ini bukan sandaran Caruman');
  });

  it('has help for backup, backup list and restore', async () => {
    const dir = tempDir();
    for (const args of [['backup'], ['backup', 'list'], ['restore']]) {
      const help = await runCaruman([...args, '--help'], dir);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: caruman ${args.join(' ')}`);
    }
    expect((await runCaruman(['restore', '--help'], dir)).stdout).toContain('Usage: caruman restore FILE');
  });
});
