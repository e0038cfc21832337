// Child process for the lost-update tests (issue 11 item 3): imports a wage file into the data
// folder given on the command line, as a second Caruman (another window, a script) would. With
// a barrier file named, it stops right after its pre-import backup, says "waiting", and goes on
// only once the barrier file exists, so the parent can make another write land in between.
import fs from 'node:fs';
import { createServices } from '../../main/services';

const [dataDir, companyIdText, month, wageFile, barrier] = process.argv.slice(2);
const services = createServices({ dataDir: dataDir!, today: () => '2025-06-15' });
if (barrier) {
  const backupNow = services.backups.backupNow.bind(services.backups);
  services.backups.backupNow = async (reason) => {
    const info = await backupNow(reason);
    process.stdout.write('waiting\n');
    while (!fs.existsSync(barrier)) await new Promise((resolve) => setTimeout(resolve, 20));
    return info;
  };
}
try {
  const report = await services.imports.wages({
    companyId: Number(companyIdText),
    month: month!,
    format: 'csv',
    content: fs.readFileSync(wageFile!),
    dryRun: false,
    t: (key) => key,
  });
  process.stdout.write(`done committed=${report.committed} errors=${report.errors.map((e) => e.key).join(',')}\n`);
} catch (error) {
  process.stdout.write(`failed ${(error as { key?: string }).key ?? String(error)}\n`);
}
services.close();
