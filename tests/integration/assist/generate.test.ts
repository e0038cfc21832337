// Generation: never overwrites unless asked, writes atomically (a crash between write and rename
// leaves nothing under the final name), remembers every run and knows when the data changed.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecordsApp, type RecordsApp } from '../../helpers/records';
import { makeTempDir } from '../../helpers/temp-dir';
import { runCaruman } from '../../helpers/cli';
import { CODE, FIXTURES, setUpScenario } from './scenario';
import { nodeFs, writeFileDurably, type DurableFs } from '../../../main/services/fs';
import type { GenerationReportView, MonthFilesStatus } from '../../../shared/api/channels/assist';

let app: RecordsApp;
let out: { dir: string; remove: () => void };
afterEach(() => {
  app?.dispose();
  out?.remove();
});

async function setUp(today = '2025-06-15') {
  app = createRecordsApp(today);
  out = makeTempDir();
  return setUpScenario(app);
}

describe('generation', () => {
  it('never replaces an existing file unless asked, and writes nothing when one exists', async () => {
    const { companyId } = await setUp();
    fs.writeFileSync(path.join(out.dir, 'EIS_A3700012345B_032025.txt'), 'mine');
    const refused = await app.router.invoke('assist:generate', { companyId, month: '2025-03', folder: out.dir });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'assist.error.fileExists' } });
    expect(fs.readdirSync(out.dir)).toEqual(['EIS_A3700012345B_032025.txt']);
    expect(fs.readFileSync(path.join(out.dir, 'EIS_A3700012345B_032025.txt'), 'utf8')).toBe('mine');

    await app.call('assist:generate', { companyId, month: '2025-03', folder: out.dir, overwrite: true });
    expect(fs.readFileSync(path.join(out.dir, 'EIS_A3700012345B_032025.txt')).equals(fs.readFileSync(path.join(FIXTURES, 'EIS_A3700012345B_032025.txt')))).toBe(true);
  });

  it('writes only the formats asked; refuses the 278 file before 2026-06 and future months', async () => {
    const { companyId } = await setUp();
    const report = await app.call<GenerationReportView>('assist:generate', { companyId, month: '2025-03', folder: out.dir, formats: ['eis'] });
    expect(report.files.map((f) => f.fileName)).toEqual(['EIS_A3700012345B_032025.txt']);
    expect(await app.router.invoke('assist:generate', { companyId, month: '2025-03', folder: out.dir, formats: ['lindung'], overwrite: true })).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED', key: 'assist.error.combinedBeforeLindung' },
    });
    expect(await app.router.invoke('assist:generate', { companyId, month: '2025-07', folder: out.dir })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'assist.error.futureMonth' },
    });
    expect(await app.router.invoke('assist:generate', { companyId, month: '2025-03', folder: path.join(out.dir, 'nope') })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', key: 'assist.error.folderMissing' },
    });
  });

  it('keeps every run; marks the month out of date when its data changes; knows when a file changed on disk', async () => {
    const { companyId, people } = await setUp();
    const never = await app.call<MonthFilesStatus>('assist:status', { companyId, month: '2025-03' });
    expect(never).toMatchObject({ generated: false, outOfDate: false, runs: [] });

    const first = await app.call<GenerationReportView>('assist:generate', { companyId, month: '2025-03', folder: out.dir });
    expect(first.runId).toBeGreaterThan(0);
    let status = await app.call<MonthFilesStatus>('assist:status', { companyId, month: '2025-03' });
    expect(status).toMatchObject({ generated: true, outOfDate: false, lastGeneratedAt: first.createdAt });
    expect(status.runs[0]!.files.map((f) => [f.fileName, f.onDisk, f.records])).toEqual([
      ['SOCSO_A3700012345B_032025.txt', 'same', 8],
      ['EIS_A3700012345B_032025.txt', 'same', 5],
    ]);
    expect(status.summary.message).toContain('has not changed');

    // An edit after generation: the files are out of date.
    await app.call('wages:set', { companyId, month: '2025-03', entries: [{ employeeId: people.siti!.id, items: { basic: '1750' } }] });
    status = await app.call<MonthFilesStatus>('assist:status', { companyId, month: '2025-03' });
    expect(status.outOfDate).toBe(true);
    expect(status.summary.key).toBe('assist.status.outOfDate');

    // Someone edits a file by hand.
    fs.appendFileSync(path.join(out.dir, 'SOCSO_A3700012345B_032025.txt'), 'x');
    status = await app.call<MonthFilesStatus>('assist:status', { companyId, month: '2025-03' });
    expect(status.runs[0]!.files[0]!.onDisk).toBe('changed');

    // Generating again keeps both versions' reports.
    const second = await app.call<GenerationReportView>('assist:generate', { companyId, month: '2025-03', folder: out.dir, overwrite: true });
    const runs = await app.call<GenerationReportView[]>('assist:runs', { companyId, month: '2025-03' });
    expect(runs.map((r) => [r.runId, r.outOfDate])).toEqual([
      [second.runId, false],
      [first.runId, true],
    ]);
    expect(runs[1]!.files[0]!.totals.amountSen).toBe(33960);
    expect(runs[0]!.files[0]!.totals.amountSen).toBe(33960 - 3710 + 3940); // RM1,750 is in the 1,700.01–1,800 band
    expect(runs[0]!.files[0]!.sha256).not.toBe(runs[1]!.files[0]!.sha256);
    status = await app.call<MonthFilesStatus>('assist:status', { companyId, month: '2025-03' });
    expect(status).toMatchObject({ outOfDate: false });
    expect(status.runs).toHaveLength(2);
  });

  it('a preview writes and stores nothing', async () => {
    const { companyId } = await setUp();
    const preview = await app.call<{ contents: Record<string, string>; written: boolean }>('assist:preview', { companyId, month: '2025-03' });
    expect(preview.written).toBe(false);
    expect(preview.contents['SOCSO_A3700012345B_032025.txt']).toBe(fs.readFileSync(path.join(FIXTURES, 'SOCSO_A3700012345B_032025.txt'), 'latin1'));
    expect(fs.readdirSync(out.dir)).toEqual([]);
    expect((await app.call<MonthFilesStatus>('assist:status', { companyId, month: '2025-03' })).generated).toBe(false);
  });
});

describe('atomic write', () => {
  const failing = (step: keyof DurableFs): DurableFs => ({
    ...nodeFs,
    [step]: () => {
      throw Object.assign(new Error(`simulated ${step} failure`), { code: 'EIO' });
    },
  });

  it.each(['fsyncSync', 'renameSync', 'linkSync', 'writeSync'] as const)('a failing %s leaves no file under the final name and no temporary file', (step) => {
    out = makeTempDir();
    const target = path.join(out.dir, 'SOCSO_X_012025.txt');
    // linkSync failing falls back to rename (drives without hard links): make that fail too.
    const io = step === 'linkSync' ? { ...failing('linkSync'), renameSync: failing('renameSync').renameSync } : failing(step);
    // Replacing goes through rename; a new file through a hard link.
    expect(() => writeFileDurably(target, Buffer.from('A'.repeat(223) + '\r\n'), { fs: io, replace: step === 'renameSync' })).toThrow(/simulated/);
    expect(fs.readdirSync(out.dir)).toEqual([]);
  });

  it('a process killed between the flush and the rename leaves no file under the final name', () => {
    out = makeTempDir();
    const target = path.join(out.dir, 'SOCSO_X_012025.txt');
    const module = path.resolve('main/services/fs/durable-write.ts');
    const script = `
      import { writeFileDurably, nodeFs } from ${JSON.stringify(module)};
      const dying = { ...nodeFs, linkSync: () => process.kill(process.pid, 'SIGKILL'), renameSync: () => process.kill(process.pid, 'SIGKILL') };
      writeFileDurably(${JSON.stringify(target)}, Buffer.from('B'.repeat(223) + '\\r\\n'), { fs: dying });
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    const left = fs.readdirSync(out.dir);
    expect(left).not.toContain('SOCSO_X_012025.txt');
    // What survives is a hidden, complete temporary file, never a partial upload file.
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.SOCSO_X_012025\.txt\.\d+\.[0-9a-f]+\.tmp$/);
    expect(fs.statSync(path.join(out.dir, left[0]!)).size).toBe(225);
  });

  it('a failing write through the services reports STORAGE and leaves nothing', async () => {
    const temp = makeTempDir();
    out = makeTempDir();
    const { createServices } = await import('../../../main/services');
    const { createRouter } = await import('../../../main/api/router');
    const services = createServices({ dataDir: temp.dir, today: () => '2025-06-15', monthFilesFs: failing('fsyncSync') });
    try {
      const router = createRouter(services, { locale: () => 'en', logError: () => {} });
      const company = (await router.invoke('companies:create', { name: 'K', employerCode: CODE })) as { ok: true; value: { id: number } };
      const employee = (await router.invoke('employees:create', { companyId: company.value.id, employee: { name: 'Ali', idNumber: '900315-14-5671' } })) as {
        ok: true;
        value: { id: number };
      };
      await router.invoke('wages:set', { companyId: company.value.id, month: '2025-03', entries: [{ employeeId: employee.value.id, items: { basic: '2000' } }] });
      const result = await router.invoke('assist:generate', { companyId: company.value.id, month: '2025-03', folder: out.dir });
      expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE', key: 'assist.error.writeFailed' } });
      expect(fs.readdirSync(out.dir)).toEqual([]);
      const status = (await router.invoke('assist:status', { companyId: company.value.id, month: '2025-03' })) as { ok: true; value: MonthFilesStatus };
      expect(status.value.generated).toBe(false);
    } finally {
      services.close();
      temp.remove();
    }
  });
});

describe('CLI', () => {
  it('caruman export writes the files and prints the totals; check exits 0 on them and 1 on a broken file', async () => {
    const { companyId } = await setUp();
    void companyId;
    const exported = await runCaruman(['export', '--company', CODE, '--month', '2025-03', '--out', out.dir], app.dataDir);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('SOCSO_A3700012345B_032025.txt: 8 records, total RM339.60');
    expect(exported.stdout).toContain('EIS_A3700012345B_032025.txt: 5 records, total RM39.00');
    expect(exported.stdout).toMatch(/left out of EIS_A3700012345B_032025\.txt: RAHIM UDDIN \(A12345678\): .*foreign/i);
    // Before 2026-06: the SOCSO and EIS files, two uploads, said as such.
    expect(exported.stdout).toContain('Next: two uploads in the ASSIST portal');

    const again = await runCaruman(['export', '--company', CODE, '--month', '2025-03', '--out', out.dir], app.dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists.*--force/);
    expect((await runCaruman(['export', '--company', CODE, '--month', '2025-03', '--out', out.dir, '--force', '--format', 'socso', '--json'], app.dataDir)).code).toBe(0);

    const file = path.join(out.dir, 'EIS_A3700012345B_032025.txt');
    const ok = await runCaruman(['check', file, '--company', CODE], app.dataDir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('OK: no errors');

    // Plant an ineligible person's record (Rahim, foreign) in the EIS file.
    const line = fs.readFileSync(file, 'latin1').split('\r\n')[0]!;
    const planted = line.slice(0, 32) + 'A12345678   ' + 'RAHIM UDDIN'.padEnd(150) + line.slice(194);
    const broken = path.join(out.dir, 'EIS_planted.txt');
    fs.writeFileSync(broken, fs.readFileSync(file, 'latin1') + planted + '\r\n', 'latin1');
    const bad = await runCaruman(['check', broken, '--company', CODE, '--json'], app.dataDir);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout) as { problems: { key: string; line: number; message: string }[] };
    expect(report.problems.map((p) => [p.key, p.line])).toContainEqual(['assist.check.eisIneligible', 6]);

    const malay = await runCaruman(['check', broken, '--company', CODE], app.dataDir, { CARUMAN_LANG: 'ms' });
    expect(malay.stdout).toContain('tidak layak untuk SIP');
  });
});
