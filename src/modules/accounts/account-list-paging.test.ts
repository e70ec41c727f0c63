import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import {
  indexesOf as indexesIn,
  planOf as planIn,
  walkByCursor,
} from '../../../test/support/paging';

/**
 * The administrators' account list pages by keyset cursor on the sign-in address (issue #19),
 * and loads the roles of a page in one statement.
 */
let server: TestServer;
let admin: TestClient;

const planOf = (statement: string) => planIn(server.database.db, statement);

const indexesOf = (table: string) => indexesIn(server.database.db, table);

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signedInClient(['admin'], 'admin@paging.example.cn');
  for (let index = 0; index < 7; index += 1)
    await server.signedInClient(
      index % 2 === 0 ? ['founder'] : ['reviewer', 'finance_officer'],
      `user${index}@paging.example.cn`,
    );
});
afterAll(async () => {
  await server?.close();
});

const walk = (path: string) => walkByCursor(admin, path, (item: { email: string }) => item.email);

async function expectedOrder(where = sql`true`) {
  const result = await server.database.db.execute<{ email: string }>(
    sql`select email from accounts where ${where} order by email`,
  );
  return (result as unknown as { rows: { email: string }[] }).rows.map((row) => row.email);
}

describe('the account list', () => {
  it('pages by cursor: every account once, by address, with filters', async () => {
    const order = await expectedOrder();
    expect(order).toHaveLength(8);
    for (const limit of [1, 3])
      expect(await walk(`/api/v1/admin/accounts?limit=${limit}`)).toEqual(order);
    const reviewers = await walk('/api/v1/admin/accounts?limit=1&role=reviewer&q=paging');
    expect(reviewers).toEqual([
      'user1@paging.example.cn',
      'user3@paging.example.cn',
      'user5@paging.example.cn',
    ]);
    const page = await admin.get('/api/v1/admin/accounts?limit=2&role=reviewer');
    expect(page.body.total).toBe(3);
    expect([...page.body.items[0].roles].sort()).toEqual(['finance_officer', 'reviewer']);
  });

  it('still skips rows by the deprecated offset', async () => {
    const order = await expectedOrder();
    const page = await admin.get('/api/v1/admin/accounts?limit=3&offset=2');
    expect(page.body.items.map((item: { email: string }) => item.email)).toEqual(order.slice(2, 5));
    const next = await admin.get(`/api/v1/admin/accounts?limit=3&cursor=${page.body.nextCursor}`);
    expect(next.body.items.map((item: { email: string }) => item.email)).toEqual(order.slice(5, 8));
    expect(next.body.nextCursor).toBeNull();
  });

  it('costs the same statements for a page of many as for a page of one', async () => {
    const one = await admin.get('/api/v1/admin/accounts?limit=1');
    const many = await admin.get('/api/v1/admin/accounts?limit=200');
    expect(many.body.items).toHaveLength(8);
    expect(many.headers.get('x-sql-statements')).toBe(one.headers.get('x-sql-statements'));
  });

  it('refuses a cursor it did not make: 400 on /query/cursor', async () => {
    for (const cursor of ['%%%', Buffer.from('["organisations","x","y"]').toString('base64url')]) {
      const response = await admin.get(
        `/api/v1/admin/accounts?cursor=${encodeURIComponent(cursor)}`,
      );
      expect(response.status).toBe(400);
      expect(response.body.errors[0].pointer).toBe('/query/cursor');
    }
  });
});

describe('indexes (NOTE: the trigram ones come with the issue #19 migration)', () => {
  it('start a page at its cursor in the address index, without sorting', async () => {
    const plan = await planOf(
      `select id from accounts where email > 'a@b.cn' order by email limit 10`,
    );
    expect(plan).toContain('accounts_email_unique');
    expect(plan).toContain("Index Cond: (email > 'a@b.cn'::text)");
    expect(plan).not.toContain('Sort');
  });

  it('search the address and name by trigrams', async () => {
    const indexes = await indexesOf('accounts');
    expect(indexes.accounts_email_trgm_idx).toMatch(/gin \(email gin_trgm_ops\)/);
    expect(indexes.accounts_display_name_trgm_idx).toMatch(/gin \(display_name gin_trgm_ops\)/);
  });
});
