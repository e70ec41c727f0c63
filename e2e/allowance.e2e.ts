import { describe, expect, it } from 'vitest';
import { openJourney, PHONE, type Page } from './support/browser';
import { logIn, switchLanguage } from './support/session';
import { useServerAndBrowser } from './support/server';

/**
 * The housing allowance is monthly (issue #9 item 12, A.P8): the demo importer's allowance is
 * approved (four eyes), the applicant sees 24 monthly instalments of ¥1,250 in all three
 * languages, finance sees the due list, and a reviewer stops the schedule with a reason.
 */
async function confirmPopover(page: Page) {
  await page.locator('.ant-popover:visible .ant-btn-primary').click();
}

describe('housing allowance: approved → a monthly schedule → stopped', () => {
  const env = useServerAndBrowser();
  let applicationId = '';

  it('two reviewers approve the demo importer’s housing allowance', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'allowance-approved');
    const { page } = journey;
    await logIn(page, 'reviewer@demo.opchub.cn');
    const queue = await page.request.get('/api/v1/review/queue?policyId=housing.allowance');
    applicationId = (await queue.json()).items[0].id;
    await page.goto(`/review/${applicationId}`);
    await page.getByTestId('recommend-note').fill('青年人才条件与营业执照已核对');
    await page.getByTestId('recommend-submit').click();
    await page.getByTestId('recommendation').waitFor();
    await journey.context.clearCookies();
    await logIn(page, 'reviewer2@demo.opchub.cn');
    await page.goto(`/review/${applicationId}`);
    await page.getByTestId('decide-approve').click();
    await confirmPopover(page);
    await page.locator('[data-testid="application-status"][data-status="approved"]').waitFor();
    await page.getByTestId('allowance-schedule').waitFor();
    await journey.snap('approved-schedule');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('the applicant sees 24 months of ¥1,250, on a phone, in all three languages', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'allowance-applicant', {
      viewport: PHONE,
      isMobile: true,
    });
    const { page } = journey;
    await logIn(page, 'importer@demo.opchub.cn');
    await page.goto(`/applications/${applicationId}`);
    const summary = page.getByTestId('allowance-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('每月 ¥1,250.00，共 24 个月');
    expect(await summary.textContent()).toContain('合计 ¥30,000.00');
    // 12 months a page; none due yet: the first is the month after the approval.
    expect(await page.getByTestId('instalment-status').count()).toBe(12);
    expect(await page.getByTestId('instalment-status').first().getAttribute('data-status')).toBe(
      'scheduled',
    );
    // The schedule reads on a phone: its table does not scroll sideways.
    const sideways = await page
      .getByTestId('allowance-schedule')
      .locator('.ant-table-content')
      .evaluate((table) => table.scrollWidth - table.clientWidth);
    expect(sideways).toBeLessThanOrEqual(1);
    await journey.snap('schedule-zh-hans');
    await switchLanguage(page, 'zh-Hant');
    await page.getByTestId('allowance-summary').filter({ hasText: '共 24 個月' }).waitFor();
    await switchLanguage(page, 'en');
    await page
      .getByTestId('allowance-summary')
      .filter({ hasText: '¥1,250.00 a month for 24 months' })
      .waitFor();
    expect(await page.getByTestId('allowance-schedule-status').textContent()).toBe('Being paid');
    await journey.snap('schedule-en');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('finance sees the due instalments (none before the first month)', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'allowance-finance');
    const { page } = journey;
    await logIn(page, 'finance@demo.opchub.cn');
    await page.goto('/finance/payments');
    await page.getByTestId('due-instalments').getByText('没有到期的分期').waitFor();
    await journey.snap('due');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('a reviewer stops the schedule with a reason, and the applicant is told why', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'allowance-stopped');
    const { page } = journey;
    await logIn(page, 'reviewer@demo.opchub.cn');
    await page.goto(`/review/${applicationId}`);
    await page.getByTestId('allowance-stop-reason').fill('已不再符合青年人才政策条件');
    await page.getByTestId('allowance-stop-submit').click();
    await confirmPopover(page);
    await page.getByTestId('allowance-schedule-status').filter({ hasText: '已停止' }).waitFor();
    await page
      .getByTestId('allowance-stop')
      .filter({ hasText: '已不再符合青年人才政策条件' })
      .waitFor();
    await journey.snap('stopped');
    await journey.context.clearCookies();
    await logIn(page, 'importer@demo.opchub.cn');
    await page.goto(`/applications/${applicationId}`);
    // In English whatever an earlier journey left saved on the account.
    await switchLanguage(page, 'en');
    await page
      .getByTestId('allowance-stop')
      .filter({ hasText: 'Reason: 已不再符合青年人才政策条件' })
      .waitFor();
    await page.getByTestId('application-timeline').getByText('Monthly payments stopped').waitFor();
    await journey.snap('applicant-sees-stop');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
