// Import of 10,000 employees and then 10,000 wage rows into a real SQLite file, each committed as
// one all-or-nothing import. Each figure is what the app's user waits for after pressing Import:
// the app always checks the file first (a dry run, timed and printed apart), then the import
// re-reads the file, re-checks it against what is stored, takes its backup and writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../main/services';
import { employeeCsv, mykadNumber, wageCsv } from '../helpers/generate';
import { reportFigure } from './figures';

const COUNT = 10_000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-bench-'));
const services = createServices({ dataDir, today: () => '2025-06-15' });
const company = services.companies.create({ name: 'Bench Sdn Bhd', employerCode: 'A3700012345B', ssmNumber: null });
const t = (key: string) => key;

const employees = employeeCsv(COUNT);
const wages = wageCsv(Array.from({ length: COUNT }, (_, i) => mykadNumber(i)));

/** Wall time, and this process's CPU time (steadier when other work shares the two cores). */
async function timed<T>(run: () => Promise<T>): Promise<[T, number, number]> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return [value, Number(process.hrtime.bigint() - start) / 1e6, (used.user + used.system) / 1000];
}

const [, backupMs] = await timed(() => services.backups.backupNow('manual'));
const [dryEmployeeReport, dryEmployeeMs] = await timed(() =>
  services.imports.employees({ companyId: company.id, format: 'csv', content: employees, dryRun: true, t }),
);
// The import's own backup is part of what a user waits for, so it stays in; reported apart above.
const [employeeReport, employeeMs, employeeCpu] = await timed(() =>
  services.imports.employees({ companyId: company.id, format: 'csv', content: employees, dryRun: false, t }),
);
const [dryWageReport, dryWageMs] = await timed(() =>
  services.imports.wages({ companyId: company.id, month: '2025-05', format: 'csv', content: wages, dryRun: true, t }),
);
const [wageReport, wageMs, wageCpu] = await timed(() =>
  services.imports.wages({ companyId: company.id, month: '2025-05', format: 'csv', content: wages, dryRun: false, t }),
);
if (!employeeReport.committed || !wageReport.committed || dryWageReport.errors.length || dryEmployeeReport.errors.length) {
  console.error(employeeReport.errors.slice(0, 3), wageReport.errors.slice(0, 3));
  process.exit(1);
}
console.log(`records import: ${COUNT.toLocaleString('en')} employees in ${employeeMs.toFixed(0)} ms wall, ${employeeCpu.toFixed(0)} ms CPU (dry run ${dryEmployeeMs.toFixed(0)} ms; incl. the backup taken first; an empty-database backup alone took ${backupMs.toFixed(0)} ms)`);
console.log(`records import: ${COUNT.toLocaleString('en')} wage rows in ${wageMs.toFixed(0)} ms wall, ${wageCpu.toFixed(0)} ms CPU (dry run ${dryWageMs.toFixed(0)} ms)`);
reportFigure('import_employees_10k_ms', employeeMs);
reportFigure('import_wages_10k_ms', wageMs);
services.close();
fs.rmSync(dataDir, { recursive: true, force: true });
