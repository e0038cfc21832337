// The pay run's SQL: finalised months and their lines, the year-to-date sums read from them, the
// unlock log, corrections, and what was already filed for a month. Every read is one query for a
// company-month (or its year), never one per employee.
import { MONTH_FILE_KINDS } from '../../../shared/month-files/kinds';
import type { Db } from '../db/open';
import type { FinalisedSums } from '../../../shared/payroll/year-to-date';
import type { Correction, FiledForMonth, PayrollLine } from '../../../shared/payroll/month';
import { toCorrection } from './correction-row';
import type { Company } from '../../../shared/domain/company';
import type { PayrollTotals } from '../../../shared/payroll/totals';
import type { HrdLevyChoice } from '../../../shared/payroll/rules';
import { monthOf, yearOfMonth } from '../../../shared/calendar';

/** What a finalised month remembers about itself besides its lines. */
export interface FinalisedMonthData {
  company: Company;
  hrdLevy: HrdLevyChoice;
  totals: PayrollTotals;
}

export interface FinalisedMonthRow {
  id: number;
  finalisedAt: string;
  data: FinalisedMonthData;
}

/** A correction as the pay run reads it: the correction, and the SOCSO wages it adds to. */
export interface CorrectionRow extends Correction {
  /** SOCSO wages of forMonth before this correction: as finalised, plus corrections paid before it. */
  socsoWagesBeforeSen: number;
}

type SumsRow = { employee_id: number; gross: number; remuneration: number; epf: number; pcb: number; zakat: number; lp1: number };
type CorrectionDbRow = {
  id: number;
  employee_id: number;
  for_month: string;
  paid_month: string;
  amount: number;
  reason: string;
  created_at: string;
  finalised_socso_wages: number | null;
  earlier: number;
};

const firstMonthOf = (month: string) => monthOf(yearOfMonth(month), 1);

export function createPayrollStore(db: Db) {
  const statements = {
    month: db.prepare<[number, string], { id: number; finalised_at: string; month_json: string }>(
      'SELECT id, finalised_at, month_json FROM payroll_months WHERE company_id = ? AND month = ?',
    ),
    lines: db.prepare<[number], { line_json: string }>('SELECT line_json FROM payroll_month_lines WHERE payroll_month_id = ? ORDER BY rowid'),
    yearSums: db.prepare<[number, string, string], SumsRow>(
      `SELECT employee_id, sum(gross) AS gross, sum(remuneration) AS remuneration, sum(epf_employee) AS epf, sum(pcb) AS pcb,
              sum(pcb_zakat) AS zakat, sum(lp1) AS lp1
         FROM payroll_month_lines WHERE company_id = ? AND month >= ? AND month < ? GROUP BY employee_id`,
    ),
    finalisedInYear: db.prepare<[number, string, string], { month: string }>(
      'SELECT month FROM payroll_months WHERE company_id = ? AND month BETWEEN ? AND ? ORDER BY month',
    ),
    yearLines: db.prepare<[number, string, string], { month: string; line_json: string }>(
      `SELECT m.month, l.line_json FROM payroll_months m JOIN payroll_month_lines l ON l.payroll_month_id = m.id
        WHERE m.company_id = ? AND m.month BETWEEN ? AND ? ORDER BY m.month, l.rowid`,
    ),
    monthsWithWages: db.prepare<[number, string, string], { month: string }>(
      'SELECT DISTINCT month FROM wages WHERE company_id = ? AND month BETWEEN ? AND ? ORDER BY month',
    ),
    insertMonth: db.prepare<[number, string, string], { id: number; finalised_at: string }>(
      'INSERT INTO payroll_months (company_id, month, month_json) VALUES (?, ?, ?) RETURNING id, finalised_at',
    ),
    insertLine: db.prepare(
      `INSERT INTO payroll_month_lines (payroll_month_id, company_id, month, employee_id, gross, remuneration, epf_employee, pcb, pcb_zakat, lp1, socso_wages, net, line_json)
       VALUES (@monthId, @companyId, @month, @employeeId, @gross, @remuneration, @epf, @pcb, @zakat, @lp1, @socsoWages, @net, @json)`,
    ),
    deleteMonth: db.prepare<[number]>('DELETE FROM payroll_months WHERE id = ?'),
    insertUnlock: db.prepare<[number, string, string, string, string], { unlocked_at: string }>(
      'INSERT INTO payroll_unlocks (company_id, month, finalised_at, reason, filed_json) VALUES (?, ?, ?, ?, ?) RETURNING unlocked_at',
    ),
    unlocks: db.prepare<[number, string], { finalised_at: string; unlocked_at: string; reason: string }>(
      'SELECT finalised_at, unlocked_at, reason FROM payroll_unlocks WHERE company_id = ? AND month = ? ORDER BY id DESC',
    ),
    correctionsPaidIn: db.prepare<[number, string], CorrectionDbRow>(
      `SELECT c.id, c.employee_id, c.for_month, c.paid_month, c.amount, c.reason, c.created_at, l.socso_wages AS finalised_socso_wages,
              (SELECT coalesce(sum(e.amount), 0) FROM payroll_corrections e
                WHERE e.company_id = c.company_id AND e.employee_id = c.employee_id AND e.for_month = c.for_month
                  AND (e.paid_month < c.paid_month OR (e.paid_month = c.paid_month AND e.id < c.id))) AS earlier
         FROM payroll_corrections c
         LEFT JOIN payroll_month_lines l ON l.company_id = c.company_id AND l.month = c.for_month AND l.employee_id = c.employee_id
        WHERE c.company_id = ? AND c.paid_month = ?
        ORDER BY c.employee_id, c.for_month, c.id`,
    ),
    correctionCounts: db.prepare<[string, string, number], { for_count: number; paid_count: number }>(
      `SELECT sum(for_month = ?) AS for_count, sum(paid_month = ?) AS paid_count FROM payroll_corrections WHERE company_id = ?`,
    ),
    files: db.prepare<[number, string], { kind: string; file_name: string; created_at: string }>(
      // The upload files only: a month-end pack's payslips and reports are in the same runs (migration 11).
      `SELECT f.kind, f.file_name, r.created_at FROM file_run_files f JOIN file_runs r ON r.id = f.run_id
        WHERE r.company_id = ? AND r.month = ? AND f.kind IN (${MONTH_FILE_KINDS.map((k) => `'${k}'`).join(', ')}) ORDER BY r.id, f.kind`,
    ),
    receipts: db.prepare<[number, string], { kind: string; file_name: string; receipt_number: string | null; filed_at: string }>(
      'SELECT kind, file_name, receipt_number, filed_at FROM receipts WHERE company_id = ? AND month = ? ORDER BY id',
    ),
    monthStatus: db.prepare<[number, string], { status: string }>('SELECT status FROM month_status WHERE company_id = ? AND month = ?'),
  };

  return {
    finalisedMonth(companyId: number, month: string): FinalisedMonthRow | null {
      const row = statements.month.get(companyId, month);
      return row ? { id: row.id, finalisedAt: row.finalised_at, data: JSON.parse(row.month_json) as FinalisedMonthData } : null;
    },

    lines(monthId: number): PayrollLine[] {
      return statements.lines.all(monthId).map((row) => JSON.parse(row.line_json) as PayrollLine);
    },

    /** Each employee's sums over the finalised months of month's year before month: one query. */
    yearSums(companyId: number, month: string): Map<number, FinalisedSums> {
      const sums = new Map<number, FinalisedSums>();
      for (const r of statements.yearSums.all(companyId, firstMonthOf(month), month)) {
        sums.set(r.employee_id, { grossSen: r.gross, remunerationSen: r.remuneration, epfEmployeeSen: r.epf, pcbSen: r.pcb, pcbZakatSen: r.zakat, lp1Sen: r.lp1 });
      }
      return sums;
    },

    /** The year's finalised months, in order. */
    finalisedMonthsOfYear(companyId: number, year: number): string[] {
      return statements.finalisedInYear.all(companyId, monthOf(year, 1), monthOf(year, 12)).map((r) => r.month);
    },

    /** Every line of the year's finalised months, by month in order: one query. */
    linesOfYear(companyId: number, year: number): { month: string; lines: PayrollLine[] }[] {
      const byMonth = new Map<string, PayrollLine[]>();
      for (const row of statements.yearLines.all(companyId, monthOf(year, 1), monthOf(year, 12))) {
        const line = JSON.parse(row.line_json) as PayrollLine;
        const list = byMonth.get(row.month);
        if (list) list.push(line);
        else byMonth.set(row.month, [line]);
      }
      return [...byMonth].map(([month, lines]) => ({ month, lines }));
    },

    /** Months of the year that have wages entered. */
    monthsWithWagesOfYear(companyId: number, year: number): string[] {
      return statements.monthsWithWages.all(companyId, monthOf(year, 1), monthOf(year, 12)).map((r) => r.month);
    },

    /** Months of the year before month that have wages entered. */
    monthsWithWagesBefore(companyId: number, month: string): string[] {
      return statements.monthsWithWages.all(companyId, firstMonthOf(month), month).filter((r) => r.month < month).map((r) => r.month);
    },

    insertFinalised(companyId: number, month: string, data: FinalisedMonthData, lines: readonly PayrollLine[]): { id: number; finalisedAt: string } {
      const inserted = statements.insertMonth.get(companyId, month, JSON.stringify(data))!;
      for (const line of lines) {
        const p = line.payroll;
        statements.insertLine.run({
          monthId: inserted.id,
          companyId,
          month,
          employeeId: line.employee.id,
          gross: p.grossSen,
          remuneration: p.pcb.y1Sen + p.pcb.ytSen,
          epf: p.deductions.epfSen,
          pcb: p.deductions.pcbSen,
          zakat: p.pcb.zakatSen,
          lp1: p.pcb.lp1Sen,
          socsoWages: p.wages.socsoSen,
          net: p.netSen,
          json: JSON.stringify(line),
        });
      }
      return { id: inserted.id, finalisedAt: inserted.finalised_at };
    },

    deleteFinalised(monthId: number): void {
      statements.deleteMonth.run(monthId);
    },

    recordUnlock(companyId: number, month: string, finalisedAt: string, reason: string, filed: FiledForMonth): string {
      return statements.insertUnlock.get(companyId, month, finalisedAt, reason, JSON.stringify(filed))!.unlocked_at;
    },

    unlocks(companyId: number, month: string) {
      return statements.unlocks.all(companyId, month).map((r) => ({ finalisedAt: r.finalised_at, unlockedAt: r.unlocked_at, reason: r.reason }));
    },

    /** Corrections paid in month, by employee, each with the SOCSO wages it adds to. */
    correctionsPaidIn(companyId: number, month: string): Map<number, CorrectionRow[]> {
      const byEmployee = new Map<number, CorrectionRow[]>();
      for (const r of statements.correctionsPaidIn.all(companyId, month)) {
        const row: CorrectionRow = { ...toCorrection(r), socsoWagesBeforeSen: (r.finalised_socso_wages ?? 0) + r.earlier };
        const list = byEmployee.get(r.employee_id);
        if (list) list.push(row);
        else byEmployee.set(r.employee_id, [row]);
      }
      return byEmployee;
    },

    correctionCounts(companyId: number, month: string): { forMonth: number; paidIn: number } {
      const row = statements.correctionCounts.get(month, month, companyId);
      return { forMonth: row?.for_count ?? 0, paidIn: row?.paid_count ?? 0 };
    },

    /** What was already filed for the month: files generated (ASSIST, and EPF / CP39 once written), receipts, status. */
    filedFor(companyId: number, month: string): FiledForMonth {
      return {
        files: statements.files.all(companyId, month).map((r) => ({ kind: r.kind, fileName: r.file_name, generatedAt: r.created_at })),
        receipts: statements.receipts
          .all(companyId, month)
          .map((r) => ({ kind: r.kind, fileName: r.file_name, receiptNumber: r.receipt_number, filedAt: r.filed_at })),
        status: statements.monthStatus.get(companyId, month)?.status ?? null,
      };
    },
  };
}

export type PayrollStore = ReturnType<typeof createPayrollStore>;
