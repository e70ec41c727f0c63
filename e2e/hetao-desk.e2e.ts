import { describe, expect, it } from 'vitest';
import { openJourney, PHONE, type Page } from './support/browser';
import { logIn, switchLanguage } from './support/session';
import { useServerAndBrowser } from './support/server';

/**
 * The Hetao consultation window in the browser (issue 5, B.C1): the demo importer asks customs
 * from a pre-filled link (as the public lookup offers for uncertain goods) with a datasheet; the
 * demo customs officer answers it from the queue, checks the anonymised preview and publishes
 * it; a visitor finds the precedent — without the importer's name — among the public precedents.
 */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const QUESTION =
  '重组人表皮生长因子（EGF，冻干粉，100 µg），用于类器官培养。联系人陈静怡。是否属于免税清单？';

async function confirmPopover(page: Page) {
  await page.locator('.ant-popover:visible .ant-btn-primary').click();
}

describe('Hetao desk: importer asks → customs answers and publishes → precedent visible', () => {
  const env = useServerAndBrowser();
  let questionPath = '';

  it('the importer asks from a pre-filled link, with a datasheet, on a phone', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'hetao-importer-asks', {
      viewport: PHONE,
      isMobile: true,
    });
    const { page } = journey;
    await logIn(page, 'importer@demo.opchub.cn');
    await page.goto(
      `/hetao/questions/new?q=${encodeURIComponent(QUESTION)}&code=${encodeURIComponent('2937.19')}`,
    );
    await page.getByTestId('ask-description').waitFor();
    expect(await page.getByTestId('ask-description').inputValue()).toBe(QUESTION);
    expect(await page.getByTestId('ask-code').inputValue()).toBe('2937.19');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'EGF-datasheet.pdf', mimeType: 'application/pdf', buffer: pdf });
    await journey.snap('prefilled');
    await page.getByTestId('ask-submit').click();
    await page.waitForURL(/\/hetao\/questions\/[0-9a-f-]{36}$/);
    questionPath = new URL(page.url()).pathname;
    await page.locator('[data-status="open"]').first().waitFor();
    await page.getByText('EGF-datasheet.pdf').waitFor();
    await journey.snap('asked');

    await page.goto('/hetao/questions');
    await page.getByTestId('my-question').first().waitFor();
    // The demo importer's open Matrigel question and the new one are both listed.
    expect(await page.getByTestId('my-question').count()).toBeGreaterThanOrEqual(2);
    await journey.snap('my-questions');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('customs answer it from the queue and publish it, anonymised, as a precedent', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'hetao-customs-answers');
    const { page } = journey;
    await logIn(page, 'customs@demo.opchub.cn');
    await page.goto('/hetao/console');
    await page.getByTestId('queue-row').first().waitFor();
    await journey.snap('queue');
    await page.locator(`a[href="${questionPath}"]`).click();
    await page.getByTestId('answer-form').waitFor();

    await page.getByTestId('answer-code').fill('2937.19');
    const itemPicker = page
      .locator('.ant-form-item', { hasText: '对应的清单条目' })
      .locator('.ant-select');
    await itemPicker.click();
    await page.keyboard.type('WL-CO-07');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page
      .getByTestId('answer-reasoning')
      .fill(
        '重组人表皮生长因子属多肽激素，归入 2937.19；清单耗材类“激素及其衍生物（科研试剂）”条目包括税目 2937。',
      );
    await journey.snap('answer-filled');
    await page.getByTestId('answer-submit').click();
    await page.getByTestId('question-answer').waitFor();

    const preview = page.getByTestId('precedent-question');
    await preview.waitFor();
    const previewText = await preview.inputValue();
    expect(previewText).toContain('表皮生长因子');
    expect(previewText).not.toContain('陈静怡');
    await journey.snap('publish-preview');
    await page.getByTestId('publish-precedent').click();
    await page.locator('[data-status="published"]').first().waitFor();
    await journey.snap('published');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('a visitor sees the precedent among the public precedents, in English too', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'hetao-visitor-precedents');
    const { page } = journey;
    await page.goto('/hetao/precedents');
    const precedent = page.getByTestId('precedent').filter({ hasText: '表皮生长因子' });
    await precedent.waitFor();
    expect(await precedent.innerText()).not.toContain('陈静怡');
    expect(await precedent.innerText()).toContain('2937.19');
    // The demo precedents (fetal bovine serum → 3002.12) are there too.
    await page.getByTestId('precedent').filter({ hasText: '3002.12' }).first().waitFor();
    await journey.snap('precedents');
    // The same pages in English (the language a visitor chose on this device before).
    await page.addInitScript("window.localStorage.setItem('opc.language', 'en')");
    await page.goto('/hetao/precedents');
    await page.getByText('On the tax-free list').first().waitFor();
    await journey.snap('precedents-en');

    await page.goto('/hetao/changelog');
    await page.getByTestId('changelog-entry').first().waitFor();
    await page.getByText('Working list (unofficial)').first().waitFor();
    await journey.snap('changelog-en');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('the importer sees the answer on the question', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'hetao-importer-reads-answer', {
      locale: 'zh-HK',
    });
    const { page } = journey;
    await logIn(page, 'importer@demo.opchub.cn');
    await switchLanguage(page, 'zh-Hant');
    await page.goto(questionPath);
    await page.getByTestId('question-answer').waitFor();
    expect(await page.getByTestId('question-answer').innerText()).toContain('2937.19');
    await page.getByText('在免稅清單內').first().waitFor();
    await journey.snap('answer-zh-hant');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});

describe('Hetao desk: customs import the official list, see row errors, then the diff, and publish', () => {
  const env = useServerAndBrowser();
  const header =
    'item_id,category,name_zh_hans,name_zh_hant,name_en,includes,excludes,regime,notes,source';
  const good = [
    header,
    'OF-001,consumables,制成的细胞培养基,製成的細胞培養基,Prepared culture media,3821,,write-off,,財關稅〔2026〕1號',
    'OF-002,equipment,理化分析仪器,理化分析儀器,Instruments for physical or chemical analysis,9027,90278910,supervision-period,,財關稅〔2026〕1號',
  ].join('\n');
  const bad = [
    header,
    'OF-001,furniture,桌子,桌子,Tables,9403,,write-off,,x',
    'OF-002,consumables,培养基,培養基,Media,38.21,,write-off,,x',
  ].join('\n');

  it('imports, reviews and publishes', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'hetao-customs-imports-list');
    const { page } = journey;
    await logIn(page, 'customs@demo.opchub.cn');
    await page.goto('/hetao/console/lists');
    const importCard = page.getByTestId('import-card');
    await importCard.waitFor();
    const upload = async (name: string, text: string) => {
      await importCard
        .locator('input[type="file"]')
        .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
      await importCard.locator('#title').fill('免税科研货物清单（首批）');
      await page.getByTestId('import-submit').click();
    };

    await upload('bad.csv', bad);
    const errors = page.getByTestId('import-row-errors');
    await errors.waitFor();
    const errorText = await errors.innerText();
    expect(errorText).toContain('category');
    expect(errorText).toContain('includes');
    await journey.snap('row-errors');

    await upload('official.csv', good);
    await page.waitForURL(/\/hetao\/lists\/[0-9a-f-]{36}$/);
    await page.waitForLoadState('networkidle');
    await page.getByTestId('publish-version').waitFor();
    await page.getByRole('tab').nth(1).click();
    await page.getByTestId('diff-view').waitFor();
    await journey.snap('draft-diff');
    await page.getByTestId('publish-version').click();
    await confirmPopover(page);
    await page.getByTestId('publish-version').waitFor({ state: 'detached' });
    await journey.snap('published');

    await page.goto('/hetao/changelog');
    await page.getByTestId('changelog-entry').nth(1).waitFor();
    expect(await page.getByTestId('changelog-entry').count()).toBe(2);
    await journey.snap('changelog');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
