/**
 * `npm run bench:first-load` — what a phone downloads to show a page the first time (issue #12
 * item 5): the real server and built web app, Debian's Chromium with a phone's viewport and an
 * empty cache, every response's bytes on the wire (brotli where the browser accepts it, as our
 * server sends it). Measures /navigator (a founder's first stop) and, as the comparison in the
 * same run, the whole web bundle — every JavaScript and CSS asset the build wrote, compressed
 * the same way — which is what the first load would cost if nothing were split.
 *
 * Writes bench/results/first-load.json: metrics.navigatorBytes, metrics.navigatorJsBytes, the
 * largest chunk before compression, baseline.wholeBundleBytes, and ratio = whole ÷ navigator.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testConfig } from '../src/config';
import { startServer } from '../src/server';
import { ensureWebBuilt } from '../src/web-build';
import { webDistDir } from '../src/http/app';
import { launchBrowser, PHONE } from '../e2e/support/browser';
import { describeMachine } from './machine';

/** Each page, and what shows it is ready to use (its first control). */
const PAGES: [string, string][] = [
  ['/navigator', '[data-testid="scope-opc"]'],
  ['/', '[data-testid="landing-sign-in"]'],
];

async function main() {
  await ensureWebBuilt((line) => console.log(line));
  const server = await startServer(
    testConfig({ seedDemo: true, database: { kind: 'pglite', dataDir: undefined }, port: 0 }),
    () => undefined,
  );
  const browser = await launchBrowser();
  const perPage: Record<
    string,
    { bytes: number; jsBytes: number; cssBytes: number; requests: number }
  > = {};
  try {
    for (const [path, ready] of PAGES) {
      const context = await browser.newContext({
        viewport: PHONE,
        isMobile: true,
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const types = new Map<string, string>();
      const totals = { bytes: 0, jsBytes: 0, cssBytes: 0, requests: 0 };
      cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
      cdp.on('Network.loadingFinished', (event) => {
        const type = types.get(event.requestId);
        // What the web app itself costs: documents, scripts, styles, fonts (not API data).
        if (!type || !['Document', 'Script', 'Stylesheet', 'Font'].includes(type)) return;
        totals.bytes += event.encodedDataLength;
        totals.requests += 1;
        if (type === 'Script') totals.jsBytes += event.encodedDataLength;
        if (type === 'Stylesheet') totals.cssBytes += event.encodedDataLength;
      });
      await page.goto(`${server.url}${path}`);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      perPage[path] = totals;
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // The comparison: every JS and CSS asset of the build, brotli-compressed as served.
  const assets = join(webDistDir, 'assets');
  let wholeBundleBytes = 0;
  let largestChunkBytes = 0;
  let largestChunk = '';
  for (const name of readdirSync(assets)) {
    if (!/\.(js|css)$/.test(name)) continue;
    const raw = statSync(join(assets, name)).size;
    if (name.endsWith('.js') && raw > largestChunkBytes) {
      largestChunkBytes = raw;
      largestChunk = name;
    }
    let brotli = raw;
    try {
      brotli = statSync(join(assets, `${name}.br`)).size;
    } catch {
      // small assets are not precompressed
    }
    wholeBundleBytes += brotli;
  }
  const navigator = perPage['/navigator']!;
  const result = {
    name: 'first-load',
    date: new Date().toISOString(),
    machine: describeMachine(),
    metrics: {
      navigatorBytes: navigator.bytes,
      navigatorJsBytes: navigator.jsBytes,
      navigatorCssBytes: navigator.cssBytes,
      navigatorRequests: navigator.requests,
      homeBytes: perPage['/']!.bytes,
      largestChunk,
      largestChunkBytes,
    },
    baseline: { name: 'the whole web bundle, brotli', wholeBundleBytes },
    ratio: Number((wholeBundleBytes / navigator.bytes).toFixed(2)),
  };
  console.log(
    `/navigator on a phone, first load: ${(navigator.bytes / 1024).toFixed(1)} KB on the wire ` +
      `(${(navigator.jsBytes / 1024).toFixed(1)} KB JavaScript, ${navigator.requests} requests); ` +
      `home ${(perPage['/']!.bytes / 1024).toFixed(1)} KB`,
  );
  console.log(
    `whole bundle, brotli: ${(wholeBundleBytes / 1024).toFixed(1)} KB → ratio ${result.ratio}; ` +
      `largest chunk ${largestChunk} ${(largestChunkBytes / 1024).toFixed(1)} KB before compression`,
  );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/first-load.json', `${JSON.stringify(result, null, 2)}\n`);
}

await main();
process.exit(0);
