import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { checkA11yOncePerPage } from './accessibility';

export type { Browser, BrowserContext, Page };

/** Debian's Chromium; journeys never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Content-Security-Policy violations in any journey's pages (popups included) since the last
 * {@link takeCspViolations}: the server's policy must never break a page, and a blocked script
 * or style often fails silently, so every journey is checked (see useServerAndBrowser).
 */
const cspViolations: string[] = [];

/** The violations seen since the last call, forgotten once read. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

/** Reports each `securitypolicyviolation` event as a console error the context listens for. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('securitypolicyviolation: ' + event.violatedDirective + ' blocked ' +
    (event.blockedURI || 'inline') + ' in ' + (event.sourceFile || document.location.href) +
    ':' + event.lineNumber);
});`;

export interface JourneyPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page; a journey ends by expecting none. */
  pageErrors: string[];
  /**
   * Saves test-results/e2e/<journey>/<nn>-<step>.png and returns its path; and, the first time
   * the test file shows this page (in this language, with or without a dialog open), checks it
   * with axe-core: a critical or serious WCAG 2.1 A/AA violation fails the journey, softly
   * (issue #18: every page the journeys visit, in each language).
   */
  snap(step: string): Promise<string>;
}

/**
 * A fresh browser context (own cookies and storage) for one journey. The browser's language is
 * Simplified Chinese unless told otherwise, like most of the platform's users.
 */
export async function openJourney(
  browser: Browser,
  baseURL: string,
  journey: string,
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    isMobile?: boolean;
  } = {},
): Promise<JourneyPage> {
  const context = await browser.newContext({
    baseURL,
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? 'zh-CN',
    isMobile: options.isMobile ?? false,
    hasTouch: options.isMobile ?? false,
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(15_000);
  await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });
  context.on('console', (message) => {
    if (message.type() === 'error' && /^securitypolicyviolation:/.test(message.text()))
      cspViolations.push(message.text());
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const directory = join('test-results', 'e2e', journey);
  rmSync(directory, { recursive: true, force: true }); // only this run's steps
  mkdirSync(directory, { recursive: true });
  let counter = 0;
  return {
    context,
    page,
    pageErrors,
    async snap(step) {
      counter += 1;
      const path = join(directory, `${String(counter).padStart(2, '0')}-${step}.png`);
      await page.screenshot({ path, fullPage: true });
      await checkA11yOncePerPage(page, step);
      return path;
    },
  };
}
