import { addDays, addMonths, addYears } from '../engine';

/**
 * China Standard Time, the one clock every desk of the platform reads dates from (Shenzhen,
 * Asia/Shanghai). Dates are `YYYY-MM-DD` strings, months `YYYY-MM`; strings of these shapes sort
 * in time order, so `a <= b` compares them.
 *
 * NOTE: CST is UTC+8 all year (China has kept no daylight saving time since 1991), so the date of
 * an instant is a fixed offset, not a time-zone database lookup, and no local time zone of the
 * server leaks in. The arithmetic is the engine's pure calendar arithmetic (no Date, no clock),
 * re-exported here so a module needs one import for "today in China" and "90 days later".
 */

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export { addDays, addMonths, addYears };

/** The calendar date (`YYYY-MM-DD`) in China at this instant. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar month (`YYYY-MM`) in China at this instant. */
export function chinaMonthOf(instant: Date): string {
  return chinaDateOf(instant).slice(0, 7);
}

/** The calendar year in China at this instant. */
export function chinaYearOf(instant: Date): number {
  return Number(chinaDateOf(instant).slice(0, 4));
}

function utcMidnightOf(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnightOf(to) - utcMidnightOf(from)) / DAY_MS);
}

/** The day of the week of a date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(utcMidnightOf(date)).getUTCDay();
}
