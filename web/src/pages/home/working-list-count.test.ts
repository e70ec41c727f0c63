import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import translations from './i18n';

/**
 * The landing page says how many items the platform's working list has (it is not the official
 * 509-item list, B.L1): the number it says must be the number the shipped list holds.
 */
it('states the working list at the size it has, in every language', () => {
  const csv = readFileSync(
    fileURLToPath(
      new URL('../../../../src/modules/hetao-lookup/data/working-list.csv', import.meta.url),
    ),
    'utf8',
  );
  const items = csv.trim().split('\n').length - 1;
  for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    const text = JSON.stringify(translations[language]);
    expect(text, language).toContain('509');
    expect(text, language).toContain(`${items}`);
  }
});
