// Bulk generation for a bookkeeper's month-end: 50 companies × 200 employees, every company's
// three ASSIST files written into its own folder, checked, and the runs stored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../main/services';
import { employeeCsv, mykadNumber, wageCsv } from '../helpers/generate';
import { median, reportFigure } from './figures';

const COMPANIES = 50;
const EMPLOYEES = 200;
const MONTH = '2026-07';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'caruman-bench-bulk-'));
const out = path.join(root, 'out');
fs.mkdirSync(out);
const services = createServices({ dataDir: root, filesDir: path.join(root, 'files'), today: () => '2026-08-10' });
const t = (key: string) => key;

const staff = employeeCsv(EMPLOYEES);
const wages = wageCsv(Array.from({ length: EMPLOYEES }, (_, i) => mykadNumber(i)));
for (let c = 0; c < COMPANIES; c++) {
  const company = services.companies.create({ name: `Syarikat ${c}`, employerCode: `B${String(c).padStart(11, '0')}`, ssmNumber: null });
  await services.imports.employees({ companyId: company.id, format: 'csv', content: staff, dryRun: false, t });
  await services.imports.wages({ companyId: company.id, month: MONTH, format: 'csv', content: wages, dryRun: false, t });
}

// Each round writes into a fresh folder, as a bookkeeper's month-end does (no file to replace).
const bulkRounds: number[] = [];
let files = 0;
for (let round = 0; round < 3; round++) {
  const outDir = path.join(out, `round-${round}`);
  fs.mkdirSync(outDir);
  const start = process.hrtime.bigint();
  const report = await services.monthEnd.generateAll({ month: MONTH, outDir, t });
  bulkRounds.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (report.generated !== COMPANIES) {
    console.error(report.results.filter((r) => r.outcome !== 'generated').slice(0, 3));
    process.exit(1);
  }
  files = report.results.reduce((n, r) => n + r.files.length, 0);
}
console.log(`bulk generation: ${COMPANIES} companies × ${EMPLOYEES} employees, ${files} files in ${median(bulkRounds).toFixed(0)} ms (median of ${bulkRounds.length}: ${bulkRounds.map((ms) => ms.toFixed(0)).join(', ')})`);
reportFigure('bulk_50x200_ms', median(bulkRounds));

const dashRounds: number[] = [];
for (let round = 0; round < 5; round++) {
  const start = process.hrtime.bigint();
  services.monthEnd.dashboard(MONTH);
  dashRounds.push(Number(process.hrtime.bigint() - start) / 1e6);
}
// The first open computes every company's month; later opens read it again only for a company
// whose records changed since (main/services/month-end/month-memo.ts). Both are printed.
console.log(`month-end dashboard: ${COMPANIES} companies in ${median(dashRounds).toFixed(0)} ms (median of ${dashRounds.length}; the first open, every month computed: ${dashRounds[0]?.toFixed(0)} ms)`);
reportFigure('dashboard_50_ms', median(dashRounds));

// "Needs action now", the dashboard's default view: the month to pay now (July) plus every earlier
// month late. June's wages are saved and never paid in every company: 100 rows, 50 of them June's.
const EARLIER = '2026-06';
const companies = services.companies.list();
for (const company of companies) {
  await services.imports.wages({ companyId: company.id, month: EARLIER, format: 'csv', content: wages, dryRun: false, t });
}
const nowRounds: number[] = [];
let nowRows = 0;
for (let round = 0; round < 5; round++) {
  const start = process.hrtime.bigint();
  nowRows = services.monthEnd.actionNow().rows.length;
  nowRounds.push(Number(process.hrtime.bigint() - start) / 1e6);
}
console.log(`month-end "needs action now": ${COMPANIES} companies, ${nowRows} rows (June late everywhere) in ${median(nowRounds).toFixed(0)} ms (median of ${nowRounds.length})`);
services.close();
fs.rmSync(root, { recursive: true, force: true });
