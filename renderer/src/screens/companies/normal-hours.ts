// Normal hours of work a day, as the company details form shows and reads them: hours ("8"),
// hours and minutes ("8:30") or a decimal ("7.5"); stored as whole minutes (normalMinutesPerDay).

/** 480 → "8", 510 → "8:30". */
export function hoursText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? String(hours) : `${hours}:${String(rest).padStart(2, '0')}`;
}

/**
 * The minutes typed hours mean; NaN when they are not hours (the shared schema then refuses them
 * with companies.error.normalHours, so "8 jam" or "7.3333" is never stored as something else).
 */
export function typedMinutes(text: string): number {
  const trimmed = text.trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(trimmed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const decimal = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!decimal) return Number.NaN;
  const fraction = decimal[2] ?? '';
  // In hundredths of an hour, so the check for whole minutes stays in integers.
  const hundredths = Number(decimal[1]) * 100 + Number(fraction.padEnd(2, '0'));
  return (hundredths * 60) % 100 === 0 ? (hundredths * 60) / 100 : Number.NaN;
}
