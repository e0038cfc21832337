// Hours as people type them — on the Payroll screen and in the wage file — and as Caruman shows
// them. Stored as whole minutes (wages.overtime_minutes_*), so no fraction of an hour is a float.
import { MAX_OVERTIME_MINUTES } from '../pay/deductions';

/** Why typed hours were refused: each names the fix (shared/i18n/messages/pay-hours.ts). */
export type HoursProblem = 'hours.error.format' | 'hours.error.comma' | 'hours.error.negative' | 'hours.error.minutes' | 'hours.error.partMinute' | 'hours.error.tooMany';

export type ParsedHours = { ok: true; minutes: number } | { ok: false; key: HoursProblem };

/**
 * Reads hours: "2:30" (hours and minutes, minutes 00–59) or "2.5" (decimal hours that come to
 * whole minutes: 2.25, 0.1; not 1.33). Blank is 0. The hours of a month may pass 24 ("25:00").
 *
 * CHOSEN: a decimal comma ("2,5") is refused, not read as 2.5: everywhere else in Caruman a comma
 * in a number is a thousands separator ("1,234.50"), and in an unquoted CSV it splits the cell.
 * The message says to type 2.5 or 2:30.
 */
export function parseHours(text: string): ParsedHours {
  const s = text.trim().replace(/\s*(h|j|jam|hours?)$/i, '');
  if (s === '') return { ok: true, minutes: 0 };
  if (s.startsWith('-')) return { ok: false, key: 'hours.error.negative' };
  if (/^\d+,\d+$/.test(s)) return { ok: false, key: 'hours.error.comma' };
  const clock = /^(\d{1,6}):(\d{2})$/.exec(s);
  if (clock) {
    const minutes = Number(clock[2]);
    if (minutes > 59) return { ok: false, key: 'hours.error.minutes' };
    return within(Number(clock[1]) * 60 + minutes);
  }
  const decimal = /^(\d{1,6})?(?:\.(\d{1,2}))?$/.exec(s);
  if (!decimal || (decimal[1] === undefined && decimal[2] === undefined)) return { ok: false, key: 'hours.error.format' };
  // In hundredths of an hour, so the whole-minute check stays in integers (0.01 h = 0.6 min).
  const hundredths = Number(decimal[1] ?? '0') * 100 + Number((decimal[2] ?? '').padEnd(2, '0'));
  if ((hundredths * 60) % 100 !== 0) return { ok: false, key: 'hours.error.partMinute' };
  return within((hundredths * 60) / 100);
}

function within(minutes: number): ParsedHours {
  return minutes > MAX_OVERTIME_MINUTES ? { ok: false, key: 'hours.error.tooMany' } : { ok: true, minutes };
}

/** 150 → "2:30", 240 → "4:00", 0 → "0:00": hours as Caruman writes them (screen, files, payslip). */
export function formatHours(minutes: number): string {
  if (!Number.isSafeInteger(minutes) || minutes < 0) throw new RangeError(`minutes must be a whole, non-negative number: ${minutes}`);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
