/** The UI languages of OPC Hub, in menu order. Simplified Chinese is the default. */
export const languages = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-Hans';

/** localStorage key that remembers the language chosen on this device. */
export const LANGUAGE_STORAGE_KEY = 'opc.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * Picks zh-Hans, zh-Hant or en from browser language tags, the same way the server reads
 * Accept-Language: Taiwan, Hong Kong, Macau and explicit Hant tags mean Traditional; any other
 * Chinese means Simplified; English when it comes before any Chinese; otherwise the default.
 */
export function negotiateLanguage(tags: readonly string[]): Language {
  for (const raw of tags) {
    const tag = raw.toLowerCase();
    if (tag === 'zh-hant' || /^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
    if (tag.startsWith('zh')) return 'zh-Hans';
    if (tag.startsWith('en')) return 'en';
  }
  return defaultLanguage;
}

/** The language remembered on this device, else the browser's, else Simplified Chinese. */
export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // NOTE: storage can be unavailable (private mode, blocked cookies); fall through.
  }
  return negotiateLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered on this device; the account preference still is when signed in.
  }
}
