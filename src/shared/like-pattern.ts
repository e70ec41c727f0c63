/**
 * LIKE / ILIKE patterns from text a person typed, with `%`, `_` and `\` taken literally (searching
 * for "50%" finds "50%", not everything starting with 50).
 */
const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/** `%text%`: the text anywhere. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** `text%`: the text at the start. */
export function startsWithPattern(text: string): string {
  return `${escapeLike(text)}%`;
}
