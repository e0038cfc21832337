// Payslips for a 200-employee company (issue 14 payslips_200_ms, goal ≤ 3,000 ms): July's 200
// payslip PDFs and the combined PDF (200 pages) made as bytes by the service, from the pay run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../main/services';
import { employeeCsv, mykadNumber, wageCsv } from '../helpers/generate';
import { median, reportFigure } from './figures';

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 200);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-bench-payslips-'));
const services = createServices({ dataDir: root, filesDir: path.join(root, 'files'), today: () => '2026-08-10' });
const t = (key: string) => key;

const company = services.companies.create({ name: 'Syarikat Slip', employerCode: 'P00000000002', ssmNumber: null });
await services.imports.employees({ companyId: company.id, format: 'csv', content: employeeCsv(EMPLOYEES), dryRun: false, t });
const wages = wageCsv(Array.from({ length: EMPLOYEES }, (_, i) => mykadNumber(i)));
for (const month of ['2026-06', '2026-07']) await services.imports.wages({ companyId: company.id, month, format: 'csv', content: wages, dryRun: false, t });
services.payroll.finalise(company.id, '2026-06', 'app');

const rounds: number[] = [];
const cpu: number[] = [];
let files = 0;
for (let round = 0; round < 3; round++) {
  const start = process.hrtime.bigint();
  const startCpu = process.cpuUsage();
  files = (await services.payslips.files(company.id, '2026-07')).length;
  rounds.push(Number(process.hrtime.bigint() - start) / 1e6);
  const used = process.cpuUsage(startCpu);
  cpu.push((used.user + used.system) / 1000);
}
if (files !== EMPLOYEES + 1) {
  console.error(`expected ${EMPLOYEES + 1} payslip files, got ${files}`);
  process.exit(1);
}
console.log(`payslips: ${EMPLOYEES} employees in ${median(rounds).toFixed(0)} ms (median of ${rounds.length}: ${rounds.map((ms) => ms.toFixed(0)).join(', ')}); CPU ${median(cpu).toFixed(0)} ms (${cpu.map((ms) => ms.toFixed(0)).join(', ')})`);
reportFigure('payslips_200_ms', median(rounds));
services.close();
fs.rmSync(root, { recursive: true, force: true });
