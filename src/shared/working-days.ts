import { addDays, weekdayOf } from './china-time';

/**
 * Working-day arithmetic for deadlines counted in working days (review SLAs, the Hetao desk's
 * answer target). Dates are `YYYY-MM-DD` in China Standard Time. Saturdays and Sundays are rest
 * days unless listed as make-up working days (调休上班); listed public holidays are rest days
 * whatever the weekday. Which days are listed is src/shared/holidays.ts (the published calendar
 * plus each desk's administrator's entries).
 */
export interface WorkingCalendar {
  /** Rest days whatever the weekday (public holidays). */
  readonly holidays: ReadonlySet<string>;
  /** Working days whatever the weekday (weekend days worked instead, 调休上班). */
  readonly makeUpWorkingDays: ReadonlySet<string>;
}

/** The dates a calendar is made of, as they are stored or published (lists of `YYYY-MM-DD`). */
export interface CalendarEntries {
  holidays?: Iterable<string>;
  makeUpWorkingDays?: Iterable<string>;
}

/** A calendar from lists of dates. */
export function workingCalendar(entries: CalendarEntries = {}): WorkingCalendar {
  return {
    holidays: new Set(entries.holidays ?? []),
    makeUpWorkingDays: new Set(entries.makeUpWorkingDays ?? []),
  };
}

/**
 * `base` with `overrides` laid over it: every date the overrides list wins, whichever list of
 * the base it was in. A date the base calls a holiday and the overrides a make-up working day is
 * a working day, and the other way round.
 */
export function overlayCalendar(
  base: WorkingCalendar,
  overrides: WorkingCalendar,
): WorkingCalendar {
  const holidays = new Set(base.holidays);
  const makeUpWorkingDays = new Set(base.makeUpWorkingDays);
  for (const date of overrides.holidays) {
    makeUpWorkingDays.delete(date);
    holidays.add(date);
  }
  for (const date of overrides.makeUpWorkingDays) {
    holidays.delete(date);
    makeUpWorkingDays.add(date);
  }
  return { holidays, makeUpWorkingDays };
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  if (calendar.makeUpWorkingDays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `workingDays` working days after `start` (the start day itself does not count: asked
 * or submitted on a Friday with a 1-day target, it is due on Monday). Zero days is `start`.
 */
export function addWorkingDays(
  start: string,
  workingDays: number,
  calendar: WorkingCalendar,
): string {
  let date = start;
  let remaining = workingDays;
  // NOTE: bounded (ten years of days) so a calendar that wrongly lists every day as a holiday
  // cannot hang a request.
  for (let guard = 0; remaining > 0 && guard < 3660; guard += 1) {
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
