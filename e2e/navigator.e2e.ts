/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { openJourney, PHONE, type Page } from './support/browser';
import { answerCurrent, currentQuestion } from './support/navigator';
import { logIn, switchLanguage } from './support/session';
import { useServerAndBrowser } from './support/server';

/**
 * The benefits navigator (issue #3 item 6) in the browser: a newcomer on a phone goes from
 * nothing to a card per benefit in English, one question at a time, watching the running total,
 * going back to change an answer; a signed-in founder starts from their profile and their new
 * answers are saved to it; a Hetao importer asks in Traditional Chinese.
 */

/** Answers a newcomer might give, by fact; anything else gets a plain default by its type. */
const answers: Record<string, string | number> = {
  'person.hasCompany': 'yes',
  'person.highestDegree': 'master',
  'person.graduationDate': '2023-06-30',
  'person.newlyArrived': 'yes',
  'person.returneeFromStudyAbroad': 'no',
  'person.meetsYouthTalentConditions': 'yes',
  'person.talentRecognized': 'no',
  'company.isStartup': 'yes',
  'company.isSmallOrMicro': 'yes',
  'company.workspace': 'opc-community',
  'company.plannedPurchase.compute.planned': 'yes',
  'company.plannedPurchase.compute.relatedParty': 'no',
  'company.plannedPurchase.compute.amountFen': 800_000,
  'company.plannedPurchase.model.planned': 'no',
  'company.plannedPurchase.corpus.planned': 'no',
  'company.teamSize': 1,
  'company.vouchersReceivedFen.compute': 0,
  'company.vouchersReceivedFen.model': 0,
  'company.vouchersReceivedFen.corpus': 0,
  'importer.entityType': 'private-non-enterprise-unit',
  'goods.route': 'first-line',
  'goods.category': 'consumables',
  'goods.excluded': 'no',
};

async function runningFen(page: Page): Promise<number> {
  return Number(await page.getByTestId('running-total').getAttribute('data-max-fen'));
}

describe('the navigator takes a newcomer from nothing to a result', () => {
  const env = useServerAndBrowser();

  it('a visitor on a phone, in English: one question at a time, a running total, back, and a card per benefit', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'navigator-phone-en', {
      viewport: PHONE,
      isMobile: true,
      locale: 'en-GB',
    });
    const { page } = journey;
    await page.goto('/navigator');
    await switchLanguage(page, 'en');
    await page.getByTestId('scope-opc').click();
    await page.getByTestId('navigator-question').waitFor();
    expect(await page.getByTestId('question-text').innerText()).toBe(
      'Have you founded (or are you founding) a company of your own?',
    );
    // No headline before the first answer (issue #10 item 7).
    expect(await page.getByTestId('running-total').count()).toBe(0);
    await journey.snap('first-question');

    // "No company" settles every company benefit: the first total is small.
    await page.getByTestId('answer-no').click();
    await page.getByTestId('running-total').waitFor();
    expect(await page.getByTestId('running-amount').innerText()).toMatch(
      /^You may qualify for up to ¥[\d,]+$/,
    );
    const afterNo = await runningFen(page);
    await journey.snap('after-no-company');

    // Back: the same question again, with "No" marked; change it to "Yes".
    await page.getByTestId('question-back').click();
    await page
      .locator('[data-testid="navigator-question"][data-fact="person.hasCompany"]')
      .waitFor();
    expect(await page.getByTestId('answer-no').getAttribute('class')).toMatch(/ant-btn-primary/);
    await page.getByTestId('answer-yes').click();
    await page.waitForFunction(
      (previous) =>
        Number(
          document.querySelector('[data-testid="running-total"]')?.getAttribute('data-max-fen'),
        ) > previous,
      afterNo,
    );

    const asked: string[] = ['person.hasCompany'];
    for (let step = 0; step < 45; step += 1) {
      const fact = await currentQuestion(page);
      if (fact === null) break;
      expect(asked).not.toContain(fact); // nothing is asked twice
      asked.push(fact);
      await answerCurrent(page, fact, answers[fact]);
    }
    const results = page.getByTestId('navigator-results');
    await results.waitFor();
    await page.locator('[data-testid="benefit-card"]').first().waitFor();
    // Every benefit of the scope is decided when the questions run out.
    expect(await page.getByTestId('running-total').getAttribute('data-open')).toBe('0');
    const statuses = await page
      .getByTestId('benefit-card')
      .evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-policy'), item.getAttribute('data-status')]),
      );
    const byPolicy = Object.fromEntries(statuses);
    expect(byPolicy['voucher.compute']).toBe('eligible');
    expect(byPolicy['loan.personal-startup']).toBe('eligible');
    expect(byPolicy['space.opc-community']).toBe('eligible');
    // The compute voucher: 60 % of ¥800,000 for a start-up (A.V1).
    const voucher = page.locator('[data-testid="benefit-card"][data-policy="voucher.compute"]');
    expect(await voucher.getByTestId('benefit-amount').innerText()).toBe('¥480,000');
    // Why, in plain words with the clause; the quoted clause; Apply.
    await voucher.getByText(/^Why/).click();
    const criteria = voucher.getByTestId('benefit-criterion');
    expect(await criteria.count()).toBeGreaterThanOrEqual(3);
    // The plan's period first (A.TITLE), then the voucher's own conditions with their clauses.
    expect(await criteria.first().innerText()).toMatch(/\[A\.TITLE\]/);
    expect(await criteria.allInnerTexts()).toContainEqual(expect.stringMatching(/\[A\.P9\]/));
    await voucher.getByText('What the policy says').click();
    expect(await voucher.getByTestId('benefit-clause').first().innerText()).toMatch(
      /vouchers: training-compute/,
    );
    const apply = voucher.getByTestId('benefit-apply');
    expect(await apply.getAttribute('href')).toBe('/applications/new?policy=voucher.compute');
    await journey.snap('results');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('a signed-in founder starts from their profile, and new answers are saved to it', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'navigator-founder');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await page.goto('/navigator?scope=opc');
    await page.getByTestId('profile-note').waitFor();
    expect(await page.getByTestId('profile-note').innerText()).toMatch(
      /已从您的资料中带入 \d+ 项回答/,
    );
    await page.getByTestId('navigator-question').waitFor();
    const fact = (await page.getByTestId('navigator-question').getAttribute('data-fact'))!;
    // The profile already says they have a company: that is not asked again.
    expect(fact).not.toBe('person.hasCompany');
    await journey.snap('prefilled');
    await answerCurrent(page, fact, answers[fact]);
    await page.waitForFunction(() =>
      /已保存到您的资料/.test(
        document.querySelector('[data-testid="profile-note"]')?.textContent ?? '',
      ),
    );
    const profile = await page.evaluate(async () => (await fetch('/api/v1/facts/profile')).json());
    const [subject, ...rest] = fact.split('.');
    let saved: unknown = profile.facts[subject!];
    for (const key of rest) saved = (saved as Record<string, unknown> | undefined)?.[key];
    expect(saved).not.toBeUndefined();
    // Change an earlier answer from the list of answers.
    await page.getByText(/您的回答/).click();
    await page
      .locator(
        '[data-testid="answer-item"][data-fact="person.hasCompany"] [data-testid="answer-change"]',
      )
      .click();
    await page
      .locator('[data-testid="navigator-question"][data-fact="person.hasCompany"]')
      .waitFor();
    await journey.snap('change-answer');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('an importer asks about Hetao in Traditional Chinese', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'navigator-hetao-zh-hant', {
      locale: 'zh-HK',
    });
    const { page } = journey;
    await page.goto('/navigator');
    await switchLanguage(page, 'zh-Hant');
    await page.getByTestId('scope-hetao').click();
    await page.getByTestId('navigator-question').waitFor();
    const fact = (await page.getByTestId('navigator-question').getAttribute('data-fact'))!;
    expect(fact).toMatch(/^(importer|goods)\./);
    expect(await page.getByTestId('question-text').innerText()).toMatch(/[進貨進口單位線]/);
    await journey.snap('hetao-first-question');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
