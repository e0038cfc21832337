// The month-end pack is made from one read of the month (issue 17): a wage changed while the pack is
// being made (here, while its payslips are drawn — the slow step, when the app's window can still
// save) reaches none of its files. Every file of the pack carries the figures of the moment it was
// read; the next pack carries the new ones. Real services over a real SQLite file and a real folder;
// the change is made through the router, injected at the step (never a sleep).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRecordsApp } from '../../helpers/records';
import { tempDirsPerTest } from '../../helpers/temp-dirs';
import { pdfText } from '../../helpers/pdf-text';
import { packMonth, type PackDeps } from '../../../main/services/month-end/pack';
import type { PayslipService } from '../../../main/services/payslips';

const MONTH = '2026-07';
const TODAY = '2026-08-10';
const CODE = 'A3700012345B';
const CP39 = '009089151007_2026.txt';
const ASSIST = `SOCSO-EIS-LINDUNG_${CODE}_072026.txt`;
const FORM_A = 'EPF_23456789_082026.txt';

const app = useRecordsApp(TODAY);
const tempDir = tempDirsPerTest();
let out: { dir: string };

/** One company with KWSP and LHDN numbers (so Form A and CP39 are made), Ali paid RM15,000 in July (PCB to pay). */
async function shop() {
  out = { dir: tempDir() };
  const company = await app.call<{ id: number }>('companies:create', { name: 'Kedai Runcit Ali', employerCode: CODE });
  await app.call('companies:update', { id: company.id, epfEmployerNumber: '23456789', taxEmployerNumber: 'E 908915-10' });
  const ali = await app.call<{ id: number }>('employees:create', {
    companyId: company.id,
    employee: { name: 'Ali bin Abu', idNumber: '900314-14-5671', hireDate: '2020-01-06', epfMemberNumber: '12345678', taxNumber: 'IG12345678090', bankName: 'Maybank', bankAccount: '114011223344', payslipLanguage: 'en' },
  });
  await app.call('wages:set', { companyId: company.id, month: MONTH, entries: [{ employeeId: ali.id, items: { basic: '15000' } }] });
  return { companyId: company.id, aliId: ali.id };
}

/** The pack's dependencies as the app wires them, with the payslips step doing `meanwhile` first. */
function depsWith(meanwhile: () => Promise<void>): PackDeps {
  const s = app.services;
  const payslips: PayslipService = {
    ...s.payslips,
    async filesFor(payroll) {
      await meanwhile();
      return s.payslips.filesFor(payroll);
    },
  };
  return {
    companies: s.companies,
    contributions: s.contributions,
    monthFiles: s.monthFiles,
    payroll: s.payroll,
    payslips,
    today: () => TODAY,
    companyFolder: (id) => s.receipts.companyFolder(id),
    readTogether: (read) => s.db.transaction(read)(),
  };
}

const files = (folder: string) => Object.fromEntries(fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name))]));

describe('the month-end pack is made from one read', () => {
  it('a wage changed while the payslips are drawn reaches none of the pack’s files; the next pack has it everywhere', async () => {
    const { companyId, aliId } = await shop();
    // What every upload file of the month is before the change (the files service's own preview).
    const before = app.services.monthFiles.preview(companyId, MONTH).contents;
    expect(Object.keys(before).sort()).toEqual([ASSIST, CP39, FORM_A].sort());

    let changed = false;
    const report = await packMonth(
      depsWith(async () => {
        if (changed) return;
        changed = true;
        await app.call('wages:set', { companyId, month: MONTH, entries: [{ employeeId: aliId, items: { basic: '20000' } }] });
      }),
      { month: MONTH, outDir: out.dir, companyIds: [companyId], t: (key) => key },
    );
    expect(changed).toBe(true);
    expect(report.results.map((r) => [r.outcome, r.reason?.key ?? null])).toEqual([['generated', null]]);
    const folder = path.join(out.dir, MONTH);
    const packed = files(folder);
    // The upload files: byte for byte what they were before the change — the CP39's PCB included
    // (the pay run is not asked again after the PDFs).
    for (const [name, content] of Object.entries(before)) expect(packed[name]?.toString('latin1'), name).toBe(content);
    // The summary, the payment list and the payslip: RM15,000, never RM20,000.
    const summary = packed[`payroll-summary-${MONTH}-${CODE}-DRAFT.csv`]!.toString('utf8');
    expect(summary).toContain('15000.00');
    expect(summary).not.toContain('20000.00');
    const slip = (await pdfText(packed[`payslip-${MONTH}-900314145671.pdf`]!)).all.replace(/\s+/g, ' ');
    expect(slip).toMatch(/Basic salary 15,000\.00/);
    expect(slip).not.toContain('20,000.00');
    // The payslip's PCB is the CP39's (its D record has the amount in sen, zero-padded).
    const pcb = /PCB \(monthly tax deduction\) ([\d,]+\.\d\d)/.exec(slip)![1]!.replace(/[,.]/g, '');
    expect(before[CP39]).toContain(pcb.padStart(8, '0'));

    // The change itself was saved: the next pack (replacing) carries RM20,000 in every file.
    const after = app.services.monthFiles.preview(companyId, MONTH).contents;
    expect(after[CP39]).not.toBe(before[CP39]);
    const again = await packMonth(depsWith(async () => {}), { month: MONTH, outDir: out.dir, companyIds: [companyId], overwrite: true, t: (key) => key });
    expect(again.results[0]?.outcome).toBe('generated');
    const repacked = files(folder);
    expect(repacked[CP39]!.toString('latin1')).toBe(after[CP39]);
    expect(repacked[`payroll-summary-${MONTH}-${CODE}-DRAFT.csv`]!.toString('utf8')).toContain('20000.00');
  });
});
