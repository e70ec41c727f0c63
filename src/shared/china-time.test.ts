import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../engine';
import {
  addDays,
  addMonths,
  addYears,
  chinaDateOf,
  chinaMonthOf,
  chinaYearOf,
  daysBetween,
  weekdayOf,
} from './china-time';

describe('China Standard Time', () => {
  it('takes the date in UTC+8, not the server’s zone', () => {
    expect(chinaDateOf(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(chinaDateOf(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
    expect(chinaDateOf(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26');
    expect(chinaDateOf(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
  });

  it('takes the month and the year in UTC+8', () => {
    expect(chinaMonthOf(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02');
    expect(chinaMonthOf(new Date('2026-01-31T15:59:59Z'))).toBe('2026-01');
    expect(chinaYearOf(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
    expect(chinaYearOf(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  });
});

describe('date arithmetic', () => {
  it('adds days, months (clamped to month end) and years', () => {
    expect(addDays('2026-02-25', 10)).toBe('2026-03-07');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2028-05-29', -3)).toBe('2028-02-29');
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });

  it('knows the weekday and validates ISO dates', () => {
    expect(weekdayOf('2026-03-06')).toBe(5);
    expect(weekdayOf('2026-03-08')).toBe(0);
    expect(isIsoDate('2026-02-10')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(() => daysBetween('2026-2-1', '2026-03-01')).toThrow();
  });
});
