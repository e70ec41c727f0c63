/**
 * The import taxes an exempt line is spared (issue #16 item 3; B.N1: import duty, import VAT and
 * consumption tax), computed the way Chinese customs computes them on an ad valorem line:
 *
 *   duty             = value × duty rate
 *   consumption tax  = (value + duty) ÷ (1 − consumption rate) × consumption rate
 *   import VAT       = (value + duty + consumption tax) × VAT rate
 *
 * Rounding (stated, as the issue asks): each tax is rounded half up to the fen (四舍五入至分), and
 * each later base uses the earlier taxes as rounded — the amounts a customs payment notice shows.
 * Arithmetic is exact: rates are read as decimal fractions ("0.13") into integers, never floats.
 * OPC Hub ships no rates: they are inputs (per line, or from a tariff table customs imports).
 */

/** A rate as an exact fraction `numerator / denominator` (0 ≤ rate ≤ 1). */
export interface Rate {
  numerator: bigint;
  denominator: bigint;
}

export class TaxInputError extends Error {
  constructor(
    readonly field: 'valueFen' | 'dutyRate' | 'vatRate' | 'consumptionRate',
    message: string,
  ) {
    super(message);
    this.name = 'TaxInputError';
  }
}

const DECIMAL = /^(\d+)(?:\.(\d{1,12}))?$/;

/**
 * Reads a rate written as a decimal fraction — `0.13` for 13 % — exactly. Refused: anything but
 * a plain decimal, and a rate above 1 (100 %).
 */
export function parseRate(text: string, field: TaxInputError['field']): Rate {
  const match = DECIMAL.exec(text.trim());
  if (!match)
    throw new TaxInputError(
      field,
      `must be a decimal fraction such as 0.13 for 13 % (got "${text}")`,
    );
  const decimals = match[2] ?? '';
  const rate = {
    numerator: BigInt(`${match[1]}${decimals}`),
    denominator: 10n ** BigInt(decimals.length),
  };
  if (rate.numerator > rate.denominator)
    throw new TaxInputError(field, 'cannot be above 1 (100 %): write 13 % as 0.13');
  return rate;
}

/** `numerator / denominator` rounded half up (both non-negative, denominator positive). */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

export interface LineTaxInput {
  /** The customs value (完税价格) in fen: a whole number, not negative. */
  valueFen: number;
  dutyRate: Rate;
  vatRate: Rate;
  /** Only for goods that carry consumption tax; below 1. */
  consumptionRate?: Rate | null | undefined;
}

export interface LineTax {
  dutyFen: number;
  consumptionTaxFen: number;
  vatFen: number;
  totalFen: number;
}

/** The duty, consumption tax and import VAT of one line, in fen. */
export function computeLineTax(input: LineTaxInput): LineTax {
  if (!Number.isSafeInteger(input.valueFen) || input.valueFen < 0)
    throw new TaxInputError('valueFen', 'must be a whole number of fen, 0 or more');
  const value = BigInt(input.valueFen);
  const duty = roundHalfUp(value * input.dutyRate.numerator, input.dutyRate.denominator);
  let consumption = 0n;
  const rate = input.consumptionRate;
  if (rate && rate.numerator > 0n) {
    if (rate.numerator >= rate.denominator)
      throw new TaxInputError('consumptionRate', 'must be below 1 (100 %)');
    // (value + duty) ÷ (1 − c) × c, with c = n/d: (value + duty) × n ÷ (d − n).
    consumption = roundHalfUp((value + duty) * rate.numerator, rate.denominator - rate.numerator);
  }
  const vat = roundHalfUp(
    (value + duty + consumption) * input.vatRate.numerator,
    input.vatRate.denominator,
  );
  return {
    dutyFen: Number(duty),
    consumptionTaxFen: Number(consumption),
    vatFen: Number(vat),
    totalFen: Number(duty + consumption + vat),
  };
}
