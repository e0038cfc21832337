// How `caruman payroll` shows a month: the JSON contract of issue 17 (one object per employee
// paid, ringgit strings), or a table in the user's language with totals; and the replies of
// finalise, unlock and correct.
import { translate } from '../../../shared/i18n/catalog';
import { formatRinggit, senToDecimal } from '../../../shared/money/sen';
import type { Correction, FinaliseResult, PayrollLine, PayrollMonth, UnlockResult } from '../../../shared/payroll/month';
import { dateInMalaysia } from '../../../shared/calendar';
import { printJson, printTable } from '../call';
import type { CommandContext } from '../command';
import type { PayslipsWritten } from '../../../shared/api/channels/payslips';

/** The money columns of the CLI contract (issue 17), in order. */
const COLUMNS = [
  'gross',
  'epf_employee',
  'socso_employee',
  'eis_employee',
  'lindung_employee',
  'pcb',
  'zakat',
  'other_deductions',
  'net',
  'epf_employer',
  'socso_employer',
  'eis_employer',
] as const;
type Figures = Record<(typeof COLUMNS)[number], number>;

/**
 * The figures of the CLI contract for one employee, in sen: gross − every employee column = net.
 * other_deductions is CP38, unpaid leave, the salary advance, the loan repayment and other
 * deductions; SOCSO, EIS and LINDUNG include the shares due on corrections of earlier months.
 */
export function contractFigures(line: PayrollLine): Figures {
  const p = line.payroll;
  const d = p.deductions;
  return {
    gross: p.grossSen,
    epf_employee: d.epfSen,
    socso_employee: d.socsoSen + d.arrearsSocsoSen,
    eis_employee: d.eisSen + d.arrearsEisSen,
    lindung_employee: d.lindungSen + d.arrearsLindungSen,
    pcb: d.pcbSen,
    zakat: d.zakatSen,
    other_deductions: d.cp38Sen + d.unpaidLeaveSen + d.salaryAdvanceSen + d.loanRepaymentSen + d.otherDeductionSen,
    net: p.netSen,
    epf_employer: p.employer.epfSen,
    socso_employer: p.employer.socsoSen + p.employer.arrearsSocsoSen,
    eis_employer: p.employer.eisSen + p.employer.arrearsEisSen,
  };
}

export function printPayrollJson(ctx: CommandContext, month: PayrollMonth): void {
  printJson(
    ctx,
    month.lines.map((line) => {
      const figures = contractFigures(line);
      return {
        id_number: line.employee.idNumber,
        name: line.employee.name,
        ...Object.fromEntries(COLUMNS.map((column) => [column, senToDecimal(figures[column])])),
      };
    }),
  );
}

export function printPayrollTable(ctx: CommandContext, month: PayrollMonth): void {
  const locale = ctx.locale();
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const totals = Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Figures;
  const rows = month.lines.map((line) => {
    const figures = contractFigures(line);
    for (const column of COLUMNS) totals[column] += figures[column];
    return [line.employee.idNumber, line.employee.name, ...COLUMNS.map((column) => senToDecimal(figures[column]))];
  });
  const headers = [t('payroll.cli.column.idNumber'), t('payroll.cli.column.name'), ...COLUMNS.map((column) => t(`payroll.cli.column.${column}`))];
  printTable(ctx, headers, [...rows, ['', t('payroll.cli.total', { count: month.lines.length }), ...COLUMNS.map((column) => senToDecimal(totals[column]))]]);
  const lines = [
    t(month.status.finalised ? 'payroll.cli.finalisedOn' : 'payroll.cli.open', { month: month.month, date: month.status.finalisedAt ? dateInMalaysia(month.status.finalisedAt) : '' }),
    t('payroll.cli.payable', {
      kwsp: formatRinggit(month.totals.payable.kwspSen),
      perkeso: formatRinggit(month.totals.payable.perkesoSen + month.totals.payable.perkesoArrearsSen),
      lhdn: formatRinggit(month.totals.payable.lhdnSen),
      net: formatRinggit(month.totals.netSen),
    }),
  ];
  if (month.totals.hrdLevySen > 0) lines.push(t('payroll.cli.hrdLevy', { levy: formatRinggit(month.totals.hrdLevySen), wages: formatRinggit(month.totals.hrdLevyWagesSen) }));
  for (const notPaid of month.notPaid) lines.push(t(`payroll.cli.notPaid.${notPaid.reason}`, { name: notPaid.name, id: notPaid.idNumber }));
  for (const line of month.lines) for (const w of line.payroll.warnings) lines.push(`${line.employee.name}: ${t(w.key, w.params)}`);
  ctx.io.stdout(`${lines.join('\n')}\n`);
}

export function refusedText(ctx: CommandContext, count: number): string {
  return translate(ctx.locale(), 'payroll.cli.refused', { count });
}

export function printJsonValue(ctx: CommandContext, value: unknown): void {
  printJson(ctx, value);
}

export function printFinalised(ctx: CommandContext, result: FinaliseResult): void {
  ctx.io.stdout(
    `${translate(ctx.locale(), 'payroll.cli.finalised', { month: result.status.month, employees: result.employees, net: formatRinggit(result.netSen) })}\n`,
  );
}

export function printUnlocked(ctx: CommandContext, result: UnlockResult): void {
  const lines = [translate(ctx.locale(), 'payroll.cli.unlocked', { month: result.status.month, reason: result.reason }), ...result.notices.map((n) => n.message)];
  ctx.io.stdout(`${lines.join('\n')}\n`);
}

export function printCorrection(ctx: CommandContext, correction: Correction): void {
  ctx.io.stdout(
    `${translate(ctx.locale(), 'payroll.cli.corrected', { amount: formatRinggit(correction.amountSen), forMonth: correction.forMonth, paidMonth: correction.paidMonth })}\n`,
  );
}

export function printPayslipsWritten(ctx: CommandContext, written: PayslipsWritten): void {
  ctx.io.stdout(`${translate(ctx.locale(), 'payslips.cli.written', { count: written.files.length, folder: written.folder })}\n`);
  for (const file of written.files) ctx.io.stdout(`  ${file.fileName}\n`);
}
