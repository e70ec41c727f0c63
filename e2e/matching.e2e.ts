/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../src/shared/uscc';
import { openJourney } from './support/browser';
import { useServerAndBrowser } from './support/server';
import { logIn, openMenuEntry, switchLanguage } from './support/session';

/**
 * Issue #15 item 6: the administrator imports a CSV of companies (a file with a bad credit code
 * first: the rejected rows are listed and nothing is imported; then a good file), follows the
 * match run it started to the end, and opens a company's profile: its result for each policy and
 * where each fact came from (the import and its version). In zh-Hans, with a look in English.
 */
const CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid unified social credit code, different on every run. */
function creditCode(seed: number): string {
  const body = Array.from(
    { length: 9 },
    (_, index) => CODE_CHARSET[(seed * 7 + index * 13 + Date.now()) % 31],
  ).join('');
  const first17 = `91440300${body}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

const COMPANY = '前海演示智能科技有限公司';
const header = '统一社会信用代码,企业名称,成立日期,所在区,AI企业,备注';

function csv(lines: string[]) {
  return Buffer.from(`${[header, ...lines].join('\n')}\n`);
}

/** No translation key leaks into the page (a missing string shows as its dotted key). */
async function expectNoRawKeys(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text.match(/\b(nav|titles|imports|runs|profiles|profile)\.[a-zA-Z]+/g)).toBeNull();
}

describe('matching: an administrator imports companies, runs the match and reads a profile', () => {
  const env = useServerAndBrowser();

  it('imports (a refused file first), follows the run, opens the profile with provenance', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'matching-admin');
    const { page } = journey;
    await logIn(page, 'admin@demo.opchub.cn');
    await openMenuEntry(page, 'matching-imports');
    await page.getByText('尚无导入').waitFor();
    await expectNoRawKeys(page);

    // A file whose first row has a wrong credit code: refused, line and column named.
    const good = creditCode(1);
    const second = creditCode(2);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'companies-bad.csv',
      mimeType: 'text/csv',
      buffer: csv([
        `9144030012345,${COMPANY},2025-06-01,南山区,是,`,
        `${second},福田演示模型有限公司,2024-01-15,福田区,否,`,
      ]),
    });
    const mapping = page.getByTestId('import-mapping');
    await mapping.waitFor();
    // The suggested mapping: the credit code column and a column left out.
    await expect
      .poll(async () => mapping.locator('tr', { hasText: '统一社会信用代码' }).innerText())
      .toContain('统一社会信用代码');
    expect(await mapping.locator('tr', { hasText: '备注' }).innerText()).toContain('不导入');
    await journey.snap('mapping-suggested');
    await page.getByTestId('import-submit').click();
    const rejected = page.getByTestId('import-row-errors');
    await rejected.waitFor();
    expect(await rejected.innerText()).toContain('文件未导入');
    expect(await rejected.locator('tbody tr').first().innerText()).toMatch(/^2\s/);
    await expect.poll(() => page.getByTestId('imports-table').innerText()).toContain('尚无导入');
    await journey.snap('rows-rejected');

    // The corrected file: imported as version 1, and a run starts for its companies.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'companies.csv',
      mimeType: 'text/csv',
      buffer: csv([
        `${good},${COMPANY},2025-06-01,南山区,是,`,
        `${second},福田演示模型有限公司,2024-01-15,福田区,否,`,
      ]),
    });
    await page.getByTestId('import-mapping').waitFor();
    // "AI企业" is not a header the server knows: mapped by hand to the AI business fact.
    const aiColumn = page.getByRole('combobox', { name: 'AI企业' });
    await aiColumn.click();
    await aiColumn.fill('从事人工智能业务');
    await aiColumn.press('Enter');
    await expect
      .poll(async () =>
        page.getByTestId('import-mapping').locator('tr', { hasText: 'AI企业' }).innerText(),
      )
      .toContain('从事人工智能业务');
    await page.getByTestId('import-submit').click();
    const done = page.getByTestId('import-done');
    await done.waitFor();
    expect(await done.innerText()).toContain('已导入第 1 版');
    const history = page.getByTestId('imports-table');
    await history.getByText('companies.csv').waitFor();
    expect(await history.innerText()).toContain('2');
    await journey.snap('imported');

    // The run the import started, followed to the end.
    await done.getByRole('link').click();
    const current = page.getByTestId('current-run');
    await current.getByText('已完成').waitFor({ timeout: 60_000 });
    expect(await current.innerText()).toMatch(/已匹配企业 2 \/ 2/);
    await journey.snap('run-finished');

    // A run by hand over every profile.
    await page.getByTestId('start-run').click();
    await page
      .getByTestId('runs-table')
      .locator('tbody tr')
      .filter({ hasText: '手动' })
      .filter({ hasText: '已完成' })
      .first()
      .waitFor({ timeout: 60_000 });
    await expectNoRawKeys(page);

    // The profile: a result per policy, the facts with the import that gave them.
    await openMenuEntry(page, 'matching-profiles');
    const search = page.getByPlaceholder('按企业名称或统一社会信用代码搜索');
    await search.fill(COMPANY);
    await search.press('Enter');
    await page.getByTestId('profiles-table').getByRole('link', { name: COMPANY }).click();
    const results = page.getByTestId('profile-results');
    await results.locator('tbody tr').first().waitFor();
    expect(await results.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await results.innerText()).toMatch(/符合条件|待确认|不符合/);
    const facts = page.getByTestId('profile-facts');
    expect(await facts.innerText()).toContain('导入第 1 版');
    expect(await facts.innerText()).toContain('是');
    await expectNoRawKeys(page);
    await journey.snap('profile');

    await switchLanguage(page, 'en');
    await page.getByText('Results by policy').waitFor();
    expect(await facts.innerText()).toContain('Import version 1');
    await expectNoRawKeys(page);
    await journey.snap('profile-en');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
