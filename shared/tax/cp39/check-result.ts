// A CP39 check as the common check report (the shape `caruman check` and the Check a file screen
// show for every kind of file): the header's employer and month on each record, the IC or passport
// as the ID, the PCB as the amount; the CP38 and the TIN ride along.
import type { CheckResult } from '../../assist/check';
import { formatRinggit } from '../../money/sen';
import type { Cp39CheckResult } from './check';

export function cp39AsCheckResult(result: Cp39CheckResult, claimedBy: 'content' | 'fileName'): CheckResult {
  const header = result.header;
  const records = result.records.map((r) => ({
    line: r.line,
    employerCode: header?.employerNumber ?? '',
    idNumber: r.newIc || r.oldIc || r.passport,
    name: r.name,
    month: header?.month ?? null,
    amountSen: r.mtdSen,
    taxNumber: r.taxNumber,
    cp38Sen: r.cp38Sen,
    employeeNumber: r.employeeNumber,
  }));
  const t = result.totals;
  const totals = { records: t.records, amountSen: t.mtdSen, amount: formatRinggit(t.mtdSen), mtdRecords: t.mtdRecords, cp38Sen: t.cp38Sen, cp38Records: t.cp38Records, cp38: formatRinggit(t.cp38Sen) };
  return { layout: 'cp39', layoutSource: claimedBy, records, totals, problems: result.problems, errors: result.errors, warnings: result.warnings };
}
