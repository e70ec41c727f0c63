/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { openJourney } from './support/browser';
import { useServerAndBrowser } from './support/server';

/**
 * The API documentation (Swagger UI at /api/docs) under its own Content-Security-Policy: it
 * renders every operation, with no violation (useServerAndBrowser fails the journey on one).
 */
describe('the API documentation', () => {
  const env = useServerAndBrowser();

  it('renders the operations under its Content-Security-Policy', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'api-docs');
    const { page } = journey;
    const response = await page.goto('/api/docs/');
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    await page.getByText('OPC Hub API').first().waitFor();
    await page.locator('.opblock').first().waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(50);
    // Opening an operation renders its schemas (more components, more run-time styles).
    await page.locator('.opblock-summary').first().click();
    await page.locator('.opblock-body').first().waitFor();
    await journey.snap('api-docs');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
