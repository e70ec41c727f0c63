/// <reference lib="dom" />
import type { Page } from './browser';

/**
 * Driving the navigator one question at a time, shared by the navigator journeys: which fact is
 * on screen, and answering it — with the journey's own answer for that fact, or a plain default
 * by the question's type (yes, none, the first option).
 */

/** The fact asked on screen, or null once the results are shown. */
export async function currentQuestion(page: Page): Promise<string | null> {
  const question = page.getByTestId('navigator-question');
  const results = page.getByTestId('navigator-results');
  await Promise.race([question.waitFor(), results.waitFor()]);
  if (await results.isVisible()) return null;
  return question.getAttribute('data-fact');
}

/** Waits until the question about `fact` has left the screen (or the results came). */
export async function waitForNextQuestion(page: Page, fact: string): Promise<void> {
  await page.waitForFunction((previous) => {
    const card = document.querySelector('[data-testid="navigator-question"]');
    return !card || card.getAttribute('data-fact') !== previous;
  }, fact);
}

/**
 * Answers the question on screen with `wanted` ('yes' / 'no', a date, a number — money in yuan,
 * as typed — or an option's value; undefined: a default), then waits for the next question.
 */
export async function answerCurrent(
  page: Page,
  fact: string,
  wanted: string | number | undefined,
): Promise<void> {
  if (wanted === 'yes') await page.getByTestId('answer-yes').click();
  else if (wanted === 'no') await page.getByTestId('answer-no').click();
  else if (typeof wanted === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(wanted)) {
    await page.getByTestId('answer-date').fill(wanted);
    await page.getByTestId('answer-next').click();
  } else if (typeof wanted === 'number') {
    await page
      .locator('input[data-testid="answer-number"], [data-testid="answer-number"] input')
      .first()
      .fill(String(wanted));
    await page.getByTestId('answer-next').click();
  } else if (typeof wanted === 'string') await page.getByTestId(`answer-option-${wanted}`).click();
  else if (await page.getByTestId('answer-yes').isVisible())
    await page.getByTestId('answer-yes').click();
  else if (await page.getByTestId('answer-none').isVisible())
    await page.getByTestId('answer-none').click();
  else await page.locator('[data-testid^="answer-option-"]').first().click();
  await waitForNextQuestion(page, fact);
}
