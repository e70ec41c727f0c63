/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { openJourney, PHONE } from './support/browser';
import { logIn, menuKeys, switchLanguage } from './support/session';
import { useServerAndBrowser } from './support/server';

/**
 * The public goods lookup in the browser (issue 5): a visitor, without signing in, asks about the
 * report's four examples — 「基質膠」 (uncertain: ask customs), 「DMEM培养基」 (listed, citing the
 * demo precedent), "flow cytometer" (listed, answered in English) and 「實驗小鼠」 (listed, with a
 * biosafety flag) — on a phone and on a desktop, in the three UI languages; an importer follows
 * "Ask customs" to a pre-filled question.
 */
describe('Hetao lookup: honest answers in the user’s script, and a route to customs', () => {
  const env = useServerAndBrowser();

  it('a visitor on a phone: 基質膠 is uncertain, with the candidates, the biosafety flag and "Ask customs"', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'hetao-lookup-phone', {
      viewport: PHONE,
      isMobile: true,
    });
    const { page } = journey;
    await page.goto('/');
    await page.getByTestId('landing-sign-in').waitFor();
    // On a phone the menu is in a drawer; the lookup is in it for signed-out visitors.
    await page.getByTestId('open-menu').click();
    expect(await menuKeys(page)).toContain('hetao-lookup');
    await page.locator('.opc-nav-drawer [data-nav-key="hetao-lookup"]').click();
    await page.waitForURL(/\/hetao\/lookup$/);
    await page.getByTestId('lookup-text').fill('基質膠');
    await journey.snap('typed');
    await page.getByTestId('lookup-submit').click();
    const answer = page.getByTestId('lookup-answer');
    // The first lookup after the server starts builds the index (a few seconds on a busy machine).
    await answer.waitFor({ timeout: 60_000 });
    expect(await answer.getAttribute('data-verdict')).toBe('uncertain');
    // Typed in Traditional on a Simplified screen: answered in the screen's script.
    expect(await answer.getAttribute('data-script')).toBe('zh-Hans');
    expect(await page.getByTestId('lookup-summary').innerText()).toMatch(/海关/);
    // An uncertain answer never dresses its first candidate as a success (no ✓, no green bar).
    expect(await answer.locator('.ant-progress-status-success').count()).toBe(0);
    expect(await page.getByTestId('working-list-tag').isVisible()).toBe(true);
    expect(await page.getByTestId('flag-biosafety').isVisible()).toBe(true);
    const codes = await page
      .getByTestId('lookup-candidate')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    expect(codes.slice(0, 3)).toEqual(['350400', '382100', '382219']);
    // The page is usable on a phone: nothing wider than the screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await journey.snap('uncertain');

    const ask = page.getByTestId('ask-customs');
    await ask.click();
    // Asking needs an account: the visitor is sent to sign in, and back afterwards.
    await page.waitForURL(/\/login\?next=/);
    const next = new URL(page.url()).searchParams.get('next') ?? '';
    expect(next).toBe(`/hetao/questions/new?q=${encodeURIComponent('基質膠')}&code=350400`);
    await journey.snap('ask-needs-login');

    // The list in force, item by item, reads on a phone: no table scrolls sideways.
    const list = (await (await page.request.get('/api/v1/hetao/list')).json()) as { id: string };
    await page.goto(`/hetao/lists/${list.id}`);
    await page.getByText('WL-EQ-01').waitFor();
    const sideways = await page.evaluate(
      () =>
        [...document.querySelectorAll('.ant-table-content')].filter(
          (table) => table.scrollWidth > table.clientWidth + 1,
        ).length,
    );
    expect(sideways).toBe(0);
    await journey.snap('list-on-phone');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('an English product name typed on a Chinese screen is answered in Chinese (issue 10 item 12)', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'hetao-lookup-english-query');
    const { page } = journey;
    await page.goto(`/hetao/lookup?q=${encodeURIComponent('flow cytometer')}`);
    const answer = page.getByTestId('lookup-answer');
    await answer.waitFor({ timeout: 60_000 });
    expect(await answer.getAttribute('data-script')).toBe('zh-Hans');
    const summary = await page.getByTestId('lookup-summary').innerText();
    expect(summary).toMatch(/9027\.50/);
    expect(summary).toMatch(/清单/);
    expect(await page.getByTestId('lookup-candidate').first().innerText()).toMatch(/设备及零配件/);
    await journey.snap('answered-in-chinese');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('a desktop visitor: DMEM培养基 cites a precedent, "flow cytometer" in English, 實驗小鼠 in Traditional', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'hetao-lookup-desktop');
    const { page } = journey;
    await page.goto('/hetao/lookup?q=DMEM%E5%9F%B9%E5%85%BB%E5%9F%BA');
    let answer = page.getByTestId('lookup-answer');
    await answer.waitFor({ timeout: 60_000 });
    expect(await answer.getAttribute('data-verdict')).toBe('listed');
    expect(await answer.getAttribute('data-script')).toBe('zh-Hans');
    const first = page.getByTestId('lookup-candidate').first();
    expect(await first.getAttribute('data-code')).toBe('382100');
    expect(await first.innerText()).toMatch(/耗材/);
    expect(await first.innerText()).toMatch(/海关先例/);
    await journey.snap('dmem-listed');
    await first.getByRole('link').first().click();
    await page.waitForURL(/\/hetao\/precedents\/[0-9a-f-]{36}$/);
    await page.getByText('3821.00').first().waitFor();
    await journey.snap('precedent');

    await switchLanguage(page, 'en');
    await page.goto('/hetao/lookup');
    await page.getByRole('button', { name: 'flow cytometer' }).click();
    answer = page.getByTestId('lookup-answer');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="lookup-answer"]')?.getAttribute('data-script') ===
        'en',
    );
    expect(await answer.getAttribute('data-verdict')).toBe('listed');
    expect(await page.getByTestId('lookup-summary').innerText()).toMatch(/9027\.50/);
    expect(await page.getByTestId('lookup-candidate').first().innerText()).toMatch(
      /Equipment and spare parts/,
    );
    await journey.snap('flow-cytometer-en');

    await switchLanguage(page, 'zh-Hant');
    await page.getByTestId('lookup-text').fill('實驗小鼠');
    await page.getByTestId('lookup-submit').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="lookup-summary"]')?.textContent?.includes('實驗小鼠'),
    );
    answer = page.getByTestId('lookup-answer');
    expect(await answer.getAttribute('data-verdict')).toBe('listed');
    expect(await answer.getAttribute('data-script')).toBe('zh-Hant');
    expect(await page.getByTestId('flag-biosafety').isVisible()).toBe(true);
    expect(await page.getByTestId('lookup-candidate').first().innerText()).toMatch(/動物及其產品/);
    await journey.snap('mice-zh-hant');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('an importer follows "Ask customs" to a question pre-filled with the text and the heading', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'hetao-lookup-ask');
    const { page } = journey;
    await logIn(page, 'importer@demo.opchub.cn');
    await page.goto(`/hetao/lookup?q=${encodeURIComponent('重组人 EGF 100µg')}`);
    const answer = page.getByTestId('lookup-answer');
    await answer.waitFor();
    expect(await answer.getAttribute('data-verdict')).toBe('uncertain');
    await page.getByTestId('ask-customs').click();
    await page.waitForURL(/\/hetao\/questions\/new\?/);
    await page.getByTestId('ask-description').waitFor();
    expect(await page.getByTestId('ask-description').inputValue()).toBe('重组人 EGF 100µg');
    expect(await page.getByTestId('ask-code').inputValue()).toBe('350400');
    await journey.snap('prefilled-question');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
