// LHDN's CP39 written with the month's other files, from each employee's PCB and CP38 as the pay
// run says them (injected here: the pay run's service is another slice), laid out by hand from
// PCB.md §6.2 (cp39_layout.csv): header H, one D per employee with something deducted, CR LF.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecordsApp, type RecordsApp } from '../../helpers/records';
import { makeTempDir } from '../../helpers/temp-dir';
import { CODE, setUpEpfScenario, TODAY, WAGE_MONTH } from './scenario';
import { createMonthFilesService, type PcbFigure } from '../../../main/services/month-files';
import { checkCp39File } from '../../../shared/tax/cp39';
import type { GenerationReportView } from '../../../shared/api/channels/assist';
import type { Employee } from '../../../shared/domain/employee';

let app: RecordsApp;
let out: { dir: string; remove: () => void };
afterEach(() => {
  app?.dispose();
  out?.remove();
});

const ALI = { name: 'Ali bin Abu', idNumber: '900314-14-5671', staffNumber: '001', epfMemberNumber: '12345678' };
const TAN = { name: 'Tan Ah Kow', idNumber: '640510-07-5213', staffNumber: '003', epfMemberNumber: '34567890' };

async function setUp(taxEmployerNumber: string | null) {
  app = createRecordsApp(TODAY);
  out = makeTempDir();
  const { companyId, people } = await setUpEpfScenario(app);
  if (taxEmployerNumber !== null) await app.call('companies:update', { id: companyId, taxEmployerNumber });
  await app.call('employees:update', { id: people.ali.id, employee: { ...ALI, idType: 'mykad', hireDate: '2020-01-06', taxNumber: 'IG 10544355-081' } });
  await app.call('employees:update', { id: people.tan.id, employee: { ...TAN, idType: 'mykad', hireDate: '2020-01-06', taxNumber: 'IG 11223344550' } });
  const employee = (id: number) => app.services.employees.list(companyId).find((e) => e.id === id) as Employee;
  // The pay run's figures: Ali RM123.45 PCB; Tan a CP38 instruction of RM250.00; Siti nothing.
  let figures: PcbFigure[] = [
    { employee: employee(people.ali.id), pcbSen: 12345, cp38Sen: 0 },
    { employee: employee(people.siti.id), pcbSen: 0, cp38Sen: 0 },
    { employee: employee(people.tan.id), pcbSen: 0, cp38Sen: 25000 },
  ];
  const s = app.services;
  const monthFiles = createMonthFilesService({
    db: s.db,
    companies: s.companies,
    contributions: s.contributions,
    employees: s.employees,
    today: () => TODAY,
    pcbFigures: () => figures,
  });
  return { companyId, monthFiles, setFigures: (next: PcbFigure[]) => (figures = next), figures: () => figures };
}

/** By hand from cp39_layout.csv: E 908915-10 is 0090891510; July 2026; RM123.45 in 1 record; RM250.00 CP38 in 1. */
const EXPECTED_CP39 = [
  'H' + '0090891510' + '0090891510' + '2026' + '07' + '0000012345' + '00001' + '0000025000' + '00001',
  'D' + '10544355081' + 'ALI BIN ABU'.padEnd(60) + ' '.repeat(12) + '900314145671' + ' '.repeat(12) + '  ' + '00012345' + '00000000' + '001'.padEnd(10),
  'D' + '11223344550' + 'TAN AH KOW'.padEnd(60) + ' '.repeat(12) + '640510075213' + ' '.repeat(12) + '  ' + '00000000' + '00025000' + '003'.padEnd(10),
  '',
].join('\r\n');

describe('CP39 with the month’s files', () => {
  it('is written with the PERKESO file and the Form A as one set, byte for byte as laid out by hand, and checks clean', async () => {
    const { companyId, monthFiles } = await setUp('E 908915-10');
    const report = monthFiles.generate({ companyId, month: WAGE_MONTH, folder: out.dir });
    expect(report.kinds).toEqual(['lindung', 'epf', 'pcb']);
    const cp39 = '009089151007_2026.txt';
    expect(report.files.map((f) => f.fileName)).toEqual([`SOCSO-EIS-LINDUNG_${CODE}_072026.txt`, 'EPF_23456789_082026.txt', cp39]);
    expect(fs.readFileSync(path.join(out.dir, cp39), 'latin1')).toBe(EXPECTED_CP39);
    expect(report.files[2]!.totals).toMatchObject({ records: 2, amountSen: 37345, pcb: { pcbSen: 12345, pcbRecords: 1, cp38Sen: 25000, cp38Records: 1 } });
    const checked = checkCp39File({ bytes: fs.readFileSync(path.join(out.dir, cp39)), fileName: cp39, today: TODAY });
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(monthFiles.status(companyId, WAGE_MONTH).runs[0]!.files.map((f) => [f.kind, f.outOfDate, f.onDisk])).toEqual([
      ['lindung', false, 'same'],
      ['epf', false, 'same'],
      ['pcb', false, 'same'],
    ]);
  });

  it('a change in the pay run’s PCB dates only the CP39', async () => {
    const { companyId, monthFiles, setFigures, figures } = await setUp('E 908915-10');
    monthFiles.generate({ companyId, month: WAGE_MONTH, folder: out.dir });
    setFigures(figures().map((f, i) => (i === 0 ? { ...f, pcbSen: 12400 } : f)));
    expect(monthFiles.freshness(companyId, WAGE_MONTH).map((f) => [f.kind, f.outOfDate])).toEqual([
      ['lindung', false],
      ['epf', false],
      ['pcb', true],
    ]);
  });

  it('without the E number: the others are made with a note by default; asked by name, a refusal saying where to enter it', async () => {
    const { companyId, monthFiles } = await setUp(null);
    const preview = monthFiles.preview(companyId, WAGE_MONTH).report;
    expect(preview.files.map((f) => f.kind)).toEqual(['lindung', 'epf']);
    expect(preview.notMade?.map((n) => n.key)).toEqual(['monthFiles.pcb.notMadeNoNumber']);
    expect(() => monthFiles.generate({ companyId, month: WAGE_MONTH, folder: out.dir, kinds: ['pcb'] })).toThrow(
      expect.objectContaining({ key: 'monthFiles.pcb.noEmployerNumber' }),
    );
    expect(fs.readdirSync(out.dir)).toEqual([]);
  });

  it('through the app’s own pay run: the CP39 holds the PCB the pay run deducts', async () => {
    app = createRecordsApp(TODAY);
    out = makeTempDir();
    const { companyId, people } = await setUpEpfScenario(app);
    await app.call('companies:update', { id: companyId, taxEmployerNumber: 'E 908915-10' });
    await app.call('employees:update', {
      id: people.lim.id,
      employee: { name: 'Lim Mei Ling', idType: 'mykad', idNumber: '700805-10-5436', nationality: 'pr', staffNumber: '005', epfMemberNumber: '45678901', hireDate: '2020-01-06', taxNumber: 'IG 12121212120' },
    });
    const report = await app.call<GenerationReportView>('assist:generate', { companyId, month: WAGE_MONTH, folder: out.dir, formats: ['pcb'] });
    const pay = app.services.payroll.month(companyId, WAGE_MONTH);
    const deducted = pay.lines.reduce((sum, l) => sum + l.payroll.deductions.pcbSen, 0);
    // Lim earns RM25,000 a month: PCB is due (the amount is the pay run's, tested on its own).
    expect(deducted).toBeGreaterThan(0);
    expect(report.files.map((f) => f.kind)).toEqual(['pcb']);
    expect(report.files[0]!.totals.pcb?.pcbSen).toBe(deducted);
    const lim = pay.lines.find((l) => l.employee.id === people.lim.id)!;
    const text = fs.readFileSync(path.join(out.dir, report.files[0]!.fileName), 'latin1');
    expect(text).toContain(`D12121212120${'LIM MEI LING'.padEnd(60)}`);
    expect(text).toContain(String(lim.payroll.deductions.pcbSen).padStart(8, '0'));
  });
});

