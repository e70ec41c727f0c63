import { describe, expect, it } from 'vitest';
import { openJourney, PHONE, type Page } from './support/browser';
import { logIn, switchLanguage } from './support/session';
import { useServerAndBrowser } from './support/server';

/**
 * Issue #10, items 1, 10 and 11: the applicant's and the reviewer's pages as a newcomer finds
 * them — the benefit named, the only company chosen, gaps shown before "submit?", a draft
 * deleted (not withdrawn), amounts asked and approved; the reviewer reads questions and answers
 * in words (money in yuan, not fen), results in the screen's language, who recommended, a
 * placeholder cap marked, imperative buttons, and an engine table that fits its card.
 */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A JSON request from the signed-in page, with the CSRF header the web app sends. */
async function call(page: Page, method: string, path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'opc_csrf');
  const response = await page.request.fetch(`/api/v1${path}`, {
    method,
    headers: { 'x-csrf-token': csrf?.value ?? '' },
    ...(data !== undefined ? { data } : {}),
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json() as Promise<Record<string, never>>;
}

describe('applying and reviewing, as a newcomer finds it', () => {
  const env = useServerAndBrowser();
  let voucherApplicationId = '';

  it('the founder applies for a company benefit: named, company chosen, checked, deletable', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'newcomer-founder-applies');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/v1/') && response.status() >= 400)
        failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('/applications/new?policy=voucher.compute');
    await page.getByTestId('applying-for').filter({ hasText: '训力券' }).waitFor();
    // The founder's only company is chosen already; nothing was sent before that (no 400).
    await page
      .getByTestId('choose-organisation')
      .filter({ hasText: '深圳晓峰智能科技有限公司' })
      .waitFor();
    expect(await page.getByTestId('start-for-organisation').isEnabled()).toBe(true);
    expect(failed).toEqual([]);
    await journey.snap('new-named-company-chosen');
    await page.getByTestId('start-for-organisation').click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    const draftId = page.url().split('/').pop()!;
    await page.getByTestId('application-form').waitFor();
    // A draft is deleted, not withdrawn.
    expect(await page.getByTestId('delete-draft').count()).toBe(1);
    expect(await page.getByTestId('withdraw').count()).toBe(0);
    // Submitting with gaps lists them first; the "submit?" question is not asked.
    await page.getByTestId('submit-application').click();
    await page.getByTestId('submit-problems').waitFor();
    expect(await page.locator('.ant-popover:visible').count()).toBe(0);
    expect(await page.getByTestId('submit-problems').textContent()).toContain('未上传');
    await journey.snap('gaps-before-submit');
    await page.getByTestId('delete-draft').click();
    await page.locator('.ant-popover:visible .ant-btn-dangerous').click();
    await page.waitForURL((url) => url.pathname === '/applications');
    const gone = await page.request.get(`/api/v1/applications/${draftId}`);
    expect(gone.status()).toBe(404);

    // The same benefit again, filled in through the API, with a ¥4,000,000 contract.
    const organisations = (await call(page, 'GET', '/organisations')) as unknown as {
      id: string;
    }[];
    const started = await call(page, 'POST', '/applications', {
      policyId: 'voucher.compute',
      organisationId: organisations[0]!.id,
    });
    const application = started.application as unknown as { id: string; version: number };
    voucherApplicationId = application.id;
    await call(page, 'PATCH', `/applications/${application.id}`, {
      version: application.version,
      facts: {
        person: { hasCompany: true },
        company: {
          isStartup: true,
          teamSize: 3,
          plannedPurchase: { kind: 'compute', amountFen: 400_000_000, relatedParty: false },
          vouchersReceivedFen: { compute: 0 },
        },
      },
    });
    for (const documentId of [
      'purchase-contract',
      'no-related-party-declaration',
      'business-licence',
    ])
      await page.request.post(`/api/v1/applications/${application.id}/evidence`, {
        headers: {
          'x-csrf-token':
            (await page.context().cookies()).find((cookie) => cookie.name === 'opc_csrf')?.value ??
            '',
        },
        multipart: {
          documentId,
          file: { name: `${documentId}.pdf`, mimeType: 'application/pdf', buffer: pdf },
        },
      });
    await call(page, 'POST', `/applications/${application.id}/submit`);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('the reviewer reads the declaration in words, in Chinese and English', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'newcomer-reviewer-reads');
    const { page } = journey;
    await logIn(page, 'reviewer@demo.opchub.cn');
    await page.goto(`/review/${voucherApplicationId}`);
    const declared = page.getByTestId('declared-facts');
    await declared.locator('[data-fact="company.plannedPurchase.amountFen"]').waitFor();
    // Money in yuan (not fen shown as yuan), options and yes/no in words, questions not keys.
    expect(
      await declared.locator('[data-fact="company.plannedPurchase.amountFen"]').textContent(),
    ).toBe('¥4,000,000.00');
    expect(await declared.locator('[data-fact="company.plannedPurchase.kind"]').textContent()).toBe(
      '算力（训力券）',
    );
    const text = (await declared.textContent()) ?? '';
    expect(text).not.toContain('400000000');
    expect(text).not.toContain('company.teamSize');
    expect(text).toContain('您的团队有多少人');
    // The trace: results in words, "not a related party" as a plain "否" under its question.
    const trace = page.getByTestId('engine-trace');
    expect(await trace.getByTestId('criterion-result').first().textContent()).toBe('符合');
    expect(await trace.textContent()).not.toMatch(/\bmet\b|✗|✓/);
    expect(await trace.textContent()).toContain('服务商是否为您企业的关联方？ 否');
    // The table fits its card: nothing scrolls sideways.
    const overflow = await page
      .getByTestId('engine-card')
      .evaluate((card) => card.scrollWidth - card.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await journey.snap('declared-zh-hans');
    await switchLanguage(page, 'en');
    await declared.getByText('How many people are in your team, yourself included?').waitFor();
    expect(await trace.getByTestId('criterion-result').first().textContent()).toBe('Met');
    expect(await page.getByTestId('decide-return').textContent()).toBe('Return for information');
    expect(await page.getByTestId('decide-reject').textContent()).toBe('Reject');
    await journey.snap('declared-en');
    await switchLanguage(page, 'zh-Hant');
    await declared.getByText('您的團隊有多少人（含您本人）？').waitFor();
    await journey.snap('declared-zh-hant');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('the approver sees who recommended, by name, and the placeholder cap marked, on a phone', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'newcomer-approver', {
      viewport: PHONE,
      isMobile: true,
    });
    const { page } = journey;
    await logIn(page, 'reviewer2@demo.opchub.cn');
    await page.goto('/review');
    // The demo's OPC-000001 was recommended by the first demo reviewer (张慧敏).
    await page.locator('[data-testid="queue-link"][data-reference="OPC-000001"]').click();
    await page.getByTestId('recommendation').waitFor();
    expect(await page.getByTestId('recommendation').textContent()).toContain('张慧敏');
    await page.getByTestId('cap-placeholder').waitFor();
    expect(await page.getByTestId('decide-approve').textContent()).toBe('批准');
    const overflow = await page
      .getByTestId('engine-card')
      .evaluate((card) => card.scrollWidth - card.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await journey.snap('approver-phone');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('the founder sees the amount asked and approved in My applications', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'newcomer-founder-amounts', {
      viewport: PHONE,
      isMobile: true,
    });
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await page.goto('/applications/new?policy=talent.settlement-subsidy');
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await page.getByTestId('application-amounts').waitFor();
    expect(await page.getByTestId('application-amounts').textContent()).toContain('申请金额');
    await journey.snap('application-amounts');
    await page.goto('/applications');
    await page.getByTestId('requested-amount').first().waitFor();
    await journey.snap('mine-amounts');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
