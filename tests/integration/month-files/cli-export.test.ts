// `caruman export --format epf` (issue 15's contract) and `--format pcb` (issue 16's), through the
// real CLI over the records: the Form A is the one laid out by hand (scenario.ts), the output
// says what it holds and where it goes next, in the user's language; a kind Caruman does not
// write, or a file that cannot be made, is a clear error and writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRecordsApp } from '../../helpers/records';
import { tempDirsPerTest } from '../../helpers/temp-dirs';
import { runCaruman } from '../../helpers/cli';
import { CODE, expectedFormA, setUpEpfScenario, TODAY, WAGE_MONTH } from './scenario';
import { todayInMalaysia } from '../../../shared/calendar';

const app = useRecordsApp(TODAY);
const tempDir = tempDirsPerTest();
let out: string;

async function setUp(options: Parameters<typeof setUpEpfScenario>[1] = {}) {
  out = tempDir();
  const scenario = await setUpEpfScenario(app, options);
  // The CLI opens the database itself (as a user's shell would): close ours first.
  app.services.close();
  return scenario;
}

const FORM_A = 'EPF_23456789_082026.txt';

describe('caruman export --format epf | pcb', () => {
  it('--format epf writes the Form A byte for byte, prints its KWSP totals and the way to i-Akaun', async () => {
    await setUp();
    const run = await runCaruman(['export', '--company', CODE, '--month', WAGE_MONTH, '--out', out, '--format', 'epf'], app.dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.readdirSync(out)).toEqual([FORM_A]);
    // The CLI's "today" is the real one: record 00 carries it; everything else is the hand-built file.
    const today = todayInMalaysia().replaceAll('-', '');
    expect(fs.readFileSync(path.join(out, FORM_A), 'latin1')).toBe(expectedFormA().replace('00EPF MONTHLY FORM A20260810', `00EPF MONTHLY FORM A${today}`));
    // Totals by hand (scenario.ts): employer RM4,261.00, employee RM3,721.00, 5 members.
    expect(run.stdout).toContain(`${FORM_A}: 5 records, total RM7,982.00`);
    expect(run.stdout).toContain('employer RM4,261.00, employee RM3,721.00');
    expect(run.stdout).toContain(`Then upload ${FORM_A} in KWSP’s i-Akaun (Majikan) and pay KWSP.`);
    // Rahim has no member number: said before writing, with how to fix it.
    expect(run.stdout).toContain("RAHIM UDDIN (A12345678) has no KWSP member number: written as zeros");

    const malay = await runCaruman(['export', '--company', CODE, '--month', WAGE_MONTH, '--out', out, '--format', 'EPF', '--force'], app.dataDir, { CARUMAN_LANG: 'ms' });
    expect(malay.code).toBe(0);
    expect(malay.stdout).toContain('majikan RM4,261.00, pekerja RM3,721.00');
    expect(malay.stdout).toContain('i-Akaun (Majikan) KWSP');
  });

  it('an unknown kind, or both Form A forms, is a clear error naming the kinds, and writes nothing', async () => {
    await setUp();
    const bad = await runCaruman(['export', '--company', CODE, '--month', WAGE_MONTH, '--out', out, '--format', 'socso,kwsp'], app.dataDir);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('"kwsp" is not a kind of file Caruman writes. Choose from: socso, eis, lindung, epf, epf-csv, pcb.');
    const both = await runCaruman(['export', '--company', CODE, '--month', WAGE_MONTH, '--out', out, '--format', 'epf,epf-csv'], app.dataDir);
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain('choose one of them');
    const empty = await runCaruman(['export', '--company', CODE, '--month', WAGE_MONTH, '--out', out, '--format', ' , '], app.dataDir);
    expect(empty.code).not.toBe(0);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('--format epf without the KWSP employer number refuses, saying where to enter it; nothing is written', async () => {
    await setUp({ epfEmployerNumber: null });
    const run = await runCaruman(['export', '--company', CODE, '--month', WAGE_MONTH, '--out', out, '--format', 'lindung,epf'], app.dataDir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('has no KWSP employer number, so no Form A can be made');
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
