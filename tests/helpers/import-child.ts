// Child process for the crash test: imports a large employee CSV into the data folder given on the
// command line and prints "progress N" from inside the write transaction, so the parent can kill
// it at a known point in the middle of the write.
import fs from 'node:fs';
import { createServices } from '../../main/services';

const [dataDir, companyIdText, csvFile] = process.argv.slice(2);
const services = createServices({ dataDir: dataDir!, today: () => '2025-06-15' });
const report = await services.imports.employees({
  companyId: Number(companyIdText),
  format: 'csv',
  content: fs.readFileSync(csvFile!, 'utf8'),
  dryRun: false,
  t: (key) => key,
  onProgress: (done) => {
    process.stdout.write(`progress ${done}\n`);
    // Slow the write down a little so the kill lands well inside the transaction.
    const until = Date.now() + 20;
    while (Date.now() < until);
  },
});
process.stdout.write(`done ${report.committed} ${report.errors.length}\n`);
services.close();
