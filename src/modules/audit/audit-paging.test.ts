import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../shared/service-context';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { walkByCursor } from '../../../test/support/paging';
import { recordAudit } from './service';

/**
 * The audit list pages by an opaque cursor as every list does (issue #19), beside the older
 * `beforeSeq` it keeps; its action filter (a prefix) is served by an index.
 */
let server: TestServer;
let admin: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signedInClient(['admin']);
  const ctx = systemContext(server.database.db, 'test');
  for (let index = 0; index < 7; index += 1) {
    await server.database.db.transaction((tx) =>
      recordAudit(tx, ctx, {
        action: index % 3 === 0 ? 'paging.other_happened' : 'paging.happened',
        subjectType: 'thing',
        subjectId: `${index}`,
      }),
    );
  }
});
afterAll(async () => {
  await server?.close();
});

const walk = (path: string) => walkByCursor(admin, path, (item: { seq: number }) => item.seq);

describe('the audit list', () => {
  it('pages by cursor, newest first, every row once (and beforeSeq still works)', async () => {
    const all = await admin.get('/api/v1/audit?action=paging.&limit=500');
    const seqs = all.body.items.map((item: { seq: number }) => item.seq);
    expect(seqs).toHaveLength(7);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    for (const limit of [1, 2, 3])
      expect(await walk(`/api/v1/audit?action=paging.&limit=${limit}`)).toEqual(seqs);
    // The filter is a prefix: `paging.h` is not `paging.other_happened`.
    expect(await walk('/api/v1/audit?action=paging.h&limit=2')).toHaveLength(4);

    const first = await admin.get('/api/v1/audit?action=paging.&limit=3');
    const older = await admin.get(
      `/api/v1/audit?action=paging.&limit=3&beforeSeq=${first.body.nextBeforeSeq}`,
    );
    const byCursor = await admin.get(
      `/api/v1/audit?action=paging.&limit=3&cursor=${first.body.nextCursor}`,
    );
    expect(older.body.items).toEqual(byCursor.body.items);
    expect(older.body.items[0].seq).toBe(seqs[3]);
  });

  it('refuses a cursor it did not make: 400 on /query/cursor', async () => {
    const bads = [
      'garbage',
      // Another list's cursor, and this list's with a key of the wrong kind.
      Buffer.from('["accounts","admin@example.cn"]').toString('base64url'),
      Buffer.from('["audit","12"]').toString('base64url'),
      Buffer.from('["audit",1.5]').toString('base64url'),
    ];
    for (const cursor of bads) {
      const response = await admin.get(`/api/v1/audit?cursor=${cursor}`);
      expect(response.status, cursor).toBe(400);
      expect(response.body.errors[0].pointer).toBe('/query/cursor');
    }
  });

  it('costs the same statements for a page of many rows as for one', async () => {
    const one = await admin.get('/api/v1/audit?limit=1');
    const many = await admin.get('/api/v1/audit?limit=200');
    expect(many.body.items.length).toBeGreaterThan(7);
    expect(many.headers.get('x-sql-statements')).toBe(one.headers.get('x-sql-statements'));
  });

  it('serves the action prefix filter from an index, whatever the collation', async () => {
    // NOTE: needs the migration that creates audit_log_action_prefix_idx (text_pattern_ops).
    const plan = await server.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = (await tx.execute(
        sql.raw(`explain select seq from audit_log where action like 'paging.%'`),
      )) as unknown as { rows: { 'QUERY PLAN': string }[] };
      const rows = result.rows;
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('audit_log_action_prefix_idx');
    expect(plan).toMatch(
      /Index Cond: \(\(action ~>=~ 'paging\.'::text\) AND \(action ~<~ 'paging\/'::text\)\)/,
    );
  });
});
