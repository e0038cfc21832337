// The figures of Form EA for a year (PCB.md §7, ea_form_fields.csv): pure sums over the year's
// finalised months as they were finalised (payroll_month_lines), one statement per employee paid
// in the year. Nothing here is typed or recomputed: every amount is a sum of what was paid.
// TP3 (the previous employer's figures) never appears (PCB.md §1.9: used only for PCB).
import type { PayrollLine } from '../../payroll/month';
import type { Employee } from '../../domain/employee';
import { childrenClaimed } from '../../domain/tax-facts';
import { PAY_ITEM_NAMES } from '../../pay/pay-items';
import { yearOfMonth } from '../../calendar';
import { EA_AMOUNT_CODES, eaCodeOfPayItem, type EaAmountCode } from './fields';

/**
 * CHOSEN (a careful bookkeeper's rule): Forms EA are given only when every month of the year that
 * has wages entered is finalised, because an open month's figures can still change and the form
 * goes to the employee and, through C.P.8D, to LHDN. The preview of a year with open months is
 * marked DRAFT and names them; writing the forms is refused until they are finalised.
 */
export const EA_NEEDS_EVERY_MONTH_FINALISED = true;

/**
 * CHOSEN (PCB.md §10.10): item D4 (TP1 reliefs and TP1 zakat) is filled as the form asks, although
 * Terms 14 says allowable deductions should not appear on the EA; the employee needs the amounts
 * for their own return, and the form has the boxes.
 */
export const EA_SHOWS_TP1_CLAIMS = true;

export interface FinalisedMonthLines {
  month: string;
  lines: readonly PayrollLine[];
}

/** Arrears of an earlier year paid in this one (item B2's details). */
export interface EaArrears {
  forMonth: string;
  amountSen: number;
  reason: string;
}

export interface EaStatement {
  year: number;
  employeeId: number;
  /** The employee's particulars: the current record when given, else as in the last month paid. */
  employee: Employee;
  /** Months of the year the employee was paid in, in order. */
  monthsPaid: string[];
  /** A8: qualifying children claimed, as PCB took them in the last month paid. */
  children: number;
  /** A9: dates of commencement and cessation when they fall in the year, else null. */
  commenced: string | null;
  ceased: string | null;
  /** Sen by item. */
  amounts: Record<EaAmountCode, number>;
  arrearsOfEarlierYears: EaArrears[];
}

export interface EaYear {
  year: number;
  /** The finalised months of the year the figures come from. */
  finalisedMonths: string[];
  /** Months of the year with wages entered that are not finalised (not in the figures). */
  openMonths: string[];
  statements: EaStatement[];
}

function emptyAmounts(): Record<EaAmountCode, number> {
  return Object.fromEntries(EA_AMOUNT_CODES.map((code) => [code, 0])) as Record<EaAmountCode, number>;
}

const inYear = (date: string | null, year: number): string | null => (date !== null && Number(date.slice(0, 4)) === year ? date : null);

type Working = EaStatement & { remunerationCheckSen: number };

/** One employee's month added to their statement. */
function addMonth(statement: Working, line: PayrollLine): void {
  const a = statement.amounts;
  const p = line.payroll;
  const d = p.deductions;
  for (const name of PAY_ITEM_NAMES) {
    const sen = p.items[name];
    if (!sen) continue;
    const code = eaCodeOfPayItem(name);
    if (code !== null) a[code] += sen;
  }
  // Unpaid leave is pay not earned: it comes off the salary (as off PCB's Y1).
  a.B1a -= d.unpaidLeaveSen;
  for (const c of p.corrections) {
    if (yearOfMonth(c.forMonth) === statement.year) a.B1a += c.amountSen;
    else {
      a.B2 += c.amountSen;
      statement.arrearsOfEarlierYears.push({ forMonth: c.forMonth, amountSen: c.amountSen, reason: c.reason });
    }
  }
  a.D1 += d.pcbSen;
  a.D2 += d.cp38Sen;
  a.D3 += d.zakatSen;
  if (EA_SHOWS_TP1_CLAIMS) {
    a.D4a += p.pcb.lp1Sen;
    a.D4b += p.pcb.tp1ZakatSen;
  }
  // D5: the child relief (QC) of the last month paid, as PCB used it.
  a.D5 = p.pcbResult?.reliefs?.qcSen ?? 0;
  a.E1 += d.epfSen;
  a.E2 += d.socsoSen + d.lindungSen + d.arrearsSocsoSen + d.arrearsLindungSen;
  a.E2eis += d.eisSen + d.arrearsEisSen;
  // Part B must be exactly what PCB counted as remuneration (Y1 + Yt) in the month.
  statement.remunerationCheckSen += p.pcb.y1Sen + p.pcb.ytSen;
}

/**
 * Form EA figures for every employee paid in the year's finalised months. `current` gives the
 * employees' records as they are now, for the particulars (name, numbers, dates): a tax number or
 * a leaving date recorded after the last month paid belongs on the form.
 */
export function eaYear(
  year: number,
  finalised: readonly FinalisedMonthLines[],
  openMonths: readonly string[],
  current: ReadonlyMap<number, Employee> = new Map(),
): EaYear {
  const byEmployee = new Map<number, Working>();
  const months = [...finalised].sort((x, y) => x.month.localeCompare(y.month));
  for (const { month, lines } of months) {
    if (yearOfMonth(month) !== year) throw new Error(`month ${month} is not in ${year}`);
    for (const line of lines) {
      const id = line.employee.id;
      let statement = byEmployee.get(id);
      if (!statement) {
        statement = {
          year,
          employeeId: id,
          employee: line.employee,
          monthsPaid: [],
          children: 0,
          commenced: null,
          ceased: null,
          amounts: emptyAmounts(),
          arrearsOfEarlierYears: [],
          remunerationCheckSen: 0,
        };
        byEmployee.set(id, statement);
      }
      statement.employee = line.employee;
      statement.monthsPaid.push(month);
      addMonth(statement, line);
    }
  }
  const statements: EaStatement[] = [];
  for (const { remunerationCheckSen, ...statement } of byEmployee.values()) {
    const a = statement.amounts;
    a.Btotal = a.B1a + a.B1b + a.B1c + a.B1d + a.B1e + a.B1f + a.B2 + a.B3 + a.B4 + a.B5 + a.B6;
    a.Ctotal = a.C1 + a.C2;
    if (a.Btotal !== remunerationCheckSen) {
      throw new Error(`Form EA ${year} of employee ${statement.employeeId}: Part B ${a.Btotal} sen is not the ${remunerationCheckSen} sen PCB counted`);
    }
    statement.children = childrenClaimed(statement.employee);
    statement.employee = current.get(statement.employeeId) ?? statement.employee;
    statement.commenced = inYear(statement.employee.hireDate, year);
    statement.ceased = inYear(statement.employee.leaveDate, year);
    statements.push(statement);
  }
  statements.sort((x, y) => x.employee.name.localeCompare(y.employee.name) || x.employeeId - y.employeeId);
  return { year, finalisedMonths: months.map((m) => m.month), openMonths: [...openMonths].sort(), statements };
}

/** The serial number printed on an employee's Form EA: the same every time it is made. */
export function eaSerialNumber(year: number, employeeId: number): string {
  return `EA${year}-${String(employeeId).padStart(6, '0')}`;
}
