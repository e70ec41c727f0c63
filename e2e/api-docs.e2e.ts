/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { openJourney } from './support/browser';
import { useServerAndBrowser } from './support/server';

/**
 * The API documentation (Swagger UI at /api/docs) under its own Content-Security-Policy: it
 * lists every tag, and opening a tag renders its operations, with no violation
 * (useServerAndBrowser fails the journey on one). Tags start closed: see src/http/openapi.ts.
 */
describe('the API documentation', () => {
  const env = useServerAndBrowser();

  it('renders the operations under its Content-Security-Policy', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'api-docs');
    const { page } = journey;
    const response = await page.goto('/api/docs/');
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    await page.getByText('OPC Hub API').first().waitFor();
    await page.locator('h3.opblock-tag').first().waitFor();
    expect(await page.locator('h3.opblock-tag').count()).toBeGreaterThanOrEqual(12);
    // Each tag opens on its own and shows its operations (the providers' API among them).
    let opened = 0;
    for (const tag of ['accounts', 'rules', 'vouchers-provider']) {
      await page.locator(`h3#operations-tag-${tag}`).click();
      await page.locator(`#operations-tag-${tag} ~ div .opblock`).first().waitFor();
      opened += await page.locator(`#operations-tag-${tag} ~ div .opblock`).count();
      await page.locator(`h3#operations-tag-${tag}`).click(); // closes it again
    }
    expect(opened).toBeGreaterThan(20);
    await page.locator('h3#operations-tag-vouchers-provider').click();
    // Opening an operation renders its schemas (more components, more run-time styles).
    await page.locator('.opblock-summary').first().click();
    await page.locator('.opblock-body').first().waitFor();
    await journey.snap('api-docs');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
