/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { simplifiedOnly } from '../../web/src/i18n/script-check';
import { openJourney, type Page } from '../support/browser';
import { logIn, menuKeys, openMenuEntry, switchLanguage } from '../support/session';
import { useServerAndBrowser } from '../support/server';

/**
 * Everything the platform itself writes on a zh-Hant screen is in Traditional characters (issue
 * 10 item 13): every page of the menu, signed out and as a founder, is read as rendered and run
 * through OpenCC. What people typed (names, organisations, questions) is theirs and not checked,
 * so the journey reads the platform's own chrome: header, menu, headings, labels, buttons, table
 * headers, tags, alerts and empty states.
 */
const chrome = [
  'header',
  'nav',
  '.ant-menu',
  'h1',
  'h2',
  'h3',
  'h4',
  'label',
  'button',
  'th',
  '.ant-alert-message',
  '.ant-empty-description',
  '.ant-descriptions-item-label',
  '.ant-card-head-title',
  '.ant-steps-item-title',
  'footer',
].join(',');

async function simplifiedOnPage(page: Page): Promise<string[]> {
  // What people typed is marked data-user-content and left out.
  const texts = await page.locator(chrome).evaluateAll((nodes) =>
    nodes
      .filter((node) => !node.closest('[data-user-content]'))
      .map((node) => {
        const copy = node.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-user-content]').forEach((inner) => inner.remove());
        return copy.textContent ?? '';
      }),
  );
  return [...new Set(texts.map((text) => text.trim()).filter(Boolean))]
    .map((text) => [text, simplifiedOnly(text)] as const)
    .filter(([, wrong]) => wrong !== '')
    .map(([text, wrong]) => `${text} (Simplified: ${wrong})`);
}

describe('zh-Hant pages are written in Traditional characters', () => {
  const env = useServerAndBrowser();

  for (const who of ['signed-out', 'founder@demo.opchub.cn'] as const) {
    it(`every page of the menu (${who})`, async () => {
      const journey = await openJourney(
        env.browser,
        env.server.url,
        `zh-hant-${who.split('@')[0]}`,
      );
      const { page } = journey;
      if (who !== 'signed-out') await logIn(page, who);
      else await page.goto('/');
      // After signing in, since an account brings its own saved language.
      await switchLanguage(page, 'zh-Hant');
      const found: string[] = [];
      found.push(...(await simplifiedOnPage(page)).map((text) => `home: ${text}`));
      for (const key of await menuKeys(page)) {
        await openMenuEntry(page, key);
        found.push(...(await simplifiedOnPage(page)).map((text) => `${key}: ${text}`));
      }
      await journey.snap('last-page');
      expect(found).toEqual([]);
      expect(journey.pageErrors).toEqual([]);
      await journey.context.close();
    });
  }
});
