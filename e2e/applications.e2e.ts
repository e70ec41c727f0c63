/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { openJourney, PHONE, type Page } from './support/browser';
import { logIn, switchLanguage } from './support/session';
import { useServerAndBrowser } from './support/server';

/**
 * The whole path in the browser (issue #4 "Done when"): the demo founder applies for the
 * settlement subsidy with evidence, the demo reviewer recommends, the second reviewer approves
 * (four eyes), demo finance pays through a batch and the bank's result file, and the founder
 * sees it paid — checked in Traditional Chinese and English too, on a phone.
 *
 * The tier amount is the DEMO value the demo seed enters (A.P2 publishes none).
 */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function confirmPopover(page: Page) {
  await page.locator('.ant-popover:visible .ant-btn-primary').click();
}

/**
 * Nothing scrolls sideways: not the page (NOTE: on an emulated phone the layout viewport grows
 * with wide content, so the page is compared with the screen) nor a table inside it.
 */
async function expectNothingScrollsSideways(page: Page) {
  const wide = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('body *')]
      .filter((element) => {
        if (element === document.documentElement)
          return element.scrollWidth > window.screen.width + 1;
        const overflow = getComputedStyle(element).overflowX;
        const scrolls = overflow === 'auto' || overflow === 'scroll';
        return scrolls && element.scrollWidth > element.clientWidth + 1;
      })
      .map((element) => `${element.tagName}.${element.className}`),
  );
  expect(wide).toEqual([]);
}

describe('settlement subsidy: apply → approve → pay → paid', () => {
  const env = useServerAndBrowser();
  let applicationId = '';

  it('the founder applies from the navigator link with answers and evidence', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'applications-founder-applies');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await page.goto('/applications/new?policy=talent.settlement-subsidy');
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    applicationId = page.url().split('/').pop()!;
    await page.getByTestId('application-form').waitFor();
    await journey.snap('form');

    await page.locator('[data-fact="person.newlyArrived"] .ant-radio-wrapper').first().click();
    await page.locator('[data-fact="person.highestDegree"] .ant-select').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="硕士"]')
      .click();
    await page
      .locator('[data-fact="person.benefitsReceived"] [data-testid="none-of-these"]')
      .click();
    await page.getByTestId('payee-name').fill('林晓峰');
    await page.getByTestId('payee-bank').fill('中国银行深圳分行');
    await page.getByTestId('payee-account').fill('6217000012345678');
    for (const documentId of ['degree-certificate', 'household-registration', 'bank-account']) {
      await page
        .locator(`[data-document="${documentId}"] input[type="file"]`)
        .setInputFiles({ name: `${documentId}.pdf`, mimeType: 'application/pdf', buffer: pdf });
      await page
        .locator(`[data-document="${documentId}"] a`, { hasText: `${documentId}.pdf` })
        .waitFor();
    }
    await journey.snap('filled');
    await page.getByTestId('submit-application').click();
    await confirmPopover(page);
    await page.locator('[data-testid="application-status"][data-status="in_review"]').waitFor();
    await journey.snap('in-review');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('the reviewer sees the engine trace beside the evidence and recommends approval', async () => {
    const journey = await openJourney(
      env.browser,
      env.server.url,
      'applications-reviewer-recommends',
    );
    const { page } = journey;
    await logIn(page, 'reviewer@demo.opchub.cn');
    await page.goto('/review');
    await page.locator(`a[href="/review/${applicationId}"]`).click();
    await page.getByTestId('engine-trace').waitFor();
    expect(await page.getByTestId('engine-status').getAttribute('data-status')).toBe('eligible');
    expect(await page.getByTestId('evidence-link').count()).toBe(3);
    await page.getByTestId('recommend-note').fill('学历证书与入户材料已核对');
    await journey.snap('recommend');
    await page.getByTestId('recommend-submit').click();
    await page.getByTestId('recommendation').waitFor();
    // Four eyes: the recommending reviewer is not offered the approval.
    expect(await page.getByTestId('decide-approve').count()).toBe(0);
    // In English, even on a phone-sized window, every card title is whole: none is cut off
    // by the buttons beside it (the engine card's replay button).
    await page.setViewportSize(PHONE);
    await switchLanguage(page, 'en');
    await page.getByTestId('engine-card').getByText('Rules engine').waitFor();
    const cutTitles = await page.evaluate(() =>
      [...document.querySelectorAll('.ant-card-head-title')]
        .filter((title) => title.scrollWidth > title.clientWidth + 1)
        .map((title) => title.textContent),
    );
    expect(cutTitles).toEqual([]);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('the second reviewer approves', async () => {
    const journey = await openJourney(
      env.browser,
      env.server.url,
      'applications-reviewer2-approves',
    );
    const { page } = journey;
    await logIn(page, 'reviewer2@demo.opchub.cn');
    await page.goto(`/review/${applicationId}`);
    await page.getByTestId('decide-approve').click();
    await confirmPopover(page);
    await page.locator('[data-testid="application-status"][data-status="approved"]').waitFor();
    await journey.snap('approved');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('finance builds a batch, and imports the bank result', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'applications-finance-pays');
    const { page } = journey;
    await logIn(page, 'finance@demo.opchub.cn');
    await page.goto('/finance/payments');
    // Each payable application names its benefit in the reader's language, not by its id.
    await page.getByTestId('payable').getByText('新引进人才入户补贴').first().waitFor();
    expect(await page.getByTestId('payable').textContent()).not.toContain(
      'talent.settlement-subsidy',
    );
    await page.getByTestId('build-batch').click();
    await confirmPopover(page);
    await page.waitForURL(/\/finance\/payments\/[0-9a-f-]{36}$/);
    const batchId = page.url().split('/').pop()!;
    await page.getByTestId('batch-reconciled').waitFor();
    const exported = await page.request.get(
      `/api/v1/payments/batches/${batchId}/export?format=csv`,
    );
    const [header, ...lines] = (await exported.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const result = [
      header,
      ...lines.map((line, index) => {
        const cells = line.split(',');
        cells[8] = 'paid';
        cells[9] = `E2E-BANK-${index + 1}`;
        return cells.join(',');
      }),
    ].join('\r\n');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'result.csv', mimeType: 'text/csv', buffer: Buffer.from(result) });
    await page.locator('[data-testid="line-status"]', { hasText: '已付款' }).first().waitFor();
    await journey.snap('paid');
    expect(await page.locator('[data-testid="line-status"]', { hasText: '已付款' }).count()).toBe(
      lines.length,
    );
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('the founder sees it paid, on a phone, in all three languages', async () => {
    const journey = await openJourney(
      env.browser,
      env.server.url,
      'applications-founder-sees-paid',
      {
        viewport: PHONE,
        isMobile: true,
      },
    );
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await page.goto(`/applications/${applicationId}`);
    await page.locator('[data-testid="application-status"][data-status="paid"]').waitFor();
    expect(await page.getByTestId('application-status').textContent()).toBe('已付款');
    await journey.snap('paid-zh-hans');
    await switchLanguage(page, 'zh-Hant');
    await page.locator('[data-testid="application-status"]', { hasText: '已付款' }).waitFor();
    await switchLanguage(page, 'en');
    await page.locator('[data-testid="application-status"]', { hasText: 'Paid' }).waitFor();
    expect(await page.getByTestId('approved-amount').textContent()).toBe('¥60,000.00');
    // Questions and condition labels come from the server in the language asked for.
    await page.getByText('What is your highest degree?').waitFor();
    await page.getByText('Newly brought in to Shenzhen (A.P2)').waitFor();
    await journey.snap('paid-en');
    await page.goto('/applications');
    await page.getByTestId('application-link').first().waitFor();
    // On a phone each application is a card: its amounts read without a sideways scroll.
    expect(await page.getByTestId('approved-amount').first().textContent()).toBe('¥60,000.00');
    await expectNothingScrollsSideways(page);
    // Applying from the catalogue: the benefits are offered by name, in the UI language.
    await page.getByTestId('choose-policy').click();
    await page.keyboard.type('Housing allowance');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: 'Housing allowance for young talent',
      })
      .waitFor();
    await page.keyboard.press('Escape');
    await journey.snap('my-applications-en');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
