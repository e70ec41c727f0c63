import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import i18n, { type BackendModule } from 'i18next';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { loaders } from 'virtual:translations';
import type * as registry from '../app/translations';
import type { DottedKeys } from './define';
import {
  defaultLanguage,
  initialLanguage,
  isLanguage,
  languages,
  rememberLanguage,
  type Language,
} from './languages';
import { applyDayjsLocale, loadLocales } from './locales';
import { isShellKey, SHELL_NAMESPACE, shellKeyFor } from './shell';

// Dates are shown with dayjs(…).format('LL') / ('LLL'): each language's own date style.
dayjs.extend(localizedFormat);

export { languages, isLanguage, defaultLanguage, type Language };

// NOTE: a type-only import: the registry types every key, but its strings load on demand
// (one language and one area at a time, see `translationBundles`).
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

/**
 * Loads one language's strings of one namespace from its own chunk (written by the
 * `translations` plugin in web/vite.config.ts). i18next asks for `common` and `shell` (every
 * area's menu labels, titles and dashboard cards) at start; an area's namespace when one of its
 * pages loads (see app/routes.tsx) or a component asks for it with `useTranslation`, which
 * suspends until it is here — so no raw key is ever shown. On a language switch i18next loads
 * the new language's bundles of every namespace loaded so far before it switches.
 */
const translationBundles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = loaders[`${language}/${namespace}`];
    if (!load) {
      callback(new Error(`No translations for ${language}/${namespace}`), false);
      return;
    }
    // A language's common strings come with its Ant Design and dayjs locales, so date pickers
    // and dates are in the new language the moment the UI switches to it.
    const locales =
      namespace === 'common' && isLanguage(language) ? loadLocales(language) : undefined;
    Promise.all([load(), locales]).then(
      ([bundle]) => callback(null, bundle.default),
      // `true`: a failed download (a network blip) is retried.
      (error: Error) => callback(error, true),
    );
  },
};

function applyLanguageToDocument(language: Language) {
  applyDayjsLocale(language);
  document.documentElement.lang = language;
  document.title = i18n.t('common:product.name');
}

// Emitted once the language's bundles (and locales) are loaded, at start and on each switch.
i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) applyLanguageToDocument(language);
});

/** Resolves when the start language's common and shell strings are loaded: render after it. */
export const i18nReady: Promise<unknown> = i18n
  .use(translationBundles)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    // NOTE: no fallback language: the type checker makes every language carry every key, and
    // a fallback would download the zh-Hans bundles too for every other language.
    fallbackLng: false,
    supportedLngs: [...languages],
    load: 'currentOnly',
    ns: ['common', SHELL_NAMESPACE],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });

/**
 * Starts loading namespaces in the UI language (an area's strings with its page's code);
 * resolves when they are loaded.
 */
export function loadNamespaces(namespaces: Namespace[]): Promise<void> {
  return namespaces.length === 0 ? Promise.resolve() : i18n.loadNamespaces(namespaces);
}

/** The language the UI shows now. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : defaultLanguage;
}

/**
 * Switches the UI language and remembers it on this device. Saving it to the account (when
 * signed in) is the session's job: see `useSession().changeLanguage`. Resolves once the new
 * language's strings are loaded and shown.
 */
export async function switchLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}

export default i18n;

/**
 * Translates keys kept in data — menu entries, home cards, page titles — which may belong to
 * any namespace. The keys were type-checked where they were written (`TranslationKey`); menu
 * labels, titles and card texts are read from the `shell` namespace, loaded at start, so the
 * frame can name every area's pages without loading the areas. The component re-renders on a
 * language switch like any `useTranslation` user.
 */
export function useTranslateKey(): (key: TranslationKey) => string {
  const { t } = useTranslation();
  return useCallback(
    (key: TranslationKey) =>
      (t as unknown as (key: string) => string)(isShellKey(key) ? shellKeyFor(key) : key),
    [t],
  );
}
