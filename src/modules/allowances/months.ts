/**
 * Calendar months as `YYYY-MM` strings in Shenzhen's calendar (China Standard Time, UTC+8, no
 * daylight saving). Strings of this shape sort in time order, so `a <= b` compares months. The
 * month an instant falls in is `chinaMonthOf` (src/shared/china-time.ts).
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Is this a `YYYY-MM` month? */
export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** `month` moved by `count` months (negative moves back): addMonths('2026-12', 1) = '2027-01'. */
export function addMonths(month: string, count: number): string {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a month: ${month}`);
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + count;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
