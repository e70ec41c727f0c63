import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { isIsoDate } from '../engine';
import { addDays } from './china-time';
import {
  type CalendarEntries,
  overlayCalendar,
  workingCalendar,
  type WorkingCalendar,
} from './working-days';

/**
 * The one working-day calendar of the platform: mainland China's public holidays as published,
 * year by year, in policies/holidays.yaml (each year with its notice: title, issuing body, date,
 * the clauses quoted), plus what a desk's administrators enter.
 *
 * NOTE: how the published data and an administrator's entries combine. A desk's settings
 * (applications' workflow settings `holidays` / `makeUpWorkingDays`, the Hetao desk's
 * `holidays` / `extraWorkingDays`) hold the administrator's OWN entries, and the calendar is the
 * published data with those entries laid over it ({@link overlayCalendar}): an entered holiday is
 * a rest day, an entered make-up working day a working day, whatever the published data says.
 * We chose this over seeding the settings from the data because a seeded copy freezes: once an
 * administrator saved the settings, next year's notice, added here by a deploy, would never
 * reach that desk, and the two desks would drift apart again. With the overlay, a new year
 * arrives for both desks at once, administrators only enter what differs (a local holiday, a
 * notice changed at short notice), and a published holiday can still be cancelled by entering it
 * as a make-up working day. Settings saved before this change hold copies of the 2026 dates;
 * laying them over identical published dates changes nothing.
 */

const HOLIDAYS_FILE = fileURLToPath(new URL('../../policies/holidays.yaml', import.meta.url));

const isoDate = z.string().refine(isIsoDate, 'expected a date written YYYY-MM-DD');

const periodSchema = z
  .strictObject({
    /** The holiday's name as the notice gives it (元旦, 春节…). */
    name: z.string().min(1),
    /** The notice's item, quoted as published. */
    clause: z.string().min(1),
    /** First and last rest day, inclusive. */
    from: isoDate,
    to: isoDate,
    /** Weekend days worked instead (调休上班). */
    makeUpWorkingDays: z.array(isoDate).default([]),
  })
  .refine((period) => period.from <= period.to, 'a period ends before it starts');

const yearSchema = z.strictObject({
  year: z.number().int().min(1999).max(9999),
  notice: z.strictObject({
    title: z.string().min(1),
    issuedBy: z.string().min(1),
    issuedOn: isoDate,
    publishedBy: z.string().min(1).optional(),
  }),
  periods: z.array(periodSchema).min(1),
});

const holidaysFileSchema = z.strictObject({ years: z.array(yearSchema).min(1) });

export type PublishedHolidayYear = z.infer<typeof yearSchema>;

/** Reads and checks a holidays file (policies/holidays.yaml unless told otherwise). */
export function readPublishedHolidays(file = HOLIDAYS_FILE): PublishedHolidayYear[] {
  const parsed = holidaysFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file} /${issue.path.join('/')}: ${issue.message}`);
  }
  return parsed.data.years;
}

/** The rest days and make-up working days a list of published years names. */
export function calendarOfYears(years: readonly PublishedHolidayYear[]): WorkingCalendar {
  const holidays: string[] = [];
  const makeUpWorkingDays: string[] = [];
  for (const year of years)
    for (const period of year.periods) {
      for (let date = period.from; date <= period.to; date = addDays(date, 1)) holidays.push(date);
      makeUpWorkingDays.push(...period.makeUpWorkingDays);
    }
  return workingCalendar({ holidays, makeUpWorkingDays });
}

let published: { years: PublishedHolidayYear[]; calendar: WorkingCalendar } | undefined;

function loadPublished() {
  if (!published) {
    const years = readPublishedHolidays();
    published = { years, calendar: calendarOfYears(years) };
  }
  return published;
}

/** The published years, each with its notice (read once, on first use). */
export function publishedHolidayYears(): readonly PublishedHolidayYear[] {
  return loadPublished().years;
}

/** The published calendar alone, with no administrator's entries. */
export function publishedCalendar(): WorkingCalendar {
  return loadPublished().calendar;
}

/**
 * The calendar a desk counts working days with: the published holidays with the desk
 * administrator's entries laid over them (see the note at the top of this file).
 */
export function chinaWorkingCalendar(administratorEntries: CalendarEntries = {}): WorkingCalendar {
  return overlayCalendar(publishedCalendar(), workingCalendar(administratorEntries));
}

/** One line naming the published notices, for a settings page: `title (body, date); …`. */
export function publishedHolidaySource(): string {
  return publishedHolidayYears()
    .map(({ notice }) => `${notice.title}（${notice.issuedBy}，${notice.issuedOn}）`)
    .join('；');
}
