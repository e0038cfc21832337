// Forms EA (issue 16 "A Form EA PDF is read back and its figures equal the year's stored months")
// through the real router over a real SQLite file, read back with pdf.js. A year with a joiner who
// brought a TP3, a leaver, zakat from pay, CP38, a TP1 claim, a correction of this year and one of
// last year paid as arrears. Pay items are summed by hand from what the test stores; PCB, EPF,
// SOCSO and EIS are summed from each stored month as the pay run finalised it (payroll:month),
// never from the EA producer. Then the careless and hostile cases.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRecordsApp, hire, lineOf, pay, payrollOf, type Entry } from './setup';
import { pdfText } from '../../helpers/pdf-text';
import { useTempDirs } from '../../helpers/cleanups';
import { runCaruman, spawnCaruman } from '../../helpers/cli';
import { formatAmount } from '../../../shared/money/sen';
import type { EaPreview, EaWritten } from '../../../shared/api/channels/ea';
import { readCp8dFile } from '../../../shared/tax/cp8d';

const app = useRecordsApp('2027-01-10');
const temp = useTempDirs();

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04'] as const;

async function payAndFinalise(companyId: number, month: string, entries: Entry[]) {
  await pay(app, companyId, month, entries);
  await app.call('payroll:finalise', { companyId, month });
}

/** The year of Kedai A1, every amount typed here. */
async function year2026() {
  const company = await app.company('A1', 'Kedai Runcit A1');
  await app.call('companies:update', { id: company.id, taxEmployerNumber: 'E9089151008', address: 'No 1, Jalan Besar, Ipoh', phone: '05-2541234', contactName: 'Rahim' });
  const ali = await hire(app, company.id, {
    name: 'Ali bin Abu',
    idNumber: '960115-14-5673',
    payslipLanguage: 'ms',
    staffNumber: 'K007',
    jobTitle: 'Juruwang',
    epfMemberNumber: '12345678',
    taxNumber: 'IG12345678090',
    maritalStatus: 'married',
    spouseWorking: true,
    childrenBasic: 2,
  });
  const siti = await hire(app, company.id, { name: 'Siti Aminah', idNumber: '900303-10-5670', payslipLanguage: 'en' });
  const mei = await hire(app, company.id, { name: 'Tan Mei Ling', idNumber: '880808-08-5688', payslipLanguage: 'en', hireDate: '2026-03-02', perkesoRegisteredDate: '2026-03-02' });
  // Mei brought Form TP3: RM20,000 paid by her previous employer this year, EPF 2,200, PCB 800.
  await app.call('tp3:save', { companyId: company.id, record: { employeeId: mei.id, year: 2026, previousEmployer: 'Syarikat Lama', remuneration: '20000', epf: '2200', pcb: '800' } });
  // CP38: RM100 a month in January and February.
  await app.call('cp38:save', { companyId: company.id, instruction: { employeeId: ali.id, reference: 'CP38/2025/77', fromMonth: '2026-01', toMonth: '2026-02', amount: '100' } });

  // December 2025 (last year): Ali only.
  await payAndFinalise(company.id, '2025-12', [{ employeeId: ali.id, items: { basic: '3000' } }]);
  // A rise for December 2025, paid in January 2026 as arrears: EA 2026 item B2.
  await app.call('payroll:addCorrection', { companyId: company.id, employeeId: ali.id, forMonth: '2025-12', paidMonth: '2026-01', amount: '300', reason: 'Kenaikan gaji' });

  await payAndFinalise(company.id, '2026-01', [
    { employeeId: ali.id, items: { basic: '6000' }, deductions: { zakat: '50' } },
    { employeeId: siti.id, items: { basic: '2000' } },
  ]);
  await payAndFinalise(company.id, '2026-02', [
    { employeeId: ali.id, items: { basic: '6000', overtime: '150.50' }, deductions: { zakat: '50' } },
    { employeeId: siti.id, items: { basic: '2000', commission: '300' } },
  ]);
  // Overtime of February left out, paid in April: salary of this year (B1(a)).
  await app.call('payroll:addCorrection', { companyId: company.id, employeeId: ali.id, forMonth: '2026-02', paidMonth: '2026-04', amount: '250', reason: 'Overtime left out' });
  await app.call('tp1:save', { companyId: company.id, claim: { employeeId: ali.id, month: '2026-03', item: 'C5', amount: '100' } });
  await payAndFinalise(company.id, '2026-03', [
    { employeeId: ali.id, items: { basic: '6000' }, deductions: { zakat: '50', unpaid_leave: '100' } },
    { employeeId: siti.id, items: { basic: '1000', gratuity: '500' } },
    { employeeId: mei.id, items: { basic: '4000' } },
  ]);
  await payAndFinalise(company.id, '2026-04', [
    { employeeId: ali.id, items: { basic: '6000', bonus: '1000', travel_allowance: '200', reimbursement: '80' }, deductions: { zakat: '50' } },
    { employeeId: mei.id, items: { basic: '4000' } },
  ]);
  // Siti left on 15 March; recorded after March was finalised (the form takes today's record).
  await app.call('employees:update', { id: siti.id, employee: { name: 'Siti Aminah', idNumber: '900303-10-5670', payslipLanguage: 'en', hireDate: '2020-01-06', perkesoRegisteredDate: '2020-01-10', leaveDate: '2026-03-15', leaveReason: 'resigned' } });
  return { company, ali, siti, mei };
}

/** Sums over the stored months of 2026 of what each month's pay run deducted (not the EA's own sums). */
async function storedSums(companyId: number, employeeId: number) {
  const sums = { pcb: 0, epf: 0, socso: 0, eis: 0 };
  for (const month of MONTHS) {
    const line = (await payrollOf(app, companyId, month)).lines.find((l) => l.employee.id === employeeId);
    if (!line) continue;
    const d = line.payroll.deductions;
    sums.pcb += d.pcbSen;
    sums.epf += d.epfSen;
    sums.socso += d.socsoSen + d.lindungSen + d.arrearsSocsoSen + d.arrearsLindungSen;
    sums.eis += d.eisSen + d.arrearsEisSen;
  }
  return sums;
}

async function preview(companyId: number, employeeId: number, year = 2026) {
  const file = await app.call<EaPreview>('ea:preview', { companyId, year, employeeId });
  const text = await pdfText(Buffer.from(file.base64, 'base64'));
  return { fileName: file.fileName, text, flat: text.all.replace(/\s+/g, ' ') };
}

const amount = (sen: number) => formatAmount(sen).replace('.', '\\.');

describe('Form EA', () => {
  it('says the sums of the year’s finalised months, item by item, in the employee’s language', async () => {
    const { company, ali } = await year2026();
    const { fileName, text, flat } = await preview(company.id, ali.id);
    expect(fileName).toBe('EA-2026-960115145673-Ali-bin-Abu.pdf');
    expect(text.title).toBe('Borang EA 2026 — Ali bin Abu');
    for (const expected of ['Borang EA', 'bagi tahun berakhir 31 Disember 2026', 'E9089151008', 'IG12345678090', 'Ali bin Abu', 'Juruwang', 'K007', '960115145673', '12345678', 'Bekerja sepanjang tahun', 'Kedai Runcit A1, No 1, Jalan Besar, Ipoh', '05-2541234']) {
      expect(flat).toContain(expected);
    }
    expect(flat).not.toContain('DRAF');
    // B1(a): basic 4 × 6,000 + overtime 150.50 − unpaid leave 100 + February's overtime paid in April 250.
    expect(flat).toMatch(new RegExp(`1\\(a\\) Gaji kasar, upah atau gaji cuti \\(termasuk gaji lebih masa\\) ${amount(2_430_050)}`));
    // B1(b): the April bonus. B2: December 2025's rise paid in January. The reimbursement is not income.
    expect(flat).toMatch(new RegExp(`1\\(b\\) Fi \\(termasuk fi pengarah\\), komisen atau bonus ${amount(100_000)}`));
    expect(flat).toMatch(new RegExp(`yang dibayar dalam tahun semasa ${amount(30_000)}`));
    expect(flat).toContain('Tunggakan bagi Disember 2025: Kenaikan gaji: 300.00');
    expect(flat).toMatch(new RegExp(`Jumlah ${amount(2_560_050)}`));
    // Part F: the travel allowance (tax-exempt, shared/pay TRAVEL_ALLOWANCE_TAX_EXEMPT).
    expect(flat).toMatch(new RegExp(`manfaat yang dikecualikan cukai ${amount(20_000)}`));
    // Part D: PCB as each month deducted it, CP38 2 × 100, zakat 4 × 50, the TP1 claim of 100.
    const stored = await storedSums(company.id, ali.id);
    expect(stored.pcb).toBeGreaterThan(0);
    expect(flat).toMatch(new RegExp(`yang dibayar kepada LHDNM ${amount(stored.pcb)}`));
    expect(flat).toMatch(new RegExp(`Potongan arahan CP38 ${amount(20_000)}`));
    expect(flat).toMatch(new RegExp(`melalui potongan gaji ${amount(20_000)}`));
    expect(flat).toMatch(new RegExp(`Borang TP1: \\(a\\) pelepasan ${amount(10_000)}`));
    // D5: two children at RM2,000 (category 3).
    expect(flat).toMatch(new RegExp(`anak yang layak ${amount(400_000)}`));
    // Part E: EPF, SOCSO and EIS employee shares of the four months (December 2025 not among them).
    expect(flat).toMatch(new RegExp(`bahagian pekerja sahaja\\) ${amount(stored.epf)}`));
    expect(flat).toMatch(new RegExp(`PERKESO — caruman wajib yang dibayar \\(bahagian pekerja sahaja\\) ${amount(stored.socso)}`));
    expect(flat).toMatch(new RegExp(`termasuk SIP, bahagian pekerja ${amount(stored.eis)}`));
    expect(flat).toContain('Januari 2026, Februari 2026, Mac 2026, April 2026');
  });

  it('a joiner’s form leaves out the TP3 pay of the previous employer; a leaver’s gives the date of cessation', async () => {
    const { company, siti, mei } = await year2026();
    const joiner = (await preview(company.id, mei.id)).flat;
    expect(joiner).toContain('Form EA');
    expect(joiner).toContain('(a) Date of commencement 02/03/2026');
    expect(joiner).toMatch(/including overtime pay\) 8,000\.00/);
    expect(joiner).toMatch(/Total 8,000\.00/);
    expect(joiner).not.toContain('20,000.00');
    expect(joiner).not.toContain('28,000.00');
    expect(joiner).toContain('(Form TP3) is not on this form');
    // Her PCB in the stored months counted the TP3 (X = 800 before March), the EA shows only what this employer deducted.
    const stored = await storedSums(company.id, mei.id);
    expect(joiner).toMatch(new RegExp(`remitted to LHDNM ${amount(stored.pcb)}`));

    const leaver = (await preview(company.id, siti.id)).flat;
    expect(leaver).toContain('(b) Date of cessation 15/03/2026');
    // B1(a) 2,000 + 2,000 + 1,000; B1(b) commission 300; B1(f) gratuity 500.
    expect(leaver).toMatch(/including overtime pay\) 5,000\.00/);
    expect(leaver).toMatch(/commission or bonus 300\.00/);
    expect(leaver).toMatch(/1\(f\) Gratuity 500\.00/);
    expect(leaver).toMatch(/Total 5,800\.00/);
    expect(leaver).toContain('January 2026, February 2026, March 2026.');
  });

  it('writes one PDF per employee and a combined one; refuses while a month with wages is open, and the preview says DRAFT', async () => {
    const { company, ali, mei } = await year2026();
    const folder = path.join(temp(), 'ea', '2026');
    const written = await app.call<EaWritten>('ea:write', { companyId: company.id, year: 2026, folder });
    expect(written.files.map((f) => f.fileName)).toEqual([
      'EA-2026-960115145673-Ali-bin-Abu.pdf',
      'EA-2026-900303105670-Siti-Aminah.pdf',
      'EA-2026-880808085688-Tan-Mei-Ling.pdf',
      'Forms-EA-2026-A1.pdf',
    ]);
    expect(fs.readdirSync(folder).sort()).toEqual(written.files.map((f) => f.fileName).sort());
    const combined = await pdfText(fs.readFileSync(path.join(folder, 'Forms-EA-2026-A1.pdf')));
    expect(combined.all).toContain('Borang EA');
    expect(combined.all).toContain('Tan Mei Ling');
    expect(combined.all).toContain('Siti Aminah');

    // May entered but not finalised: no forms at all, saying which month; the preview is a draft naming it.
    await pay(app, company.id, '2026-05', [{ employeeId: mei.id, items: { basic: '4000' } }]);
    const elsewhere = path.join(temp(), 'draft');
    const refused = await app.router.invoke('ea:write', { companyId: company.id, year: 2026, folder: elsewhere });
    expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual([
      'CONFLICT',
      'No Forms EA were made for 2026: May 2026 has wages entered but is not finalised, so the figures can still change. Finalise it first.',
    ]);
    expect(fs.existsSync(elsewhere)).toBe(false);
    const draft = (await preview(company.id, ali.id)).flat;
    expect(draft).toContain('DRAF: 1 bulan bagi 2026 (Mei 2026) belum dimuktamadkan');
    expect(lineOf(await payrollOf(app, company.id, '2026-05'), mei.id).payroll.grossSen).toBe(400_000);
    // The months go as a list parameter, said by name in the language of whoever reads it: the CLI in Malay too.
    await pay(app, company.id, '2026-06', [{ employeeId: mei.id, items: { basic: '4000' } }]);
    const cli = await runCaruman(['ea', '--company', 'A1', '--year', '2026', '--out', elsewhere], app.dataDir, { CARUMAN_LANG: 'ms' });
    expect([cli.code, cli.stderr]).toEqual([
      1,
      'caruman: Tiada Borang EA dibuat bagi 2026: 2 bulan (Mei 2026, Jun 2026) ada gaji dimasukkan tetapi belum dimuktamadkan, jadi angkanya masih boleh berubah. Muktamadkan dahulu.\n',
    ]);
    expect(fs.existsSync(elsewhere)).toBe(false);
  });

  it('refuses an unknown company, a year with no finalised month, a folder that has the files, and keeps an employee named ../x in the folder', async () => {
    const { company, ali } = await year2026();
    const folder = temp();
    const unknown = await app.router.invoke('ea:write', { companyId: 9999, year: 2026, folder });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
    const empty = await app.router.invoke('ea:write', { companyId: company.id, year: 2024, folder });
    expect(empty.ok ? null : empty.error.message).toBe('No month of 2024 is finalised for this company, so there is no Form EA to make. Finalise the year’s months first.');
    const badYear = await app.router.invoke('ea:write', { companyId: company.id, year: 26, folder });
    expect(badYear.ok ? null : badYear.error.field).toBe('year');
    expect(fs.readdirSync(folder)).toEqual([]);

    await app.call('ea:write', { companyId: company.id, year: 2026, folder });
    const before = fs.readFileSync(path.join(folder, 'Forms-EA-2026-A1.pdf'));
    const again = await app.router.invoke('ea:write', { companyId: company.id, year: 2026, folder });
    expect(again.ok ? null : [again.error.code, again.error.message]).toEqual(['CONFLICT', expect.stringContaining('already exists')]);
    expect(fs.readFileSync(path.join(folder, 'Forms-EA-2026-A1.pdf'))).toEqual(before);
    await app.call('ea:write', { companyId: company.id, year: 2026, folder, replace: true });

    // An employee whose name is a path: the file name keeps only plain words, inside the folder.
    const other = await app.company('B2', 'Kedai B2');
    const x = await hire(app, other.id, { name: '../x', idNumber: '800101-14-5679' });
    await payAndFinalise(other.id, '2026-01', [{ employeeId: x.id, items: { basic: '2000' } }]);
    const parent = temp();
    const inside = path.join(parent, 'forms');
    const hostile = await app.call<EaWritten>('ea:write', { companyId: other.id, year: 2026, folder: inside });
    expect(hostile.files.map((f) => f.fileName)).toEqual(['EA-2026-800101145679-x.pdf', 'Forms-EA-2026-B2.pdf']);
    expect(fs.readdirSync(parent)).toEqual(['forms']);
    // Another company's employee has no form in this one.
    const foreign = await app.router.invoke('ea:preview', { companyId: company.id, year: 2026, employeeId: x.id });
    expect(foreign.ok ? null : foreign.error.code).toBe('NOT_FOUND');
    void ali;
  });

  it('`caruman ea --company C --year YYYY --out DIR` writes the forms, and refuses a missing --year', async () => {
    await year2026();
    const out = path.join(temp(), 'out');
    const run = await spawnCaruman(['ea', '--company', 'A1', '--year', '2026', '--out', out], app.dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('4 files written to');
    expect(fs.readdirSync(out)).toHaveLength(4);
    const second = await spawnCaruman(['ea', '--company', 'A1', '--year', '2026', '--out', out], app.dataDir);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already exists');
    const noYear = await spawnCaruman(['ea', '--company', 'A1', '--out', out], app.dataDir);
    expect([noYear.code, noYear.stderr]).toEqual([2, expect.stringContaining('--year YYYY is required, e.g. --year 2026')]);
  });

  it('writes the C.P.8D file from the same sums, one line per employee, read back field by field', async () => {
    const { company, ali, mei } = await year2026();
    const folder = temp();
    const written = await app.call<EaWritten & { lines: number }>('ea:writeCp8d', { companyId: company.id, year: 2026, folder });
    expect(written.files.map((f) => f.fileName)).toEqual(['CP8D_9089151008_2026.txt']);
    expect(written.lines).toBe(3);
    const read = readCp8dFile(fs.readFileSync(path.join(folder, 'CP8D_9089151008_2026.txt'), 'utf8'));
    expect(read.problems).toEqual([]);
    expect(read.records.map((r) => [r.name, r.idNumber, r.category, r.ceased])).toEqual([
      ['Ali bin Abu', '960115145673', '3', '00-00-0000'],
      ['Siti Aminah', '900303105670', '1', '15-03-2026'],
      ['Tan Mei Ling', '880808085688', '1', '00-00-0000'],
    ]);
    const [aliLine, sitiLine, meiLine] = read.records as [Record<string, string>, Record<string, string>, Record<string, string>];
    // Whole ringgit: Ali's Part B 25,600.50; Siti's 5,800; Mei's 8,000 (her TP3 never).
    expect([aliLine.grossRemuneration, sitiLine.grossRemuneration, meiLine.grossRemuneration]).toEqual(['25600', '5800', '8000']);
    expect([aliLine.taxNumber, aliLine.children, aliLine.childRelief, aliLine.taxExempt, aliLine.tp1Relief]).toEqual(['12345678090', '2', '4000', '200', '100']);
    expect([aliLine.zakatFromPay, aliLine.cp38]).toEqual(['200.00', '200.00']);
    const stored = await storedSums(company.id, ali.id);
    expect(aliLine.pcb).toBe(formatAmount(stored.pcb).replace(/,/g, ''));
    expect(aliLine.epf).toBe(String(Math.trunc(stored.epf / 100)));
    expect(aliLine.socso).toBe(formatAmount(stored.socso + stored.eis).replace(/,/g, ''));
    expect(meiLine.pcb).toBe(formatAmount((await storedSums(company.id, mei.id)).pcb).replace(/,/g, ''));

    // A company without its E number: refused, saying what to enter; nothing written.
    const other = await app.company('B2', 'Kedai B2');
    const bob = await hire(app, other.id, { name: 'Bob', idNumber: '800101-14-5679' });
    await payAndFinalise(other.id, '2026-01', [{ employeeId: bob.id, items: { basic: '2000' } }]);
    const empty = temp();
    const refused = await app.router.invoke('ea:writeCp8d', { companyId: other.id, year: 2026, folder: empty });
    expect(refused.ok ? null : refused.error.message).toContain('LHDN employer number (E number)');
    expect(fs.readdirSync(empty)).toEqual([]);

    const out = path.join(temp(), 'form-e');
    const run = await spawnCaruman(['ea', 'cp8d', '--company', 'A1', '--year', '2026', '--out', out], app.dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('C.P.8D for 2026 (3 employees) written to');
    expect(fs.readFileSync(path.join(out, 'CP8D_9089151008_2026.txt'))).toEqual(fs.readFileSync(path.join(folder, 'CP8D_9089151008_2026.txt')));
  });
});
