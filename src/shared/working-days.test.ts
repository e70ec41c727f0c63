import { describe, expect, it } from 'vitest';
import { chinaWorkingCalendar } from './holidays';
import {
  addWorkingDays,
  isWorkingDay,
  overlayCalendar,
  workingCalendar,
  workingDaysBetween,
} from './working-days';

const plain = workingCalendar();
/** The published calendar (policies/holidays.yaml), 2026: the State Council's notice. */
const cn2026 = chinaWorkingCalendar();

describe('working days', () => {
  it('skips weekends (Friday + 1 working day = Monday)', () => {
    expect(addWorkingDays('2026-11-27', 1, plain)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-23', 5, plain)).toBe('2026-11-30');
    // 2026-03-06 is a Friday.
    expect(addWorkingDays('2026-03-06', 1, plain)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-06', 5, plain)).toBe('2026-03-13');
    expect(addWorkingDays('2026-03-07', 1, plain)).toBe('2026-03-09');
  });

  it('zero days is the same day', () => {
    expect(addWorkingDays('2026-03-06', 0, plain)).toBe('2026-03-06');
  });

  it('skips public holidays and counts make-up working days', () => {
    // National Day 2026-10-01…07 are holidays; Saturday 2026-10-10 is a make-up working day.
    expect(isWorkingDay('2026-10-05', cn2026)).toBe(false);
    expect(isWorkingDay('2026-10-10', cn2026)).toBe(true);
    expect(addWorkingDays('2026-09-30', 1, cn2026)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1, cn2026)).toBe('2026-10-10');
  });

  it('skips listed holidays and counts listed make-up days (an administrator’s calendar)', () => {
    // Labour Day (Friday 1 May) off; Saturday 9 May worked instead (illustrative calendar).
    const calendar = workingCalendar({
      holidays: ['2026-05-01', '2026-05-04', '2026-05-05'],
      makeUpWorkingDays: ['2026-05-09'],
    });
    expect(isWorkingDay('2026-05-01', calendar)).toBe(false);
    expect(isWorkingDay('2026-05-09', calendar)).toBe(true);
    // From Thursday 30 April: 6 (Wed), 7, 8, 9 (Sat, worked), 11.
    expect(addWorkingDays('2026-04-30', 5, calendar)).toBe('2026-05-11');
  });

  it('counts working days between dates, negative when overdue', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-30', plain)).toBe(5);
    expect(workingDaysBetween('2026-11-30', '2026-11-23', plain)).toBe(-5);
    expect(workingDaysBetween('2026-11-23', '2026-11-23', plain)).toBe(0);
  });

  it('does not hang on a calendar with no working day', () => {
    const never = workingCalendar({
      holidays: Array.from({ length: 4000 }, (_, index) =>
        new Date(Date.UTC(2026, 0, 2 + index)).toISOString().slice(0, 10),
      ),
    });
    expect(addWorkingDays('2026-01-01', 1, never) > '2035-12-31').toBe(true);
  });
});

describe('an administrator’s entries over the published calendar', () => {
  it('adds holidays and make-up days and overrides published dates either way', () => {
    const base = workingCalendar({ holidays: ['2026-10-05'], makeUpWorkingDays: ['2026-10-10'] });
    const calendar = overlayCalendar(
      base,
      workingCalendar({
        holidays: ['2026-10-10', '2026-11-02'],
        makeUpWorkingDays: ['2026-10-05'],
      }),
    );
    expect(isWorkingDay('2026-10-05', calendar)).toBe(true);
    expect(isWorkingDay('2026-10-10', calendar)).toBe(false);
    expect(isWorkingDay('2026-11-02', calendar)).toBe(false);
    // The base is left as it was.
    expect(isWorkingDay('2026-10-05', base)).toBe(false);
  });
});
