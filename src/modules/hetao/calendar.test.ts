import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  addYears,
  daysBetween,
  isIsoDate,
  isWorkingDay,
  shenzhenDate,
} from './calendar';

const plain = { holidays: [], extraWorkingDays: [] };

describe('Shenzhen dates', () => {
  it('takes the date in UTC+8, not the server’s zone', () => {
    expect(shenzhenDate(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(shenzhenDate(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('adds days, months (clamped to month end) and years', () => {
    expect(addDays('2026-02-25', 10)).toBe('2026-03-07');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2028-05-29', -3)).toBe('2028-02-29');
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2026-02-10')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });
});

describe('working days', () => {
  it('skips weekends: asked on Friday with 1 day, due Monday', () => {
    // 2026-03-06 is a Friday.
    expect(addWorkingDays('2026-03-06', 1, plain)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-06', 5, plain)).toBe('2026-03-13');
    expect(addWorkingDays('2026-03-07', 1, plain)).toBe('2026-03-09');
  });

  it('skips listed holidays and counts make-up working days', () => {
    // Labour Day 2026 (Friday 1 May) off; Saturday 9 May worked instead (illustrative calendar).
    const calendar = {
      holidays: ['2026-05-01', '2026-05-04', '2026-05-05'],
      extraWorkingDays: ['2026-05-09'],
    };
    expect(isWorkingDay('2026-05-01', calendar)).toBe(false);
    expect(isWorkingDay('2026-05-09', calendar)).toBe(true);
    // From Thursday 30 April: 6 (Wed), 7, 8, 9 (Sat, worked), 11.
    expect(addWorkingDays('2026-04-30', 5, calendar)).toBe('2026-05-11');
  });

  it('zero days is the same day', () => {
    expect(addWorkingDays('2026-03-06', 0, plain)).toBe('2026-03-06');
  });
});
