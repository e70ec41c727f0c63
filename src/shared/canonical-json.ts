/**
 * Canonical JSON: object keys sorted by code point at every depth, no whitespace, `undefined`
 * members dropped, dates as ISO-8601 strings. Two equal values always give the same text, which
 * is what a hash chain needs. (The RFC 8785 key order, without its number re-serialisation:
 * JSON.stringify's number form is already canonical for the integers and fen amounts we store.)
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(toCanonicalValue(value));
}

/** The plain JSON value a canonical serialisation is made of (dates → strings, keys sorted). */
export function toCanonicalValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return value.map((item) => (item === undefined ? null : toCanonicalValue(item)));
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return value;
  }
  if (typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) sorted[key] = toCanonicalValue(member);
    }
    return sorted;
  }
  return value;
}
