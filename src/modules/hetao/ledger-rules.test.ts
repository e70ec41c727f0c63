/**
 * The ledger's pure rules (issue #16): regimes (B.N5), months served and back tax (B.N9, B.N10),
 * the 36-month bar at its boundaries (B.N6), foreign values, and declaration-level taxes (B.N11)
 * against hand-worked examples.
 */
import { describe, expect, it } from 'vitest';
import {
  backTaxValueFen,
  barEndsOn,
  isBarred,
  ledgerStatusOf,
  monthsServed,
  regimeOf,
  shareOfValueFen,
  supervisionEndsOn,
  valueFenOfForeign,
} from './ledger-rules';
import { computeLineTax, parseRate } from './tax';

describe('B.N5 regimes', () => {
  it('derives the regime from the category; equipment needs the importer’s choice', () => {
    expect(regimeOf('apparatus', undefined)?.regime).toBe('supervision-period');
    expect(regimeOf('specimens', undefined)?.regime).toBe('supervision-period');
    expect(regimeOf('consumables', undefined)).toEqual({ regime: 'write-off', source: 'category' });
    expect(regimeOf('animals', undefined)?.regime).toBe('write-off');
    expect(regimeOf('equipment', undefined)).toBeNull();
    expect(regimeOf('equipment', 'not-a-part')).toEqual({
      regime: 'supervision-period',
      source: 'importer-choice',
    });
    expect(regimeOf('equipment', 'consumed-in-research')?.regime).toBe('write-off');
  });
});

describe('B.N9/B.N10 supervision and back tax', () => {
  it('ends supervision 3 years after release', () => {
    expect(supervisionEndsOn('2026-03-01', 3)).toBe('2029-03-01');
  });

  it('counts months from release; more than 15 days is a month, 15 or fewer are not', () => {
    expect(monthsServed('2026-03-01', '2026-03-01')).toBe(0);
    expect(monthsServed('2026-03-01', '2026-03-16')).toBe(0); // 15 days
    expect(monthsServed('2026-03-01', '2026-03-17')).toBe(1); // 16 days
    expect(monthsServed('2026-03-01', '2026-04-01')).toBe(1);
    expect(monthsServed('2026-03-01', '2026-09-16')).toBe(6);
    expect(monthsServed('2026-03-01', '2026-09-17')).toBe(7);
    expect(monthsServed('2026-01-31', '2026-02-28')).toBe(1); // month end clamps
  });

  it('reduces the dutiable value for the months served', () => {
    // ¥300,000 after 12 of 36 months: 300,000 × (1 − 12/36) = 200,000.
    expect(backTaxValueFen(30_000_000, 12, 3)).toBe(20_000_000);
    // 7 of 36 months on 100 fen: 100 × 29/36 = 80.56 → 81.
    expect(backTaxValueFen(100, 7, 3)).toBe(81);
    expect(backTaxValueFen(30_000_000, 36, 3)).toBe(0);
    expect(backTaxValueFen(30_000_000, 40, 3)).toBe(0);
  });

  it('takes the moved share of a line’s value by quantity', () => {
    expect(shareOfValueFen(1_000, 1, 3)).toBe(333);
    expect(shareOfValueFen(1_000, 2, 3)).toBe(667);
    expect(shareOfValueFen(1_000, 3, 3)).toBe(1_000);
    expect(shareOfValueFen(999, 0.5, 1)).toBe(500);
  });
});

describe('B.N6 36-month bar, counted as the engine counts (addMonths, end exclusive)', () => {
  it('bars from the election day to the day before 36 months later', () => {
    expect(barEndsOn('2026-03-15', 36)).toBe('2029-03-15');
    expect(isBarred('2026-03-15', '2026-03-14', 36)).toBe(false); // before the election
    expect(isBarred('2026-03-15', '2026-03-15', 36)).toBe(true);
    expect(isBarred('2026-03-15', '2029-03-14', 36)).toBe(true); // day before 36 months
    expect(isBarred('2026-03-15', '2029-03-15', 36)).toBe(false); // at 36 months
    expect(isBarred('2026-03-15', '2029-03-16', 36)).toBe(false); // after
  });
});

describe('foreign values', () => {
  it('converts exactly and rounds half up once', () => {
    // USD 12,345.67 × 7.1234 = 87,943.145678 yuan → 8,794,314.5678 fen → 8,794,315.
    expect(valueFenOfForeign('12345.67', '7.1234')).toBe(8_794_315);
    expect(valueFenOfForeign('1', '0.005')).toBe(1); // 0.5 fen → 1
    expect(valueFenOfForeign('-1', '7')).toBeNull();
    expect(valueFenOfForeign('abc', '7')).toBeNull();
  });
});

describe('ledger status', () => {
  const base = { quantityMoved: 0, supervisionEndsOn: '2029-03-01' };
  it('is in supervision until the period ends, then released', () => {
    expect(
      ledgerStatusOf({ ...base, regime: 'supervision-period', quantityHeld: 1 }, '2029-02-28'),
    ).toBe('in-supervision');
    expect(
      ledgerStatusOf({ ...base, regime: 'supervision-period', quantityHeld: 1 }, '2029-03-01'),
    ).toBe('released');
    expect(ledgerStatusOf({ ...base, regime: 'write-off', quantityHeld: 1 }, '2026-05-01')).toBe(
      'held',
    );
    expect(ledgerStatusOf({ ...base, regime: 'write-off', quantityHeld: 0 }, '2026-05-01')).toBe(
      'written-off',
    );
    expect(
      ledgerStatusOf(
        { ...base, regime: 'write-off', quantityHeld: 0, quantityMoved: 1 },
        '2026-05-01',
      ),
    ).toBe('moved');
  });
});

describe('a declaration’s taxes (B.N11), hand-worked', () => {
  const rate = (text: string) => parseRate(text, 'dutyRate');
  it('a flow cytometer, a serum and a consumption-tax line sum to the declaration total', () => {
    // Cytometer ¥1,200,000.00 at 0 % duty (an illustrative input, not a cited rate), 13 % VAT:
    // VAT 156,000.00.
    const cytometer = computeLineTax({
      valueFen: 120_000_000,
      dutyRate: rate('0'),
      vatRate: rate('0.13'),
    });
    expect(cytometer).toEqual({
      dutyFen: 0,
      consumptionTaxFen: 0,
      vatFen: 15_600_000,
      totalFen: 15_600_000,
    });
    // Serum ¥8,888.88 at 3 % duty, 13 % VAT: duty 266.6664 → 266.67; VAT (8,888.88 + 266.67) ×
    // 13 % = 1,190.2215 → 1,190.22; total 1,456.89.
    const serum = computeLineTax({
      valueFen: 888_888,
      dutyRate: rate('0.03'),
      vatRate: rate('0.13'),
    });
    expect(serum).toEqual({
      dutyFen: 26_667,
      consumptionTaxFen: 0,
      vatFen: 119_022,
      totalFen: 145_689,
    });
    // A consumption-tax line ¥1,000.01 at 10 % duty, 10 % consumption tax, 13 % VAT: duty 100.001
    // → 100.00; CT (1,100.01) ÷ 0.9 × 0.1 = 122.2233 → 122.22; VAT (1,000.01 + 100.00 + 122.22)
    // × 13 % = 158.8899 → 158.89; total 381.11.
    const taxed = computeLineTax({
      valueFen: 100_001,
      dutyRate: rate('0.10'),
      vatRate: rate('0.13'),
      consumptionRate: rate('0.10'),
    });
    expect(taxed).toEqual({
      dutyFen: 10_000,
      consumptionTaxFen: 12_222,
      vatFen: 15_889,
      totalFen: 38_111,
    });
    expect(cytometer.totalFen + serum.totalFen + taxed.totalFen).toBe(15_783_800);
  });
});
