// A company for the pay-run tests, through the real router over a real SQLite file.
import { createRecordsApp, useRecordsApp, type RecordsApp } from '../../helpers/records';
import type { PayrollLine, PayrollMonth } from '../../../shared/payroll/month';
import { setWagesInputSchema } from '../../../shared/domain/wages';

export { createRecordsApp, useRecordsApp, type RecordsApp };

export async function hire(app: RecordsApp, companyId: number, employee: Record<string, unknown>): Promise<{ id: number }> {
  return app.call<{ id: number }>('employees:create', {
    companyId,
    employee: { hireDate: '2020-01-06', perkesoRegisteredDate: '2020-01-10', ...employee },
  });
}

export type Entry = { employeeId: number; items: Record<string, string>; deductions?: Record<string, string>; otherDeductionNote?: string };

export async function pay(app: RecordsApp, companyId: number, month: string, entries: Entry[]): Promise<void> {
  await app.call('wages:set', { companyId, month, entries });
}

/**
 * Stores a month the pay run refuses (an employee's net pay below zero), as a database can hold
 * one: saved before saves were checked, or made so later (a CP38 instruction, a changed employee
 * record). A save refuses such a row (wages:set, payroll:saveEntry), so this writes through the
 * wage service beneath that check.
 */
export function storeRefusedMonth(app: RecordsApp, companyId: number, month: string, entries: Entry[]): void {
  const parsed = setWagesInputSchema.parse({ companyId, month, entries });
  app.services.wages.write(companyId, month, parsed.entries, 'app');
}

export async function payrollOf(app: RecordsApp, companyId: number, month: string): Promise<PayrollMonth> {
  return app.call<PayrollMonth>('payroll:month', { companyId, month });
}

/** The sum of every deduction line of a payroll line, written out (not the code's own total). */
export function everyDeduction(line: PayrollLine): number {
  const d = line.payroll.deductions;
  return (
    d.epfSen + d.socsoSen + d.eisSen + d.lindungSen + d.arrearsSocsoSen + d.arrearsEisSen + d.arrearsLindungSen +
    d.pcbSen + d.cp38Sen + d.zakatSen + d.unpaidLeaveSen + d.salaryAdvanceSen + d.loanRepaymentSen + d.otherDeductionSen
  );
}

export function lineOf(month: PayrollMonth, employeeId: number): PayrollLine {
  const line = month.lines.find((l) => l.employee.id === employeeId);
  if (!line) throw new Error(`employee ${employeeId} is not paid in ${month.month}`);
  return line;
}
