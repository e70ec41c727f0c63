/**
 * Money is integer fen everywhere (1 yuan = 100 fen). These helpers format and parse it without
 * floating point, so totals reconcile to the fen.
 */

/** 123456 → "1,234.56" */
export function formatYuan(fen: number): string {
  const negative = fen < 0;
  const absolute = Math.abs(fen);
  const yuan = Math.floor(absolute / 100).toLocaleString('en-US');
  const cents = String(absolute % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** 123456 → "¥1,234.56" */
export function formatMoney(fen: number): string {
  return `¥${formatYuan(fen)}`;
}

/**
 * Parses a yuan amount as written in a bank file ("1234.56", "1,234.5", "¥1234") into fen, or
 * undefined when it is not an amount with at most two decimals.
 */
export function parseYuanToFen(text: string): number | undefined {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '');
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  const yuan = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return yuan * 100 + cents;
}
