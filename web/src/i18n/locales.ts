import type { Locale } from 'antd/es/locale';
import dayjs from 'dayjs';
import type { Language } from './languages';

/**
 * Ant Design's and dayjs's texts for each UI language, loaded the first time the language is
 * used (with its `common` strings: see ./index.ts), so a visitor downloads one language's, not
 * three. Traditional follows Hong Kong: Hetao is the Shenzhen–Hong Kong zone.
 */
const antdLocaleLoaders: Record<Language, () => Promise<Locale | undefined>> = {
  'zh-Hans': () => import('antd/es/locale/zh_CN').then((module) => module.default),
  'zh-Hant': () => import('antd/es/locale/zh_HK').then((module) => module.default),
  // NOTE: English is Ant Design's own default, already in its core.
  en: () => Promise.resolve(undefined),
};

/** dayjs locale names per UI language; importing a locale file registers it with dayjs. */
const dayjsLocales: Record<Language, { name: string; load: () => Promise<unknown> }> = {
  'zh-Hans': { name: 'zh-cn', load: () => import('dayjs/locale/zh-cn') },
  'zh-Hant': { name: 'zh-hk', load: () => import('dayjs/locale/zh-hk') },
  // NOTE: English is built into dayjs.
  en: { name: 'en', load: () => Promise.resolve() },
};

const antdLocales = new Map<Language, Locale | undefined>();

/** Loads a language's Ant Design and dayjs locales (once); resolves when both are ready. */
export async function loadLocales(language: Language): Promise<void> {
  const [antdLocale] = await Promise.all([
    antdLocales.has(language) ? antdLocales.get(language) : antdLocaleLoaders[language](),
    dayjsLocales[language].load(),
  ]);
  antdLocales.set(language, antdLocale);
}

/**
 * The Ant Design locale of a language loaded by `loadLocales`; undefined — Ant Design's built-in
 * English — for English, and for a language not loaded yet.
 */
export function antdLocaleFor(language: Language): Locale | undefined {
  return antdLocales.get(language);
}

/** Dates follow the UI language (a locale loaded by `loadLocales`). */
export function applyDayjsLocale(language: Language): void {
  dayjs.locale(dayjsLocales[language].name);
}
