import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../src/shared/service-context';
import { recordAudit } from '../src/modules/audit/service';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Every request counts the SQL statements it sends (src/db/statement-count.ts); tests and
 * `bench:scale` read the count from `x-sql-statements`, and /metrics has it per route.
 */
describe('SQL statements per request', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  async function statementsOf(url: string) {
    const admin = await server.signedInClient(['admin']);
    const response = await admin.get(url);
    expect(response.status).toBe(200);
    return Number(response.headers.get('x-sql-statements'));
  }

  it('counts each request on its own, however many rows its page holds', async () => {
    const few = await statementsOf('/api/v1/audit?limit=5');
    expect(few).toBeGreaterThan(0);
    const ctx = systemContext(server.database.db, 'test');
    for (let index = 0; index < 40; index += 1) {
      await server.database.db.transaction((tx) =>
        recordAudit(tx, ctx, {
          action: 'test.counted',
          subjectType: 'thing',
          subjectId: `${index}`,
        }),
      );
    }
    // A page of 40 rows costs what a page of 5 does: the count is per request, not per row.
    expect(await statementsOf('/api/v1/audit?limit=40')).toBe(few);
  });

  it('does not send the header when it is not configured', async () => {
    const quiet = await startTestServer({ sqlStatementHeader: false });
    try {
      const response = await quiet.client().get('/api/v1/policies');
      expect(response.headers.get('x-sql-statements')).toBeNull();
    } finally {
      await quiet.close();
    }
  });
});
