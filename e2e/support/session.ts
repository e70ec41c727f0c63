import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './server';

/** Signs in through the login form and waits for the dashboard greeting. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('greeting').waitFor();
}

/** Signs out through the user menu and waits for the public landing page. */
export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  // Signing out reloads the app on the public home page.
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.getByTestId('landing-sign-in').waitFor({ timeout: 30_000 });
}

/** The `data-nav-key`s of the menu entries shown, in order (opens the drawer on phones). */
export async function menuKeys(page: Page): Promise<string[]> {
  // The side menu on desktops, the drawer's on phones: whichever is visible.
  const menu = page.locator('[data-testid="nav-menu"]:visible').first();
  await menu.waitFor();
  return menu
    .locator('[data-nav-key]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-nav-key') ?? ''));
}

/**
 * Picks a UI language from the header's language menu. NOTE: on a loaded machine a click can land
 * while the menu is still opening (or closing) and do nothing, as a hurried person's can; like that
 * person, the journey opens the menu again (up to three times) before it calls the switch broken.
 */
export async function switchLanguage(page: Page, language: 'zh-Hans' | 'zh-Hant' | 'en') {
  for (let attempt = 1; ; attempt += 1) {
    await page.getByTestId('language-switch').click();
    await page.locator(`.ant-dropdown:visible [data-language="${language}"]`).click();
    try {
      await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language, {
        timeout: attempt < 3 ? 5_000 : 15_000,
      });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Follows a side-menu entry and waits until its page has rendered (the entry is highlighted —
 * that happens in the same render as the lazily loaded page) and its data has arrived.
 */
export async function openMenuEntry(page: Page, key: string): Promise<void> {
  await page.locator(`[data-nav-key="${key}"]`).first().click();
  await page.locator(`.ant-menu-item-selected [data-nav-key="${key}"]`).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
}
