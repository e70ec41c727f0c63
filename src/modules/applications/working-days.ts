/**
 * Working-day arithmetic for review deadlines (issue #4 item 3). Dates are `YYYY-MM-DD` in
 * China Standard Time. Saturdays and Sundays are rest days unless listed as make-up working days
 * (调休上班); listed public holidays are rest days whatever the weekday.
 */
export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  makeUpWorkingDays: ReadonlySet<string>;
}

/** The China Standard Time calendar date of a moment. */
export function chinaDateOf(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(moment);
}

function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  if (calendar.makeUpWorkingDays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `workingDays` working days after `start` (the start day itself does not count: a
 * submission on Friday with a 1-day SLA is due on Monday).
 */
export function addWorkingDays(
  start: string,
  workingDays: number,
  calendar: WorkingCalendar,
): string {
  let date = start;
  let remaining = workingDays;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) remaining -= 1;
  }
  return date;
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  if (from > to) return -workingDaysBetween(to, from, calendar);
  let date = from;
  let days = 0;
  while (date < to) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) days += 1;
  }
  return days;
}
