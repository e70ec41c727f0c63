import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysBetween, weekdayOf } from './china-time';
import {
  calendarOfYears,
  chinaWorkingCalendar,
  publishedHolidaySource,
  publishedHolidayYears,
  readPublishedHolidays,
} from './holidays';
import { isWorkingDay } from './working-days';

describe('the published holidays (policies/holidays.yaml)', () => {
  const years = publishedHolidayYears();

  it('has one entry per year, each with its notice', () => {
    const numbers = years.map((year) => year.year);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const { year, notice } of years) {
      expect(notice.title).toContain(String(year));
      // Notices are published before the year they arrange.
      expect(notice.issuedOn < `${year}-01-01`).toBe(true);
    }
  });

  it('has make-up working days only on weekends, and no date both rest and work', () => {
    for (const year of years) {
      const calendar = calendarOfYears([year]);
      for (const date of calendar.makeUpWorkingDays) {
        expect([0, 6], date).toContain(weekdayOf(date));
        expect(calendar.holidays.has(date), date).toBe(false);
      }
      for (const period of year.periods) {
        // Every period of a notice so far lasts 1 to 9 days.
        expect(daysBetween(period.from, period.to)).toBeLessThan(9);
      }
    }
  });

  it('holds the 2026 notice of the State Council General Office', () => {
    const year2026 = years.find((year) => year.year === 2026)!;
    expect(year2026.notice).toMatchObject({ issuedBy: '国务院办公厅', issuedOn: '2025-11-04' });
    const calendar = calendarOfYears([year2026]);
    expect(calendar.holidays.size).toBe(33);
    expect([...calendar.makeUpWorkingDays].sort()).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(publishedHolidaySource()).toContain('国务院办公厅关于2026年部分节假日安排的通知');
  });

  it('lays an administrator’s entries over the published calendar', () => {
    const calendar = chinaWorkingCalendar({
      holidays: ['2026-12-07'],
      makeUpWorkingDays: ['2026-10-02'],
    });
    expect(isWorkingDay('2026-10-01', calendar)).toBe(false);
    expect(isWorkingDay('2026-10-02', calendar)).toBe(true);
    expect(isWorkingDay('2026-12-07', calendar)).toBe(false);
    expect(isWorkingDay('2026-12-08', calendar)).toBe(true);
  });

  it('refuses a malformed file, naming the place', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'holidays-')), 'holidays.yaml');
    writeFileSync(
      file,
      'years:\n  - year: 2027\n    notice: { title: t, issuedBy: b, issuedOn: 2026-13-01 }\n    periods: []\n',
    );
    expect(() => readPublishedHolidays(file)).toThrow(/years\/0\/notice\/issuedOn/);
  });
});
