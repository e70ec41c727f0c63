import { describe, expect, it } from 'vitest';
import { openJourney, type Page } from '../support/browser';
import { logIn, logOut, openMenuEntry, switchLanguage } from '../support/session';
import { useServerAndBrowser } from '../support/server';

/** What the page shows that depends on the language: ours and Ant Design's own texts. */
async function visibleTexts(page: Page) {
  return {
    product: (await page.getByTestId('product-name').textContent())?.trim(),
    auditMenu: (await page.locator('[data-nav-key="admin-audit"]').textContent())?.trim(),
    heading: (await page.locator('main h1').first().textContent())?.trim(),
  };
}

async function rangePickerPlaceholders(page: Page) {
  return page
    .locator('.ant-picker-range input')
    .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('placeholder')));
}

/** The texts matching `selector` that are cut off (they end in "…" on screen). */
async function cutOffTexts(page: Page, selector: string) {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.textContent),
    );
}

async function pageSizeText(page: Page) {
  return (await page.locator('.ant-pagination-options').first().textContent())?.trim();
}

describe('switching the language', () => {
  const env = useServerAndBrowser();

  it('zh-Hans → zh-Hant → en changes our texts and Ant Design’s, and is remembered', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'language-switch');
    const { page } = journey;
    await logIn(page, 'admin@demo.opchub.cn');

    await openMenuEntry(page, 'admin-audit');
    // React re-renders the frame just after <html lang> changes: read until it has.
    await expect
      .poll(() => visibleTexts(page))
      .toEqual({
        product: 'OPC Hub · 深圳AI一人公司服务平台',
        auditMenu: '审计日志',
        heading: '审计日志',
      });
    expect(await rangePickerPlaceholders(page)).toEqual(['开始日期', '结束日期']);
    await journey.snap('audit-zh-Hans');

    await switchLanguage(page, 'zh-Hant');
    await expect
      .poll(() => visibleTexts(page))
      .toEqual({
        product: 'OPC Hub · 深圳AI一人公司服務平台',
        auditMenu: '審計日誌',
        heading: '審計日誌',
      });
    expect(await rangePickerPlaceholders(page)).toEqual(['開始日期', '結束日期']);
    await journey.snap('audit-zh-Hant');

    await switchLanguage(page, 'en');
    await expect
      .poll(() => visibleTexts(page))
      .toEqual({
        product: 'OPC Hub · Shenzhen AI One-Person Company Services',
        auditMenu: 'Audit trail',
        heading: 'Audit trail',
      });
    expect(await rangePickerPlaceholders(page)).toEqual(['Start date', 'End date']);
    await journey.snap('audit-en');
    // The English menu entries and dashboard card titles, longer than the Chinese, read whole.
    expect(await cutOffTexts(page, '[data-testid="nav-menu"] .ant-menu-title-content')).toEqual([]);
    await openMenuEntry(page, 'home');
    await page.getByTestId('home-cards').waitFor();
    expect(await cutOffTexts(page, '[data-testid="home-cards"] .ant-card-meta-title')).toEqual([]);

    // Pagination and dates on the user list follow as well.
    await openMenuEntry(page, 'admin-users');
    expect(await pageSizeText(page)).toContain('/ page');
    expect(await page.locator('.ant-table-tbody').textContent()).toMatch(
      /[A-Z][a-z]+ \d{1,2}, \d{4}/,
    );
    await journey.snap('users-en');
    await switchLanguage(page, 'zh-Hant');
    expect(await pageSizeText(page)).toContain('條/頁');
    expect(await page.locator('.ant-table-tbody').textContent()).toMatch(
      /\d{4}年\d{1,2}月\d{1,2}日/,
    );
    await journey.snap('users-zh-Hant');
    await switchLanguage(page, 'en');

    // Saved to the account and remembered on this device: a reload keeps English.
    const saved = await page.evaluate(async () => {
      const response = await fetch('/api/v1/me');
      return ((await response.json()) as { account: { preferredLanguage: string } }).account
        .preferredLanguage;
    });
    expect(saved).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'User management' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await journey.snap('after-reload-en');

    await logOut(page);
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    await journey.snap('landing-en-after-sign-out');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();

    // Another device (no local memory) follows the account's saved preference at sign-in.
    const other = await openJourney(env.browser, env.server.url, 'language-follows-account');
    await other.page.goto('/login');
    await other.page.getByRole('heading', { name: '登录' }).waitFor();
    await logIn(other.page, 'admin@demo.opchub.cn');
    expect(await other.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await other.page.getByTestId('greeting').textContent()).toMatch(/^Hello, /);
    await other.snap('dashboard-in-account-language');
    expect(other.pageErrors).toEqual([]);
    await other.context.close();
  });

  it('a language picked before signing in is kept and saved to the account', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'language-before-sign-in');
    const { page } = journey;
    await page.goto('/login');
    await switchLanguage(page, 'zh-Hant');
    await page.getByRole('heading', { name: '登入' }).waitFor();
    await page.getByLabel('電郵').waitFor();
    await journey.snap('login-zh-Hant');
    await page.locator('#email').fill('reviewer@demo.opchub.cn');
    await page.locator('#password').fill('OpcHub-Demo-2026');
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('greeting').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    expect(await page.getByTestId('greeting').textContent()).toMatch(/^您好，/);
    await page.locator('[data-role="reviewer"]', { hasText: '審核人員' }).waitFor();
    await journey.snap('dashboard-zh-Hant');
    const saved = await page.evaluate(async () => {
      const response = await fetch('/api/v1/me');
      return ((await response.json()) as { account: { preferredLanguage: string } }).account
        .preferredLanguage;
    });
    expect(saved).toBe('zh-Hant');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
