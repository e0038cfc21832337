// Import of 10,000 employees and then 10,000 wage rows into a real SQLite file, each committed as
// one all-or-nothing import; medians of three rounds, each into a fresh database. Each figure is
// what the app's user waits for after pressing Import: the app always checks the file first (a
// dry run, timed and printed apart), then the import re-reads the file, re-checks it against
// what is stored, takes its backup and writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../main/services';
import { employeeCsv, mykadNumber, wageCsv } from '../helpers/generate';
import { median, reportFigure } from './figures';

const COUNT = 10_000;
const ROUNDS = 3;
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

const figures = { employeeMs: [] as number[], employeeCpu: [] as number[], wageMs: [] as number[], wageCpu: [] as number[], dryEmployeeMs: [] as number[], dryWageMs: [] as number[], backupMs: [] as number[] };
// Each round imports into a fresh database (the first import of a company, as a new user's is).
for (let round = 0; round < ROUNDS; round++) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-bench-'));
  const services = createServices({ dataDir, today: () => '2025-06-15' });
  try {
    const company = services.companies.create({ name: 'Bench Sdn Bhd', employerCode: 'A3700012345B', ssmNumber: null });
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
    Object.entries({ employeeMs, employeeCpu, wageMs, wageCpu, dryEmployeeMs, dryWageMs, backupMs }).forEach(([k, v]) => figures[k as keyof typeof figures].push(v));
  } finally {
    services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
const m = (k: keyof typeof figures) => median(figures[k]).toFixed(0);
console.log(`records import: ${COUNT.toLocaleString('en')} employees in ${m('employeeMs')} ms wall, ${m('employeeCpu')} ms CPU (medians of ${ROUNDS}; dry run ${m('dryEmployeeMs')} ms; incl. the backup taken first; an empty-database backup alone took ${m('backupMs')} ms)`);
console.log(`records import: ${COUNT.toLocaleString('en')} wage rows in ${m('wageMs')} ms wall, ${m('wageCpu')} ms CPU (medians of ${ROUNDS}; dry run ${m('dryWageMs')} ms)`);
reportFigure('import_employees_10k_ms', median(figures.employeeMs));
reportFigure('import_wages_10k_ms', median(figures.wageMs));
