/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openJourney } from './support/browser';
import { useServerAndBrowser } from './support/server';
import { logIn, openMenuEntry, switchLanguage } from './support/session';

/**
 * Issue #16 item 1 (B.N3): the demo importer — not on the white list at start — applies for its
 * institution; the demo white-list officer lists it with a validity period; the public list then
 * shows it, to a visitor who is not signed in. In zh-Hans, with a look at the public list in
 * English.
 */
const INSTITUTION = '河套深港细胞生物学研究院（演示）';

function field(scope: Page | Locator, testId: string): Locator {
  return scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** No translation key leaks into the page (a missing string shows as its dotted key). */
async function expectNoRawKeys(page: Page) {
  const text = await page.locator('body').innerText();
  expect(
    text.match(
      /\b(nav|titles|common|mine|desk|review|entry|public|tariff|entityType|applicationStatus|entryStatus)\.[a-zA-Z]+/g,
    ),
  ).toBeNull();
}

describe('hetao white list: the importer applies, the officer lists it, the public sees it', () => {
  const env = useServerAndBrowser();

  it('the demo importer applies for its institution', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'white-list-importer');
    const { page } = journey;
    await logIn(page, 'importer@demo.opchub.cn');
    await openMenuEntry(page, 'hetao-white-list-mine');
    const card = page.getByTestId('wl-organisation').filter({ hasText: INSTITUTION });
    await card.getByText('尚未申请列入白名单').waitFor();
    await expectNoRawKeys(page);
    await journey.snap('mine-before');

    const form = card.getByTestId('wl-apply-form');
    await form.getByTestId('wl-entity-type').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: '科技类民办非企业单位',
      })
      .click();
    await field(form, 'wl-address').fill('深圳市福田区河套深港科技创新合作区深圳园区 1 号楼');
    await form.getByTestId('wl-research').fill('细胞生物学基础研究：流式细胞分析与细胞培养。');
    await field(form, 'wl-contact-name-0').fill('陈静怡');
    // Without the declaration of registration in the supervised area (B.E1), nothing is sent.
    await form.getByTestId('wl-submit').click();
    await form.getByText('白名单只接受登记在监管区域内的单位').waitFor();
    await form.getByTestId('wl-registered').check();
    await form.getByTestId('wl-submit').click();
    await card
      .getByTestId('wl-live-application')
      .getByTestId('wl-application-status')
      .getByText('待审核')
      .waitFor();
    await journey.snap('mine-applied');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the demo white-list officer lists it with a validity period', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'white-list-officer');
    const { page } = journey;
    await logIn(page, 'whitelist@demo.opchub.cn');
    // The dashboard no longer says the white list is coming: it is here.
    expect(await page.getByTestId('role-status').count()).toBe(0);
    await openMenuEntry(page, 'hetao-white-list-desk');
    await page.getByTestId('wl-queue').getByRole('link', { name: INSTITUTION }).click();
    await page.getByTestId('wl-list-card').waitFor();
    await expectNoRawKeys(page);
    await journey.snap('application');
    // Right to left: a picker's calendar opens below and to the right of its field.
    for (const [testId, date] of [
      ['wl-valid-until', '2029-02-09'],
      ['wl-valid-from', '2026-02-10'],
    ] as const) {
      const input = field(page, testId);
      await input.click();
      await input.fill(date);
      await input.press('Enter');
      await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
    }
    // Enter in the last date submits the form (as in any form): the entry page opens.
    await page.locator('[data-testid="wl-entry-status"][data-status="listed"]').waitFor();
    await page.getByText('2029-02-09').first().waitFor();
    await journey.snap('entry-listed');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the public list shows it, and the importer sees it listed', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'white-list-public');
    const { page } = journey;
    await page.goto('/');
    await openMenuEntry(page, 'hetao-white-list');
    const row = page.getByTestId('wl-public-table').locator('tr', { hasText: INSTITUTION });
    await row.getByText('在名单内').waitFor();
    await row.getByText('2026-02-10').waitFor();
    await row.getByText('2029-02-09').waitFor();
    await expectNoRawKeys(page);
    await journey.snap('public-zh-Hans');
    await switchLanguage(page, 'en');
    await row.getByText('On the list').waitFor();
    await expectNoRawKeys(page);
    await journey.snap('public-en');

    await logIn(page, 'importer@demo.opchub.cn');
    await switchLanguage(page, 'zh-Hans');
    await openMenuEntry(page, 'hetao-white-list-mine');
    const card = page.getByTestId('wl-organisation').filter({ hasText: INSTITUTION });
    await card.locator('[data-testid="wl-entry-status"][data-status="listed"]').waitFor();
    expect(await card.getByTestId('wl-apply-form').count()).toBe(0);
    await journey.snap('mine-listed');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);
});
