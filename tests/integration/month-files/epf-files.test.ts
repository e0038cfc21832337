// The month's Form A through the service and the router: byte for byte the file laid out by hand
// from the layout (scenario.ts), written with the other files as one set and stored as one run;
// what the file cannot know is said before writing, with how to fix it; a company without its
// KWSP employer number gets its PERKESO files and a note, or a clear refusal when Form A is asked.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRecordsApp } from '../../helpers/records';
import { tempDirsPerTest } from '../../helpers/temp-dirs';
import { CODE, expectedFormA, setUpEpfScenario, TODAY, WAGE_MONTH } from './scenario';
import type { GenerationReportView, MonthFilesStatus } from '../../../shared/api/channels/assist';
import type { ArrearsReport } from '../../../shared/domain/month-end';

const app = useRecordsApp(TODAY);
const tempDir = tempDirsPerTest();
let out: string;

async function setUp(options: Parameters<typeof setUpEpfScenario>[1] = {}) {
  out = tempDir();
  return setUpEpfScenario(app, options);
}

const FORM_A = 'EPF_23456789_082026.txt';

/** Changes some of an employee's fields (the others keep what is stored). */
function updateEmployee(e: { id: number; name: string; idType: string; idNumber: string }, changes: Record<string, unknown>) {
  return app.call('employees:update', { id: e.id, employee: { name: e.name, idType: e.idType, idNumber: e.idNumber, ...changes } });
}

/** Rahim's record as the scenario made it (an update replaces the whole record). */
const RAHIM = { nationality: 'foreign', dateOfBirth: '1995-07-01', staffNumber: '004' };

describe('Form A through the month-files service', () => {
  it('writes the Form A byte for byte as laid out by hand, and says what the file cannot know', async () => {
    const { companyId, people } = await setUp();
    const report = await app.call<GenerationReportView>('assist:generate', { companyId, month: WAGE_MONTH, folder: out, formats: ['epf'] });

    expect(fs.readdirSync(out)).toEqual([FORM_A]);
    expect(fs.readFileSync(path.join(out, FORM_A), 'latin1')).toBe(expectedFormA());
    expect(report.files).toMatchObject([
      {
        kind: 'epf',
        fileName: FORM_A,
        totals: { records: 5, amountSen: 426100 + 372100, amount: 'RM7,982.00', epf: { employerSen: 426100, employeeSen: 372100, wagesSen: 3828500 } },
      },
    ]);
    // Nobody owes EPF on nothing, and a foreign domestic servant is outside the Act (E7).
    expect(report.leftOut.map((l) => [l.kind, l.name, l.reason.key])).toEqual([
      ['epf', 'AHMAD ZERO', 'epf.formA.leftOut.noContribution'],
      ['epf', 'MARY SANTOS', 'epf.formA.leftOut.noContribution'],
    ]);
    // Rahim has no member number (written as zeros) and a passport for an ID: both said, with the fix.
    const warnings = report.warnings.filter((w) => String(w.params.name).startsWith('RAHIM'));
    expect(warnings.map((w) => w.key).sort()).toEqual(['epf.formA.warning.nonCitizenId', 'monthFiles.epf.noMemberNumber']);
    const noNumber = warnings.find((w) => w.key === 'monthFiles.epf.noMemberNumber')!;
    expect(noNumber.message).toBe(
      'RAHIM UDDIN (A12345678) has no KWSP member number: written as zeros, and KWSP may not credit the contribution. Enter the member number in the employee’s details (Employees) when KWSP gives it.',
    );

    // The run remembers each employee's EPF as written.
    const last = app.services.monthFiles.lastRun(companyId, WAGE_MONTH, 'epf')!;
    expect(last.files.map((f) => f.kind)).toEqual(['epf']);
    const ali = last.snapshot.find((s) => s.employeeId === people.ali.id)!;
    expect(ali).toMatchObject({ epfWagesSen: 298500, epfEmployerSen: 39000, epfEmployeeSen: 33000, pcbSen: null });
    expect(last.snapshot.find((s) => s.employeeId === people.mary.id)).toMatchObject({ epfWagesSen: 150000, epfEmployerSen: 0, epfEmployeeSen: 0 });
    expect(app.services.monthFiles.lastRun(companyId, WAGE_MONTH, 'assist')).toBeNull();
  });

  it('the Form A checks clean against the company, and a planted wrong amount is found on its line', async () => {
    const { companyId } = await setUp();
    await app.call('assist:generate', { companyId, month: WAGE_MONTH, folder: out, formats: ['epf'] });
    const file = path.join(out, FORM_A);
    const clean = await app.call<{ ok: boolean; layout: string; warnings: number; problems: { key: string }[] }>('assist:check', { file, companyId });
    expect(clean).toMatchObject({ ok: true, layout: 'epf' });
    // Only what the file itself cannot know (Rahim's zeros and passport): no unknown member, no amount.
    expect(clean.problems.map((p) => p.key).filter((k) => /unknownMember|amount|employerNumber/.test(k))).toEqual([]);

    // Tan is 62 (Part E: 4 % employer, nothing from him). A file charging him Part A's 11 % is wrong
    // for him, though some part's table has those amounts: known employees are checked against their own part.
    const lines = fs.readFileSync(file, 'latin1').split('\r\n');
    const tan = lines.findIndex((l) => l.includes('TAN AH KOW'));
    lines[tan] = lines[tan]!.slice(0, 96) + '000039000' + '000033000' + lines[tan]!.slice(114);
    const planted = path.join(out, 'EPF_planted.txt');
    fs.writeFileSync(planted, lines.join('\r\n'), 'latin1');
    const bad = await app.call<{ ok: boolean; problems: { key: string; line: number; severity: string; message: string }[] }>('assist:check', {
      contentBase64: fs.readFileSync(planted).toString('base64'),
      fileName: 'EPF_planted.txt',
      companyId,
    });
    const amount = bad.problems.find((p) => p.line === tan + 1 && p.key.startsWith('epf.formA.check.amount'));
    expect(amount).toMatchObject({ key: 'epf.formA.check.amountAbove', severity: 'warning' });
    expect(amount!.message).toContain('Tan Ah Kow');

    // Another company's employer number is an error with the company context, not without it.
    await app.call('companies:update', { id: companyId, epfEmployerNumber: '99999999' });
    const other = await app.call<{ ok: boolean; problems: { key: string }[] }>('assist:check', { file, companyId });
    expect(other.problems.map((p) => p.key)).toContain('epf.formA.check.employerNumberOther');
    const alone = await app.call<{ problems: { key: string }[] }>('assist:check', { file });
    expect(alone.problems.map((p) => p.key)).not.toContain('epf.formA.check.employerNumberOther');
  });

  it('by default writes the PERKESO file and the Form A as one run; a change to an EPF record dates only the Form A', async () => {
    const { companyId, people } = await setUp();
    const report = await app.call<GenerationReportView>('assist:generate', { companyId, month: WAGE_MONTH, folder: out });
    expect(report.kinds).toEqual(['lindung', 'epf']);
    expect(report.files.map((f) => f.fileName)).toEqual([`SOCSO-EIS-LINDUNG_${CODE}_072026.txt`, FORM_A]);
    expect(fs.readdirSync(out).sort()).toEqual([FORM_A, `SOCSO-EIS-LINDUNG_${CODE}_072026.txt`].sort());
    // No E number: the pay run's CP39 is not made, and the note says where to enter it.
    expect(report.notMade?.map((n) => n.key)).toEqual(['monthFiles.pcb.notMadeNoNumber']);

    let status = await app.call<MonthFilesStatus>('assist:status', { companyId, month: WAGE_MONTH });
    expect(status.runs).toHaveLength(1);
    expect(status.runs[0]!.files.map((f) => [f.kind, f.outOfDate, f.onDisk])).toEqual([
      ['lindung', false, 'same'],
      ['epf', false, 'same'],
    ]);

    // KWSP gives Rahim a member number: the Form A is out of date, the PERKESO file is not.
    await updateEmployee(people.rahim, { ...RAHIM, epfMemberNumber: '56789012' });
    status = await app.call<MonthFilesStatus>('assist:status', { companyId, month: WAGE_MONTH });
    expect(status.outOfDate).toBe(true);
    expect(status.runs[0]!.files.map((f) => [f.kind, f.outOfDate])).toEqual([
      ['lindung', false],
      ['epf', true],
    ]);

    // A bonus is EPF wages but not SOCSO wages: only the Form A changes, and the arrears say by how much.
    await updateEmployee(people.rahim, { ...RAHIM, epfMemberNumber: '' });
    await app.call('wages:set', { companyId, month: WAGE_MONTH, entries: [{ employeeId: people.ali.id, items: { basic: '2985', bonus: '15' } }] });
    const fresh = app.services.monthFiles.freshness(companyId, WAGE_MONTH);
    expect(fresh.map((f) => [f.kind, f.outOfDate])).toEqual([
      ['lindung', false],
      ['epf', true],
    ]);
    const arrears = await app.call<ArrearsReport>('monthEnd:arrears', { companyId, month: WAGE_MONTH });
    // RM3,000.00 is the top of the 2,980.01–3,000.00 band: the same RM390 / RM330 — nothing to pay.
    expect(arrears.lines).toEqual([]);
    await app.call('wages:set', { companyId, month: WAGE_MONTH, entries: [{ employeeId: people.ali.id, items: { basic: '2985', bonus: '100' } }] });
    const more = await app.call<ArrearsReport>('monthEnd:arrears', { companyId, month: WAGE_MONTH });
    // RM3,085.00: band 3,080.01–3,100.00 of Part A (2025-10): employer RM403, employee RM341.
    expect(more.lines).toEqual([
      {
        employeeId: people.ali.id,
        perkesoId: '900314145671',
        name: 'Ali bin Abu',
        scheme: 'epf',
        generatedWagesSen: 298500,
        currentWagesSen: 308500,
        employerDifferenceSen: 40300 - 39000,
        employeeDifferenceSen: 34100 - 33000,
      },
    ]);
    expect(more.totals).toMatchObject({ epfSen: 1300 + 1100, socsoSen: 0, totalSen: 2400 });
    expect(more.statement.map((s) => s.key)).toEqual(['monthEnd.arrears.intro.epf', 'monthEnd.arrears.line.epf', 'monthEnd.arrears.total']);
  });

  it('without the KWSP employer number: the PERKESO file with a note by default; a clear refusal when Form A is asked', async () => {
    const { companyId } = await setUp({ epfEmployerNumber: null });
    const preview = await app.call<GenerationReportView>('assist:preview', { companyId, month: WAGE_MONTH });
    expect(preview.files.map((f) => f.kind)).toEqual(['lindung']);
    expect(preview.notMade.map((n) => [n.family, n.key])).toEqual([
      ['epf', 'monthFiles.epf.notMadeNoNumber'],
      ['pcb', 'monthFiles.pcb.notMadeNoNumber'],
    ]);
    expect(preview.notMade[0]!.message).toContain('has no KWSP employer number yet. Enter it in the company’s details (Companies)');

    const refused = await app.router.invoke('assist:generate', { companyId, month: WAGE_MONTH, folder: out, formats: ['lindung', 'epf'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'monthFiles.epf.noEmployerNumber', field: 'formats' } });
    expect(refused.ok ? '' : refused.error.message).toBe(
      'Kedai Runcit Ali has no KWSP employer number, so no Form A can be made. Enter it in the company’s details (Companies), then make the files again.',
    );
    // Refused before anything was written or stored.
    expect(fs.readdirSync(out)).toEqual([]);
    expect((await app.call<MonthFilesStatus>('assist:status', { companyId, month: WAGE_MONTH })).generated).toBe(false);
  });

  it('the text file and the CSV form are never made together; the CSV form says it is less certain', async () => {
    const { companyId } = await setUp();
    expect(await app.router.invoke('assist:generate', { companyId, month: WAGE_MONTH, folder: out, formats: ['epf', 'epf-csv'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'monthFiles.error.epfBothForms', field: 'formats' },
    });
    const csv = await app.call<GenerationReportView>('assist:generate', { companyId, month: WAGE_MONTH, folder: out, formats: ['epf-csv'] });
    expect(csv.files.map((f) => f.fileName)).toEqual(['EPF_23456789_082026.csv']);
    expect(csv.warnings[0]!.key).toBe('epf.formA.csv.lessCertain');
    // EPF.md §4.3: member no, dashed IC, name, wages with 2 decimals, whole-ringgit shares.
    const lines = fs.readFileSync(path.join(out, 'EPF_23456789_082026.csv'), 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Member No,IC No,Name,Salary,EM Share,EMP Share');
    expect(lines[1]).toBe('12345678,900314-14-5671,ALI BIN ABU,2985.00,390,330');
    expect(lines).toHaveLength(6);
  });
});
