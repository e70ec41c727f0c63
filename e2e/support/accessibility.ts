/// <reference lib="dom" />
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The WCAG 2.1 A and AA rules (issue #18): what the platform promises in its statement. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Impacts that fail a journey; "moderate" and "minor" findings are reported, not fatal. */
const FAILING_IMPACTS = new Set(['critical', 'serious']);

/**
 * Pages a journey visits that are not the web app's and that the journeys' axe check leaves out.
 * NOTE: /api/docs is Swagger UI as @fastify/swagger-ui serves it (src/http/openapi.ts), for
 * developers. axe finds in it, in Swagger UI's own markup: a link inside each operation's
 * button (nested-interactive; swagger-api/swagger-ui#9570), its top bar's logo without alt and
 * URL field without label, and white on its method colours (3.2:1) (swagger-api/swagger-ui#7350,
 * #5248, all open). What can be fixed from our side (a theme with darker method colours, no top
 * bar) is configured where the server registers Swagger UI, not in web/; until then, left out.
 */
const NOT_OURS = /^\/api\/docs(\/|$)/;

/** The pages (see {@link a11yPageKey}) this test file's journeys have had checked. */
const checkedPageKeys = new Set<string>();

export interface A11yFinding {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements (axe's `target`), at most a few per rule. */
  targets: string[];
  /** axe's explanation for the first of them (colours and ratio for a contrast failure). */
  detail: string;
}

/**
 * Runs axe-core's WCAG 2.1 A/AA rules on what the page shows now and returns the critical and
 * serious violations, one entry per rule. NOTE: axe sees only the current state: open menus,
 * dialogs and later steps need a call of their own.
 */
export async function seriousA11yViolations(page: Page): Promise<A11yFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS).analyze();
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      detail: (violation.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
    }));
}

/** One line per rule: "color-contrast (serious, 3 elements): .a, .b, .c". */
export function describeA11yFindings(findings: A11yFinding[]): string {
  return findings
    .map(
      (finding) =>
        `${finding.rule} (${finding.impact}, ${finding.help}): ${finding.targets.join(' | ')}\n    ${finding.detail}`,
    )
    .join('\n');
}

/**
 * Fails the journey when the page has a critical or serious WCAG 2.1 A/AA violation, naming
 * each rule and where it was found (`where`: the page or step, for the message).
 */
export async function expectNoSeriousA11yViolations(page: Page, where = page.url()) {
  await settle(page);
  checkedPageKeys.add(await a11yPageKey(page)); // a journey's snap need not check it again
  const findings = await seriousA11yViolations(page);
  if (findings.length > 0)
    console.log(`[a11y] ${where}:\n${describeA11yFindings(findings).replace(/^/gm, '  ')}`);
  // Soft: the journey goes on, so one run names the violations of every page it visits.
  expect.soft(findings, `axe: WCAG 2.1 AA violations on ${where}`).toEqual([]);
}

/**
 * The page's outline, as a screen reader's heading list shows it: one h1 (the page's title), and
 * no level skipped below it (an h4 right under the h1 reads as if something were missing).
 */
export async function expectHeadingOutline(page: Page, where: string) {
  const levels = await page
    .locator('main :is(h1, h2, h3, h4, h5, h6):visible')
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
  const skips = levels.flatMap((level, index) =>
    index > 0 && level > levels[index - 1]! + 1 ? [`h${levels[index - 1]} → h${level}`] : [],
  );
  expect.soft(levels.filter((level) => level === 1).length, `one h1 on ${where}`).toBe(1);
  expect.soft(levels[0], `the h1 first on ${where}`).toBe(1);
  expect.soft(skips, `heading levels skipped on ${where}`).toEqual([]);
}

/**
 * What makes two visits "the same page" for axe: the path with its ids and numbers replaced (one
 * application's page stands for all of them), the language, and whether a dialog or drawer is
 * open (its content is new). NOTE: journeys often pass the same page several times; checking it
 * once per test file is what keeps axe in every journey affordable (about a second a check).
 */
export async function a11yPageKey(page: Page): Promise<string> {
  const { pathname } = new URL(page.url());
  const path = pathname
    .split('/')
    .map((segment) => (/\d/.test(segment) ? ':id' : segment))
    .join('/');
  const { lang, overlay } = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    // (offsetParent is null for anything fixed, as dialogs are: ask for visibility instead.)
    overlay: [...document.querySelectorAll('.ant-modal, .ant-drawer-content')].some((element) =>
      element.checkVisibility(),
    ),
  }));
  return `${path} [${lang}]${overlay ? ' +dialog' : ''}`;
}

/**
 * The axe check of a journey's step ({@link JourneyPage.snap}): runs
 * {@link expectNoSeriousA11yViolations} the first time this test file's journeys show a page
 * (see {@link a11yPageKey}) and does nothing after that.
 */
export async function checkA11yOncePerPage(page: Page, step: string): Promise<void> {
  if (NOT_OURS.test(new URL(page.url()).pathname)) return;
  const key = await a11yPageKey(page);
  if (checkedPageKeys.has(key)) return;
  checkedPageKeys.add(key);
  await expectNoSeriousA11yViolations(page, `${key} (step "${step}")`);
}

/**
 * Waits until the page's data has come and its fade-ins have ended: axe measures contrast on
 * the colours it sees, and a text halfway through Ant Design's fade-in is paler than it will be.
 */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
