/// <reference lib="dom" />
import { statSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openJourney } from './support/browser';
import { useServerAndBrowser } from './support/server';
import { logIn, openMenuEntry } from './support/session';

/**
 * Issue #14, second increment: the founder applies with the rules engine's space results shown on
 * the form; declares the team (the residents form) and asks to move up when it has grown; the
 * demo operator sees the resident's AI talents, renews the desk at new terms (from the desk's
 * dated rents), moves the company up to an office from its request, and downloads the rent-subsidy
 * report as Excel. The admission and allocation themselves are walked in spaces.e2e.ts; here they
 * are set up through the API.
 */
const COMMUNITY = '南山OPC社区（演示）';
const DESK = '演示工位 D-01';
const OFFICE = '演示办公室 O-01';
const COMPANY = '深圳晓峰智能科技有限公司';

function field(scope: Page | Locator, testId: string): Locator {
  return scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

async function expectNoRawKeys(page: Page) {
  const text = await page.locator('body').innerText();
  expect(
    text.match(
      /\b(common|operate|company|register|residents|validation|kinds|rung|routes)\.[a-zA-Z]+/g,
    ),
  ).toBeNull();
}

/** Calls the API from the signed-in page (with the CSRF echo), for the journey's setup. */
async function api(page: Page, method: string, path: string, body?: unknown) {
  const result = await page.evaluate(
    async ([method, path, body]) => {
      const csrf = /(?:^|; )opc_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': decodeURIComponent(csrf),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.text() };
    },
    [method, path, body] as const,
  );
  expect(result.status, result.body).toBeLessThan(300);
  return result.body ? (JSON.parse(result.body) as any) : undefined;
}

describe('spaces: prefill, the residents form, renewal at new terms, move-up and the report', () => {
  const env = useServerAndBrowser();

  it('the founder applies with the engine’s space results on the form', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'spaces-more-apply');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'spaces-company');
    const community = page.locator(`[data-testid="open-community"][data-name="${COMMUNITY}"]`);
    await community.getByTestId('apply').click();
    const dialog = page.locator('.ant-modal:visible');
    const prefill = dialog.getByTestId('apply-prefill');
    await prefill.waitFor();
    expect(await prefill.getByTestId('prefill-result').count()).toBe(2);
    await prefill.getByText('A.S2').first().waitFor();
    await prefill.getByText('A.S3').first().waitFor();
    await expectNoRawKeys(page);
    await journey.snap('apply-prefill');
    await field(dialog, 'team-size').fill('1');
    await field(dialog, 'ai-founders').fill('1');
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.waitFor({ state: 'detached' });
    await community.getByText('已申请').waitFor();
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the operator admits and allocates the desk (set up through the API)', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'spaces-more-setup');
    const { page } = journey;
    await logIn(page, 'operator@demo.opchub.cn');
    const [community] = (await api(page, 'GET', '/spaces/communities/operated')) as {
      id: string;
    }[];
    await api(page, 'PUT', `/spaces/communities/${community!.id}/ladder`, {
      deskMaxTeamSize: 2,
      officeMaxTeamSize: 10,
      source: '演示：社区运营委员会决定',
    });
    const units = (await api(page, 'GET', `/spaces/communities/${community!.id}/units`)) as {
      id: string;
      label: string;
    }[];
    const desk = units.find((unit) => unit.label === DESK)!;
    const rent = (kind: string, fen: number, from: string) =>
      api(page, 'POST', `/spaces/units/${desk.id}/rents`, {
        kind,
        monthlyRentFen: fen,
        effectiveFrom: from,
        source: `演示：收费标准 ${from}`,
      });
    await rent('market_reference', 200_000, '2026-01-01');
    await rent('low_cost', 80_000, '2026-01-01');
    await rent('market_reference', 250_000, '2027-01-01');
    const [application] = (await api(
      page,
      'GET',
      `/spaces/communities/${community!.id}/applications`,
    )) as { id: string }[];
    await api(page, 'POST', `/spaces/applications/${application!.id}/admit`, {});
    await api(page, 'POST', `/spaces/applications/${application!.id}/lease`, {
      unitId: desk.id,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      monthlyRentFen: 200_000,
      monthlySubsidyFen: 120_000,
    });
    await journey.context.close();
  }, 120_000);

  it('the founder declares the grown team and asks to move up', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'spaces-more-founder');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'spaces-company');
    const lease = page.getByTestId('my-lease');
    await lease.getByTestId('lease-unit').filter({ hasText: DESK }).waitFor();
    // Asking before the team fits a higher rung is refused with the reason.
    await lease.getByTestId('ask-move-up').click();
    await page.getByText('尚无该入驻企业的团队规模申报').waitFor();
    await page.getByTestId('company-declare-team').click();
    const dialog = page.locator('.ant-modal:visible');
    await field(dialog, 'resident-team-size').fill('5');
    await field(dialog, 'resident-ai-founders').fill('1');
    await field(dialog, 'resident-ai-staff').fill('5');
    await dialog.getByTestId('declare-submit').click();
    await dialog
      .locator('.ant-form-item-explain-error', {
        hasText: 'AI 创业者与 AI 员工之和不能超过团队人数',
      })
      .waitFor();
    await journey.snap('declare-too-many');
    await field(dialog, 'resident-ai-staff').fill('2');
    await dialog.getByTestId('declare-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await lease.getByTestId('ask-move-up').click();
    await lease.getByTestId('move-up-requested').filter({ hasText: '办公室' }).waitFor();
    await expectNoRawKeys(page);
    await journey.snap('move-up-asked');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 180_000);

  it('the operator sees the residents, renews at new terms, moves the company up and downloads the report', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'spaces-more-operator');
    const { page } = journey;
    await logIn(page, 'operator@demo.opchub.cn');
    await openMenuEntry(page, 'spaces-operate');
    await page.getByTestId('community-name').filter({ hasText: COMMUNITY }).waitFor();

    // The residents form: the company's declaration, and the high-growth mark's dialog.
    await page.getByTestId('tab-residents').click();
    const resident = page.getByTestId('residents').locator('.ant-table-row', { hasText: COMPANY });
    await resident.getByTestId('resident-talents').filter({ hasText: '3' }).waitFor();
    await resident.getByText('企业申报').waitFor();
    await resident.getByTestId('declare-team').click();
    const declare = page.locator('.ant-modal:visible');
    await field(declare, 'resident-ai-staff').fill('3');
    await declare.getByTestId('declare-submit').click();
    await declare.waitFor({ state: 'detached' });
    await resident.getByTestId('resident-talents').filter({ hasText: '4' }).waitFor();
    await resident.getByText('运营方申报').waitFor();
    await resident.getByTestId('mark-high-growth').click();
    const mark = page.locator('.ant-modal:visible');
    await mark.getByTestId('high-growth-evidence').waitFor();
    await expectNoRawKeys(page);
    await journey.snap('residents-mark');
    await mark.getByRole('button', { name: '取消' }).click();
    await mark.waitFor({ state: 'detached' });

    // Renewal at new terms: from 2027-01-01 the desk's market reference is ¥2,500.00.
    await page.getByTestId('tab-leases').click();
    const leases = page.getByTestId('leases');
    const deskLease = leases.locator('.ant-table-row', { hasText: DESK });
    await deskLease.getByTestId('renew').click();
    const renew = page.locator('.ant-modal:visible');
    await renew.getByText('按新条件续租', { exact: true }).click();
    await expect.poll(() => renew.getByTestId('renew-new-terms').isChecked()).toBe(true);
    await journey.snap('renew-new-terms');
    await renew.locator('.ant-modal-footer .ant-btn-primary').click();
    await renew.waitFor({ state: 'detached' });
    await deskLease.getByText('¥2,500.00').waitFor();
    await deskLease.getByText('¥1,700.00').waitFor();
    await deskLease.locator('.ant-table-row-expand-icon').click();
    const terms = leases.getByTestId('lease-terms');
    await terms.getByText('按新条件续租').waitFor();
    await terms.getByText('¥2,000.00').waitFor();
    await terms.getByText('演示：收费标准 2027-01-01', { exact: false }).waitFor();
    await journey.snap('renewed-terms');

    // Move-up from the company's request: an office; the desk's lease ends the day before.
    const requests = page.getByTestId('move-up-requests');
    await requests.locator('.ant-table-row', { hasText: COMPANY }).waitFor();
    await requests.getByTestId('move-up-request-allocate').click();
    const moveUp = page.locator('.ant-modal:visible');
    await moveUp.locator(`[data-testid="move-up-unit"][data-label="${OFFICE}"]`).click();
    await journey.snap('move-up');
    await moveUp.locator('.ant-modal-footer .ant-btn-primary').click();
    await moveUp.waitFor({ state: 'detached' });
    await leases.locator('.ant-table-row', { hasText: OFFICE }).waitFor();
    await deskLease.locator('[data-testid="lease-status"]', { hasText: '已结束' }).waitFor();
    expect(await page.getByTestId('move-up-requests').count()).toBe(0);

    // The rent-subsidy report, and its Excel download.
    await page.getByTestId('tab-reports').click();
    const report = page.getByTestId('rent-subsidy-report');
    await report.getByTestId('report-subsidy').filter({ hasText: '¥1,200.00' }).first().waitFor();
    await expectNoRawKeys(page);
    await journey.snap('report');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      report.getByTestId('rent-subsidy-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^opc-rent-subsidy-.*\.xlsx$/);
    expect(statSync((await download.path())!).size).toBeGreaterThan(1000);
    const [occupancy] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('occupancy-xlsx').click(),
    ]);
    expect(occupancy.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 240_000);

  it('the founder sees the office lease', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'spaces-more-founder-after');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'spaces-company');
    await page
      .getByTestId('my-lease')
      .getByTestId('lease-unit')
      .filter({ hasText: OFFICE })
      .waitFor();
    await journey.snap('office-lease');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  }, 120_000);
});
