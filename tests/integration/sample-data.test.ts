// Sample data: the sample company is marked, its people show the interesting cases as the engine
// computes them, and removal deletes every row of that company only; a real company is refused.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/services';
import { checkAssistFile } from '../../shared/assist';
import type { SampleCreated } from '../../shared/api/channels/sample';
import { SAMPLE_NAME_PREFIX } from '../../main/services/sample-data';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.dispose());

const COMPANY_TABLES = ['employees', 'wages', 'change_log', 'file_runs', 'receipts', 'month_status'] as const;

function countsOnDisk(companyId: number): Record<string, number> {
  const raw = new Database(app.services.databaseFile, { readonly: true });
  try {
    const counts: Record<string, number> = {};
    for (const table of COMPANY_TABLES) {
      counts[table] = (raw.prepare(`SELECT count(*) AS n FROM ${table} WHERE company_id = ?`).get(companyId) as { n: number }).n;
    }
    for (const table of ['file_run_files', 'file_run_employees']) {
      counts[table] = (
        raw.prepare(`SELECT count(*) AS n FROM ${table} WHERE run_id IN (SELECT id FROM file_runs WHERE company_id = ?)`).get(companyId) as { n: number }
      ).n;
    }
    counts.companies = (raw.prepare('SELECT count(*) AS n FROM companies WHERE id = ?').get(companyId) as { n: number }).n;
    return counts;
  } finally {
    raw.close();
  }
}

/** Gives a company a month with generated files, a month status and a receipt row. */
function fillMonth(companyId: number, month: string) {
  const folder = path.join(app.dataDir, `out-${companyId}`);
  fs.mkdirSync(folder, { recursive: true });
  app.services.monthFiles.generate({ companyId, month, folder });
  app.services.db
    .prepare(
      `INSERT INTO receipts (company_id, month, kind, file_name, path, size, sha256, source) VALUES (?, ?, 'acr', 'acr.pdf', ?, 1, ?, 'user')`,
    )
    .run(companyId, month, path.join(folder, `acr-${companyId}.pdf`), 'a'.repeat(64));
  app.services.db
    .prepare(`INSERT OR REPLACE INTO month_status (company_id, month, status, source) VALUES (?, ?, 'submitted', 'user')`)
    .run(companyId, month);
  return folder;
}

describe('sample data', () => {
  it('creates one marked sample company with eight employees and two months of wages; a second create returns it', async () => {
    const created = await app.call<SampleCreated>('sample:create');
    expect(created.company.name.startsWith(SAMPLE_NAME_PREFIX)).toBe(true);
    expect(created.company.name).toMatch(/^CONTOH \/ SAMPLE – /);
    expect(created.company.employerCode).toBe('SAMPLE000001');
    expect(created.company.employerCode).toMatch(/^[A-Z0-9]{1,12}$/);
    expect(created.company.isSample).toBe(true);
    expect(created.employees).toBe(8);
    expect(app.services.employees.list(created.company.id)).toHaveLength(8);
    for (const month of created.months) expect(app.services.wages.entriesFor(created.company.id, month).size).toBeGreaterThan(0);

    const again = await app.call<SampleCreated>('sample:create');
    expect(again.company.id).toBe(created.company.id);
    expect(app.services.companies.list()).toHaveLength(1);
    // A real company is not marked.
    const real = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
    expect(real.isSample).toBe(false);
  });

  it('the sample cases compute as they should', async () => {
    const { company, months } = await app.call<SampleCreated>('sample:create');
    const month = app.services.contributions.forMonth(company.id, months[1]);
    const byName = (fragment: string) => {
      const row = month.rows.find((r) => r.employee.name.includes(fragment));
      if (!row) throw new Error(`no ${fragment} in ${months[1]}`);
      return row;
    };
    expect(byName('Siti').result.category).toBe(1);
    expect(byName('Siti').result.eis.eligible).toBe(true);
    // 60 or older: Category 2, no EIS.
    expect(byName('Ahmad').result.category).toBe(2);
    expect(byName('Ahmad').result.eis.eligible).toBe(false);
    // 57+ with no EIS before 57: SOCSO Category 1 still, not in EIS.
    expect(byName('Lim').employee.noEisBefore57).toBe(true);
    expect(byName('Lim').result.category).toBe(1);
    expect(byName('Lim').result.eis.eligible).toBe(false);
    // Foreign worker with a passport: SOCSO, not EIS.
    expect(byName('Rahman').employee.idType).toBe('passport');
    expect(byName('Rahman').result.category).not.toBeNull();
    expect(byName('Rahman').result.eis.eligible).toBe(false);
    // Joiner and leaver of the month.
    expect(byName('Nurul').events.joined).toBe(true);
    expect(byName('Tan Mei Ling').events.left).toBe(true);
    // Domestic worker: covered by SOCSO.
    expect(byName('Kamala').employee.domesticWorker).toBe(true);
    expect(byName('Kamala').result.socso.employerSen).toBeGreaterThan(0);
    // The joiner has no wages the month before.
    expect(app.services.contributions.forMonth(company.id, months[0]).rows.some((r) => r.employee.name.includes('Nurul'))).toBe(false);

    // Its files pass the project's own checker.
    const folder = fillMonth(company.id, months[1]);
    for (const file of fs.readdirSync(folder)) {
      const checked = checkAssistFile({ bytes: fs.readFileSync(path.join(folder, file)), fileName: file, today: app.services.today() });
      expect(checked.errors, `${file}: ${JSON.stringify(checked.problems)}`).toBe(0);
    }
  });

  it('remove deletes every row of the sample company and nothing of another company', async () => {
    const real = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
    const ali = app.services.employees.create(real.id, { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151', hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03' });
    const { company, months } = await app.call<SampleCreated>('sample:create');
    app.services.wages.write(real.id, months[1], [{ employeeId: ali.id, items: { basic: 300000 } }], 'app');
    fillMonth(real.id, months[1]);
    fillMonth(company.id, months[1]);
    app.services.companies.update({ id: company.id, notes: 'changed' });

    const before = countsOnDisk(company.id);
    for (const table of [...COMPANY_TABLES, 'file_run_files', 'file_run_employees', 'companies']) expect(before[table], table).toBeGreaterThan(0);
    const realBefore = countsOnDisk(real.id);

    const removed = await app.call<{ companyId: number; deleted: Record<string, number> }>('sample:remove', { companyId: company.id });
    expect(removed.deleted.employees).toBe(8);
    expect(removed.deleted.companies).toBe(1);
    expect(Object.values(countsOnDisk(company.id)).every((n) => n === 0)).toBe(true);
    expect(countsOnDisk(real.id)).toEqual(realBefore);
    expect(app.services.companies.list().map((c) => c.id)).toEqual([real.id]);
  });

  it('refuses to remove a real company (FORBIDDEN) and changes nothing', async () => {
    const real = app.services.companies.create({ name: 'Kedai Runcit Ali', employerCode: 'A3700012345B', ssmNumber: null });
    app.services.employees.create(real.id, { name: 'Ali bin Ahmad', idType: 'mykad', idNumber: '850505-10-5151', hireDate: '2020-01-02', perkesoRegisteredDate: '2020-01-03' });
    const before = countsOnDisk(real.id);
    const result = await app.router.invoke('sample:remove', { companyId: real.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', key: 'sample.error.notSample' } });
    expect(countsOnDisk(real.id)).toEqual(before);
    const missing = await app.router.invoke('sample:remove', { companyId: 9999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
