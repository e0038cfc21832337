// Generated files compared byte for byte with files built by hand from the spec
// (tests/fixtures/assist/README.md explains every line).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecordsApp, type RecordsApp } from '../../helpers/records';
import { makeTempDir } from '../../helpers/temp-dir';
import { FIXTURES, setUpScenario } from './scenario';
import type { CheckReport, GenerationReportView } from '../../../shared/api/channels/assist';

let app: RecordsApp;
let out: { dir: string; remove: () => void };
afterEach(() => {
  app.dispose();
  out.remove();
});

const expected = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

describe('ASSIST files, byte for byte', () => {
  it('SOCSO and EIS files for March 2025: joiner, leaver, foreign worker, 60+, 57 not in EIS, long and accented names', async () => {
    app = createRecordsApp('2025-06-15');
    out = makeTempDir();
    const { companyId, people } = await setUpScenario(app);
    const report = await app.call<GenerationReportView>('assist:generate', { companyId, month: '2025-03', folder: out.dir });

    expect(report.kinds).toEqual(['socso', 'eis']);
    expect(fs.readdirSync(out.dir).sort()).toEqual(['EIS_A3700012345B_032025.txt', 'SOCSO_A3700012345B_032025.txt']);
    for (const name of ['SOCSO_A3700012345B_032025.txt', 'EIS_A3700012345B_032025.txt']) {
      expect(fs.readFileSync(path.join(out.dir, name)).equals(expected(name)), name).toBe(true);
    }
    const socso = report.files.find((f) => f.kind === 'socso');
    const eis = report.files.find((f) => f.kind === 'eis');
    expect(socso?.totals).toMatchObject({ records: 8, amountSen: 33960, amount: 'RM339.60' });
    expect(eis?.totals).toMatchObject({ records: 5, amountSen: 3900, amount: 'RM39.00' });

    // Who was left out, and why, in words.
    const out1 = report.leftOut.map((l) => [l.kind, l.employeeId, l.reason.key]);
    expect(out1).toEqual(
      expect.arrayContaining([
        ['socso', people.ahmad!.id, 'assist.leftOut.zeroAmount'],
        ['eis', people.ahmad!.id, 'assist.leftOut.zeroAmount'],
        ['eis', people.lim!.id, 'statutory.eis.noEisBefore57'],
        ['eis', people.rahim!.id, 'statutory.eis.foreign'],
        ['eis', people.tan!.id, 'statutory.eis.senior'],
      ]),
    );
    expect(report.leftOut).toHaveLength(5);
    expect(report.leftOut.every((l) => l.message.length > 10 && !l.message.startsWith('assist.'))).toBe(true);

    // Every name change is listed.
    expect(report.nameChanges.map((c) => [c.employeeId, c.written, c.changes])).toEqual([
      [people.jose!.id, 'JOSE LUKASZ MULLER-OSTER', ['transliterated']],
      [people.puteri!.id, expect.stringMatching(/^PUTERI AENNUR .* SERI PADUK$/), ['transliterated', 'cut']],
    ]);
    expect(report.nameChanges[1]!.message).toContain('cut to 150 characters');
    expect(report.warnings.map((w) => w.key)).toEqual(['assist.warning.statusLeaveNoDate']);
  });

  it('SOCSO + EIS + LINDUNG file for June 2026 (alone by default), wages uncapped, space padding', async () => {
    app = createRecordsApp('2026-07-10');
    out = makeTempDir();
    const { companyId } = await setUpScenario(app);
    const report = await app.call<GenerationReportView>('assist:generate', { companyId, month: '2026-06', folder: out.dir });
    expect(report.kinds).toEqual(['lindung']);
    expect(report.files.map((f) => f.fileName)).toEqual(['SOCSO-EIS-LINDUNG_A3700012345B_062026.txt']);
    const name = 'SOCSO-EIS-LINDUNG_A3700012345B_062026.txt';
    expect(fs.readFileSync(path.join(out.dir, name)).equals(expected(name))).toBe(true);
    const combined = report.files.find((f) => f.kind === 'lindung')!;
    expect(combined.totals.records).toBe(7);
    expect(combined.totals.parts).toEqual({
      wagesSen: 650000 + 250000 + 200000 + 160000 + 180000 + 170000 + 300000,
      socsoEmployerSen: 10415 + 4285 + 3415 + 2715 + 3065 + 2885 + 3690,
      socsoEmployeeSen: 2975 + 1225 + 975 + 775 + 875 + 825,
      eisEmployerSen: 1190 + 490 + 310 + 330,
      eisEmployeeSen: 1190 + 490 + 310 + 330,
      lindungEmployeeSen: 4465 + 1835 + 1465 + 1165 + 1315 + 1235 + 2215,
    });
  });

  it('the checker passes every file the writer makes, and the hand-built files', async () => {
    app = createRecordsApp('2026-07-10');
    out = makeTempDir();
    const { companyId } = await setUpScenario(app);
    await app.call('assist:generate', { companyId, month: '2025-03', folder: out.dir });
    await app.call('assist:generate', { companyId, month: '2026-06', folder: out.dir });
    // The 223-character fallback for the same month (made on its own, never with the 278 file).
    await app.call('assist:generate', { companyId, month: '2026-06', folder: out.dir, formats: ['socso', 'eis'] });
    const files = fs.readdirSync(out.dir);
    expect(files).toHaveLength(5);
    for (const file of [...files.map((f) => path.join(out.dir, f)), ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => path.join(FIXTURES, f))]) {
      const report = await app.call<CheckReport>('assist:check', { file, companyId });
      expect(report.problems, file).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.layout).toBe(path.basename(file).startsWith('SOCSO-EIS') ? 'lindung' : path.basename(file).startsWith('EIS') ? 'eis' : 'socso');
    }
  });
});
