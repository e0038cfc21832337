// A wage-grid save never overwrites what changed elsewhere after the grid was opened (the gap left
// after issue 11 item 3): the grid sends each row's stored version with wages:set; a row changed
// since (an import of another item of the same row, another window) is refused with CONFLICT and
// nothing of the save is written. The real router, services and SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appWithCompany, type RecordsApp } from '../../helpers/records';
import { importCommitted, importReport, importStaff, writeUserFile } from '../../helpers/import-files';
import type { WageGrid } from '../../../shared/domain/wage-grid';

const MONTH = '2025-05';
const ALI = '900101145677';
const SITI = '850505105678';
let app: RecordsApp;
let companyId: number;
beforeEach(async () => {
  ({ app, companyId } = await appWithCompany());
  await importStaff(app, companyId, [['Ali bin Abu', ALI], ['Siti binti Omar', SITI]]);
  await importCommitted(app, 'wages', 'start.csv', `id_number,basic,overtime\n${ALI},2000,0\n`, { companyId, month: MONTH });
});
afterEach(() => app.dispose());

const storedOf = (idNumber: string) =>
  app.services.db.prepare('SELECT basic, overtime FROM wages JOIN employees ON employees.id = wages.employee_id WHERE id_number = ?').get(idNumber);
const grid = () => app.call<WageGrid>('wages:grid', { companyId, month: MONTH });
const rowOf = (sheet: WageGrid, idNumber: string) => sheet.rows.find((row) => row.idNumber === idNumber)!;

describe('wage-grid save against a change made elsewhere', () => {
  it('refuses a row changed by an import after the grid loaded it, names the employee, and writes nothing of the save', async () => {
    const opened = await grid();
    const ali = rowOf(opened, ALI);
    const siti = rowOf(opened, SITI);
    expect(ali.version).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(siti.version).toBeNull(); // nothing stored for Siti yet
    // While the grid is open, an import changes Ali's overtime (another item of the row the user edits).
    const overtime = writeUserFile(app, 'overtime.csv', `id_number,overtime\n${ALI},150\n`);
    expect(await importReport(app, 'wages', overtime, { companyId, month: MONTH })).toMatchObject({ committed: true });
    // The user saves basic RM2,500 for Ali (overtime as loaded: 0) and RM1,800 for Siti.
    const result = await app.router.invoke('wages:set', {
      companyId,
      month: MONTH,
      entries: [
        { employeeId: siti.employeeId, items: { basic: '1800.00' }, expectedVersion: siti.version },
        { employeeId: ali.employeeId, items: { basic: '2500.00' }, expectedVersion: ali.version },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'CONFLICT', key: 'wages.error.changedSinceOpened', field: 'entries.1' });
    expect(result.error.message).toContain('Ali bin Abu');
    expect(result.error.message).not.toContain('wages.error');
    // The import's overtime is kept; nothing of the refused save is stored (Siti's row neither).
    expect(storedOf(ALI)).toEqual({ basic: 200000, overtime: 15000 });
    expect(storedOf(SITI)).toBeUndefined();
  });

  it('saves once the grid has read the month again, and returns the versions the next load shows', async () => {
    const overtime = writeUserFile(app, 'overtime.csv', `id_number,overtime\n${ALI},150\n`);
    expect(await importReport(app, 'wages', overtime, { companyId, month: MONTH })).toMatchObject({ committed: true });
    const reloaded = rowOf(await grid(), ALI);
    expect(reloaded.items).toEqual({ basic: 200000, overtime: 15000 });
    const saved = await app.call<{ changed: number; versions: { employeeId: number; version: string }[] }>('wages:set', {
      companyId,
      month: MONTH,
      entries: [{ employeeId: reloaded.employeeId, items: { basic: '2500.00', overtime: '150.00' }, expectedVersion: reloaded.version }],
    });
    expect(saved.changed).toBe(1);
    expect(storedOf(ALI)).toEqual({ basic: 250000, overtime: 15000 });
    const next = rowOf(await grid(), ALI);
    expect(saved.versions).toEqual([{ employeeId: reloaded.employeeId, version: next.version }]);
    // A second save from the same (now stale) load is refused; one from the returned version is not.
    const stale = await app.router.invoke('wages:set', {
      companyId,
      month: MONTH,
      entries: [{ employeeId: reloaded.employeeId, items: { basic: '2600.00' }, expectedVersion: reloaded.version }],
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const fresh = await app.router.invoke('wages:set', {
      companyId,
      month: MONTH,
      entries: [{ employeeId: reloaded.employeeId, items: { basic: '2600.00' }, expectedVersion: next.version }],
    });
    expect(fresh.ok).toBe(true);
  });

  it('a save that sends no version (an import, the CLI) is not checked, and a row saved unchanged keeps its version', async () => {
    const ali = rowOf(await grid(), ALI);
    const same = await app.call<{ changed: number; versions: unknown[] }>('wages:set', {
      companyId,
      month: MONTH,
      entries: [{ employeeId: ali.employeeId, items: { basic: '2000.00' }, expectedVersion: ali.version }],
    });
    expect(same).toEqual({ changed: 0, versions: [], refused: [] });
    expect(rowOf(await grid(), ALI).version).toBe(ali.version);
    const unchecked = await app.router.invoke('wages:set', { companyId, month: MONTH, entries: [{ employeeId: ali.employeeId, items: { basic: '2100.00' } }] });
    expect(unchecked.ok).toBe(true);
  });
});
