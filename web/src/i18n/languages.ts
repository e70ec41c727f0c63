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
 * The language remembered on this device, else Simplified Chinese. NOTE: the browser's own
 * language is deliberately not consulted: this is a Shenzhen public service whose default is
 * Simplified Chinese, and a visitor picks another language once, in the header.
 */
export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // NOTE: storage can be unavailable (private mode, blocked cookies); fall through.
  }
  return defaultLanguage;
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered on this device; the account preference still is when signed in.
  }
}
