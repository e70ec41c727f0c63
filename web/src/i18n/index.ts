import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-hk';
import 'dayjs/locale/en';
import i18n from 'i18next';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import * as registry from '../app/translations';
import type { DottedKeys } from './define';
import {
  defaultLanguage,
  initialLanguage,
  isLanguage,
  languages,
  rememberLanguage,
  type Language,
} from './languages';

// Dates are shown with dayjs(…).format('LL') / ('LLL'): each language's own date style.
dayjs.extend(localizedFormat);

export { languages, isLanguage, defaultLanguage, type Language };

type Registry = typeof registry;
/** Every namespace's strings, typed from its zh-Hans reference. */
export type Resources = { [N in keyof Registry]: Registry[N]['zh-Hans'] };
export type Namespace = keyof Resources;
/** A fully qualified key, `namespace:dotted.path`, checked against the translation files. */
export type TranslationKey = {
  [N in Namespace]: `${N}:${DottedKeys<Resources[N]>}`;
}[Namespace];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}

/** dayjs locale names per UI language (Traditional follows Hong Kong: Hetao is Shenzhen–HK). */
const dayjsLocales: Record<Language, string> = { 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-hk', en: 'en' };

function buildResources() {
  const namespaces = Object.entries(registry) as [Namespace, Registry[Namespace]][];
  return Object.fromEntries(
    languages.map((language) => [
      language,
      Object.fromEntries(namespaces.map(([name, tree]) => [name, tree[language]])),
    ]),
  );
}

function applyLanguageToDocument(language: Language) {
  dayjs.locale(dayjsLocales[language]);
  document.documentElement.lang = language;
  document.title = i18n.t('common:product.name');
}

void i18n.use(initReactI18next).init({
  resources: buildResources(),
  lng: initialLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  load: 'currentOnly',
  ns: Object.keys(registry),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});

i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) applyLanguageToDocument(language);
});
applyLanguageToDocument(currentLanguage());

/** The language the UI shows now. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : defaultLanguage;
}

/**
 * Switches the UI language and remembers it on this device. Saving it to the account (when
 * signed in) is the session's job: see `useSession().changeLanguage`.
 */
export async function switchLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}

export default i18n;

/**
 * Translates keys kept in data — menu entries, home cards, page titles — which may belong to
 * any namespace. The keys were type-checked where they were written (`TranslationKey`); the
 * component re-renders on a language switch like any `useTranslation` user.
 */
export function useTranslateKey(): (key: TranslationKey) => string {
  const { t } = useTranslation();
  return useCallback((key: TranslationKey) => (t as unknown as (key: string) => string)(key), [t]);
}
