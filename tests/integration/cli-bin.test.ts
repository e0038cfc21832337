// The installed `caruman` command: bin/caruman.mjs running the bundle dist/cli, in separate
// processes. The bundle is built once here from the current sources (as `npm run build:cli`
// does), so these tests never run a stale one.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI_DIR, CLI_SOURCES_FILE, cliIsStale } from '../../scripts/build.mjs';
import { tempDirsPerTest } from '../helpers/temp-dirs';

const bin = path.resolve(import.meta.dirname, '../../bin/caruman.mjs');
const dataDir = tempDirsPerTest();
beforeAll(() => buildCli(), 120_000);

describe('the caruman bin', () => {
  it('works as the installed `caruman` bin, in a separate process', () => {
    const dir = dataDir();
    const env = { ...process.env, CARUMAN_DATA_DIR: dir, CARUMAN_LANG: 'en' };
    execFileSync(process.execPath, [bin, 'companies', 'add', '--name', 'Kedai Runcit Ali', '--employer-code', 'A3700012345B'], { env });
    const listed = spawnSync(process.execPath, [bin, 'companies', 'list', '--json'], { env, encoding: 'utf8' });
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ employerCode: 'A3700012345B' }]);
    const failed = spawnSync(process.execPath, [bin, 'companies', 'add', '--name', 'X', '--employer-code', ''], { env, encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe('caruman: Type the PERKESO employer code.\n');
  });

  it('prints the help and calculates without touching the data folder, and reads an .xlsx through the lazily loaded exceljs', () => {
    const dir = dataDir();
    const env = { ...process.env, CARUMAN_DATA_DIR: dir, CARUMAN_LANG: 'en' };
    const help = spawnSync(process.execPath, [bin, '--help'], { env, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: caruman <command> [options]');
    const calc = spawnSync(process.execPath, [bin, 'calc', '--month', '2024-10', '--wages', '1050', '--dob', '1990-03-14', '--json'], { env, encoding: 'utf8' });
    expect(calc.status).toBe(0);
    expect(JSON.parse(calc.stdout)).toMatchObject([{ socso_employer: '18.35', socso_employee: '5.25' }]);
    expect(fs.readdirSync(dir)).toEqual([]);

    execFileSync(process.execPath, [bin, 'companies', 'add', '--name', 'Kedai Runcit Ali', '--employer-code', 'A3700012345B'], { env });
    const staff = path.join(dir, 'staff.csv');
    fs.writeFileSync(staff, 'name,id_number,date_of_birth\nAli bin Abu,900314-14-5677,1990-03-14\n');
    execFileSync(process.execPath, [bin, 'import', 'employees', staff, '--company', 'A3700012345B'], { env });
    const xlsx = path.join(dir, 'staff.xlsx');
    execFileSync(process.execPath, [bin, 'export', 'employees', '--company', 'A3700012345B', '--format', 'xlsx', '--out', xlsx], { env });
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    const dryRun = spawnSync(process.execPath, [bin, 'import', 'employees', xlsx, '--company', 'A3700012345B', '--dry-run', '--json'], { env, encoding: 'utf8' });
    expect(dryRun.status, dryRun.stderr).toBe(0);
    expect(JSON.parse(dryRun.stdout)).toMatchObject({ rows: 1, created: 0, unchanged: 1 });
  });

  it('rebuilds a bundle older than its sources before running it, and only then', () => {
    expect(cliIsStale()).toBe(false);
    // As if a source had been saved after the build: the manifest says the build is older.
    const manifestFile = path.join(CLI_DIR, CLI_SOURCES_FILE);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { builtAt: number; sources: string[] };
    expect(manifest.sources).toContain('main/cli/main.ts');
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, builtAt: 0 }));
    expect(cliIsStale()).toBe(true);
    const env = { ...process.env, CARUMAN_DATA_DIR: dataDir(), CARUMAN_LANG: 'en' };
    const stale = spawnSync(process.execPath, [bin, '--help'], { env, encoding: 'utf8' });
    expect(stale.status).toBe(0);
    expect(stale.stderr).toContain('building the command from its sources first');
    expect(stale.stdout).toContain('Usage: caruman <command> [options]');
    expect(cliIsStale()).toBe(false);
    const fresh = spawnSync(process.execPath, [bin, '--help'], { env, encoding: 'utf8' });
    expect(fresh.stderr).toBe('');
  });
});
