// Windows device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9) as employer codes and as the folders
// Caruman makes from them (issue 11 item 12).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecordsApp, type RecordsApp } from '../helpers/records';
import { tempDirsPerTest } from '../helpers/temp-dirs';
import type { BulkGenerationReport } from '../../shared/api/channels/month-end';

let app: RecordsApp | undefined;
const folder = tempDirsPerTest('caruman-bulk-');
afterEach(() => {
  app?.dispose();
  app = undefined;
});

describe('issue 11 item 12: Windows-reserved names', () => {
  it('are refused as employer codes, in any case, with a message that says why', async () => {
    app = createRecordsApp('2026-11-25');
    for (const code of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'COM9', 'LPT1', 'lpt9']) {
      const result = await app.router.invoke('companies:create', { name: 'Kedai', employerCode: code });
      expect(result, code).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'companies.error.employerCode.reserved', field: 'employerCode' } });
    }
    const refused = await app.router.invoke('companies:create', { name: 'Kedai', employerCode: 'CON' });
    expect(refused.ok ? '' : refused.error.message).toContain('Windows keeps CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9 for devices');
    // Codes that only start like one are fine.
    for (const code of ['CON1', 'COM10', 'NULL', 'A3700012345B']) {
      expect(await app.router.invoke('companies:create', { name: `Kedai ${code}`, employerCode: code }), code).toMatchObject({ ok: true });
    }
  });

  it('a stored device-name code (from an older Caruman) gets no folder in a bulk run; the other companies do', async () => {
    app = createRecordsApp('2026-11-25');
    const good = await app.company('A1', 'Kedai A1');
    const employee = await app.call<{ id: number }>('employees:create', { companyId: good.id, employee: { name: 'Ali', idNumber: '900315-14-5671', hireDate: '2024-01-01' } });
    await app.call('wages:set', { companyId: good.id, month: '2026-03', entries: [{ employeeId: employee.id, items: { basic: '2500' } }] });
    // The database allows it (its CHECK predates this rule); only the form refuses it now.
    app.services.db.prepare("INSERT INTO companies (name, employer_code) VALUES ('Kedai Lama', 'AUX')").run();
    const aux = (await app.call<{ id: number; employerCode: string }[]>('companies:list')).find((c) => c.employerCode === 'AUX')!;
    const other = await app.call<{ id: number }>('employees:create', { companyId: aux.id, employee: { name: 'Abu', idNumber: '850202-14-5679', hireDate: '2024-01-01' } });
    await app.call('wages:set', { companyId: aux.id, month: '2026-03', entries: [{ employeeId: other.id, items: { basic: '2000' } }] });

    const outDir = folder();
    const report = await app.call<BulkGenerationReport>('monthEnd:generateAll', { month: '2026-03', outDir });
    expect(report.results.map((r) => [r.employerCode, r.outcome])).toEqual([
      ['A1', 'generated'],
      ['AUX', 'failed'],
    ]);
    expect(report.results[1]!.reason!.message).toBe('Its employer code AUX cannot be a folder name on Windows, so no folder was made for it. Correct the employer code.');
    expect(fs.readdirSync(outDir).sort()).toEqual(['A1', 'caruman-summary-2026-03.csv']);
    expect(fs.existsSync(path.join(outDir, 'AUX'))).toBe(false);
  });
});
