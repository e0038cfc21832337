// The pay run for a 200-employee company (issue 14 payroll_run_200_ms, goal ≤ 100 ms): July's
// payroll computed and returned by the service, with PCB's year to date read from six finalised
// months, TP1 claims and CP38 instructions in the month.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../main/services';
import { employeeCsv, mykadNumber, wageCsv } from '../helpers/generate';
import { median, reportFigure } from './figures';

const EMPLOYEES = 200;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-bench-payroll-'));
const services = createServices({ dataDir: root, filesDir: path.join(root, 'files'), today: () => '2026-08-10' });
const t = (key: string) => key;

const company = services.companies.create({ name: 'Syarikat Gaji', employerCode: 'P00000000001', ssmNumber: null });
await services.imports.employees({ companyId: company.id, format: 'csv', content: employeeCsv(EMPLOYEES), dryRun: false, t });
const wages = wageCsv(Array.from({ length: EMPLOYEES }, (_, i) => mykadNumber(i)));
for (let m = 1; m <= 7; m++) {
  const month = `2026-${String(m).padStart(2, '0')}`;
  await services.imports.wages({ companyId: company.id, month, format: 'csv', content: wages, dryRun: false, t });
  if (m < 7) services.payroll.finalise(company.id, month, 'app');
}
const employees = services.employees.list(company.id, 'all', '');
for (const employee of employees.slice(0, 40)) services.tp1.save(company.id, { employeeId: employee.id, month: '2026-07', item: 'C5', amount: 10_000 });
for (const employee of employees.slice(40, 50)) services.cp38.save(company.id, { employeeId: employee.id, reference: `CP38-${employee.id}`, fromMonth: '2026-07', toMonth: '2026-12', amount: 5_000 });

const rounds: number[] = [];
let paid = 0;
for (let round = 0; round < 11; round++) {
  const start = process.hrtime.bigint();
  const month = services.payroll.month(company.id, '2026-07');
  rounds.push(Number(process.hrtime.bigint() - start) / 1e6);
  paid = month.lines.length;
}
if (paid !== EMPLOYEES) {
  console.error(`expected ${EMPLOYEES} employees paid, got ${paid}`);
  process.exit(1);
}
console.log(`payroll run: ${EMPLOYEES} employees in ${median(rounds).toFixed(1)} ms (median of ${rounds.length}: ${rounds.map((ms) => ms.toFixed(0)).join(', ')})`);
reportFigure('payroll_run_200_ms', median(rounds));
services.close();
fs.rmSync(root, { recursive: true, force: true });
