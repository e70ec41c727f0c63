/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { openJourney } from './support/browser';
import { logIn } from './support/session';
import { useServerAndBrowser } from './support/server';

/**
 * Finance reads a budget line's ledger (issue #19): the budgets page opens the ledger of a line in
 * a drawer — its first page, oldest first, and whether the whole ledger reconciles. The demo
 * seed approves one settlement subsidy, so that line's ledger holds its reservation.
 */
describe('finance: the ledger of a budget line', () => {
  const env = useServerAndBrowser();

  it('finance opens the settlement subsidy line and sees its reservation, reconciled', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'finance-ledger');
    const { page } = journey;
    await logIn(page, 'finance@demo.opchub.cn');
    await page.goto('/finance/budgets');
    const row = page.locator('.ant-table-row', { hasText: '新引进人才入户补贴' }).first();
    await row.getByTestId('ledger').click();
    const drawer = page.locator('.ant-drawer:visible');
    await drawer
      .locator('[data-testid="ledger-reconciled"]', { hasText: '台账与预算一致' })
      .waitFor();
    await drawer.locator('.ant-table-row', { hasText: '预留' }).first().waitFor();
    // The demo ledger is short: one page, so no "load more".
    expect(await drawer.getByTestId('ledger-more').count()).toBe(0);
    await journey.snap('ledger');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
