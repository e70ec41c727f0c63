/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openJourney, PHONE } from './support/browser';
import { useServerAndBrowser } from './support/server';
import { logIn, openMenuEntry, switchLanguage } from './support/session';

/**
 * Issue #14 item 8, "done when": a founder applies to the demo operator's community; the demo
 * operator records a desk's rents, publishes the community's ladder (A.S2 gives no team sizes:
 * the operator's own parameters, unpublished until then), admits the application and allocates
 * the desk; the founder sees the lease with its rent and subsidy in yuan. In zh-Hans, with a
 * look at the operator's desk in English and both sides at phone width.
 */
const COMMUNITY = '南山OPC社区（演示）';
const DESK = '演示工位 D-01';

/** An Ant Design number input or plain input found by its data-testid. */
function field(scope: Page | Locator, testId: string): Locator {
  return scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** No translation key leaks into the page (a missing string shows as its dotted key). */
async function expectNoRawKeys(page: Page) {
  const text = await page.locator('body').innerText();
  expect(
    text.match(
      /\b(nav|titles|common|operate|company|register|validation|kinds|rung|routes|communityStatus|applicationStatus|leaseStatus)\.[a-zA-Z]+/g,
    ),
  ).toBeNull();
}

/** Amounts are yuan (¥ with thousands separators), never bare fen. */
async function expectNoBareFen(scope: Locator, fen: number) {
  expect(await scope.innerText()).not.toContain(String(fen));
}

describe('spaces: a founder applies, the operator admits and allocates a desk, the founder sees the lease', () => {
  const env = useServerAndBrowser();
  let companyName = '';

  it('the founder applies to the demo community (a wrong count is explained first)', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'spaces-founder');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'spaces-company');
    await page.getByTestId('my-leases').getByText('尚未分配空间').waitFor();
    await expectNoRawKeys(page);
    await journey.snap('company-before');
    const community = page.locator(`[data-testid="open-community"][data-name="${COMMUNITY}"]`);
    await community.getByText('运营方尚未公布').waitFor();
    await community.getByTestId('apply').click();
    const dialog = page.locator('.ant-modal:visible');
    await field(dialog, 'team-size').fill('1');
    await field(dialog, 'ai-founders').fill('3');
    await dialog.locator('.ant-btn-primary').click();
    await dialog.getByText('AI 创业者人数不能超过团队人数').waitFor();
    await journey.snap('apply-too-many-founders');
    await field(dialog, 'ai-founders').fill('1');
    await dialog.locator('.ant-btn-primary').click();
    await dialog.waitFor({ state: 'detached' });
    const application = page.getByTestId('my-application').filter({ hasText: COMMUNITY });
    await application
      .locator('[data-testid="application-status"][data-status="submitted"]')
      .waitFor();
    await community.getByText('已申请').waitFor();
    await journey.snap('company-applied');
    companyName = await page.evaluate(async () => {
      const response = await fetch('/api/v1/organisations');
      const [company] = (await response.json()) as { name: string }[];
      return company?.name ?? '';
    });
    expect(companyName).not.toBe('');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the operator records rents, publishes the ladder, admits and allocates a desk', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'spaces-operator');
    const { page } = journey;
    await logIn(page, 'operator@demo.opchub.cn');
    await openMenuEntry(page, 'spaces-operate');
    await page.getByTestId('community-name').filter({ hasText: COMMUNITY }).waitFor();
    // The ladder is the operator's own parameter, unpublished until set.
    const ladder = page.getByTestId('ladder-card');
    expect(await ladder.getByTestId('threshold-unpublished').count()).toBe(2);
    await ladder.getByText('未给出人数标准').waitFor();
    const desk = page.locator(`[data-testid="unit-card"][data-label="${DESK}"]`);
    await desk.getByText('未登记').first().waitFor();
    await expectNoRawKeys(page);
    await journey.snap('workspace-ladder-unpublished');

    // The desk's rents, in yuan, in force from today with their source.
    await desk.getByRole('button').click();
    const unitDialog = page.locator('.ant-modal:visible');
    await field(unitDialog, 'low-cost-yuan').fill('800');
    await field(unitDialog, 'market-yuan').fill('2000');
    await unitDialog.locator('.ant-btn-primary').click();
    await unitDialog.getByText('此项为必填项').waitFor(); // the source of the rent
    await field(unitDialog, 'rent-source').fill('演示：社区 2026 年收费标准');
    await unitDialog.locator('.ant-btn-primary').click();
    await unitDialog.waitFor({ state: 'detached' });
    await desk.getByTestId('low-cost-rent').filter({ hasText: '¥800.00/月' }).waitFor();
    await desk.getByText('¥2,000.00/月').waitFor();

    // The ladder: a desk for a team of up to 2, an office up to 10, a floor beyond.
    await field(ladder, 'desk-max').fill('2');
    await field(ladder, 'office-max').fill('10');
    await ladder.getByTestId('ladder-source').fill('演示：社区运营委员会决定');
    await ladder.getByTestId('save-ladder').click();
    await ladder.getByTestId('ladder-set-at').waitFor();
    expect(await ladder.getByTestId('threshold-unpublished').count()).toBe(0);
    await journey.snap('workspace-ladder-published');

    // The queue: a decline needs its reason, and can be cancelled.
    await page.getByTestId('tab-applications').click();
    const row = page
      .getByTestId('applications')
      .locator('.ant-table-row', { hasText: companyName });
    await row.locator('[data-status="submitted"]').waitFor();
    await row.getByText('工位档').waitFor();
    await journey.snap('applications-submitted');
    await row.getByTestId('decline').click();
    const declineDialog = page.locator('.ant-modal:visible');
    await declineDialog.locator('.ant-btn-dangerous').click();
    await declineDialog.getByText('此项为必填项').waitFor();
    await journey.snap('decline-needs-reason');
    await declineDialog.getByRole('button', { name: '取消' }).click();
    await declineDialog.waitFor({ state: 'detached' });

    await row.getByTestId('admit').click();
    await page.locator('.ant-modal-confirm .ant-modal-confirm-btns .ant-btn-primary').click();
    await row.locator('[data-status="admitted"]').waitFor();

    // Allocation: the free desks are offered; the rent and subsidy come from the desk's rents.
    await row.getByTestId('allocate').click();
    const allocate = page.locator('.ant-modal:visible');
    await allocate.locator(`[data-testid="offer-unit"][data-label="${DESK}"]`).click();
    await expect.poll(() => field(allocate, 'lease-rent').inputValue()).toBe('2000');
    expect(await field(allocate, 'lease-subsidy').inputValue()).toBe('1200');
    await allocate.getByTestId('company-pays').filter({ hasText: '¥800.00' }).waitFor();
    await journey.snap('allocate-desk');
    await allocate.locator('.ant-modal-footer .ant-btn-primary').click();
    await allocate.waitFor({ state: 'detached' });
    await row.locator('[data-status="allocated"]').waitFor();

    await page.getByTestId('tab-leases').click();
    const lease = page.getByTestId('leases').locator('.ant-table-row', { hasText: DESK });
    await lease.getByText('¥2,000.00').waitFor();
    await lease.getByText('¥1,200.00').waitFor();
    await expectNoBareFen(page.getByTestId('leases'), 200_000);
    await journey.snap('leases');

    await page.getByTestId('tab-occupancy').click();
    const occupancy = page.getByTestId('occupancy');
    await occupancy.getByText('共 7 个单元，已占用 1 个').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      occupancy.getByTestId('export-occupancy').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(DESK);
    expect(csv).toContain(companyName);
    expect(csv).toContain('2000.00');
    await journey.snap('occupancy');

    // The same desk in English.
    await switchLanguage(page, 'en');
    await page.getByTestId('tab-units').click();
    await page.getByText("Ladder thresholds (the operator's parameters)").waitFor();
    await desk.getByText('Occupied').waitFor();
    await desk.getByText('¥800.00/month').waitFor();
    await expectNoRawKeys(page);
    await journey.snap('workspace-en');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();

    const phone = await openJourney(env.browser, env.server.url, 'spaces-operator-phone', {
      viewport: PHONE,
      isMobile: true,
    });
    await logIn(phone.page, 'operator@demo.opchub.cn');
    await phone.page.goto('/spaces/operate');
    await phone.page.locator(`[data-testid="unit-card"][data-label="${DESK}"]`).waitFor();
    await phone.snap('workspace-phone');
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  }, 240_000);

  it('the founder sees the lease: the desk, the dates, rent and subsidy in yuan (also on a phone)', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'spaces-founder-lease');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'spaces-company');
    const lease = page.getByTestId('my-lease');
    await lease.getByTestId('lease-unit').filter({ hasText: DESK }).waitFor();
    expect(await lease.getByTestId('lease-rent').innerText()).toBe('¥2,000.00');
    expect(await lease.getByTestId('lease-subsidy').innerText()).toBe('¥1,200.00');
    await lease.getByTestId('lease-pays').filter({ hasText: '¥800.00' }).waitFor();
    await page
      .getByTestId('my-application')
      .locator('[data-testid="application-status"][data-status="allocated"]')
      .waitFor();
    await expectNoBareFen(lease, 200_000);
    await expectNoRawKeys(page);
    await journey.snap('company-lease');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();

    const phone = await openJourney(env.browser, env.server.url, 'spaces-founder-phone', {
      viewport: PHONE,
      isMobile: true,
    });
    await logIn(phone.page, 'founder@demo.opchub.cn');
    await phone.page.goto('/spaces');
    await phone.page.getByTestId('my-lease').getByTestId('lease-unit').waitFor();
    await phone.snap('company-lease-phone');
    expect(
      await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  }, 180_000);
  it('the administrator keeps the register: a community under 10,000 m² needs its reason (A.S1)', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'spaces-admin');
    const { page } = journey;
    await logIn(page, 'admin@demo.opchub.cn');
    await openMenuEntry(page, 'spaces-register');
    await page.locator('.ant-table-row', { hasText: COMMUNITY }).waitFor();
    await expectNoRawKeys(page);
    await journey.snap('register');
    await page.getByTestId('add-community').click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByTestId('community-nameZhHans').fill('测试社区');
    await dialog.getByTestId('community-nameZhHant').fill('測試社區');
    await dialog.getByTestId('community-nameEn').fill('Test community');
    await field(dialog, 'community-area').fill('5000');
    await dialog.getByTestId('below-area-reason').waitFor();
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.getByText('面积不足 1 万平方米时须说明理由（A.S1）').waitFor();
    await journey.snap('register-needs-reason');
    // The way back: nothing is saved on cancel.
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.ant-table-row', { hasText: '测试社区' }).count()).toBe(0);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 120_000);
});
