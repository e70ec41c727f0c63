/** Fen (integer) ↔ yuan for display and inputs; never floating point for stored amounts. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const yuan = Math.floor(Math.abs(fen) / 100).toLocaleString('en-US');
  return `${fen < 0 ? '-' : ''}¥${yuan}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
}

/** A yuan amount typed in a form (number with ≤ 2 decimals) → fen. */
export function yuanToFen(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined || Number.isNaN(yuan)) return null;
  return Math.round(yuan * 100);
}

export function fenToYuan(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : fen / 100;
}

/** Fen as yuan in a language's own number style, e.g. ¥4,000,000.00 for 400000000 fen. */
export function formatFenIn(fen: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
  }).format(fen / 100);
}
