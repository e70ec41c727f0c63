/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../src/shared/uscc';
import { openJourney } from './support/browser';
import { useServerAndBrowser } from './support/server';
import { logIn, openMenuEntry } from './support/session';

/**
 * Issue #17 items 1–2, "done when": with demo accounts, the department officer publishes a
 * scenario, the founder proposes, the officer shortlists, pilots, attaches the acceptance report
 * and records the product in use, and the founder opens the prefilled `scenario.gov-deployment`
 * application; then a challenge goes from 發榜 to a winner — a consortium formed by invitation
 * (the university accepts), submitted, scored by the panel, won — and the lead opens
 * `consortium.challenge`.
 */
const SCENARIO = '浏览器旅程：窗口排队智能调度';
const CHALLENGE = '浏览器旅程：端侧推理芯片';
const PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

async function fillThree(scope: Locator, name: string, text: string) {
  for (const language of ['zh-Hans', 'zh-Hant', 'en'])
    await scope.getByTestId(`${name}-${language}`).fill(`${text}（${language}）`);
}

/** Calls the API from the signed-in page (setup the journey does not click through). */
async function callApi(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const csrf = /(?:^|; )opc_csrf=([^;]+)/.exec(document.cookie)?.[1];
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    { method, path, body },
  );
}

async function decide(page: Page, item: Locator, testId: string, reason: string) {
  await item.getByTestId(testId).click();
  const dialog = page.locator('.ant-modal:visible');
  await dialog.getByTestId('decision-reason').fill(reason);
  await dialog.getByTestId('decision-submit').click();
  await dialog.waitFor({ state: 'detached' });
}

describe('scenarios: publication to an in-use record and a prefilled funding application', () => {
  const env = useServerAndBrowser();

  it('the officer publishes a scenario', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'scenarios-agency-publish');
    const { page } = journey;
    await logIn(page, 'agency@demo.opchub.cn');
    await openMenuEntry(page, 'scenarios-agency');
    await page.getByTestId('publish-scenario').click();
    const dialog = page.locator('.ant-modal:visible');
    for (const language of ['zh-Hans', 'zh-Hant', 'en'])
      await dialog.getByTestId(`title-${language}`).fill(SCENARIO);
    await fillThree(dialog, 'problem', '窗口排队时间长');
    await fillThree(dialog, 'dataAndAccess', '取号记录（脱敏）');
    await fillThree(dialog, 'department', '演示区政务服务中心');
    await dialog.getByTestId('scenario-contact').fill('agency@demo.opchub.cn');
    await journey.snap('publish-scenario');
    await dialog.getByTestId('publish-scenario-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`[data-testid="agency-scenario"][data-title="${SCENARIO}"]`).waitFor();
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the founder proposes', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'scenarios-founder-propose');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'scenarios');
    const scenario = page.locator(`[data-testid="scenario"][data-title="${SCENARIO}"]`);
    await scenario.getByTestId('propose').click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByTestId('proposal-summary').fill('排队预测与窗口调度');
    await dialog.getByTestId('proposal-approach').fill('时序模型预测客流');
    await dialog.getByTestId('proposal-team').fill('创始人一人');
    await dialog.getByTestId('propose-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '我的方案与联合体' }).click();
    await page
      .getByTestId('my-proposal')
      .filter({ hasText: SCENARIO })
      .locator('[data-status="submitted"]')
      .waitFor();
    await journey.snap('proposed');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the officer shortlists, pilots, attaches evidence and records use', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'scenarios-agency-decide');
    const { page } = journey;
    await logIn(page, 'agency@demo.opchub.cn');
    await openMenuEntry(page, 'scenarios-agency');
    await page.locator(`[data-testid="agency-scenario"][data-title="${SCENARIO}"]`).click();
    const item = page.getByTestId('agency-proposal').first();
    await decide(page, item, 'shortlist', '方案可行');
    await item.locator('[data-status="shortlisted"]').waitFor();
    await decide(page, item, 'start-pilot', '在一个服务大厅试点');
    await item.locator('[data-status="piloting"]').waitFor();
    await item.locator('input[type="file"]').setInputFiles({
      name: 'acceptance-report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(PDF),
    });
    await item.getByText('acceptance-report.pdf').waitFor();
    await decide(page, item, 'record-in-use', '验收报告确认已投入使用');
    await item.locator('[data-status="in_use"]').waitFor();
    await journey.snap('in-use');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the founder opens the prefilled scenario.gov-deployment application', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'scenarios-founder-funding');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'scenarios');
    await page.getByRole('tab', { name: '我的方案与联合体' }).click();
    await page
      .getByTestId('my-proposal')
      .filter({ hasText: SCENARIO })
      .getByTestId('apply-deployment')
      .click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}/);
    const id = /\/applications\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const application = await callApi(page, 'GET', `/applications/${id}`);
    const detail = application.body as {
      application: { policyId: string; facts: { company?: { govScenarioProductInUse?: boolean } } };
      documents: { documentId: string }[];
    };
    expect(detail.application.policyId).toBe('scenario.gov-deployment');
    expect(detail.application.facts.company?.govScenarioProductInUse).toBe(true);
    expect(detail.documents.map((doc) => doc.documentId)).toContain('deployment-proof');
    await journey.snap('prefilled-application');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);
});

describe('challenges: from 發榜 to a winner', () => {
  const env = useServerAndBrowser();
  let universityId = '';

  it('the officer publishes a challenge; a university registers', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'challenges-publish');
    const { page } = journey;
    await logIn(page, 'agency@demo.opchub.cn');
    await openMenuEntry(page, 'scenarios-agency');
    await page.getByTestId('publish-challenge').click();
    const dialog = page.locator('.ant-modal:visible');
    for (const language of ['zh-Hans', 'zh-Hant', 'en'])
      await dialog.getByTestId(`title-${language}`).fill(CHALLENGE);
    await fillThree(dialog, 'goals', '能效目标');
    await fillThree(dialog, 'department', '演示市科技创新局');
    await dialog.getByTestId('publish-challenge-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`[data-testid="agency-challenge"][data-title="${CHALLENGE}"]`).waitFor();
    await journey.context.close();

    const professor = await openJourney(env.browser, env.server.url, 'challenges-university');
    await logIn(professor.page, 'importer@demo.opchub.cn');
    const created = await callApi(professor.page, 'POST', '/organisations', {
      creditCode: '12440300MB0K3N7P2' + creditCodeCheckCharacter('12440300MB0K3N7P2')!,
      name: '演示大学人工智能研究院',
      kind: 'research_institution',
    });
    expect(created.status).toBe(201);
    universityId = created.body.id as string;
    await professor.context.close();
  }, 180_000);

  it('the founder forms a consortium and invites the university, which accepts; the lead submits', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'challenges-consortium');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'scenarios');
    await page.getByRole('tab', { name: '揭榜挂帅' }).click();
    await page
      .locator(`[data-testid="challenge"][data-title="${CHALLENGE}"]`)
      .getByTestId('form-consortium')
      .click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByTestId('consortium-proposal').fill('企业负责工程化');
    await dialog.getByTestId('form-consortium-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '我的方案与联合体' }).click();
    const consortium = page.getByTestId('my-consortium').filter({ hasText: CHALLENGE });
    await consortium.getByTestId('invite-organisation').fill(universityId);
    await consortium.getByTestId('invite').click();
    await consortium.getByText('演示大学人工智能研究院').waitFor();

    const professor = await openJourney(env.browser, env.server.url, 'challenges-accept');
    await logIn(professor.page, 'importer@demo.opchub.cn');
    await openMenuEntry(professor.page, 'scenarios');
    await professor.page.getByRole('tab', { name: '我的方案与联合体' }).click();
    await professor.page.getByTestId('accept-invitation').click();
    await professor.page.getByTestId('eligibility').getByText('符合').waitFor();
    await professor.context.close();

    await page.reload();
    await page.getByRole('tab', { name: '我的方案与联合体' }).click();
    await consortium.getByTestId('submit-consortium').click();
    await consortium
      .locator('[data-testid="consortium-status"][data-status="submitted"]')
      .waitFor();
    await journey.snap('submitted');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the officer assigns the panel, the reviewer scores, the officer verifies and chooses the winner', async () => {
    const agency = await openJourney(env.browser, env.server.url, 'challenges-panel-assign');
    await logIn(agency.page, 'agency@demo.opchub.cn');
    await openMenuEntry(agency.page, 'scenarios-agency');
    await agency.page
      .locator(`[data-testid="agency-challenge"][data-title="${CHALLENGE}"]`)
      .click();
    await agency.page.getByTestId('panel-select').click();
    await agency.page
      .locator('.ant-select-item-option')
      .filter({ hasText: 'reviewer@demo.opchub.cn' })
      .click();
    await agency.page.keyboard.press('Escape');
    await agency.page.waitForLoadState('networkidle');

    const reviewer = await openJourney(env.browser, env.server.url, 'challenges-panel-score');
    await logIn(reviewer.page, 'reviewer@demo.opchub.cn');
    await openMenuEntry(reviewer.page, 'scenarios-panel');
    const card = reviewer.page.getByTestId('panel-consortium').first();
    await card
      .locator('[data-testid="score-technical"] input, input[data-testid="score-technical"]')
      .first()
      .fill('50');
    await card
      .locator('[data-testid="score-consortium"] input, input[data-testid="score-consortium"]')
      .first()
      .fill('35');
    await card.getByTestId('score-comment').fill('技术路线清晰');
    await card.getByTestId('score-submit').click();
    await reviewer.page.getByText('评分已保存').waitFor();
    expect(reviewer.pageErrors).toEqual([]);
    await reviewer.context.close();

    const { page } = agency;
    await page.reload();
    await page.locator(`[data-testid="agency-challenge"][data-title="${CHALLENGE}"]`).click();
    const consortium = page.getByTestId('agency-consortium').first();
    await consortium.getByText('85').waitFor();
    await consortium.getByTestId('verify-startup').click();
    await consortium.getByTestId('verify-startup').waitFor({ state: 'detached' });
    await consortium.getByTestId('choose-winner').click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByTestId('winner-reason').fill('评分最高，联合体结构完整');
    await dialog.getByTestId('milestone-title-0').fill('架构验证');
    await dialog.getByTestId('winner-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .locator(`[data-testid="agency-challenge"][data-title="${CHALLENGE}"]`)
      .getByText('已确定揭榜单位')
      .waitFor();
    await agency.snap('winner');
    expect(agency.pageErrors).toEqual([]);
    await agency.context.close();
  }, 240_000);

  it('the lead opens consortium.challenge', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'challenges-funding');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'scenarios');
    await page.getByRole('tab', { name: '我的方案与联合体' }).click();
    await page
      .getByTestId('my-consortium')
      .filter({ hasText: CHALLENGE })
      .getByTestId('apply-challenge')
      .click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}/);
    const id = /\/applications\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const application = await callApi(page, 'GET', `/applications/${id}`);
    expect((application.body as { application: { policyId: string } }).application.policyId).toBe(
      'consortium.challenge',
    );
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);
});
