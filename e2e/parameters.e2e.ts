/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { openJourney } from './support/browser';
import { logIn, openMenuEntry } from './support/session';
import { useServerAndBrowser } from './support/server';

/**
 * An administrator publishes a parameter the source leaves unpublished (issue #3 item 2): the
 * office rung of A.S2 has no team size until one is entered with its date and source.
 */
describe('parameters: an administrator enters a dated value with its source', () => {
  const env = useServerAndBrowser();

  it('publishes the office rung size of A.S2', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'parameters-admin');
    const { page } = journey;
    await logIn(page, 'admin@demo.opchub.cn');
    await openMenuEntry(page, 'parameters');
    const row = page.locator('[data-parameter="space.opc-community.office-max-team-size"]');
    expect(await row.getByTestId('parameter-value').innerText()).toBe('未公布');
    // The benefits that use it are named, not listed by their ids.
    await row
      .getByTestId('parameter-used-by')
      .filter({ hasText: 'OPC社区低成本创业空间' })
      .waitFor();
    expect(await row.getByTestId('parameter-used-by').innerText()).not.toContain('space.');
    await journey.snap('unpublished');
    await row.getByTestId('parameter-enter').click();
    await page.getByTestId('parameter-date').fill('2026-03-01');
    await page
      .locator(
        'input[data-testid="parameter-value-input"], [data-testid="parameter-value-input"] input',
      )
      .first()
      .fill('5');
    await page.getByTestId('parameter-document').fill('演示：OPC社区运营规则（示例来源）');
    await journey.snap('form');
    await page.getByTestId('parameter-save').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector(
            '[data-parameter="space.opc-community.office-max-team-size"] [data-testid="parameter-value"]',
          )
          ?.textContent?.includes('5') ?? false,
    );
    await journey.snap('published');
    // The rules use it at once: with the desk rung's size also set by the operator (A.S2 gives
    // none, so the engine assumes none), a team of three in an OPC community gets an office.
    const evaluation = await page.evaluate(async () => {
      const csrf = decodeURIComponent(document.cookie.match(/opc_csrf=([^;]+)/)?.[1] ?? '');
      const desk = await fetch('/api/v1/parameters/space.opc-community.desk-max-team-size/values', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({
          effectiveFrom: '2026-03-01',
          status: 'published',
          value: 1,
          source: { clauses: ['A.S2'], document: '演示：OPC社区运营规则（示例来源）' },
        }),
      });
      if (desk.status !== 201) throw new Error(`desk size: ${desk.status}`);
      const response = await fetch('/api/v1/evaluations', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': decodeURIComponent(document.cookie.match(/opc_csrf=([^;]+)/)?.[1] ?? ''),
        },
        body: JSON.stringify({
          facts: {
            person: { hasCompany: true },
            company: { workspace: 'opc-community', teamSize: 3 },
          },
          date: '2026-04-01',
          policies: ['space.opc-community'],
          trace: false,
        }),
      });
      return response.json();
    });
    expect(evaluation.results[0].benefit.rung).toBe('office');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
