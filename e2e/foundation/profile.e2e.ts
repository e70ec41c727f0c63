import { describe, expect, it } from 'vitest';
import { openJourney } from '../support/browser';
import { logIn, openMenuEntry } from '../support/session';
import { DEMO_PASSWORD, useServerAndBrowser } from '../support/server';

describe('profile and password', () => {
  const env = useServerAndBrowser();

  it('a founder corrects a bad phone number, saves, and changes the password', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'profile-and-password');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'profile');
    await page.getByRole('heading', { name: '个人资料' }).waitFor();
    expect(await page.locator('#fullName').inputValue()).not.toBe('');
    await journey.snap('profile');

    await page.locator('#phone').fill('call me');
    await page.getByText('请输入有效的电话号码').waitFor();
    await journey.snap('bad-phone');
    await page.locator('#phone').fill('+86 755 1234 5678');
    await page.locator('#contactEmail').fill('xiaofeng@example.cn');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('个人资料已保存').waitFor();
    await journey.snap('profile-saved');
    await page.reload();
    await page.getByRole('heading', { name: '个人资料' }).waitFor();
    expect(await page.locator('#phone').inputValue()).toBe('+86 755 1234 5678');

    await page.getByRole('tab', { name: '修改密码' }).click();
    await page.locator('#currentPassword').fill('not my password');
    await page.locator('#newPassword').fill('a brand new passphrase');
    await page.locator('#confirmPassword').fill('a brand new passphrase');
    await page.getByRole('button', { name: '修改密码' }).last().click();
    await page.locator('#currentPassword_help').getByText('当前密码不正确').waitFor();
    await journey.snap('wrong-current-password');

    await page.locator('#currentPassword').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).last().click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByText('密码已修改，所有设备均已退出登录。请使用新密码登录。').waitFor();
    await journey.snap('signed-out-after-password-change');
    await logIn(page, 'founder@demo.opchub.cn', 'a brand new passphrase');
    await journey.snap('signed-in-with-new-password');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
