// The month's PCB and CP38 as the pay run computes them (main/services/payroll: the year to date
// from the finalised months, TP1, TP3, CP38 instructions): the one place the CP39, the month's
// arrears and the month-end dashboard take them from, so a CP39 and the payslips never disagree.
import type { PayrollService } from '../payroll';
import { ServiceError } from '../service-error';
import type { PayrollMonth } from '../../../shared/payroll/month';
import type { PcbFigure } from './pcb-file';

/**
 * A month the pay run refuses for someone (a negative net pay) has no complete PCB: refused, naming
 * them, rather than a CP39 without them.
 */
export function pcbFiguresOf(payroll: Pick<PayrollService, 'month'>) {
  return (companyId: number, month: string): PcbFigure[] => pcbFiguresOfMonth(payroll.month(companyId, month));
}

/** The PCB figures of a pay-run month already read (the month-end pack's one snapshot), refused as above. */
export function pcbFiguresOfMonth(computed: PayrollMonth): PcbFigure[] {
  if (computed.refusals.length > 0) {
    const names = computed.refusals.map((r) => `${r.name} (${r.idNumber})`).join(', ');
    throw new ServiceError('VALIDATION', 'monthFiles.pcb.payRunRefused', { month: computed.month, count: computed.refusals.length, names }, 'formats');
  }
  return computed.lines.map((line) => ({ employee: line.employee, pcbSen: line.payroll.deductions.pcbSen, cp38Sen: line.payroll.deductions.cp38Sen }));
}
