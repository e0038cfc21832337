// The wage file's hours and days (overtime hours by kind, unpaid leave days) turned into the
// amounts stored beside them, by the Employment Act helpers. The amount stays the authority
// (PAYROLL_RECORDS.md): CHOSEN — a row that gives hours and no amount column gets the amount
// worked from the hours (the import report says so); a row that gives both keeps the amount
// typed and the report warns when they disagree. A row with no hours typed (blank cells) leaves
// the amount as it is, so a file with hour columns never wipes an amount typed on the grid.
import { formatRinggit } from '../money/sen';
import type { OvertimeMinutesByKind } from '../pay/deductions';
import { hourlyRateSen, overtimeSen, unpaidLeaveSen } from './employment-act';
import type { MonthlyRate } from './employment-act-working';
import { formatHours } from './hours';
import type { Notice } from './month';

export interface HoursAndDays {
  month: string;
  rate: MonthlyRate;
  normalMinutesPerDay: number;
  /** Overtime minutes by kind as they will be stored, and whether the row typed any hours. */
  minutes: OvertimeMinutesByKind;
  hoursTyped: boolean;
  /** The overtime amount the file gives (undefined: no overtime amount column). */
  overtimeSen: number | undefined;
  days: number;
  daysTyped: boolean;
  /** The unpaid leave amount the file gives (undefined: no such column). */
  unpaidLeaveSen: number | undefined;
}

export interface AmountsFromHours {
  /** Amounts worked from the hours or days, to store (only where the file gives no amount). */
  overtimeSen?: number;
  unpaidLeaveSen?: number;
  /** What the report says: an amount worked out, or an amount kept that the hours disagree with. */
  notices: (Notice & { field: 'overtime' | 'unpaid_leave' })[];
  /** Hours or days to work from, no amount given, and no monthly rate or basic pay to work with. */
  problem: { key: 'payHours.import.noRate'; field: 'overtime' | 'unpaid_leave' } | null;
}

export function amountsFromHours(input: HoursAndDays): AmountsFromHours {
  const result: AmountsFromHours = { notices: [], problem: null };
  const totalMinutes = input.minutes.normal + input.minutes.restDay + input.minutes.publicHoliday;
  if (input.hoursTyped) {
    if (input.rate.sen === 0) {
      if (input.overtimeSen === undefined) result.problem = { key: 'payHours.import.noRate', field: 'overtime' };
    } else {
      const worked = overtimeSen(input.rate.sen, input.minutes, input.normalMinutesPerDay);
      const params = { worked: formatRinggit(worked), hours: formatHours(totalMinutes), hourly: formatRinggit(hourlyRateSen(input.rate.sen, input.normalMinutesPerDay)) };
      if (input.overtimeSen === undefined) {
        result.overtimeSen = worked;
        result.notices.push({ key: 'payHours.import.overtimeWorked', params, field: 'overtime' });
      } else if (input.overtimeSen !== worked) {
        result.notices.push({ key: 'payHours.import.overtimeDiffers', params: { ...params, typed: formatRinggit(input.overtimeSen) }, field: 'overtime' });
      }
    }
  }
  if (input.daysTyped && result.problem === null) {
    if (input.rate.sen === 0) {
      if (input.unpaidLeaveSen === undefined) result.problem = { key: 'payHours.import.noRate', field: 'unpaid_leave' };
    } else {
      const worked = unpaidLeaveSen(input.rate.sen, input.month, input.days);
      const params = { worked: formatRinggit(worked), days: input.days, monthly: formatRinggit(input.rate.sen) };
      if (input.unpaidLeaveSen === undefined) {
        result.unpaidLeaveSen = worked;
        result.notices.push({ key: 'payHours.import.unpaidLeaveWorked', params, field: 'unpaid_leave' });
      } else if (input.unpaidLeaveSen !== worked) {
        result.notices.push({ key: 'payHours.import.unpaidLeaveDiffers', params: { ...params, typed: formatRinggit(input.unpaidLeaveSen) }, field: 'unpaid_leave' });
      }
    }
  }
  return result;
}
