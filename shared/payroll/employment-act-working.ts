// The Employment Act helpers with their working, as the Payroll screen shows them beside the
// deductions and hours of one employee-month: overtime from hours, unpaid leave from days, and a
// joiner's or leaver's prorated basic pay. Each result carries the amount and the lines that say
// how it was worked (message keys with params, said in the user's language by the screen).
import { daysInMonthOf, type Month } from '../calendar';
import { formatRinggit } from '../money/sen';
import { daysEmployedInMonth, hourlyRateSen, overtimeSen, proratedPay, unpaidLeaveSen, type OvertimeMinutes } from './employment-act';
import { formatHours } from './hours';
import { OVERTIME_KINDS, OVERTIME_MULTIPLIER, ORDINARY_RATE_DIVISOR } from './rules';
import type { Notice } from './month';

/** The monthly rate the helpers work from, and where it came from (the screen says which). */
export interface MonthlyRate {
  sen: number;
  /** 'employee': the employee record's monthly rate; 'basic': the month's basic pay (no rate recorded). */
  source: 'employee' | 'basic';
}

/** The employee record's monthly rate when it has one, else the month's basic pay. */
export function monthlyRateOf(employeeMonthlyRateSen: number | null, basicSen: number): MonthlyRate {
  return employeeMonthlyRateSen !== null && employeeMonthlyRateSen > 0 ? { sen: employeeMonthlyRateSen, source: 'employee' } : { sen: basicSen, source: 'basic' };
}

export interface Worked {
  amountSen: number;
  working: Notice[];
}

/** Each overtime kind's multiplier as people read it ("1.5"), for the working and the payslip. */
export const MULTIPLIER_TEXT = Object.fromEntries(
  OVERTIME_KINDS.map((kind) => {
    const { numerator, denominator } = OVERTIME_MULTIPLIER[kind];
    return [kind, String(numerator / denominator)];
  }),
) as Record<(typeof OVERTIME_KINDS)[number], string>;

/**
 * Overtime from hours: the hourly rate (monthly ÷ 26 ÷ normal hours), then each kind's hours ×
 * its multiplier, and the total worked exactly from the monthly rate and rounded once
 * (rules.ts ROUND_ONCE_HALF_UP_TO_THE_SEN), which may differ by a sen from the sum of the lines.
 */
export function overtimeWorking(rate: MonthlyRate, minutes: OvertimeMinutes, normalMinutesPerDay: number): Worked {
  const amountSen = overtimeSen(rate.sen, minutes, normalMinutesPerDay);
  const working: Notice[] = [
    {
      key: rate.source === 'employee' ? 'payHours.working.hourly.employee' : 'payHours.working.hourly.basic',
      params: { monthly: formatRinggit(rate.sen), divisor: ORDINARY_RATE_DIVISOR, hours: formatHours(normalMinutesPerDay), hourly: formatRinggit(hourlyRateSen(rate.sen, normalMinutesPerDay)) },
    },
  ];
  for (const kind of OVERTIME_KINDS) {
    const value = minutes[kind] ?? 0;
    if (value === 0) continue;
    working.push({
      key: `payHours.working.overtime.${kind}`,
      params: { hours: formatHours(value), multiplier: MULTIPLIER_TEXT[kind], amount: formatRinggit(overtimeSen(rate.sen, { [kind]: value }, normalMinutesPerDay)) },
    });
  }
  working.push({ key: 'payHours.working.overtime.total', params: { amount: formatRinggit(amountSen) } });
  return { amountSen, working };
}

/** Unpaid leave from whole days (rules.ts PRORATE_BY_CALENDAR_DAYS): monthly rate ÷ days in the month × days. */
export function unpaidLeaveWorking(rate: MonthlyRate, month: Month, days: number): Worked {
  const amountSen = unpaidLeaveSen(rate.sen, month, days);
  return {
    amountSen,
    working: [
      {
        key: rate.source === 'employee' ? 'payHours.working.unpaidLeave.employee' : 'payHours.working.unpaidLeave.basic',
        params: { monthly: formatRinggit(rate.sen), daysInMonth: daysInMonthOf(month), days, amount: formatRinggit(amountSen), month },
      },
    ],
  };
}

/**
 * A joiner's or leaver's basic pay for the days employed in the month (hire and leaving dates both
 * count), as a suggestion the user may apply; null when the whole month was employed. Unpaid leave
 * is not taken off here: it is its own deduction line.
 */
export function proratedBasicSuggestion(rate: MonthlyRate, month: Month, hireDate: string | null, leaveDate: string | null): Worked | null {
  const daysEmployed = daysEmployedInMonth(month, hireDate, leaveDate);
  const prorated = proratedPay(rate.sen, month, daysEmployed);
  if (!prorated.prorated) return null;
  return {
    amountSen: prorated.paySen,
    working: [
      {
        key: rate.source === 'employee' ? 'payHours.working.prorated.employee' : 'payHours.working.prorated.basic',
        params: { monthly: formatRinggit(rate.sen), daysInMonth: prorated.daysInMonth, days: daysEmployed, amount: formatRinggit(prorated.paySen), month },
      },
    ],
  };
}
