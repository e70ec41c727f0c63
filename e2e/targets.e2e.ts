/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { createCommunity } from '../src/modules/spaces/communities-service';
import { snapshotTargets } from '../src/modules/spaces/targets-service';
import { chinaDateOf } from '../src/shared/china-time';
import { systemContext } from '../src/shared/service-context';
import { openJourney, PHONE, type Page } from './support/browser';
import { logIn, switchLanguage } from './support/session';
import { demoLogins, useServerAndBrowser } from './support/server';

/**
 * The public targets page (issue #14 item 5): a visitor, signed out, reads A.T1–A.T4 with real
 * figures from the records in Simplified Chinese, Traditional Chinese and English, and on a
 * phone; no raw translation key shows. The demo register's communities are demo data with no
 * areas, so the journey first registers one real open community of 12,000 m².
 */

/** Text that looks like an untranslated key: `targets:…`, `reasons.…`, `ids.A.T1`. */
const RAW_KEY = /\b(targets:|reasons\.|units\.|coverage\.|chart\.|table\.|ids\.A)/;

async function cardText(page: Page, id: string) {
  return page.getByTestId(`target-${id}`).innerText();
}

describe('the targets page shows the 2027 targets live', () => {
  const env = useServerAndBrowser();

  it('in three languages on a desktop, and in English on a phone', async () => {
    const ctx = systemContext(env.server.database.db, 'e2e');
    await createCommunity(ctx, {
      names: { 'zh-Hans': '测试社区', 'zh-Hant': '測試社區', en: 'Test community' },
      districtCode: 'nanshan',
      address: null,
      operatorOrganisationId: null,
      grossAreaM2: 12_000,
      belowAreaReason: null,
      status: 'open',
      plannedOpeningOn: null,
      openedOn: null,
      closesOn: null,
      firstBatch: false,
      clauses: ['A.S1'],
    });
    await createCommunity(ctx, {
      names: { 'zh-Hans': '面积未登记社区', 'zh-Hant': '面積未登記社區', en: 'Area not recorded' },
      districtCode: 'futian',
      address: null,
      operatorOrganisationId: null,
      grossAreaM2: null,
      belowAreaReason: null,
      status: 'open',
      plannedOpeningOn: null,
      openedOn: null,
      closesOn: null,
      firstBatch: false,
      clauses: ['A.S1'],
    });
    await snapshotTargets(ctx, '2026-11-01');
    await createCommunity(ctx, {
      names: { 'zh-Hans': '小型社区', 'zh-Hant': '小型社區', en: 'Small community' },
      districtCode: 'futian',
      address: null,
      operatorOrganisationId: null,
      grossAreaM2: 9_000,
      belowAreaReason: 'A.S1 例外（测试）',
      status: 'open',
      plannedOpeningOn: null,
      openedOn: null,
      closesOn: null,
      firstBatch: false,
      clauses: ['A.S1'],
    });
    // Today's snapshot again, now with the second community: two points make a pace.
    await snapshotTargets(ctx, chinaDateOf(new Date()));

    const journey = await openJourney(env.browser, env.server.url, 'targets-desktop');
    const { page } = journey;
    await page.goto('/targets');
    await page.getByTestId('target-A.T4').waitFor();
    expect(await cardText(page, 'A.T4')).toContain('21,000 平方米');
    expect(await cardText(page, 'A.T1')).toContain('1 个社区');
    expect(await cardText(page, 'A.T2')).toContain('定义未公布');
    expect(await cardText(page, 'A.T3')).toContain('集聚超万名人工智能创新创业人才');
    const coverage = await page.getByTestId('targets-coverage').innerText();
    expect(coverage).toContain('1 个开放社区未登记面积');
    expect(coverage).toContain('10 个演示社区未计入');
    await page.locator('[data-testid="targets-chart-progress"] canvas').waitFor();
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(RAW_KEY);
    expect(body).not.toMatch(/Definition unpublished|Target: more than/);
    await journey.snap('targets-zh-hans');

    await switchLanguage(page, 'zh-Hant');
    expect(await cardText(page, 'A.T2')).toContain('定義未公布');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await journey.snap('targets-zh-hant');

    await switchLanguage(page, 'en');
    expect(await cardText(page, 'A.T4')).toContain('21,000 m²');
    expect(await cardText(page, 'A.T4')).toContain('Target: more than 500,000 m²');
    expect(await cardText(page, 'A.T2')).toContain('Definition unpublished');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await journey.snap('targets-en');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();

    const phone = await openJourney(env.browser, env.server.url, 'targets-phone', {
      viewport: PHONE,
      isMobile: true,
      locale: 'en-GB',
    });
    await phone.page.goto('/targets');
    await phone.page.getByTestId('target-A.T1').waitFor();
    await phone.snap('targets-phone-opened');
    await switchLanguage(phone.page, 'en');
    expect(await cardText(phone.page, 'A.T1')).toContain('1 community');
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width + 1);
    await phone.snap('targets-phone-en');
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  });

  it('an administrator publishes a definition of high growth, and A.T2 becomes a figure', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'targets-manage');
    const { page } = journey;
    const admin = demoLogins.find((login) => login.roles.includes('admin'))!;
    await logIn(page, admin.email);
    await page.goto('/targets/manage');
    await page.getByTestId('targets-snapshot').waitFor();
    await page.getByLabel('定义（简体中文）').fill('测试定义：营业收入年增长不低于测试值');
    await page.getByLabel('定义（繁体中文）').fill('測試定義：營業收入年增長不低於測試值');
    await page
      .getByLabel('定义（英文）')
      .fill('Test definition: yearly revenue growth of at least a test value');
    await page.getByLabel('出处原文').fill('测试出处（非真实文件）');
    await journey.snap('targets-manage-filled');
    await page
      .getByRole('button', { name: '公 布' })
      .or(page.getByRole('button', { name: '公布' }))
      .click();
    await page.getByText('测试定义：营业收入年增长不低于测试值').first().waitFor();
    await page.goto('/targets');
    await page.getByTestId('target-A.T2').waitFor();
    expect(await cardText(page, 'A.T2')).toContain('0 家企业');
    expect(await page.locator('body').innerText()).toContain('测试出处（非真实文件）');
    await page.locator('[data-testid="targets-chart-progress"] canvas').waitFor();
    await journey.snap('targets-after-definition');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
