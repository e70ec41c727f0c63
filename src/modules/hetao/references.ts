/**
 * How pages, answers and the lookup cite a desk record: `HT-` with a letter for its kind and its
 * number in six digits (`HT-Q-000123` is question 123). One formatter for every kind, so a
 * reference reads the same wherever it is shown.
 */

/** Q: a consultation question; R: a ruling request; P: a published precedent. */
export type HetaoReferenceKind = 'Q' | 'R' | 'P';

/** The reference of record `number` of a kind, e.g. `hetaoReference('P', 12)` is `HT-P-000012`. */
export function hetaoReference(kind: HetaoReferenceKind, number: number): string {
  return `HT-${kind}-${String(number).padStart(6, '0')}`;
}
