import { chromium } from 'playwright-core';
const base = 'http://localhost:3100';
const shots = [
  ['importer', ['/hetao/white-list/mine', '/hetao/declarations/new', '/hetao/ledger', '/navigator']],
  ['whitelist', ['/hetao/white-list/desk', '/']],
  ['agency', ['/scenarios/agency', '/']],
  ['founder', ['/', '/scenarios', '/talent', '/funds', '/found-for-you', '/spaces']],
  ['fund', ['/funds/pipeline']],
  ['admin', ['/matching/imports', '/matching/runs', '/funds/overview']],
  ['customs', ['/hetao/customs/ledger', '/hetao/tariff']],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [who, paths] of shots) {
  const mobile = who === 'founder';
  const context = await browser.newContext(mobile ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 } : { viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + '/login');
  await page.locator('#email').fill(`${who}@demo.opchub.cn`);
  await page.locator('#password').fill('OpcHub-Demo-2026');
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('greeting').waitFor({ timeout: 30000 });
  for (const path of paths) {
    await page.goto(base + path);
    await page.waitForTimeout(2500);
    const name = `${who}${path.replaceAll('/', '_') || '_home'}`;
    await page.screenshot({ path: `/tmp/walk/${name}.png`, fullPage: !mobile });
  }
  await context.close();
}
for (const path of ['/hetao/white-list', '/verify']) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + path);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/walk/anon${path.replaceAll('/', '_')}.png`, fullPage: true });
  await context.close();
}
await browser.close();
