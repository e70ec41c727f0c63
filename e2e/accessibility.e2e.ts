/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { expectHeadingOutline, expectNoSeriousA11yViolations } from './support/accessibility';
import { openJourney, PHONE, type Page } from './support/browser';
import { answerCurrent, currentQuestion } from './support/navigator';
import { switchLanguage } from './support/session';
import { useServerAndBrowser } from './support/server';

/**
 * Accessibility (issue #18, WCAG 2.1 AA): axe-core finds no critical or serious violation on the
 * public pages in any of the three languages, and a keyboard alone takes a visitor through the
 * navigator from the first step to a result.
 */

const LANGUAGES = [
  { language: 'zh-Hans', locale: 'zh-CN', skipLink: '跳到主要内容' },
  { language: 'zh-Hant', locale: 'zh-HK', skipLink: '跳到主要內容' },
  { language: 'en', locale: 'en-GB', skipLink: 'Skip to main content' },
] as const;

/** Answers for the questions a default cannot answer (numbers, dates); the rest get one. */
const ANSWERS: Record<string, string | number> = {
  'person.hasCompany': 'yes',
  'person.graduationDate': '2023-06-30',
  'company.plannedPurchase.compute.amountFen': 800_000,
  'company.teamSize': 1,
  'company.vouchersReceivedFen.compute': 0,
  'company.vouchersReceivedFen.model': 0,
  'company.vouchersReceivedFen.corpus': 0,
};

/** The public pages (no sign-in), besides the navigator's steps. */
const PUBLIC_PAGES = [
  '/',
  '/login',
  '/register',
  '/hetao/lookup',
  '/hetao/precedents',
  '/accessibility',
];

/** Opens a page and waits for its content (its heading). */
async function visit(page: Page, path: string) {
  await page.goto(path);
  // Every page has one h1, its title; the test waits for it.
  await page.locator('main h1').first().waitFor();
}

/** Where the keyboard focus is: the element's test id (or its closest one's) and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { testId: null, tag: 'body', text: '' };
    return {
      testId:
        element.getAttribute('data-testid') ??
        element.closest('[data-testid]')?.getAttribute('data-testid') ??
        null,
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().slice(0, 80),
    };
  });
}

/** Presses Tab until the element with `testId` has the focus (fails after `max` presses). */
async function tabTo(page: Page, testId: string, max = 40) {
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).testId === testId) return;
  }
  throw new Error(
    `Tab never reached [data-testid="${testId}"]; last: ${JSON.stringify(await focused(page))}`,
  );
}

describe('accessibility: axe-core WCAG 2.1 A/AA and the keyboard', () => {
  const env = useServerAndBrowser();

  for (const { language, locale } of LANGUAGES)
    it(`the public pages and the navigator in ${language} have no serious violation`, async () => {
      const journey = await openJourney(env.browser, env.server.url, `a11y-${language}`, {
        locale,
      });
      const { page } = journey;
      await visit(page, '/');
      if (language !== 'zh-Hans') await switchLanguage(page, language);
      for (const path of PUBLIC_PAGES) {
        await visit(page, path);
        await expectNoSeriousA11yViolations(page, `${path} (${language})`);
        await expectHeadingOutline(page, `${path} (${language})`);
        if (path === '/accessibility') {
          // How to report a barrier: an address to write to, in every language.
          const contact = page.getByTestId('statement-contact').locator('a[href^="mailto:"]');
          expect(await contact.textContent()).toMatch(/^\S+@\S+$/);
          await journey.snap('statement');
        }
      }

      await visit(page, '/navigator');
      await expectNoSeriousA11yViolations(page, `/navigator scopes (${language})`);
      await page.getByTestId('scope-opc').click();
      await page.getByTestId('navigator-question').waitFor();
      await expectNoSeriousA11yViolations(page, `/navigator first question (${language})`);
      for (let step = 0; step < 45; step += 1) {
        const fact = await currentQuestion(page);
        if (fact === null) break;
        await answerCurrent(page, fact, ANSWERS[fact]);
      }
      await page.locator('[data-testid="benefit-card"]').first().waitFor();
      await expectNoSeriousA11yViolations(page, `/navigator results (${language})`);
      await journey.snap('navigator-results');
      // The answers given, opened: each is a heading of its own, one level under the page's h1.
      await page.getByTestId('answers-toggle').click();
      await page.getByTestId('answer-item').first().waitFor();
      await expectNoSeriousA11yViolations(page, `/navigator answers (${language})`);
      await expectHeadingOutline(page, `/navigator answers (${language})`);
      expect(journey.pageErrors).toEqual([]);
      await journey.context.close();
    });

  it('on a phone, the navigator and its menu have no serious violation', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'a11y-phone', {
      viewport: PHONE,
      isMobile: true,
    });
    const { page } = journey;
    await visit(page, '/navigator');
    await expectNoSeriousA11yViolations(page, '/navigator on a phone');
    await journey.snap('navigator-phone');
    await page.getByTestId('open-menu').click();
    await page.locator('[data-testid="nav-menu"]:visible').waitFor();
    await expectNoSeriousA11yViolations(page, 'the phone menu');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  for (const { language, locale, skipLink } of LANGUAGES)
    it(`the skip link leads to the page's content (${language})`, async () => {
      const journey = await openJourney(env.browser, env.server.url, `a11y-skip-${language}`, {
        locale,
      });
      const { page } = journey;
      await visit(page, '/');
      if (language !== 'zh-Hans') await switchLanguage(page, language);
      await visit(page, '/hetao/lookup');
      // The first Tab stop of the page is the skip link, shown once focused.
      await page.locator('body').focus();
      await page.keyboard.press('Tab');
      const link = page.getByRole('link', { name: skipLink });
      expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await link.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The footer names the accessibility statement.
      await page.getByTestId('footer-accessibility').click();
      await page.waitForURL((url) => url.pathname === '/accessibility');
      expect(journey.pageErrors).toEqual([]);
      await journey.context.close();
    });

  it('a keyboard alone takes a visitor through the navigator to a result', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'a11y-keyboard-navigator');
    const { page } = journey;
    await visit(page, '/navigator');
    await page.locator('body').focus();

    // The three starting points are buttons: Tab reaches them, arrows are not needed.
    await tabTo(page, 'scope-opc');
    await journey.snap('scope-focused');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Tab');
    expect((await focused(page)).testId).toBe('scope-hetao');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');

    // Focus moves to the question and the live region names it.
    await page.getByTestId('navigator-question').waitFor();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'question-text',
    );
    const questionText = await page.getByTestId('question-text').innerText();
    await page.waitForFunction(
      (text) =>
        (
          document.querySelector('[data-testid="navigator-announcement"]')?.textContent ?? ''
        ).includes(text),
      questionText,
    );

    const asked: string[] = [];
    for (let step = 0; step < 45; step += 1) {
      const fact = await currentQuestion(page);
      if (fact === null) break;
      expect(asked).not.toContain(fact);
      asked.push(fact);
      // Focus is on the question's heading after every answer, never lost to <body>.
      await page.waitForFunction(
        () => document.activeElement?.getAttribute('data-testid') === 'question-text',
      );
      await answerByKeyboard(page, step);
      await page
        .waitForFunction((previous) => {
          const card = document.querySelector('[data-testid="navigator-question"]');
          return !card || card.getAttribute('data-fact') !== previous;
        }, fact)
        .catch(async (error: unknown) => {
          await journey.snap(`stuck-${fact}`);
          throw new Error(`The keyboard answer to ${fact} did not lead on`, { cause: error });
        });
    }
    await page.locator('[data-testid="benefit-card"]').first().waitFor();
    // The results take the focus and are announced.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'results-heading',
    );
    await journey.snap('keyboard-results');
    expect(asked.length).toBeGreaterThan(3);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});

/**
 * Answers the question on screen with the keyboard only: Tab to the answer and Enter or Space
 * (alternately, both must work), typing where a value is asked.
 */
async function answerByKeyboard(page: Page, step: number) {
  const key = step % 2 === 0 ? 'Enter' : 'Space';
  const has = async (testId: string) => (await page.getByTestId(testId).count()) > 0;
  if (await has('answer-yes')) {
    await tabTo(page, 'answer-yes');
    await page.keyboard.press(key);
  } else if (await has('answer-number')) {
    await tabTo(page, 'answer-number');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
  } else if (await has('answer-date')) {
    await tabTo(page, 'answer-date');
    // A date field takes its parts as typed digits, in the order the browser's locale shows
    // them (and moves on by itself): try the orders in use until the field holds the date.
    for (const parts of [
      ['2023', '06', '30'],
      ['06', '30', '2023'],
      ['30', '06', '2023'],
    ]) {
      for (const part of parts) await page.keyboard.type(part);
      if ((await page.getByTestId('answer-date').inputValue()) === '2023-06-30') break;
      for (let segment = 0; segment < 3; segment += 1) await page.keyboard.press('ArrowLeft');
    }
    await page.keyboard.press('Enter');
  } else if (await has('answer-none')) {
    await tabTo(page, 'answer-none');
    await page.keyboard.press(key);
  } else {
    const first = await page
      .locator('[data-testid^="answer-option-"]')
      .first()
      .getAttribute('data-testid');
    await tabTo(page, first!);
    await page.keyboard.press(key);
  }
}
