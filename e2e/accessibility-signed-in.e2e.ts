/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { expectHeadingOutline, expectNoSeriousA11yViolations } from './support/accessibility';
import { openJourney, type Page } from './support/browser';
import { logIn, switchLanguage } from './support/session';
import { DEMO_PASSWORD, useServerAndBrowser } from './support/server';

/**
 * Accessibility when signed in (issue #18, WCAG 2.1 AA): axe-core finds no critical or serious
 * violation on the founder's, the reviewer's, the finance officer's (payment batches included),
 * the customs officer's and the administrator's pages in any of the three languages; and a
 * keyboard alone signs a founder in and takes them to a saved draft.
 * (The public pages and the navigator: accessibility.e2e.ts.)
 */

const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/** Part of the settlement subsidy's name in each language, typed to find it in the catalogue. */
const SETTLEMENT_SUBSIDY: Record<Language, string> = {
  'zh-Hans': '入户补贴',
  'zh-Hant': '入戶補貼',
  en: 'Settlement subsidy',
};

/** Opens a page and waits for its content (its one h1). */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
}

/** axe's critical and serious findings, and the heading outline. */
async function checkPage(page: Page, where: string) {
  await expectNoSeriousA11yViolations(page, where);
  await expectHeadingOutline(page, where);
}

/** Signs in and puts the UI in `language` (the account remembers the last one chosen). */
async function signInIn(page: Page, email: string, language: Language) {
  await logIn(page, email);
  await switchLanguage(page, language);
}

/** The data-testid of the focused element (or of its closest ancestor that has one). */
function focusedTestId(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    return (
      element.getAttribute('data-testid') ??
      element.closest('[data-testid]')?.getAttribute('data-testid') ??
      null
    );
  });
}

/** Presses Tab until `matches` says the focus is where it should be (fails after `max`). */
async function tabUntil(
  page: Page,
  what: string,
  matches: () => Promise<boolean>,
  max = 60,
): Promise<void> {
  for (let press = 0; press < max; press += 1) {
    await page.keyboard.press('Tab');
    if (await matches()) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Presses Tab until the element with `testId` (or inside one) has the focus. */
function tabTo(page: Page, testId: string, max = 60) {
  return tabUntil(
    page,
    `[data-testid="${testId}"]`,
    async () => (await focusedTestId(page)) === testId,
    max,
  );
}

/** Presses Tab until the focused field is the one inside `[data-fact="<fact>"]`. */
function tabToFact(page: Page, fact: string) {
  return tabUntil(page, `the field of ${fact}`, () =>
    page.evaluate((path) => !!document.activeElement?.closest(`[data-fact="${path}"]`), fact),
  );
}

describe('accessibility when signed in: axe-core WCAG 2.1 A/AA and the keyboard', () => {
  const env = useServerAndBrowser();

  for (const language of LANGUAGES)
    it(`the founder's pages in ${language} have no serious violation`, async () => {
      const journey = await openJourney(env.browser, env.server.url, `a11y-founder-${language}`);
      const { page } = journey;
      await signInIn(page, 'founder@demo.opchub.cn', language);
      await page.getByTestId('greeting').waitFor();
      await checkPage(page, `home, signed in (${language})`);
      await journey.snap('home');

      for (const path of [
        '/applications',
        '/inbox',
        '/organisations',
        '/account',
        '/hetao/questions',
        '/hetao/questions/new',
      ]) {
        await visit(page, path);
        await checkPage(page, `${path} (${language})`);
      }

      // A company's benefit: the page asks which company applies.
      await visit(page, '/applications/new?policy=voucher.compute');
      await page.getByTestId('choose-organisation').waitFor();
      await checkPage(page, `/applications/new (${language})`);
      // A person's benefit starts at once: the draft's form (the open draft, after the first time).
      await page.goto('/applications/new?policy=talent.settlement-subsidy');
      await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
      await page.getByTestId('application-form').waitFor();
      await checkPage(page, `an application's draft (${language})`);
      await journey.snap('draft');
      // The same draft's gaps, listed before "submit?".
      await page.getByTestId('submit-application').click();
      await page.getByTestId('submit-problems').waitFor();
      await checkPage(page, `a draft's gaps (${language})`);
      expect(journey.pageErrors).toEqual([]);
      await journey.context.close();
    });

  for (const language of LANGUAGES)
    it(`the importer's questions to customs in ${language} have no serious violation`, async () => {
      const journey = await openJourney(env.browser, env.server.url, `a11y-importer-${language}`);
      const { page } = journey;
      await signInIn(page, 'importer@demo.opchub.cn', language);
      await visit(page, '/hetao/questions');
      await page.getByTestId('my-question').first().waitFor();
      await checkPage(page, `/hetao/questions with questions (${language})`);
      await journey.snap('questions');
      await page.getByTestId('my-question').first().locator('a').first().click();
      await page.waitForURL(/\/hetao\/questions\/[0-9a-f-]{36}$/);
      await page.locator('main h1').first().waitFor();
      await checkPage(page, `a question to customs (${language})`);
      await visit(page, '/applications');
      await page.getByTestId('application-link').first().waitFor();
      await checkPage(page, `/applications with one (${language})`);
      await page.getByTestId('application-link').first().click();
      await page.getByTestId('application-status').waitFor();
      await checkPage(page, `an application in review (${language})`);
      expect(journey.pageErrors).toEqual([]);
      await journey.context.close();
    });

  for (const language of LANGUAGES)
    it(`the reviewer's pages in ${language} have no serious violation`, async () => {
      const journey = await openJourney(env.browser, env.server.url, `a11y-reviewer-${language}`);
      const { page } = journey;
      await signInIn(page, 'reviewer@demo.opchub.cn', language);
      await checkPage(page, `the reviewer's home (${language})`);
      await visit(page, '/review');
      await page.getByTestId('queue-link').first().waitFor();
      await checkPage(page, `/review (${language})`);
      await journey.snap('queue');
      // Each application the queue holds (the demo seed's: recommended, approved, returned…).
      const links = await page
        .getByTestId('queue-link')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links.slice(0, 3)) {
        await visit(page, href);
        await page.getByTestId('engine-card').waitFor();
        await checkPage(page, `${href} (${language})`);
      }
      await journey.snap('detail');
      await visit(page, '/inbox');
      await checkPage(page, `the reviewer's /inbox (${language})`);
      expect(journey.pageErrors).toEqual([]);
      await journey.context.close();
    });

  for (const language of LANGUAGES)
    it(`the finance officer's pages in ${language} have no serious violation`, async () => {
      const journey = await openJourney(env.browser, env.server.url, `a11y-finance-${language}`);
      const { page } = journey;
      await signInIn(page, 'finance@demo.opchub.cn', language);
      for (const path of ['/finance/budgets', '/finance/payments']) {
        await visit(page, path);
        await checkPage(page, `${path} (${language})`);
        await journey.snap(path.split('/').pop()!);
      }
      // A payment batch: the first language builds one from what is payable (the demo seed has
      // approved applications but no batch); every language then opens it from the list.
      if ((await page.getByTestId('batch-link').count()) === 0) {
        await page.getByTestId('build-batch').click();
        await page.locator('.ant-popconfirm .ant-btn-primary').waitFor();
        await checkPage(page, `/finance/payments, "build a batch?" (${language})`);
        await page.locator('.ant-popconfirm .ant-btn-primary').click();
        await page.waitForURL(/\/finance\/payments\/[0-9a-f-]{36}$/);
        await visit(page, '/finance/payments');
      }
      await page.getByTestId('batch-link').first().click();
      await page.waitForURL(/\/finance\/payments\/[0-9a-f-]{36}$/);
      await page.getByTestId('export-csv').waitFor();
      await checkPage(page, `a payment batch (${language})`);
      await journey.snap('batch');
      expect(journey.pageErrors).toEqual([]);
      await journey.context.close();
    });

  for (const language of LANGUAGES)
    it(`the customs officer's pages in ${language} have no serious violation`, async () => {
      const journey = await openJourney(env.browser, env.server.url, `a11y-customs-${language}`);
      const { page } = journey;
      await signInIn(page, 'customs@demo.opchub.cn', language);
      await checkPage(page, `the customs officer's home (${language})`);
      await visit(page, '/hetao/console');
      await page.getByTestId('queue-row').first().waitFor();
      await checkPage(page, `/hetao/console (${language})`);
      await journey.snap('console');
      // A question in the queue, as the officer who answers it sees it.
      await page.getByTestId('queue-row').first().locator('a').first().click();
      await page.waitForURL(/\/hetao\/questions\/[0-9a-f-]{36}$/);
      await page.locator('main h1').first().waitFor();
      await checkPage(page, `a question, for customs (${language})`);
      await journey.snap('question');
      for (const path of [
        '/hetao/console/rulings',
        '/hetao/console/lists',
        '/hetao/suggestions',
        '/hetao/rulings',
        '/hetao/precedents',
      ]) {
        await visit(page, path);
        await checkPage(page, `${path} (${language})`);
      }
      // A version of the list of goods.
      await visit(page, '/hetao/console/lists');
      await page.getByTestId('version-link').first().click();
      await page.waitForURL(/\/hetao\/lists\/[0-9a-f-]{36}$/);
      await page.locator('main h1').first().waitFor();
      await checkPage(page, `a list version (${language})`);
      await journey.snap('list-version');
      expect(journey.pageErrors).toEqual([]);
      await journey.context.close();
    });

  for (const language of LANGUAGES)
    it(`the administrator's pages in ${language} have no serious violation`, async () => {
      const journey = await openJourney(env.browser, env.server.url, `a11y-admin-${language}`);
      const { page } = journey;
      await signInIn(page, 'admin@demo.opchub.cn', language);
      await checkPage(page, `the administrator's home (${language})`);
      for (const path of [
        '/organisations/directory',
        '/admin/users',
        '/account/tokens',
        '/admin/parameters',
        '/admin/audit',
        '/settings/workflow',
      ]) {
        await visit(page, path);
        await checkPage(page, `${path} (${language})`);
        await journey.snap(path.split('/').pop()!);
      }
      // An organisation, from the directory.
      await visit(page, '/organisations/directory');
      await page.locator('main a[href^="/organisations/"]').first().click();
      await page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
      await page.locator('main h1').first().waitFor();
      await checkPage(page, `an organisation, for the administrator (${language})`);
      await journey.snap('organisation');
      expect(journey.pageErrors).toEqual([]);
      await journey.context.close();
    });

  it('a keyboard alone signs a founder in, starts an application and saves its draft', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'a11y-keyboard-apply');
    const { page } = journey;
    // Signing in: the e-mail field has the focus; Tab to the password, Enter sends.
    await page.goto('/login');
    await page.locator('#email').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'email');
    await page.keyboard.type('founder@demo.opchub.cn');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('greeting').waitFor();

    // From the menu to "my applications", by keyboard: Tab to the entry, Enter follows it.
    await page.locator('body').focus();
    await tabUntil(page, 'the menu entry "applications"', () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-nav-key') === 'applications'),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/applications');
    await page.locator('main h1').first().waitFor();

    // Choose the benefit in the catalogue: type to filter, Enter picks, Tab to "start". A
    // person's benefit starts at once (/applications/new goes on to the draft).
    // (In the language the account last chose: the journeys above switch it.)
    const language = (await page.evaluate(() => document.documentElement.lang)) as Language;
    const benefit = SETTLEMENT_SUBSIDY[language];
    // The picker appears once the catalogue has loaded (a person waits for it too).
    await page.getByTestId('choose-policy').waitFor();
    await tabTo(page, 'choose-policy');
    await page.keyboard.type(benefit);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: benefit })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await journey.snap('policy-chosen');
    await tabTo(page, 'start-application');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    await page.getByTestId('application-form').waitFor();
    await journey.snap('draft-opened');

    // Fill the draft (some answers may come pre-filled from the profile: whatever is there, the
    // keyboard sets what this journey wants). A yes/no: Tab reaches the chosen radio (the first
    // if none is), Space chooses, arrows move to the other.
    await page.locator('body').focus();
    await tabToFact(page, 'person.newlyArrived');
    await page.keyboard.press('Space');
    const yes = page.locator('[data-fact="person.newlyArrived"] input[type="radio"]').first();
    for (let press = 0; press < 2 && !(await yes.isChecked()); press += 1)
      await page.keyboard.press('ArrowLeft');
    expect(await yes.isChecked()).toBe(true);
    // A choice from a list: the arrow opens it, Enter takes the option.
    await tabToFact(page, 'person.highestDegree');
    await page.keyboard.press('ArrowDown');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    // "None of these" is an answer: a checkbox, Space ticks (or unticks) it.
    await tabTo(page, 'none-of-these');
    const none = page.getByTestId('none-of-these');
    const wasTicked = await none.isChecked();
    await page.keyboard.press('Space');
    expect(await none.isChecked()).toBe(!wasTicked);
    if (wasTicked) await page.keyboard.press('Space');
    expect(await none.isChecked()).toBe(true);
    await tabTo(page, 'payee-name');
    await page.keyboard.type('林晓峰');
    await page.keyboard.press('Tab');
    await page.keyboard.type('中国银行深圳分行');
    await page.keyboard.press('Tab');
    await page.keyboard.type('6217000012345678');
    await journey.snap('draft-filled');

    // "Save draft", by keyboard.
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/api/v1/applications/${id}`) &&
        response.request().method() === 'PATCH' &&
        response.ok(),
    );
    await tabTo(page, 'save-draft');
    await page.keyboard.press('Enter');
    await saved;

    // It is saved: the server holds the answers and the bank account.
    const stored = (await (await page.request.get(`/api/v1/applications/${id}`)).json()) as {
      application: {
        facts: { person?: Record<string, unknown> };
        payee: { accountNumber?: string } | null;
      };
    };
    expect(stored.application.facts.person?.newlyArrived).toBe(true);
    expect(stored.application.facts.person?.highestDegree).toBeTruthy();
    expect(stored.application.facts.person?.benefitsReceived).toEqual([]);
    expect(stored.application.payee?.accountNumber).toBe('6217000012345678');
    await expectNoSeriousA11yViolations(page, 'the draft, filled by keyboard');
    await journey.snap('draft-saved');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
