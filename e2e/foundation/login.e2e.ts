import { describe, expect, it } from 'vitest';
import { openJourney } from '../support/browser';
import { logOut } from '../support/session';
import { DEMO_PASSWORD, useServerAndBrowser } from '../support/server';

describe('landing page and signing in', () => {
  const env = useServerAndBrowser();

  it('shows the landing and login pages in Simplified Chinese by default, even to an English browser', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'login-default-language', {
      locale: 'en-US',
    });
    const { page } = journey;
    await page.goto('/');
    await page.getByTestId('landing-sign-in').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await page
      .getByRole('heading', { name: '深圳AI一人公司与河套科研货物免税，一站办理' })
      .waitFor();
    // Both policies, with the clause ids they rest on.
    await page.getByText('深圳市打造人工智能OPC创业生态引领地行动计划（2026—2027年）').waitFor();
    await page.getByText('河套深港科技创新合作区深圳园区科研货物进口免税').waitFor();
    expect(await page.locator('.ant-tag', { hasText: 'A.P9' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.ant-tag', { hasText: 'B.E2' }).count()).toBeGreaterThan(0);
    await journey.snap('landing');

    await page.getByTestId('landing-sign-in').click();
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.getByText('使用注册邮箱和密码登录 OPC Hub').waitFor();
    await page.getByLabel('邮箱').waitFor();
    await page.getByLabel('密码').waitFor();
    expect(await page.title()).toBe('登录 · OPC Hub');
    await journey.snap('login-page');

    // Empty form: the user is told what is missing, in Chinese, without a server round trip.
    await page.locator('form button[type="submit"]').click();
    expect(await page.getByText('此项为必填项').count()).toBe(2);
    await journey.snap('login-empty');

    // A mistyped address gets a friendly 404 with a way home.
    await page.goto('/no-such-page');
    await page.getByText('页面不存在', { exact: true }).waitFor();
    await journey.snap('not-found');
    await page.getByRole('link', { name: '返回首页' }).click();
    await page.getByTestId('landing-sign-in').waitFor();
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('explains a wrong password, then signs in and comes back to the page that asked', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'login-errors-and-return');
    const { page } = journey;

    // A protected page sends a signed-out visitor to sign in first …
    await page.goto('/organisations');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/organisations');

    await page.locator('#email').fill('founder@demo.opchub.cn');
    await page.locator('#password').fill('not-the-password');
    await page.locator('form button[type="submit"]').click();
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('邮箱或密码不正确');
    await journey.snap('wrong-password');

    // … and back to it afterwards.
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/organisations');
    await page.getByRole('heading', { name: '我的机构' }).waitFor();
    await page.getByText('深圳晓峰智能科技有限公司').waitFor();
    await journey.snap('back-at-organisations');

    // A crafted `next` pointing elsewhere is ignored.
    await logOut(page);
    await page.goto('/login?next=//evil.example/');
    await page.locator('#email').fill('founder@demo.opchub.cn');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('greeting').waitFor();
    expect(new URL(page.url()).host).toBe(new URL(env.server.url).host);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('says so when sign-in attempts are rate-limited', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'login-rate-limited');
    const { page } = journey;
    await page.goto('/login');
    const email = 'someone-else@example.cn';
    await page.locator('#email').fill(email);
    let rateLimited = false;
    for (let attempt = 0; attempt < 15 && !rateLimited; attempt += 1) {
      await page.locator('#password').fill(`wrong-password-${attempt}`);
      const answered = page.waitForResponse((response) => response.url().endsWith('/auth/login'));
      await page.locator('form button[type="submit"]').click();
      rateLimited = (await answered).status() === 429;
    }
    expect(rateLimited).toBe(true);
    const error = page.getByTestId('login-error');
    await error.getByText('登录尝试次数过多').waitFor();
    expect(await error.textContent()).toMatch(/请在约 \d+ 分钟后再试/);
    await journey.snap('rate-limited');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
