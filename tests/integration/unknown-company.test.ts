// Every channel that names a company by id answers NOT_FOUND "companies.error.notFound" for a
// company that does not exist (a stale id, a row id reused), and changes nothing. The services
// make this check, once each (createCompanyCheck or companies.get); the handlers do not repeat it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/services';

const app = createTestApp();
afterAll(() => app.dispose());
const MISSING = 4242;
const month = '2026-07';
const outDir = path.join(app.dataDir, 'out');
fs.mkdirSync(outDir, { recursive: true });

const calls: [string, Record<string, unknown>][] = [
  ['employees:list', { companyId: MISSING }],
  ['employees:create', { companyId: MISSING, employee: { name: 'Ali bin Abu', idType: 'mykad', idNumber: '900314-14-5677' } }],
  ['wages:sheet', { companyId: MISSING, month }],
  ['wages:set', { companyId: MISSING, month, entries: [{ employeeId: 1, items: { basic: '1000.00' } }] }],
  ['wages:copyPreviousMonth', { companyId: MISSING, month }],
  ['wages:history', { companyId: MISSING, month }],
  ['import:employees', { companyId: MISSING, fileName: 'staff.csv', content: 'name,id_number\nAli bin Abu,900314-14-5677\n', dryRun: false }],
  ['import:wages', { companyId: MISSING, month, fileName: 'wages.csv', content: 'id_number,basic\n900314-14-5677,1000\n', dryRun: false }],
  ['export:employees', { companyId: MISSING }],
  ['export:wages', { companyId: MISSING, month }],
  ['assist:generate', { companyId: MISSING, month, folder: outDir }],
  ['assist:preview', { companyId: MISSING, month }],
  ['assist:status', { companyId: MISSING, month }],
  ['assist:runs', { companyId: MISSING, month }],
  ['receipts:list', { companyId: MISSING, month }],
  ['monthStatus:get', { companyId: MISSING, month }],
  ['monthStatus:set', { companyId: MISSING, month, status: 'paid' }],
  ['monthEnd:arrears', { companyId: MISSING, month }],
  ['monthEnd:auditExport', { companyId: MISSING, year: 2026, outDir }],
  ['sample:remove', { companyId: MISSING }],
  ['tp1:list', { companyId: MISSING, employeeId: 1 }],
  ['tp1:save', { companyId: MISSING, claim: { employeeId: 1, month, item: 'C14', amount: '10.00' } }],
  ['tp1:delete', { companyId: MISSING, id: 1 }],
  ['tp3:list', { companyId: MISSING, employeeId: 1 }],
  ['tp3:save', { companyId: MISSING, record: { employeeId: 1, year: 2026, remuneration: '1000.00' } }],
  ['tp3:delete', { companyId: MISSING, id: 1 }],
  ['cp38:list', { companyId: MISSING, employeeId: 1 }],
  ['cp38:save', { companyId: MISSING, instruction: { employeeId: 1, reference: 'R1', fromMonth: month, toMonth: month, amount: '10.00' } }],
  ['cp38:delete', { companyId: MISSING, id: 1 }],
];

describe('a company id that does not exist', () => {
  it.each(calls)('%s answers NOT_FOUND companies.error.notFound', async (channel, input) => {
    const result = await app.router.invoke(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'companies.error.notFound' } });
  });

  it('left nothing behind: no employee, wage, run or file', () => {
    for (const table of ['employees', 'wages', 'file_runs']) {
      const exists = app.services.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { n: number };
      if (exists.n === 0) continue;
      expect((app.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
