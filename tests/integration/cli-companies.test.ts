import { describe, expect, it } from 'vitest';
import { runCaruman } from '../helpers/cli';
import { tempDirsPerTest } from '../helpers/temp-dirs';

const dataDir = tempDirsPerTest();

describe('caruman companies', () => {
  it('adds a company and lists it as JSON', async () => {
    const dir = dataDir();
    const added = await runCaruman(['companies', 'add', '--name', 'Kedai Runcit Ali', '--employer-code', 'A3700012345B', '--json'], dir);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B' });

    const listed = await runCaruman(['companies', 'list', '--json'], dir);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([JSON.parse(added.stdout)]);
  });

  it('prints a table without --json', async () => {
    const dir = dataDir();
    await runCaruman(['companies', 'add', '--name', 'Kedai Runcit Ali', '--employer-code', 'A3700012345B', '--ssm', '202301012345'], dir);
    const listed = await runCaruman(['companies', 'list'], dir);
    expect(listed.stdout).toMatch(/A3700012345B\s+Kedai Runcit Ali\s+202301012345/);
  });

  it('refuses a rename without --company in one line that says what to add', async () => {
    const dir = dataDir();
    await runCaruman(['companies', 'add', '--name', 'Kedai Runcit Ali', '--employer-code', 'A3700012345B'], dir);
    const bad = await runCaruman(['companies', 'rename', '--name', 'Kedai Baru'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('caruman: --company CODE is required (the employer code)\n');
    expect(JSON.parse((await runCaruman(['companies', 'list', '--json'], dir)).stdout)).toMatchObject([{ name: 'Kedai Runcit Ali' }]);
  });

  it('fails with one line and a non-zero code on invalid input, writing nothing', async () => {
    const dir = dataDir();
    const bad = await runCaruman(['companies', 'add', '--name', 'Kedai', '--employer-code', 'A37/0001'], dir);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('only letters and digits');
    expect(JSON.parse((await runCaruman(['companies', 'list', '--json'], dir)).stdout)).toEqual([]);
  });

  it('speaks Malay when asked', async () => {
    const bad = await runCaruman(['companies', 'add', '--name', '', '--employer-code', 'A1'], dataDir(), { CARUMAN_LANG: 'ms' });
    expect(bad.stderr).toBe('caruman: Taip nama syarikat.\n');
  });

  it('refuses unknown options and commands with a usage error', async () => {
    const dir = dataDir();
    expect((await runCaruman(['companies', 'add', '--nmae', 'x'], dir)).code).toBe(2);
    expect((await runCaruman(['payroll'], dir)).code).toBe(2);
  });

  it('reads a month typed as the app\'s month fields read it (11/2026, "Nov 2026"), as YYYY-MM', async () => {
    const dir = dataDir();
    expect((await runCaruman(['companies', 'add', '--name', 'Kedai', '--employer-code', 'A1'], dir)).code).toBe(0);
    for (const typed of ['2026-11', '11/2026', 'Nov 2026', 'November 2026']) {
      const run = await runCaruman(['payroll', '--company', 'A1', '--month', typed], dir);
      expect(run.code, typed).toBe(0);
      expect(run.stdout, typed).toContain('November 2026 is open');
    }
  });

  it('says a usage error in the chosen language: an unknown command, an extra argument, a missing --company or --month', async () => {
    const dir = dataDir();
    const say = async (args: string[], lang: string) => {
      const run = await runCaruman(args, dir, { CARUMAN_LANG: lang });
      expect(run.code, args.join(' ')).toBe(2);
      return run.stderr;
    };
    expect(await say(['nope'], 'en')).toBe('caruman: unknown command "nope". Run `caruman --help` for the list.\n');
    expect(await say(['nope'], 'ms')).toBe('caruman: arahan "nope" tidak dikenali. Jalankan `caruman --help` untuk senarainya.\n');
    expect(await say(['companies', 'list', 'extra'], 'ms')).toBe('caruman: hujah "extra" tidak dijangka (lihat `caruman companies list --help`)\n');
    expect(await say(['payroll', '--month', '2026-07'], 'ms')).toBe('caruman: --company KOD diperlukan (kod majikan)\n');
    expect((await runCaruman(['companies', 'add', '--name', 'Kedai', '--employer-code', 'A1'], dir)).code).toBe(0);
    expect(await say(['payroll', '--company', 'A1'], 'en')).toBe('caruman: --month YYYY-MM is required, e.g. --month 2025-03\n');
    expect(await say(['payroll', '--company', 'A1'], 'ms')).toBe('caruman: --month YYYY-MM diperlukan, cth. --month 2025-03\n');
    // A month given but not a month is named, not called missing.
    expect(await say(['payroll', '--company', 'A1', '--month', '2026-13'], 'en')).toBe('caruman: "2026-13" is not a month: write --month YYYY-MM, e.g. --month 2025-03 (or 03/2025, "March 2025")\n');
    expect(await say(['payroll', '--company', 'A1', '--month', 'Novembre'], 'ms')).toBe('caruman: "Novembre" bukan bulan: tulis --month YYYY-MM, cth. --month 2025-03 (atau 03/2025, "Mac 2025")\n');
    expect(await say(['ea', '--company', 'A1', '--year', '26', '--out', dir], 'en')).toBe('caruman: "26" is not a year: write --year YYYY, e.g. --year 2026\n');
    // The refusals a command makes of its own options too.
    expect(await say(['pack', '--month', '2026-07', '--out', dir], 'ms')).toBe('caruman: gunakan sama ada --company KOD atau --all, bukan kedua-duanya\n');
    expect(await say(['pack', '--all', '--month', '2026-07'], 'ms')).toBe('caruman: --out FOLDER diperlukan (folder untuk ditulis)\n');
    expect(await say(['pcb'], 'ms')).toBe('caruman: --input FAIL.csv tiada; lihat `caruman pcb --help`\n');
    expect(await say(['employees', 'list', '--company', 'A1', '--filter', 'some'], 'ms')).toBe('caruman: --filter mestilah active, left atau all\n');
    expect(await say(['payroll', 'unlock', '--company', 'A1', '--month', '2026-07'], 'en')).toBe('caruman: --reason TEXT is required: say why the month is unlocked\n');
  });

  it('has --help on every command', async () => {
    const dir = dataDir();
    const { commands } = await import('../../main/cli/commands');
    for (const command of commands) {
      const help = await runCaruman([...command.path, '--help'], dir);
      expect(help.code, command.path.join(' ')).toBe(0);
      expect(help.stdout).toContain(`Usage: caruman ${command.path.join(' ')}`);
      for (const option of Object.keys(command.options)) expect(help.stdout).toContain(`--${option}`);
    }
    const root = await runCaruman(['--help'], dir);
    for (const command of commands) expect(root.stdout).toContain(command.path.join(' '));
  });
});
