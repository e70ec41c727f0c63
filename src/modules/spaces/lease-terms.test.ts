import { describe, expect, it } from 'vitest';
import { rentsInForce, termsFromRents, type DatedRent } from './lease-terms';

const rent = (kind: DatedRent['kind'], fen: number, from: string, unitId = 'u1'): DatedRent => ({
  id: `${unitId}-${kind}-${from}`,
  unitId,
  kind,
  monthlyRentFen: fen,
  effectiveFrom: from,
  source: 'test',
});

const rents = [
  rent('market_reference', 300_000, '2026-01-01'),
  rent('market_reference', 360_000, '2027-01-01'),
  rent('low_cost', 100_000, '2026-01-01'),
  rent('low_cost', 999_999, '2026-01-01', 'u2'),
];

describe('the rents in force on a day', () => {
  it.each([
    ['2025-12-31', null, null],
    ['2026-01-01', 300_000, 100_000],
    ['2026-12-31', 300_000, 100_000],
    ['2027-01-01', 360_000, 100_000],
  ])('on %s: market %s, low-cost %s (of this unit only)', (day, market, lowCost) => {
    const inForce = rentsInForce(rents, 'u1', day);
    expect(inForce.marketReference?.monthlyRentFen ?? null).toBe(market);
    expect(inForce.lowCost?.monthlyRentFen ?? null).toBe(lowCost);
  });
});

describe('the terms the rents give', () => {
  it.each([
    [300_000, 100_000, { monthlyRentFen: 300_000, monthlySubsidyFen: 200_000 }],
    [null, 100_000, { monthlyRentFen: 100_000, monthlySubsidyFen: 0 }],
    [300_000, null, { monthlyRentFen: 300_000, monthlySubsidyFen: 0 }],
    [100_000, 300_000, { monthlyRentFen: 300_000, monthlySubsidyFen: 0 }],
    [null, null, null],
  ])('market %s, low-cost %s → %o', (market, lowCost, expected) => {
    expect(
      termsFromRents({
        marketReference: market === null ? null : rent('market_reference', market, '2026-01-01'),
        lowCost: lowCost === null ? null : rent('low_cost', lowCost, '2026-01-01'),
      }),
    ).toEqual(expected);
  });
});
