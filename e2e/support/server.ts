import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { testConfig } from '../../src/config';
import { startServer, type RunningServer } from '../../src/server';
import { launchBrowser, takeCspViolations, type Browser } from './browser';
import { ensureWebBuilt } from '../../src/web-build';

export { demoLogins, DEMO_PASSWORD } from '../../src/modules/demo/service';

/**
 * The real server (API and built web app) on a random port, over a fresh in-memory PGlite
 * seeded with the demo data — one demo account per role, password DEMO_PASSWORD.
 */
export async function startE2eServer(): Promise<RunningServer> {
  // Built when missing, rebuilt when web/ changed: a journey never tests yesterday's bundle.
  await ensureWebBuilt((line) => console.log(`[e2e] ${line}`));
  return startServer(
    testConfig({ seedDemo: true, database: { kind: 'pglite', dataDir: undefined }, port: 0 }),
    () => undefined,
  );
}

/**
 * For a describe block: the real server and a browser, started before its journeys and closed
 * after them. Read `env.server` and `env.browser` inside the journeys (they are set in beforeAll).
 * A journey fails if its pages met a Content-Security-Policy violation.
 */
export function useServerAndBrowser(): { server: RunningServer; browser: Browser } {
  const env = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startE2eServer();
    env.browser = await launchBrowser();
  });
  afterEach(() => {
    expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
