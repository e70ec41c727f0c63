/// <reference lib="dom" />
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import type { Page } from './browser';

/** The WCAG 2.1 A and AA rules (issue #18): what the platform promises in its statement. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Impacts that fail a journey; "moderate" and "minor" findings are reported, not fatal. */
const FAILING_IMPACTS = new Set(['critical', 'serious']);

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
  const findings = await seriousA11yViolations(page);
  if (findings.length > 0)
    console.log(`[a11y] ${where}:\n${describeA11yFindings(findings).replace(/^/gm, '  ')}`);
  // Soft: the journey goes on, so one run names the violations of every page it visits.
  expect.soft(findings, `axe: WCAG 2.1 AA violations on ${where}`).toEqual([]);
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
