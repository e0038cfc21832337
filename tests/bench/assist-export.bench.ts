// How long `caruman export` takes for a 500-employee company in June 2026 (three files: SOCSO,
// EIS, SOCSO + EIS + LINDUNG): compute every employee's contributions, check every file, write
// each atomically (fsync + rename) and store the run. Real SQLite and real files in a temp dir.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../main/services';
import { mykadNumber } from '../helpers/generate';
import { reportFigure } from './figures';

const EMPLOYEES = 500;
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-bench-'));
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-bench-out-'));
const services = createServices({ dataDir: data, today: () => '2026-07-10' });
try {
  const company = services.companies.create({ name: 'Bench Sdn Bhd', employerCode: 'A3700012345B', ssmNumber: '201901000005' });
  const ids: number[] = [];
  services.db.transaction(() => {
    for (let i = 0; i < EMPLOYEES; i++) {
      const foreign = i % 10 === 0;
      const employee = services.employees.create(company.id, {
        name: i % 7 === 0 ? `Pekerja Müller ${i}` : `Pekerja ${i}`,
        ...(foreign ? { idType: 'passport' as const, idNumber: `P${String(i).padStart(8, '0')}`, nationality: 'foreign' as const, dateOfBirth: '1990-01-01' } : { idNumber: mykadNumber(i) }),
        hireDate: i % 25 === 0 ? '2026-06-08' : '2020-01-06',
      });
      ids.push(employee.id);
    }
  })();
  services.wages.write(
    company.id,
    '2026-06',
    ids.map((employeeId, i) => ({ employeeId, items: { basic: 150_000 + ((i * 7919) % 600_000) } })),
    'app',
  );

  const run = (overwrite: boolean) => services.monthFiles.generate({ companyId: company.id, month: '2026-06', folder: out, overwrite });
  run(false); // warm up
  const rounds: number[] = [];
  let files = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    files = run(true).files.length;
    rounds.push(performance.now() - start);
  }
  rounds.sort((a, b) => a - b);
  const median = rounds[Math.floor(rounds.length / 2)] as number;
  console.log(`assist export: ${EMPLOYEES} employees, ${files} files in ${median.toFixed(0)} ms (median of ${rounds.length}; best ${(rounds[0] as number).toFixed(0)} ms)`);
  reportFigure('assist_export_500_ms', median);

  const bytes = fs.readFileSync(path.join(out, 'SOCSO-EIS-LINDUNG_A3700012345B_062026.txt'));
  const start = performance.now();
  const checked = services.monthFiles.check({ bytes, fileName: 'SOCSO-EIS-LINDUNG_A3700012345B_062026.txt', companyId: company.id });
  console.log(`assist check: ${checked.totals.records} records (278 characters) against the company in ${(performance.now() - start).toFixed(0)} ms, ${checked.errors} errors`);
} finally {
  services.close();
  fs.rmSync(data, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
}
