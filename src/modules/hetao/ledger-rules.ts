/**
 * The pure rules of the Hetao electronic ledger (issue #16 items 2, 4; B.N5, B.N6, B.N9, B.N10):
 * which regime a line falls under, when supervision ends, how many months of it were served,
 * the back tax when goods leave early, and the 36-month bar after an importer elects to pay.
 * No database and no clock: dates are inputs (YYYY-MM-DD, China time).
 */
import { addMonths, addYears, daysBetween } from '../../shared/china-time';
import type { ListCategory, SupervisionRegime } from './list-format';

/** B.N5 "其他零配件": equipment, a repair part of it, or a part consumed in research. */
export type PartUse = 'not-a-part' | 'equipment-repair' | 'consumed-in-research';

/** The goods classes of the engine's `importer.waivedClasses` (policies/facts.yaml). */
export type GoodsClass =
  'equipment-parts' | 'apparatus' | 'consumables' | 'literature' | 'specimens' | 'animals';

/** The list's category (list-format.ts) as the class the engine's waiver facts name. */
export function goodsClassOf(category: ListCategory): GoodsClass {
  return category === 'equipment' ? 'equipment-parts' : category;
}

/**
 * B.N5 (B.N0): 「設備及其維修用零配件、器具、文獻、標本」 stay under the supervision period;
 * 「耗材、動物及其產品、其他零配件」 consumed in research are written off. Every category but
 * "equipment and spare parts" decides the regime; for that one the importer says whether the
 * line is equipment, a repair part (supervised) or another part consumed in research
 * (write-off) — the engine asks the same (`goods.partUse` in the exemption policy).
 * Returns null when the importer must still choose.
 */
export function regimeOf(
  category: ListCategory,
  partUse: PartUse | null | undefined,
): { regime: SupervisionRegime; source: 'category' | 'importer-choice' } | null {
  switch (category) {
    case 'apparatus':
    case 'literature':
    case 'specimens':
      return { regime: 'supervision-period', source: 'category' };
    case 'consumables':
    case 'animals':
      return { regime: 'write-off', source: 'category' };
    case 'equipment':
      if (!partUse) return null;
      return {
        regime: partUse === 'consumed-in-research' ? 'write-off' : 'supervision-period',
        source: 'importer-choice',
      };
  }
}

/** B.N9: supervision ends `years` after release (the day it ends is the first day free of it). */
export function supervisionEndsOn(releasedOn: string, years: number): string {
  return addYears(releasedOn, years);
}

/**
 * Months of supervision served from release to `onDate`, counted the way the customs measures on
 * exempt goods count them (海关总署令第245号《中华人民共和国海关进出口货物减免税管理办法》, the
 * article on the back-tax value, as in its predecessor Order 179): 「减免税货物已进口时间自货物
 * 放行之日起按月计算。不足1个月但超过15日的，按1个月计算；不超过15日的，不予计算。」 NOTE: this
 * wording is not in the project's clause register (B.N10 only says the measures set it); check it
 * against the published text of Order 245 before relying on it. — whole
 * calendar months from the release day (addMonths clamps 31 January + 1 month to 28/29
 * February), then a remainder of more than 15 days counts as one more month.
 */
export function monthsServed(releasedOn: string, onDate: string): number {
  if (onDate <= releasedOn) return 0;
  let months = 0;
  while (addMonths(releasedOn, months + 1) <= onDate) months += 1;
  const remainder = daysBetween(addMonths(releasedOn, months), onDate);
  return remainder > 15 ? months + 1 : months;
}

/** `numerator / denominator` rounded half up (non-negative integers, positive denominator). */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/**
 * B.N10: the dutiable value of the back tax of supervised goods leaving supervision early =
 * original value × [1 − months served ÷ (years × 12)], rounded half up to the fen; nothing once
 * the months served reach the period.
 */
export function backTaxValueFen(valueFen: number, served: number, years: number): number {
  const period = BigInt(years * 12);
  const left = period - BigInt(Math.min(served, years * 12));
  return Number(roundHalfUp(BigInt(valueFen) * left, period));
}

/** The part of a line's value that `quantity` of `declared` carries, rounded half up to the fen. */
export function shareOfValueFen(valueFen: number, quantity: number, declared: number): number {
  const part = BigInt(toThousandths(quantity));
  const whole = BigInt(toThousandths(declared));
  if (part === whole) return valueFen;
  return Number(roundHalfUp(BigInt(valueFen) * part, whole));
}

/**
 * B.N6 with the engine's counting (`noWaiverWithin` in src/engine/compile-criteria.ts): an
 * election on day D bars the class from D until D + N calendar months (exclusive) — elected on
 * 2026-03-15, barred on 2029-03-14, free again on 2029-03-15 (a day missing from the last month
 * clamps to its end, as addMonths does).
 */
export function barEndsOn(electedOn: string, months: number): string {
  return addMonths(electedOn, months);
}

export function isBarred(electedOn: string, onDate: string, months: number): boolean {
  return electedOn <= onDate && onDate < barEndsOn(electedOn, months);
}

// ---------------------------------------------------------------------------------------------
// Quantities: numeric(18, 3) in the database, exact thousandths in arithmetic.

/** A quantity as whole thousandths (12.5 → 12500); throws on more than 3 decimals. */
export function toThousandths(quantity: number): number {
  const scaled = Math.round(quantity * 1000);
  if (!Number.isSafeInteger(scaled) || Math.abs(scaled - quantity * 1000) > 1e-6)
    throw new RangeError(`quantity ${quantity} has more than 3 decimals`);
  return scaled;
}

export function fromThousandths(thousandths: number): number {
  return thousandths / 1000;
}

/** Is this a quantity the ledger takes: positive, at most 3 decimals, below 10^15? */
export function isValidQuantity(quantity: number): boolean {
  if (!Number.isFinite(quantity) || quantity <= 0 || quantity >= 1e15) return false;
  try {
    toThousandths(quantity);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Foreign-currency values

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,8}))?$/;

function decimalOf(text: string): { digits: bigint; scale: bigint } | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const decimals = match[2] ?? '';
  return { digits: BigInt(`${match[1]}${decimals}`), scale: 10n ** BigInt(decimals.length) };
}

/**
 * The customs value in fen of a foreign amount at the day's rate (yuan per one unit of the
 * currency, as the importer enters it): amount × rate × 100, exact, rounded half up to the fen
 * once (四舍五入至分). Null when either is not a plain non-negative decimal.
 */
export function valueFenOfForeign(amount: string, rate: string): number | null {
  const a = decimalOf(amount);
  const r = decimalOf(rate);
  if (!a || !r) return null;
  const fen = roundHalfUp(a.digits * r.digits * 100n, a.scale * r.scale);
  return fen > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(fen);
}

// ---------------------------------------------------------------------------------------------
// What an item shows

export type LedgerStatus = 'in-supervision' | 'held' | 'released' | 'written-off' | 'moved';

/**
 * Where an item stands on `today`: supervised goods are `in-supervision` until the day their
 * supervision ends and `released` from it (B.N9, nothing to do: the period simply runs out);
 * write-off goods are `held` until written off; an item with nothing held is `written-off`
 * or `moved`, whichever took its last quantity.
 */
export function ledgerStatusOf(
  item: {
    regime: SupervisionRegime;
    quantityHeld: number;
    quantityMoved: number;
    supervisionEndsOn: string | null;
  },
  today: string,
): LedgerStatus {
  if (item.quantityHeld <= 0) return item.quantityMoved > 0 ? 'moved' : 'written-off';
  if (item.regime === 'write-off') return 'held';
  return item.supervisionEndsOn !== null && today >= item.supervisionEndsOn
    ? 'released'
    : 'in-supervision';
}
