// A wage save that would leave an employee's net pay below zero is refused when it is saved, not
// only later by the pay run (issue 17: "net pay never negative without a clear refusal naming the
// employee"), through the real router over a real SQLite file:
// - the wage grid's save (wages:set): the refused row is left out, named with the amounts, and the
//   other rows are saved;
// - the wage file: a refused row is an error of the import, in the preview and in the real import,
//   and nothing is imported;
// - a CP38 instruction larger than the pay makes a grid save refused too.
// The amounts: the month's statutory deductions come from the pay run's line before the salary
// advance (an advance changes none of them), and the refusal's figures are worked from it by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appWithCompany, type RecordsApp } from '../../helpers/records';
import { importReport, importStaff, writeUserFile, importCommitted } from '../../helpers/import-files';
import { formatRinggit } from '../../../shared/money/sen';
import type { PayrollMonth } from '../../../shared/payroll/month';
import type { WageEntry, WagesSaved } from '../../../shared/domain/wages';
import { everyDeduction, lineOf } from './setup';

const MONTH = '2026-07';
const ALI = '900101145677';
const SITI = '850505105678';
let app: RecordsApp;
let companyId: number;
let ali: number;
let siti: number;

beforeEach(async () => {
  ({ app, companyId } = await appWithCompany('2026-08-10'));
  await importStaff(app, companyId, [['Ali bin Abu', ALI], ['Siti binti Omar', SITI]]);
  await importCommitted(app, 'wages', 'gaji.csv', `id_number,basic\n${ALI},3000\n${SITI},2500\n`, { companyId, month: MONTH });
  const month = await app.call<PayrollMonth>('payroll:month', { companyId, month: MONTH });
  ali = month.lines.find((l) => l.employee.idNumber === ALI)!.employee.id;
  siti = month.lines.find((l) => l.employee.idNumber === SITI)!.employee.id;
});
afterEach(() => app.dispose());

const entryOf = async (employeeId: number) => (await app.call<{ entry: WageEntry }>('payroll:entry', { companyId, month: MONTH, employeeId })).entry;
const monthNow = () => app.call<PayrollMonth>('payroll:month', { companyId, month: MONTH });

/** Siti's statutory deductions (EPF, SOCSO, EIS, LINDUNG, PCB) on RM2,500, as the pay run has them. */
async function sitiStatutory(): Promise<number> {
  return everyDeduction(lineOf(await monthNow(), siti));
}

describe('the wage grid’s save (wages:set)', () => {
  it('leaves out the row whose net pay would be below zero, naming the employee and the amounts, and saves the others', async () => {
    const statutory = await sitiStatutory();
    const before = await entryOf(siti);
    // Siti gets a salary advance of RM3,000 (more than her RM2,500) and Ali a raise, in one save.
    const saved = await app.call<WagesSaved>('wages:set', {
      companyId,
      month: MONTH,
      entries: [
        { employeeId: ali, items: { basic: '3100' }, expectedVersion: (await entryOf(ali)).updatedAt },
        { employeeId: siti, items: { basic: '2500' }, deductions: { salary_advance: '3000' }, expectedVersion: before.updatedAt },
      ],
    });
    expect(saved.changed).toBe(1);
    expect(saved.versions.map((v) => v.employeeId)).toEqual([ali]);
    expect(saved.refused).toHaveLength(1);
    const [refusal] = saved.refused;
    // Deductions: the statutory ones, unchanged by an advance, plus the RM3,000; short by that less RM2,500.
    expect(refusal).toEqual({
      employeeId: siti,
      key: 'payroll.error.netNegative',
      params: { name: 'Siti binti Omar', id: SITI, month: MONTH, gross: 'RM2,500.00', deductions: formatRinggit(statutory + 300_000), short: formatRinggit(statutory + 300_000 - 250_000) },
    });
    // Ali's raise is stored; nothing of Siti's row is, not even its version.
    expect((await entryOf(ali)).items.basic).toBe(310_000);
    const after = await entryOf(siti);
    expect([after.deductions.salary_advance, after.updatedAt]).toEqual([0, before.updatedAt]);
    expect((await monthNow()).refusals).toEqual([]);
  });

  it('refuses a pay cut below a salary advance already stored, and nothing when every row is refused', async () => {
    await app.call('payroll:saveEntry', {
      companyId,
      month: MONTH,
      entry: { employeeId: siti, items: { basic: '2500' }, deductions: { salary_advance: '1000' }, expectedVersion: (await entryOf(siti)).updatedAt },
    });
    const before = await entryOf(siti);
    // The grid sends pay items only: the stored advance of RM1,000 stays and the basic falls to RM800.
    const saved = await app.call<WagesSaved>('wages:set', { companyId, month: MONTH, entries: [{ employeeId: siti, items: { basic: '800' }, expectedVersion: before.updatedAt }] });
    expect([saved.changed, saved.versions, saved.refused.map((r) => [r.employeeId, r.params.gross])]).toEqual([0, [], [[siti, 'RM800.00']]]);
    expect(await entryOf(siti)).toEqual(before);
    // Said in the user's language when the app shows it (the key and its parameters are the pay run's).
    expect(app.services.db.prepare("SELECT count(*) AS n FROM change_log WHERE entity = 'wages' AND employee_id = ?").get(siti)).toEqual({ n: 2 });
  });

  it('refuses a row a CP38 instruction larger than the pay makes negative', async () => {
    await app.call('cp38:save', { companyId, instruction: { employeeId: siti, reference: 'CP38-1', fromMonth: MONTH, toMonth: MONTH, amount: '2400' } });
    const saved = await app.call<WagesSaved>('wages:set', { companyId, month: MONTH, entries: [{ employeeId: siti, items: { basic: '2000' } }] });
    expect(saved.refused.map((r) => [r.employeeId, r.key, r.params.gross])).toEqual([[siti, 'payroll.error.netNegative', 'RM2,000.00']]);
    expect((await entryOf(siti)).items.basic).toBe(250_000);
  });
});

describe('the wage file', () => {
  const file = () => writeUserFile(app, 'pendahuluan.csv', `id_number,salary_advance\n${ALI},100\n${SITI},3000\n`);

  it('names the row whose net pay would be below zero in the preview, and imports nothing', async () => {
    const statutory = await sitiStatutory();
    const preview = await importReport(app, 'wages', file(), { companyId, month: MONTH, dryRun: true });
    expect(preview.errors.map((e) => [e.row, e.key])).toEqual([[3, 'payroll.error.netNegative']]);
    expect(preview.errors[0]!.message).toContain('Siti binti Omar');
    expect(preview.errors[0]!.message).toContain(formatRinggit(statutory + 300_000 - 250_000));
    // The preview's trial write was undone: nothing stored, nothing in the history.
    expect((await entryOf(siti)).deductions.salary_advance).toBe(0);
    expect(app.services.db.prepare("SELECT count(*) AS n FROM change_log WHERE entity = 'wages'").get()).toEqual({ n: 2 });

    const real = await importReport(app, 'wages', file(), { companyId, month: MONTH });
    expect(real.committed).toBe(false);
    expect(real.errors.map((e) => [e.row, e.key])).toEqual([[3, 'payroll.error.netNegative']]);
    expect((await entryOf(ali)).deductions.salary_advance).toBe(0);
    expect((await entryOf(siti)).deductions.salary_advance).toBe(0);
  });

  it('imports the same file once the advance fits the pay', async () => {
    const report = await importCommitted(app, 'wages', 'ok.csv', `id_number,salary_advance\n${ALI},100\n${SITI},1000\n`, { companyId, month: MONTH });
    expect(report.updated).toBe(2);
    expect(lineOf(await monthNow(), siti).payroll.deductions.salaryAdvanceSen).toBe(100_000);
  });
});
