import { describe, expect, it } from 'vitest';
import { openJourney, PHONE, type Page } from '../support/browser';
import { logIn, logOut, menuKeys } from '../support/session';
import { useServerAndBrowser } from '../support/server';

/** Nothing wider than the screen: no sideways scrolling on a 375 px phone. */
async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.content).toBeLessThanOrEqual(widths.viewport);
}

describe('on a phone (375 × 812)', () => {
  const env = useServerAndBrowser();

  it('a founder signs in, finds the menu in a drawer and registers an organisation', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'phone-founder', {
      viewport: PHONE,
      isMobile: true,
    });
    const { page } = journey;
    await page.goto('/');
    await page.getByTestId('landing-sign-in').waitFor();
    expect((await page.getByTestId('product-name').textContent())?.trim()).toBe('OPC Hub');
    await expectNoSidewaysScroll(page);
    await journey.snap('landing');

    await logIn(page, 'importer@demo.opchub.cn');
    await expectNoSidewaysScroll(page);
    await journey.snap('dashboard');

    // No side menu on a phone: it is behind the menu button, in a drawer.
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    await page.getByTestId('open-menu').click();
    const drawer = page.locator('.opc-nav-drawer');
    await drawer.locator('[data-nav-key="organisations"]').waitFor();
    await journey.snap('menu-drawer');
    const drawerKeys = await menuKeys(page);
    expect(drawerKeys).toContain('organisations');
    expect(drawerKeys).toContain('profile');
    expect(drawerKeys).not.toContain('admin-users');
    await drawer.locator('[data-nav-key="organisations"]').click();
    await drawer.locator('[data-nav-key="organisations"]').waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: '我的机构' }).waitFor();
    await page.getByText('河套深港细胞生物学研究院（演示）').waitFor();
    await expectNoSidewaysScroll(page);
    await journey.snap('organisations');

    await page.getByTestId('register-organisation').click();
    await page.getByRole('heading', { name: '登记机构' }).waitFor();
    // The code is checked as it is typed: a wrong check character is caught at once.
    await page.getByTestId('credit-code').fill('91440300ma5d7e8n1x');
    await page.getByText('校验位（第 18 位）不正确，请核对后重新输入').waitFor();
    expect(await page.getByTestId('credit-code').inputValue()).toBe('91440300MA5D7E8N1X');
    await expectNoSidewaysScroll(page);
    await journey.snap('credit-code-wrong');
    await page.getByTestId('credit-code').fill('91440300MA5D7E8N1L');
    await page
      .getByText('校验位（第 18 位）不正确，请核对后重新输入')
      .waitFor({ state: 'detached' });
    await page.locator('#name').fill('深圳测试手机科技有限公司');
    await page.locator('#kind').click();
    await page.locator('.ant-select-item-option[title="企业"]').click();
    await journey.snap('organisation-form-filled');
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('heading', { name: '深圳测试手机科技有限公司' }).waitFor();
    await page.locator('.ant-tag', { hasText: '创始人' }).first().waitFor();
    await expectNoSidewaysScroll(page);
    // Nor does the member list scroll inside its card: minor columns give way on a phone.
    expect(
      await page
        .getByTestId('members')
        .locator('.ant-table-content')
        .evaluate((table) => table.scrollWidth - table.clientWidth),
    ).toBeLessThanOrEqual(1);
    await journey.snap('organisation-created');

    // The organisations list reads the same way.
    await page.goto('/organisations');
    await page.getByText('深圳测试手机科技有限公司').first().waitFor();
    expect(
      await page
        .locator('.ant-table-content')
        .first()
        .evaluate((table) => table.scrollWidth - table.clientWidth),
    ).toBeLessThanOrEqual(1);

    await logOut(page);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
