import { testConfig } from '../../src/config';
import { startServer, type RunningServer } from '../../src/server';
import { ensureCurrentWebBuild } from './web-build';

export { demoLogins, DEMO_PASSWORD } from '../../src/modules/demo/service';

/**
 * The real server (API and built web app) on a random port, over a fresh in-memory PGlite
 * seeded with the demo data — one demo account per role, password DEMO_PASSWORD.
 */
export async function startE2eServer(): Promise<RunningServer> {
  await ensureCurrentWebBuild();
  return startServer(
    testConfig({ seedDemo: true, database: { kind: 'pglite', dataDir: undefined }, port: 0 }),
    () => undefined,
  );
}
