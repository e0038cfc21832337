// What the month-end pack adds to a company's upload files (issue 17): the pay run's payslips
// (one per employee and the combined PDF), the payroll summary, the journal and the payment list,
// all from the one month the pay run returns, and the README.txt that says what the folder holds,
// whether the month is finalised (CHOSEN: an open month is packed as a DRAFT — a bookkeeper packs
// to check before paying, then finalises and packs again) and what could not be made, and why.
// Nothing here writes: the pack writes these with the month's files as one set. The pay run is read
// once (readPayRun, in the same snapshot as the month's contributions); every file here and the
// CP39 are made from that one read.
import type { PayrollService } from '../payroll';
import type { PayslipService } from '../payslips';
import { ServiceError } from '../service-error';
import { sha256 } from '../month-files';
import { reportFile } from '../payroll-exports';
import type { Locale } from '../../../shared/i18n/define';
import { translate } from '../../../shared/i18n/catalog';
import type { PayrollMonth } from '../../../shared/payroll/month';
import { PayrollError } from '../../../shared/payroll/errors';
import type { GenerationReport } from '../../../shared/domain/month-files';
import { familyOf } from '../../../shared/month-files/kinds';
import type { Said } from './each-company';
import type { PackFileKind } from '../../../shared/month-files/pack-kinds';

/** Each report of the pay run as the pack records it. */
const REPORT_KINDS = { summary: 'payroll-summary', journal: 'payroll-journal', paymentList: 'payment-list' } as const satisfies Record<string, PackFileKind>;

export interface PackFile {
  kind: PackFileKind;
  /** Whose payslip it is (kind 'payslip'), else null. */
  employeeId: number | null;
  name: string;
  content: Buffer;
  records: number;
  amountSen: number;
  /** What the README says the file is (a message key and its parameters). */
  about: { key: string; params: Record<string, string | number> };
}

export interface PayrollPack {
  /** null: the pay run could not say the month (its reason is in notes). */
  payroll: PayrollMonth | null;
  files: PackFile[];
  notes: Said[];
}

export const README_NAME = 'README.txt';

type Say = (key: string, params?: Record<string, string | number>) => Said;

/** The pay run's month as read once for the pack, or why it could not be read. */
export type PayRunRead = { payroll: PayrollMonth } | { error: unknown };

/** Reads the company-month from the pay run (the pack calls it inside its one read of the month). */
export function readPayRun(payroll: PayrollService, companyId: number, month: string, locale: Locale): PayRunRead {
  try {
    return { payroll: payroll.month(companyId, month, (key, params) => translate(locale, key, params)) };
  } catch (error) {
    return { error };
  }
}

/** The pay run's files of a company-month, from the one read; what cannot be made is a note, never a failure of the pack. */
export async function payrollPackFiles(deps: { payslips: PayslipService }, read: PayRunRead, month: string, locale: Locale, say: Say): Promise<PayrollPack> {
  const notes: Said[] = [];
  const noteOf = (error: unknown) => {
    if (error instanceof ServiceError || error instanceof PayrollError) return say(error.key, error.params);
    throw error;
  };
  if ('error' in read) return { payroll: null, files: [], notes: [noteOf(read.error)] };
  const payroll = read.payroll;
  if (payroll.refusals.length > 0) {
    const names = payroll.refusals.map((r) => `${r.name} (${r.idNumber})`).join(', ');
    return { payroll, files: [], notes: [say('payrollReports.pack.refusals', { count: payroll.refusals.length, names })] };
  }
  if (payroll.lines.length === 0) return { payroll, files: [], notes: [say('payrollReports.pack.nobodyPaid', { month })] };

  const netOf = new Map(payroll.lines.map((l) => [l.employee.id, l.payroll.netSen]));
  const nameOf = new Map(payroll.lines.map((l) => [l.employee.id, l.employee.name]));
  const files: PackFile[] = (await deps.payslips.filesFor(payroll)).map((slip): PackFile =>
    slip.employeeId === null
      ? { kind: 'payslips', employeeId: null, name: slip.fileName, content: slip.bytes, records: payroll.lines.length, amountSen: payroll.totals.netSen, about: { key: 'payrollReports.pack.file.payslips', params: {} } }
      : {
          kind: 'payslip',
          employeeId: slip.employeeId,
          name: slip.fileName,
          content: slip.bytes,
          records: 1,
          amountSen: netOf.get(slip.employeeId) ?? 0,
          about: { key: 'payrollReports.pack.file.payslip', params: { name: nameOf.get(slip.employeeId) ?? '' } },
        },
  );
  for (const kind of ['summary', 'journal', 'paymentList'] as const) {
    try {
      const report = await reportFile(payroll, kind, 'csv', locale);
      files.push({ kind: REPORT_KINDS[kind], employeeId: null, name: report.fileName, content: report.bytes, records: report.rows, amountSen: payroll.totals.netSen, about: { key: `payrollReports.pack.file.${kind}`, params: {} } });
    } catch (error) {
      // The payment list while someone has no bank account: the rest of the pack is still right.
      notes.push(noteOf(error));
    }
  }
  return { payroll, files, notes };
}

/** README.txt: what the folder holds (each file with its sha256), whether it is final, and what was not made. */
export function packReadme(input: {
  locale: Locale;
  company: { name: string; employerCode: string };
  month: string;
  today: string;
  monthFiles: GenerationReport;
  pack: PayrollPack;
}): Buffer {
  const t = (key: string, params?: Record<string, string | number>) => translate(input.locale, key, params);
  const { month, pack } = input;
  const lines = [t('payrollReports.pack.title', { company: input.company.name, code: input.company.employerCode, month }), t('payrollReports.pack.made', { date: input.today }), ''];
  const status = pack.payroll?.status;
  if (status?.finalised) lines.push(t('payrollReports.pack.finalised', { month, date: status.finalisedAt ?? '' }));
  else if (pack.files.length > 0) lines.push(t('payrollReports.pack.draft', { month }));
  lines.push('', t('payrollReports.pack.files'));
  for (const f of input.monthFiles.files) lines.push(`  ${f.fileName} — ${t(`payrollReports.pack.file.${familyOf(f.kind)}`)}`, `    sha256 ${f.sha256}`);
  for (const f of pack.files) lines.push(`  ${f.name} — ${t(f.about.key, f.about.params)}`, `    sha256 ${sha256(f.content)}`);
  lines.push(`  ${README_NAME} — ${t('payrollReports.pack.file.readme')}`);
  const notMade = [...(input.monthFiles.notMade ?? []).map((n) => t(n.key, n.params)), ...pack.notes.map((n) => t(n.key, n.params))];
  if (notMade.length > 0) lines.push('', t('payrollReports.pack.notMade'), ...notMade.map((m) => `  - ${m}`));
  // CRLF: Notepad on an older Windows shows it as lines too.
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}
