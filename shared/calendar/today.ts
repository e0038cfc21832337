// "Today" for Caruman is the date in Malaysia (Asia/Kuala_Lumpur, UTC+8 all year, no daylight
// saving since 1982), whatever the computer's own time zone: a bookkeeper abroad or a laptop set
// to UTC still sees November's deadline on the Malaysian date. The clock is injectable so tests
// and services pin it.
import { formatIsoDate, monthOfDate, type IsoDate } from './date';
import { previousMonth, type Month } from './month';

/** Something that tells the current instant; `() => new Date()` in the app. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Malaysia's offset from UTC, in milliseconds (UTC+8 since 1 January 1982). */
const MALAYSIA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The date in Malaysia at the clock's instant, "YYYY-MM-DD". */
export function todayInMalaysia(clock: Clock = systemClock): IsoDate {
  const shifted = new Date(clock().getTime() + MALAYSIA_OFFSET_MS);
  return formatIsoDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** The date in Malaysia of a stored instant ("2026-11-30T17:05:00.000Z" → "2026-12-01"); the text as is when it is not one. */
export function dateInMalaysia(instant: string): IsoDate {
  const time = Date.parse(instant);
  return Number.isNaN(time) ? instant : todayInMalaysia(() => new Date(time));
}

/** The month in Malaysia at the clock's instant, "YYYY-MM". */
export function currentMonth(clock: Clock = systemClock): Month {
  return monthOfDate(todayInMalaysia(clock));
}

/**
 * The month a bookkeeper works on now: last month's wages, since contributions for month M are
 * due by the 15th of M+1. Screens open on it.
 */
export function monthToPayNow(clock: Clock = systemClock): Month {
  return previousMonth(currentMonth(clock));
}
