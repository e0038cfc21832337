// The auditor's year with hostile and careless data: stored file names and paths are data, not
// trusted paths; a file that went missing is noted and the export carries on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRecordsApp } from '../helpers/records';
import { tempDirsPerTest } from '../helpers/temp-dirs';
import type { ReceiptInfo } from '../../shared/api/channels/receipts';

const folder = tempDirsPerTest('caruman-audit-');
const app = useRecordsApp('2026-11-25');

/** A1 with one employee, wages and generated files for 2026-03. */
async function companyWithFiles(filesFolder: string) {
  const company = await app.company('A1', 'Kedai A1');
  const employee = await app.call<{ id: number }>('employees:create', {
    companyId: company.id,
    employee: { name: 'Ali', idNumber: '800101-14-5677', hireDate: '2024-01-01', perkesoRegisteredDate: '2024-01-02' },
  });
  await app.call('wages:set', { companyId: company.id, month: '2026-03', entries: [{ employeeId: employee.id, items: { basic: '2500' } }] });
  await app.call('assist:generate', { companyId: company.id, month: '2026-03', folder: filesFolder });
  return company;
}

/** A private file elsewhere on the disk ("PRIVATE KEY"), which nothing may reveal or copy. */
function privateKeyElsewhere(): string {
  const secret = path.join(folder('caruman-secret-'), 'id_rsa');
  fs.writeFileSync(secret, 'PRIVATE KEY');
  return secret;
}

/** Every file below dir, relative, sorted. */
function tree(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split(path.sep).join('/')).sort();
}

describe('issue 11 item 8: the audit export builds no path from stored data', () => {
  it('a crafted file name cannot write outside the audit folder, and a crafted path cannot copy another file in', async () => {
    const files = folder();
    const company = await companyWithFiles(files);
    const secret = privateKeyElsewhere();
    // What a hostile backup could hold: a name that climbs out, and a path to a file that is not the run's.
    app.services.db.prepare("UPDATE file_run_files SET file_name = '../../../../../escaped.txt' WHERE kind = 'socso'").run();
    app.services.db.prepare("UPDATE file_run_files SET path = ? WHERE kind = 'eis'").run(secret);

    const base = folder();
    const out = path.join(base, 'x', 'y');
    fs.mkdirSync(out, { recursive: true });
    const result = await app.call<{ folder: string; files: number }>('monthEnd:auditExport', { companyId: company.id, year: 2026, outDir: out });
    expect(result.folder).toBe(path.join(out, 'A1-2026-audit'));
    // Nothing anywhere but the audit folder (the name climbs five levels: to base).
    expect(tree(base).filter((p) => !p.startsWith('x/y/A1-2026-audit/'))).toEqual(['x', 'x/y', 'x/y/A1-2026-audit']);
    const inside = tree(result.folder);
    expect(inside.some((p) => p.includes('escaped'))).toBe(false);
    expect(inside.filter((p) => p.startsWith('assist-files'))).toEqual([]);
    for (const p of inside) {
      const full = path.join(result.folder, p);
      if (fs.statSync(full).isFile()) expect(fs.readFileSync(full, 'utf8')).not.toContain('PRIVATE KEY');
    }
    // Both are noted in the index instead, under their plain names.
    const index = fs.readFileSync(path.join(result.folder, 'index.csv'), 'utf8');
    expect(index).toContain('2026-03,assist-file,escaped.txt,');
    expect(index).toContain('2026-03,assist-file,EIS_A1_032026.txt,');
    expect(index).toContain(`generated file no longer at ${secret}`);
  });
});

describe('issue 11 item 8: a stored path of a generated file or receipt names only the file Caruman wrote', () => {
  it('a row pointing at another file does not make that file the company’s to reveal or copy', async () => {
    const files = folder();
    const company = await companyWithFiles(files);
    const secret = privateKeyElsewhere();
    const genuine = path.join(files, 'SOCSO_A1_032026.txt');
    expect(await app.router.invoke('portal:copyPath', { companyId: company.id, path: genuine })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });

    app.services.db.prepare("UPDATE file_run_files SET path = ? WHERE kind = 'socso'").run(secret);
    const receipt = await app.call<ReceiptInfo>('receipts:attach', { companyId: company.id, month: '2026-03', fileName: 'r.pdf', content: Buffer.from('%PDF').toString('base64') });
    const elsewhere = path.join(path.dirname(secret), 'notes.txt');
    fs.writeFileSync(elsewhere, 'x');
    app.services.db.prepare('UPDATE receipts SET path = ? WHERE id = ?').run(elsewhere, receipt.id);
    for (const file of [secret, elsewhere]) {
      expect(await app.router.invoke('portal:copyPath', { companyId: company.id, path: file })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', key: 'portal.error.notCompanyFile' },
      });
    }
  });
});

describe('issue 11 item 17: a missing receipt file does not stop the audit', () => {
  it('notes the receipt in the index and exports everything else', async () => {
    const files = folder();
    const company = await companyWithFiles(files);
    const receipt = await app.call<ReceiptInfo>('receipts:attach', {
      companyId: company.id,
      month: '2026-03',
      fileName: 'resit.pdf',
      content: Buffer.from('%PDF-1.4 resit').toString('base64'),
    });
    fs.rmSync(receipt.path);

    const out = folder();
    const result = await app.call<{ folder: string; months: string[] }>('monthEnd:auditExport', { companyId: company.id, year: 2026, outDir: out });
    expect(result.months).toEqual(['2026-03']);
    const index = fs.readFileSync(path.join(result.folder, 'index.csv'), 'utf8');
    expect(index).toContain(`2026-03,receipt,2026-03-RESIT-resit.pdf,${receipt.sha256},receipt no longer at ${receipt.path}`);
    expect(fs.existsSync(path.join(result.folder, 'assist-files', '2026-03', 'SOCSO_A1_032026.txt'))).toBe(true);
    expect(fs.existsSync(path.join(result.folder, 'receipts'))).toBe(false);
    expect(fs.readFileSync(path.join(result.folder, 'index.html'), 'utf8')).toContain('receipt no longer at');
  });
});

describe('issue 11 item 20: the audit folder is private', () => {
  it('is created 0700 with its files 0600, and a crash’s staging folder is gone at the next export', async () => {
    if (process.platform === 'win32') return;
    const company = await companyWithFiles(folder());
    const out = folder();
    const leftover = path.join(out, '.A1-2025-audit.partial-99999-0a1b2c3d');
    fs.mkdirSync(leftover);
    fs.writeFileSync(path.join(leftover, 'index.csv'), 'half');
    const hoursAgo = (Date.now() - 2 * 3600_000) / 1000;
    fs.utimesSync(leftover, hoursAgo, hoursAgo);
    const result = await app.call<{ folder: string }>('monthEnd:auditExport', { companyId: company.id, year: 2026, outDir: out });
    expect(fs.statSync(result.folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(result.folder, 'index.csv')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(out)).toEqual(['A1-2026-audit']);
  });
});
