import type { Language } from './languages';

/** A tree of translation strings: nested objects whose leaves are strings. */
export interface TranslationTree {
  [key: string]: string | TranslationTree;
}

/** The same keys as `T`, every leaf a string: what zh-Hant and en must provide. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export type AreaTranslations<T extends TranslationTree> = {
  'zh-Hans': T;
  'zh-Hant': SameKeys<T>;
  en: SameKeys<T>;
} & Record<Language, unknown>;

/**
 * Declares an area's translations. zh-Hans is the reference: the type checker refuses a
 * zh-Hant or en tree that misses a key or has one too many, so no language falls behind.
 *
 *   export default defineTranslations({ 'zh-Hans': { title: '机构' }, 'zh-Hant': { title: '機構' }, en: { title: 'Organisations' } });
 */
export function defineTranslations<T extends TranslationTree>(translations: {
  'zh-Hans': T;
  'zh-Hant': SameKeys<T>;
  en: SameKeys<T>;
}): AreaTranslations<T> {
  return translations;
}

/** `a.b.c` paths of every leaf of a translation tree. */
export type DottedKeys<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${DottedKeys<T[K]>}`;
}[keyof T & string];
