import { describe, expect, it } from 'vitest';
import * as registry from '../app/translations';
import type { TranslationTree } from './define';
import { languages } from './languages';
import { simplifiedOnly, traditionalOnly } from './script-check';

/** Every leaf of a translation tree as [dotted.key, text]. */
function leaves(tree: TranslationTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/** Keys whose text is the same in every language on purpose (each language's own name). */
const languageNameKeys = /^(languageNames|languageShort)\./;

const namespaces = Object.entries(registry) as [string, Record<string, TranslationTree>][];

describe.each(namespaces)('translations of namespace %s', (_name, translations) => {
  const reference = leaves(translations['zh-Hans']!).map(([key]) => key);

  it.each(languages)('%s has exactly the keys of zh-Hans, none empty', (language) => {
    const entries = leaves(translations[language]!);
    expect(entries.map(([key]) => key).sort()).toEqual([...reference].sort());
    for (const [key, text] of entries) expect(text.trim(), key).not.toBe('');
  });

  it('zh-Hant is written in Traditional characters', () => {
    const wrong = leaves(translations['zh-Hant']!)
      .filter(([key]) => !languageNameKeys.test(key))
      .filter(([, text]) => simplifiedOnly(text) !== '')
      .map(([key, text]) => `${key}: ${text} (Simplified: ${simplifiedOnly(text)})`);
    expect(wrong).toEqual([]);
  });

  it('zh-Hans is written in Simplified characters', () => {
    const wrong = leaves(translations['zh-Hans']!)
      .filter(([key]) => !languageNameKeys.test(key))
      .filter(([, text]) => traditionalOnly(text) !== '')
      .map(([key, text]) => `${key}: ${text} (Traditional: ${traditionalOnly(text)})`);
    expect(wrong).toEqual([]);
  });

  it('en has no Chinese text', () => {
    const wrong = leaves(translations.en!)
      .filter(([key]) => !languageNameKeys.test(key))
      .filter(([, text]) => /\p{Script=Han}/u.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(wrong).toEqual([]);
  });
});
