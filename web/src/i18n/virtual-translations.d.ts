/**
 * Written by the `translations` plugin in web/vite.config.ts from app/translations.ts: one
 * loader per language and namespace (and the `shell` namespace), each a chunk holding that one
 * language's strings. The keys are typed by `Resources` in ./index.ts, not here.
 */
declare module 'virtual:translations' {
  /** Nested strings, as `TranslationTree` in ./define.ts. */
  interface Strings {
    [key: string]: string | Strings;
  }
  /** `<language>/<namespace>` → that bundle, e.g. `loaders['en/hetao']`. */
  export const loaders: Record<string, () => Promise<{ default: Strings }>>;
}
