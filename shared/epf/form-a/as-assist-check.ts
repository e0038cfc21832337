// A Form A check in the shape of an ASSIST file check, so `caruman check`, the assist:check
// channel and the Files screen show a Form A file like any other upload file: the layout is "epf",
// each member a record (month = the contribution month, amount = employer + employee shares).
import type { CheckResult } from '../../assist/check';
import { formatRinggit } from '../../money/sen';
import type { FormACheckResult } from './check-types';

export function formACheckAsAssist(result: FormACheckResult): CheckResult {
  const amountSen = result.totals.employerSen + result.totals.employeeSen;
  return {
    layout: result.format === 'form-a' ? 'epf' : null,
    layoutSource: 'content',
    records: result.members.map((m) => ({
      line: m.line,
      employerCode: result.employerNumber ?? '',
      idNumber: m.idNumber,
      name: m.name,
      month: result.contributionMonth,
      amountSen: m.employerSen === null || m.employeeSen === null ? null : m.employerSen + m.employeeSen,
      wagesSen: m.wagesSen,
    })),
    totals: { records: result.totals.records, amountSen, amount: formatRinggit(amountSen) },
    problems: result.problems.map((p) => ({ ...p })),
    errors: result.errors,
    warnings: result.warnings,
  };
}
