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
import { registerOrganisation } from '../hetao/test-support';

/**
 * The staff directory of organisations pages by keyset cursor, by name (issue #19): every
 * organisation once, in order, names that tie broken by id; the deprecated `offset` still works.
 */
let server: TestServer;
let reviewer: TestClient;

const planOf = (statement: string) => planIn(server.database.db, statement);

const indexesOf = (table: string) => indexesIn(server.database.db, table);

beforeAll(async () => {
  server = await startTestServer();
  reviewer = await server.signedInClient(['reviewer']);
  const founder = await server.signedInClient(['founder']);
  // Three organisations share a name (names are not unique; credit codes are).
  for (const name of [
    '河套翻页乙',
    '河套翻页甲',
    '河套翻页乙',
    '河套翻页丙',
    '河套翻页乙',
    'Hetao Paging Ltd',
  ])
    await registerOrganisation(founder, name);
});
afterAll(async () => {
  await server?.close();
});

const walk = (path: string) => walkByCursor(reviewer, path, (item: { id: string }) => item.id);

async function expectedOrder(where = sql`true`) {
  const result = await server.database.db.execute<{ id: string }>(
    sql`select id from organisations where ${where} order by name, id`,
  );
  return (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
}

describe('the organisation directory', () => {
  it('pages by cursor: every organisation once, by name, ties broken by id', async () => {
    const order = await expectedOrder();
    expect(order.length).toBeGreaterThanOrEqual(6);
    for (const limit of [1, 2, 4])
      expect(await walk(`/api/v1/organisations/all?limit=${limit}`)).toEqual(order);
    const searched = await expectedOrder(sql`name like '%翻页%'`);
    expect(searched).toHaveLength(5);
    expect(await walk(`/api/v1/organisations/all?limit=2&q=${encodeURIComponent('翻页')}`)).toEqual(
      searched,
    );
    const first = await reviewer.get('/api/v1/organisations/all?limit=2');
    expect(first.body.total).toBe(order.length);
  });

  it('still skips rows by the deprecated offset', async () => {
    const order = await expectedOrder();
    const page = await reviewer.get('/api/v1/organisations/all?limit=2&offset=3');
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual(order.slice(3, 5));
    const next = await reviewer.get(
      `/api/v1/organisations/all?limit=2&offset=3&cursor=${page.body.nextCursor}`,
    );
    expect(next.body.items.map((item: { id: string }) => item.id)).toEqual(order.slice(5, 7));
  });

  it('costs the same statements for a page of many as for a page of one', async () => {
    const one = await reviewer.get('/api/v1/organisations/all?limit=1');
    const many = await reviewer.get('/api/v1/organisations/all?limit=200');
    expect(many.body.items.length).toBeGreaterThanOrEqual(6);
    expect(many.headers.get('x-sql-statements')).toBe(one.headers.get('x-sql-statements'));
  });

  it('refuses a cursor it did not make: 400 on /query/cursor', async () => {
    for (const cursor of [
      'x',
      Buffer.from('["accounts","a@b.cn"]').toString('base64url'),
      // The right list and length, an id the database could not compare (a 500 once).
      Buffer.from('["organisations","某公司","not-a-uuid"]').toString('base64url'),
    ]) {
      const response = await reviewer.get(`/api/v1/organisations/all?cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].pointer).toBe('/query/cursor');
    }
  });
});

describe('indexes (NOTE: they come with the issue #19 migration)', () => {
  it('start a page at its cursor in the name index, without sorting', async () => {
    const plan = await planOf(
      `select id from organisations where (name, id) > ('河套', '00000000-0000-0000-0000-000000000000') order by name, id limit 10`,
    );
    expect(plan).toContain('organisations_name_id_idx');
    expect(plan).toContain('Index Cond: (ROW(name, id) > ROW(');
    expect(plan).not.toContain('Sort');
  });

  it('search the credit code by trigrams (the name has its own, from the review queue)', async () => {
    const indexes = await indexesOf('organisations');
    expect(indexes.organisations_credit_code_trgm_idx).toMatch(/gin \(credit_code gin_trgm_ops\)/);
  });
});
