/**
 * The import taxes of a line (issue #16 item 3) against hand-worked examples, the rounding the
 * module states, a property over random lines, and ./bin/opc-hub hetao tax.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLineTax, parseRate, TaxInputError, type Rate } from './tax';

const rate = (text: string) => parseRate(text, 'dutyRate');

describe('the taxes of one line', () => {
  it('duty and VAT only: ¥100,000 at 5 % duty and 13 % VAT', () => {
    // duty 100,000 × 5 % = 5,000; VAT (100,000 + 5,000) × 13 % = 13,650 (yuan).
    expect(
      computeLineTax({ valueFen: 10_000_000, dutyRate: rate('0.05'), vatRate: rate('0.13') }),
    ).toEqual({ dutyFen: 500_000, consumptionTaxFen: 0, vatFen: 1_365_000, totalFen: 1_865_000 });
  });

  it('with consumption tax: ¥10,000 at 10 % duty, 15 % consumption tax, 13 % VAT', () => {
    // duty 1,000.00; consumption base (10,000 + 1,000) ÷ 0.85 = 12,941.1765 → tax 1,941.1765 →
    // 1,941.18; VAT (10,000 + 1,000 + 1,941.18) × 13 % = 1,682.3534 → 1,682.35.
    expect(
      computeLineTax({
        valueFen: 1_000_000,
        dutyRate: rate('0.10'),
        vatRate: rate('0.13'),
        consumptionRate: rate('0.15'),
      }),
    ).toEqual({ dutyFen: 100_000, consumptionTaxFen: 194_118, vatFen: 168_235, totalFen: 462_353 });
  });

  it('rounds each tax half up to the fen, and the next base uses the rounded tax', () => {
    // 5 fen × 10 % = 0.5 → 1; VAT (5 + 1) × 13 % = 0.78 → 1 (on 5.5 unrounded it would be 0.715 → 1 too)
    expect(computeLineTax({ valueFen: 5, dutyRate: rate('0.1'), vatRate: rate('0.13') })).toEqual({
      dutyFen: 1,
      consumptionTaxFen: 0,
      vatFen: 1,
      totalFen: 2,
    });
    // 4 fen × 10 % = 0.4 → 0; VAT 4 × 12.5 % = 0.5 → 1.
    expect(computeLineTax({ valueFen: 4, dutyRate: rate('0.1'), vatRate: rate('0.125') })).toEqual({
      dutyFen: 0,
      consumptionTaxFen: 0,
      vatFen: 1,
      totalFen: 1,
    });
    // The VAT base is value + ROUNDED duty: 10 × 15 % = 1.5 → 2; VAT (10 + 2) × 25 % = 3
    // (on the unrounded 11.5 it would be 2.875 → 3 as well, so a case that differs:)
    // 10 × 5 % = 0.5 → 1; VAT (10 + 1) × 50 % = 5.5 → 6 (unrounded 10.5 × 50 % = 5.25 → 5).
    expect(computeLineTax({ valueFen: 10, dutyRate: rate('0.05'), vatRate: rate('0.5') })).toEqual({
      dutyFen: 1,
      consumptionTaxFen: 0,
      vatFen: 6,
      totalFen: 7,
    });
  });

  it('reads rates exactly and refuses what is not a rate', () => {
    expect(parseRate('0.13', 'vatRate')).toEqual({ numerator: 13n, denominator: 100n });
    expect(parseRate('1', 'vatRate')).toEqual({ numerator: 1n, denominator: 1n });
    for (const bad of ['1.01', '13', '-0.1', '13%', '', '0.1.2', 'abc'])
      expect(() => parseRate(bad, 'dutyRate'), bad).toThrow(TaxInputError);
    expect(() =>
      computeLineTax({ valueFen: -1, dutyRate: rate('0'), vatRate: rate('0.13') }),
    ).toThrow(TaxInputError);
    expect(() =>
      computeLineTax({ valueFen: 1.5, dutyRate: rate('0'), vatRate: rate('0.13') }),
    ).toThrow(TaxInputError);
    expect(() =>
      computeLineTax({
        valueFen: 100,
        dutyRate: rate('0'),
        vatRate: rate('0.13'),
        consumptionRate: rate('1'),
      }),
    ).toThrow(TaxInputError);
  });

  it('agrees with the formulas in exact arithmetic, whatever the line (property)', () => {
    const rateArb = (max: number) =>
      fc.integer({ min: 0, max }).map((basisPoints): Rate => ({
        numerator: BigInt(basisPoints),
        denominator: 10_000n,
      }));
    const roundHalfUp = (numerator: bigint, denominator: bigint) =>
      (2n * numerator + denominator) / (2n * denominator);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        rateArb(10_000),
        rateArb(10_000),
        fc.option(rateArb(9_999), { nil: null }),
        (valueFen, dutyRate, vatRate, consumptionRate) => {
          const tax = computeLineTax({ valueFen, dutyRate, vatRate, consumptionRate });
          const value = BigInt(valueFen);
          const duty = roundHalfUp(value * dutyRate.numerator, 10_000n);
          const c = consumptionRate?.numerator ?? 0n;
          const consumption = c === 0n ? 0n : roundHalfUp((value + duty) * c, 10_000n - c);
          const vat = roundHalfUp((value + duty + consumption) * vatRate.numerator, 10_000n);
          expect(tax).toEqual({
            dutyFen: Number(duty),
            consumptionTaxFen: Number(consumption),
            vatFen: Number(vat),
            totalFen: Number(duty + consumption + vat),
          });
          expect(tax.dutyFen).toBeLessThanOrEqual(valueFen);
        },
      ),
    );
  });
});

describe('./bin/opc-hub hetao tax', () => {
  const bin = fileURLToPath(new URL('../../../bin/opc-hub', import.meta.url));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [bin, 'hetao', 'tax', ...args], {
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });

  it('prints {dutyFen, consumptionTaxFen, vatFen, totalFen} with --json', () => {
    const result = run([
      '--value-fen',
      '1000000',
      '--duty-rate',
      '0.10',
      '--vat-rate',
      '0.13',
      '--consumption-rate',
      '0.15',
      '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      dutyFen: 100_000,
      consumptionTaxFen: 194_118,
      vatFen: 168_235,
      totalFen: 462_353,
    });
  });

  it('says what is wrong and exits 2 on a rate over 100 % or a missing option', () => {
    const over = run(['--value-fen', '100', '--duty-rate', '13', '--vat-rate', '0.13']);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain('--duty-rate cannot be above 1');
    const missing = run(['--value-fen', '100']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Missing --duty-rate, --vat-rate');
  });
});
