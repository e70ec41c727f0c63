import { describe, expect, it } from 'vitest';
import { defaultWorkflowSettings } from './settings';
import { addWorkingDays, chinaDateOf, isWorkingDay, workingDaysBetween } from './working-days';

const plain = { holidays: new Set<string>(), makeUpWorkingDays: new Set<string>() };
const cn2026 = {
  holidays: new Set(defaultWorkflowSettings.holidays),
  makeUpWorkingDays: new Set(defaultWorkflowSettings.makeUpWorkingDays),
};

describe('working days', () => {
  it('skips weekends (Friday + 1 working day = Monday)', () => {
    expect(addWorkingDays('2026-11-27', 1, plain)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-23', 5, plain)).toBe('2026-11-30');
  });

  it('skips public holidays and counts make-up working days', () => {
    // National Day 2026-10-01…07 are holidays; Saturday 2026-10-10 is a make-up working day.
    expect(isWorkingDay('2026-10-05', cn2026)).toBe(false);
    expect(isWorkingDay('2026-10-10', cn2026)).toBe(true);
    expect(addWorkingDays('2026-09-30', 1, cn2026)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-09', 1, cn2026)).toBe('2026-10-10');
  });

  it('counts working days between dates, negative when overdue', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-30', plain)).toBe(5);
    expect(workingDaysBetween('2026-11-30', '2026-11-23', plain)).toBe(-5);
    expect(workingDaysBetween('2026-11-23', '2026-11-23', plain)).toBe(0);
  });

  it('takes the date in China Standard Time', () => {
    expect(chinaDateOf(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26');
    expect(chinaDateOf(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
  });
});
