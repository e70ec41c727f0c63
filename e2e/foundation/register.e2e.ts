import { describe, expect, it } from 'vitest';
import { openJourney } from '../support/browser';
import { logOut, menuKeys } from '../support/session';
import { useServerAndBrowser } from '../support/server';

describe('registering an account', () => {
  const env = useServerAndBrowser();

  const email = `new-founder-${Date.now()}@example.cn`;
  const password = 'a long enough passphrase';

  it('validates as the user types, then creates the account and lands signed in', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'register-new-account');
    const { page } = journey;
    await page.goto('/');
    await page.getByTestId('landing-register').click();
    await page.getByRole('heading', { name: '注册账户' }).waitFor();
    await journey.snap('register-page');

    await page.locator('form button[type="submit"]').click();
    expect(await page.getByText('此项为必填项').count()).toBe(4);
    await page.locator('#email').fill('not-an-email');
    await page.locator('#password').fill('short');
    await page.locator('#confirmPassword').fill('different');
    await page.getByText('请输入有效的邮箱地址').waitFor();
    await page.getByText('密码需为 10 至 128 个字符').waitFor();
    await page.getByText('两次输入的密码不一致').waitFor();
    await journey.snap('client-validation');

    // Leaving a half-filled form asks first; "keep editing" keeps what was typed.
    await page.getByRole('link', { name: '直接登录' }).click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.locator('.ant-modal-confirm-title', { hasText: '放弃未保存的内容？' }).waitFor();
    await journey.snap('unsaved-changes-warning');
    await dialog.getByRole('button', { name: '继续填写' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/register');
    expect(await page.locator('#email').inputValue()).toBe('not-an-email');

    await page.locator('#email').fill(email);
    await page.locator('#displayName').fill('测试创业者');
    await page.locator('#password').fill(password);
    await page.locator('#confirmPassword').fill(password);
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('greeting').waitFor();
    expect(await page.getByTestId('greeting').textContent()).toBe('您好，测试创业者');
    await page.locator('[data-role="founder"]').waitFor();
    expect(await menuKeys(page)).toContain('organisations');
    await journey.snap('signed-in-dashboard');
    await logOut(page);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('tells a returning user their e-mail is already registered', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'register-duplicate-email');
    const { page } = journey;
    await page.goto('/register');
    await page.locator('#email').fill(email.toUpperCase()); // the server compares case-insensitively
    await page.locator('#displayName').fill('又一位');
    await page.locator('#password').fill(password);
    await page.locator('#confirmPassword').fill(password);
    await page.locator('form button[type="submit"]').click();
    await page.getByTestId('email-taken').waitFor();
    // On the field itself too, with a way to sign in instead.
    await page.locator('#email_help').getByText('该邮箱已注册').waitFor();
    // A link that looks like a button (it goes to the sign-in page).
    await page.getByTestId('email-taken').getByRole('link', { name: '直接登录' }).waitFor();
    await journey.snap('duplicate-email');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('shows the server’s field errors on the fields they concern', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'register-server-field-errors');
    const { page } = journey;
    // Pretend an older page let a bad value through: rewrite the request on its way out, so
    // the server's own problem+json (pointer /body/email) is what the page has to show.
    await page.route('**/api/v1/auth/register', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      await route.continue({ postData: JSON.stringify({ ...body, email: 'still not an e-mail' }) });
    });
    await page.goto('/register');
    await page.locator('#email').fill(`field-errors-${Date.now()}@example.cn`);
    await page.locator('#displayName').fill('字段错误');
    await page.locator('#password').fill(password);
    await page.locator('#confirmPassword').fill(password);
    const answered = page.waitForResponse((response) => response.url().endsWith('/auth/register'));
    await page.locator('form button[type="submit"]').click();
    const response = await answered;
    expect(response.status()).toBe(400);
    const problem = await response.json();
    expect(problem.errors[0].pointer).toBe('/body/email');
    await page.locator('#email_help').getByText(problem.errors[0].detail).waitFor();
    await journey.snap('server-field-error');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
