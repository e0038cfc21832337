// Finalising (locking) a paid month (issue 17): every path that writes a month's pay refuses a
// finalised month with a message saying how to correct it; a finalised month keeps its figures
// whatever changes in the records later; unlocking needs a reason, is in the change history, and
// says what was already filed for the month.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRecordsApp, hire, lineOf, pay, payrollOf } from './setup';
import type { ChangeEntry } from '../../../shared/domain/history';
import type { UnlockResult } from '../../../shared/payroll/month';
import { ServiceError } from '../../../main/services/service-error';
import { thrownBy } from '../../helpers/thrown';
import { useTempDirs } from '../../helpers/cleanups';

const app = useRecordsApp('2026-12-02');
const tempDir = useTempDirs();

async function finalisedJanuary() {
  const company = await app.company('A1', 'Kedai A1');
  const ali = await hire(app, company.id, { name: 'Ali', idNumber: '800101-14-5677' });
  await pay(app, company.id, '2025-12', [{ employeeId: ali.id, items: { basic: '3000' } }]);
  await pay(app, company.id, '2026-01', [{ employeeId: ali.id, items: { basic: '3000' } }]);
  await app.call('tp1:save', { companyId: company.id, claim: { employeeId: ali.id, month: '2026-01', item: 'C5', amount: '100' } });
  await app.call('payroll:finalise', { companyId: company.id, month: '2026-01' });
  return { company, ali };
}

describe('a finalised month cannot be edited', () => {
  it('refuses the wage grid, copy last month and both kinds of import, saying how to correct it', async () => {
    const { company, ali } = await finalisedJanuary();
    const grid = await app.refusal('wages:set', { companyId: company.id, month: '2026-01', entries: [{ employeeId: ali.id, items: { basic: '3100' } }] });
    expect([grid.code, grid.key]).toEqual(['CONFLICT', 'payroll.error.monthFinalised']);
    expect(grid.message).toContain('January 2026 is finalised');
    expect(grid.message).toContain('caruman payroll correct');
    expect(grid.message).toContain('caruman payroll unlock');
    const copy = await app.refusal('wages:copyPreviousMonth', { companyId: company.id, month: '2026-01', overwrite: true });
    expect(copy.key).toBe('payroll.error.monthFinalised');
    for (const dryRun of [true, false]) {
      const imported = await app.refusal('import:wages', { companyId: company.id, month: '2026-01', fileName: 'w.csv', dryRun, content: 'id_number,basic\n800101145677,3100\n' });
      expect(imported.key, `dry run ${dryRun}`).toBe('payroll.error.monthFinalised');
    }
    // Nothing changed.
    const month = await payrollOf(app, company.id, '2026-01');
    expect(lineOf(month, ali.id).payroll.items.basic).toBe(300_000);
    // Other months are not locked.
    await pay(app, company.id, '2026-02', [{ employeeId: ali.id, items: { basic: '3100' } }]);
  });

  it('refuses TP1 claims of the month and CP38 instructions that would change what it deducted', async () => {
    const { company, ali } = await finalisedJanuary();
    const tp1 = app.services.tp1;
    expect(thrownBy(ServiceError, () => tp1.save(company.id, { employeeId: ali.id, month: '2026-01', item: 'C6', amount: 5_000 })).key).toBe('payroll.error.monthFinalised');
    const claim = tp1.list(company.id, ali.id)[0]!;
    expect(thrownBy(ServiceError, () => tp1.remove(company.id, claim.id)).key).toBe('payroll.error.monthFinalised');
    tp1.save(company.id, { employeeId: ali.id, month: '2026-02', item: 'C6', amount: 5_000 }); // an open month is fine

    const cp38 = app.services.cp38;
    expect(thrownBy(ServiceError, () => cp38.save(company.id, { employeeId: ali.id, reference: 'R1', fromMonth: '2025-12', toMonth: '2026-02', amount: 10_000 })).key).toBe(
      'payroll.error.monthFinalised',
    );
    const later = cp38.save(company.id, { employeeId: ali.id, reference: 'R2', fromMonth: '2026-02', toMonth: '2026-06', amount: 10_000 });
    // Moving it into January would change January: refused; shortening it at the other end is fine.
    expect(thrownBy(ServiceError, () => cp38.save(company.id, { id: later.id, employeeId: ali.id, reference: 'R2', fromMonth: '2026-01', toMonth: '2026-06', amount: 10_000 })).key).toBe(
      'payroll.error.monthFinalised',
    );
    cp38.save(company.id, { id: later.id, employeeId: ali.id, reference: 'R2', fromMonth: '2026-02', toMonth: '2026-04', amount: 10_000 });
  });

  it('keeps the month as paid whatever changes in the records afterwards', async () => {
    const { company, ali } = await finalisedJanuary();
    const before = await payrollOf(app, company.id, '2026-01');
    const employee = await app.call<Record<string, unknown>>('employees:get', { id: ali.id });
    await app.call('employees:update', { id: ali.id, employee: { name: 'Ali Renamed', idNumber: '800101-14-5677', hireDate: employee.hireDate, maritalStatus: 'married', childrenBasic: 2, bankAccount: '1234-5678-90' } });
    await app.call('companies:update', { id: company.id, name: 'Kedai Baharu', hrdLevy: 'one_percent' });
    const after = await payrollOf(app, company.id, '2026-01');
    expect(after).toEqual(before);
    expect(after.lines[0]!.employee.name).toBe('Ali');
    expect(after.company.name).toBe('Kedai A1');
    expect(after.status.finalised).toBe(true);
  });

  it('refuses finalising twice, a month not yet begun, and a month with nobody paid', async () => {
    const { company } = await finalisedJanuary();
    expect((await app.refusal('payroll:finalise', { companyId: company.id, month: '2026-01' })).key).toBe('payroll.error.alreadyFinalised');
    expect((await app.refusal('payroll:finalise', { companyId: company.id, month: '2027-01' })).key).toBe('payroll.error.finaliseFuture');
    expect((await app.refusal('payroll:finalise', { companyId: company.id, month: '2026-02' })).key).toBe('payroll.error.nothingToFinalise');
  });
});

describe('unlocking', () => {
  it('needs a reason, is kept in the change history, and says what was already filed', async () => {
    const { company } = await finalisedJanuary();
    const noReason = await app.refusal('payroll:unlock', { companyId: company.id, month: '2026-01', reason: '  ' });
    expect([noReason.code, noReason.field, noReason.message]).toEqual(['VALIDATION', 'reason', 'Say why the month is unlocked (3 to 500 characters): it is kept in the change history.']);

    const files = { dir: tempDir() };
    await app.call('assist:generate', { companyId: company.id, month: '2026-01', folder: files.dir });
    const receipt = path.join(files.dir, 'resit.pdf');
    fs.writeFileSync(receipt, '%PDF-1.4 receipt');
    await app.call('receipts:attach', { companyId: company.id, month: '2026-01', fileName: 'resit.pdf', content: fs.readFileSync(receipt).toString('base64'), kind: 'payment' });

    const unlocked = await app.call<UnlockResult>('payroll:unlock', { companyId: company.id, month: '2026-01', reason: 'Overtime of January left out' });
    expect(unlocked.status.finalised).toBe(false);
    expect(unlocked.filed.files.map((f) => f.fileName).sort()).toEqual(['EIS_A1_012026.txt', 'SOCSO_A1_012026.txt']);
    expect(unlocked.filed.receipts.map((r) => r.kind)).toEqual(['payment']);
    expect(unlocked.notices.map((n) => n.key)).toEqual(['payroll.unlock.filesGenerated', 'payroll.unlock.receiptsFiled']);
    expect(unlocked.notices[0]!.message).toContain('SOCSO_A1_012026.txt');
    expect(unlocked.status.unlocks).toEqual([{ finalisedAt: unlocked.finalisedAt, unlockedAt: unlocked.unlockedAt, reason: 'Overtime of January left out' }]);

    const history = await app.call<ChangeEntry[]>('wages:history', { companyId: company.id, month: '2026-01' });
    const runs = history.filter((h) => h.entity === 'pay_run');
    expect(runs.map((h) => [h.field, h.oldValue, h.newValue])).toEqual(
      expect.arrayContaining([
        ['status', 'finalised', 'open'],
        ['reason', null, 'Overtime of January left out'],
        ['status', 'open', 'finalised'],
      ]),
    );
    // The month can be edited again, and finalised again.
    await pay(app, company.id, '2026-01', [{ employeeId: (await payrollOf(app, company.id, '2026-01')).lines[0]!.employee.id, items: { basic: '3000', overtime: '250' } }]);
    await app.call('payroll:finalise', { companyId: company.id, month: '2026-01' });
  });

  it('unlocks the year’s latest finalised month first, and says when nothing was filed', async () => {
    const { company, ali } = await finalisedJanuary();
    await pay(app, company.id, '2026-02', [{ employeeId: ali.id, items: { basic: '3000' } }]);
    await app.call('payroll:finalise', { companyId: company.id, month: '2026-02' });
    const january = await app.refusal('payroll:unlock', { companyId: company.id, month: '2026-01', reason: 'a mistake' });
    expect([january.key, january.message]).toEqual([
      'payroll.error.unlockLaterFinalised',
      'January 2026 cannot be unlocked while later months of its year are finalised (February 2026): their PCB counted this month as paid. Unlock the latest month first.',
    ]);
    const february = await app.call<UnlockResult>('payroll:unlock', { companyId: company.id, month: '2026-02', reason: 'a mistake' });
    expect(february.notices.map((n) => n.message)).toEqual(['Nothing had been generated or filed for February 2026 yet.']);
    expect((await app.refusal('payroll:unlock', { companyId: company.id, month: '2026-02', reason: 'again' })).key).toBe('payroll.error.notFinalised');
  });
});
