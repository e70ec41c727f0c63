/**
 * Dates for the desk, in Shenzhen's calendar (Asia/Shanghai, UTC+8 all year: China keeps no
 * daylight saving time). Dates are `YYYY-MM-DD` strings; arithmetic is done on UTC midnights so
 * no local time zone of the server leaks in.
 */

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date in Shenzhen at this instant. */
export function shenzhenDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

function toUtc(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  return fromUtc(toUtc(value)) === value;
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/**
 * Adds calendar months, clamping to the last day of the month (2026-11-30 + 3 months =
 * 2027-02-28), the way a "3 months before" deadline is read.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const targetMonthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(targetMonthIndex / 12);
  const targetMonth = targetMonthIndex % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export interface WorkingCalendar {
  /** Public holidays that fall on weekdays (YYYY-MM-DD). */
  holidays: readonly string[];
  /** Weekend days worked instead (調休). */
  extraWorkingDays: readonly string[];
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  if (calendar.extraWorkingDays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `days` working days after `start` (the day of asking does not count): asked on a
 * Friday with a 1-day target, the answer is due on Monday.
 */
export function addWorkingDays(start: string, days: number, calendar: WorkingCalendar): string {
  let date = start;
  let left = days;
  // NOTE: bounded so a calendar that (wrongly) lists every day as a holiday cannot hang us.
  for (let guard = 0; left > 0 && guard < 3660; guard += 1) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) left -= 1;
  }
  return date;
}
