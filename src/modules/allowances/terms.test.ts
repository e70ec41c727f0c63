import { describe, expect, it } from 'vitest';
import { chinaMonthOf } from '../../shared/china-time';
import { addMonths, isMonth } from './months';
import { allowanceTermsOf, monthsIn } from './terms';

describe('months in Shenzhen', () => {
  it('takes the month of a moment in China Standard Time, not UTC', () => {
    // 2026-01-31T16:30Z is already 1 February, 00:30 in Shenzhen.
    expect(chinaMonthOf(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02');
    expect(chinaMonthOf(new Date('2026-01-31T15:59:59Z'))).toBe('2026-01');
  });

  it('adds months across years, both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', 23)).toBe('2027-12');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(isMonth('2026-13')).toBe(false);
    expect(() => addMonths('2026-1', 1)).toThrow();
  });
});

const snapshot = {
  policy: {
    benefit: {
      kind: 'allowance',
      monthlyFen: { parameter: 'housing.allowance.monthly-fen' },
      maxMonths: { parameter: 'housing.allowance.max-months' },
    },
  },
  parameters: {
    'housing.allowance.monthly-fen': { value: 125000, effectiveFrom: '2026-01-01' },
    'housing.allowance.max-months': { value: 24, effectiveFrom: '2026-01-01' },
  },
  evaluatedAt: '2026-03-01T02:00:00.000Z',
  result: {
    benefit: { kind: 'allowance', monthlyFen: 125000, maxMonths: 24, maxAmountFen: 3000000 },
  },
};

describe('allowance terms from the decision snapshot', () => {
  it('reads the monthly amount and the months, with the parameters they came from', () => {
    expect(allowanceTermsOf(snapshot)).toEqual({
      monthlyFen: 125000,
      maxMonths: 24,
      source: {
        monthlyFen: {
          parameterId: 'housing.allowance.monthly-fen',
          value: 125000,
          effectiveFrom: '2026-01-01',
        },
        maxMonths: {
          parameterId: 'housing.allowance.max-months',
          value: 24,
          effectiveFrom: '2026-01-01',
        },
        evaluatedAt: '2026-03-01T02:00:00.000Z',
      },
    });
  });

  it('is null for another benefit, and for unpublished amounts', () => {
    expect(
      allowanceTermsOf({ result: { benefit: { kind: 'money', maxAmountFen: 1 } } }),
    ).toBeNull();
    expect(
      allowanceTermsOf({
        result: { benefit: { kind: 'allowance', monthlyFen: null, maxMonths: 24 } },
      }),
    ).toBeNull();
    expect(allowanceTermsOf(null)).toBeNull();
  });

  it('accepts only a whole number of months, at most the most months', () => {
    const terms = allowanceTermsOf(snapshot)!;
    expect(monthsIn(terms, 3_000_000)).toBe(24);
    expect(monthsIn(terms, 125_000)).toBe(1);
    expect(monthsIn(terms, 1_500_000)).toBe(12);
    expect(monthsIn(terms, 3_125_000)).toBeUndefined();
    expect(monthsIn(terms, 1_000_000 + 1)).toBeUndefined();
    expect(monthsIn(terms, 0)).toBeUndefined();
  });
});
