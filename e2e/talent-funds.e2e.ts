/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openJourney } from './support/browser';
import { useServerAndBrowser } from './support/server';
import { logIn, openMenuEntry } from './support/session';

/**
 * Issue #17 items 3, 4 and 7, "done when": the demo founder is recognised from a GitHub link and a
 * competition result — submitted on the talent page, reviewed against the published rubric and
 * decided by the demo reviewer — and the certificate is checked on the public page, signed out.
 * Then the founder's company (made a high-growth resident of an OPC community through the API)
 * asks for an introduction to a fund, and the demo fund staff move it a stage in their pipeline.
 */

/** A call to the API from the signed-in page, as the web app makes it (cookies + CSRF). */
async function api(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const csrf = document.cookie
        .split('; ')
        .find((cookie) => cookie.startsWith('opc_csrf='))
        ?.slice('opc_csrf='.length);
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
    { method, path, body },
  );
}

describe('talent recognition to a verified certificate; a fund introduction moved a stage', () => {
  const env = useServerAndBrowser();
  let certificateCode = '';

  it('the founder submits a GitHub maintainership and a competition result', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'talent-founder');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'talent');
    await journey.snap('talent-empty');
    await page.getByTestId('talent-title-0').fill('opc-agent');
    await page.getByTestId('talent-repositories-0').fill('https://github.com/example/opc-agent');
    await page.getByTestId('talent-evidence-0').fill('https://github.com/example/opc-agent/pulls');
    await page.getByTestId('talent-add').click();
    await page.getByTestId('talent-title-1').fill('深圳人工智能创新创业大赛');
    await page.getByTestId('talent-rank-1').fill('一等奖');
    await page
      .locator('[data-testid="talent-year-1"] input, input[data-testid="talent-year-1"]')
      .first()
      .fill('2026');
    await page.getByTestId('talent-evidence-1').fill('https://example.org/results-2026');
    await page.getByTestId('talent-send').click();
    await page.getByTestId('talent-mine').getByText('待评审').waitFor();
    await journey.snap('talent-submitted');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the reviewer judges each published criterion and recognises with grounds', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'talent-reviewer');
    const { page } = journey;
    await logIn(page, 'reviewer@demo.opchub.cn');
    await openMenuEntry(page, 'talent-panel');
    await page
      .getByTestId('talent-queue')
      .locator('a[data-testid^="talent-open-"]')
      .first()
      .click();
    await page.getByTestId('talent-review-form').waitFor();
    await journey.snap('talent-review');
    for (const criterion of ['ai-field', 'own-work', 'outstanding']) {
      await page
        .getByTestId(`talent-judgement-${criterion}`)
        .getByText('符合', { exact: true })
        .click();
      await page.getByTestId(`talent-reason-${criterion}`).fill(`已核对：${criterion}`);
    }
    await page.getByTestId('talent-recommendation').getByText('建议认定').click();
    await page.getByTestId('talent-overall-reason').fill('开源维护与竞赛名次均可核实');
    await page.getByTestId('talent-send-review').click();
    await page.getByTestId('talent-decide').waitFor();
    await page
      .getByTestId('talent-grounds-achievements')
      .locator('input[type="checkbox"]')
      .nth(0)
      .check();
    await page
      .getByTestId('talent-grounds-achievements')
      .locator('input[type="checkbox"]')
      .nth(1)
      .check();
    await page.getByTestId('talent-grounds').fill('opc-agent 维护者，2026 年大赛一等奖');
    await page.getByTestId('talent-decide').click();
    await page.getByTestId('talent-decided').waitFor();
    await journey.snap('talent-decided');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the founder sees the certificate; anyone verifies its code on the public page', async () => {
    const founderJourney = await openJourney(env.browser, env.server.url, 'talent-certificate');
    const founder = founderJourney.page;
    await logIn(founder, 'founder@demo.opchub.cn');
    await openMenuEntry(founder, 'talent');
    const link = founder.getByTestId('talent-certificate-link');
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    certificateCode = href.split('/').pop() ?? '';
    expect(certificateCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await founderJourney.context.close();

    const journey = await openJourney(env.browser, env.server.url, 'talent-verify');
    const { page } = journey;
    await page.goto(`/verify/${certificateCode}`);
    await page.getByTestId('certificate-status').getByText('有效').waitFor();
    expect(await page.getByTestId('certificate-code').innerText()).toBe(certificateCode);
    expect(await page.getByTestId('certificate-body').innerText()).toContain('A.P1');
    await journey.snap('certificate');
    await page.goto('/verify/AAAA-BBBB-CCCC');
    await page.getByTestId('verify-not-found').waitFor();
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('a high-growth resident asks a fund for an introduction; the fund moves it to a meeting', async () => {
    // Set-up through the API: a definition of high growth, a desk lease in the demo community,
    // and the operator's high-growth mark (the spaces journeys show these screens).
    const admin = await openJourney(env.browser, env.server.url, 'funds-setup-admin');
    await logIn(admin.page, 'admin@demo.opchub.cn');
    await api(admin.page, 'POST', '/targets/high-growth-definitions', {
      effectiveFrom: '2026-01-01',
      definition: { 'zh-Hans': '演示定义', 'zh-Hant': '演示定義', en: 'demo definition' },
      sourceText: '演示来源',
    });
    await admin.context.close();

    const founderJourney = await openJourney(env.browser, env.server.url, 'funds-founder');
    const founder = founderJourney.page;
    await logIn(founder, 'founder@demo.opchub.cn');
    const [company] = await api(founder, 'GET', '/organisations');
    const communities = await api(founder, 'GET', '/spaces/communities');
    const community = communities.find(
      (row: { names: { 'zh-Hans': string } }) => row.names['zh-Hans'] === '南山OPC社区（演示）',
    );
    const operatorJourney = await openJourney(env.browser, env.server.url, 'funds-operator');
    const operator = operatorJourney.page;
    await logIn(operator, 'operator@demo.opchub.cn');
    await api(operator, 'PUT', `/spaces/communities/${community.id}/ladder`, {
      deskMaxTeamSize: 2,
      officeMaxTeamSize: 10,
      source: '演示',
    });
    const unit = await api(operator, 'POST', `/spaces/communities/${community.id}/units`, {
      kind: 'desk',
      label: '基金演示工位',
      areaM2: 6,
      seats: 1,
    });
    const application = await api(
      founder,
      'POST',
      `/spaces/communities/${community.id}/applications`,
      {
        organisationId: company.id,
        route: 'opc-community',
        teamSize: 1,
        aiFounderCount: 1,
      },
    );
    await api(operator, 'POST', `/spaces/applications/${application.id}/admit`, { reason: '演示' });
    await api(operator, 'POST', `/spaces/applications/${application.id}/lease`, {
      unitId: unit.id,
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      monthlyRentFen: 100_000,
      monthlySubsidyFen: 60_000,
    });
    await api(operator, 'POST', `/spaces/residents/${company.id}/high-growth-marks`, {
      highGrowth: true,
      evidence: '演示：营收一年增长三倍',
    });
    await operatorJourney.context.close();

    await openMenuEntry(founder, 'funds-company');
    await founder.getByTestId('fund-choice').click();
    await founder
      .locator('.ant-select-dropdown:visible')
      .getByText('人工智能与具身机器人产业基金')
      .click();
    await founder.getByTestId('fund-note').fill('种子轮，演示');
    await founder.getByTestId('fund-send').click();
    await founder.getByTestId('fund-mine').getByText('已引荐').waitFor();
    await founderJourney.snap('funds-requested');
    expect(founderJourney.pageErrors).toEqual([]);

    const fundJourney = await openJourney(env.browser, env.server.url, 'funds-staff');
    const fund = fundJourney.page;
    await logIn(fund, 'fund@demo.opchub.cn');
    await openMenuEntry(fund, 'funds-pipeline');
    await fund
      .getByTestId('fund-profile')
      .getByText('演示：营收一年增长三倍', { exact: false })
      .waitFor();
    await fundJourney.snap('funds-pipeline');
    await fund.getByTestId('fund-move-stage').click();
    await fund.locator('.ant-select-dropdown:visible').getByText('会谈').click();
    await fund.getByTestId('fund-move-reason').fill('约定下周会谈');
    await fund.getByTestId('fund-move').click();
    await fund.getByTestId('fund-current-stage').getByText('会谈').waitFor();
    await fundJourney.snap('funds-moved');
    expect(fundJourney.pageErrors).toEqual([]);
    await fundJourney.context.close();

    await founder.reload();
    await founder.getByTestId('fund-mine').getByText('会谈').waitFor();
    await founderJourney.context.close();
  }, 300_000);
});
