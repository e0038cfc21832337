// Normal hours of work a day, as the company details form shows and reads them: hours ("8"),
// hours and minutes ("8:30") or a decimal ("7.5"); stored as whole minutes (normalMinutesPerDay).
// Read by the one reader of typed hours (shared/payroll/hours.ts), so the form takes what the
// Payroll screen and the wage file take — and refuses what they refuse, a decimal comma included.
import { parseHours } from '../../../../shared/payroll/hours';

/** 480 → "8", 510 → "8:30". */
export function hoursText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? String(hours) : `${hours}:${String(rest).padStart(2, '0')}`;
}

/**
 * The minutes typed hours mean; NaN when they are not hours (the shared schema then refuses them
 * with companies.error.normalHours, so "7,5" or "7.3333" is never stored as something else).
 * Blank is NaN too: a company's normal day is required, where an overtime cell left blank is 0.
 */
export function typedMinutes(text: string): number {
  if (text.trim() === '') return Number.NaN;
  const parsed = parseHours(text);
  return parsed.ok ? parsed.minutes : Number.NaN;
}
