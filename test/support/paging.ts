import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../src/db/client';
import type { TestClient, TestResponse } from './test-server';

/**
 * What the keyset-paging tests of every list share (issue #19): walking a list to its end by
 * cursor or by `Link` header, the statements a request sent, and which index serves a query.
 */

/** The SQL statements a request sent (`x-sql-statements`, on in tests). */
export const statementsOf = (response: TestResponse) =>
  Number(response.headers.get('x-sql-statements'));

/** Follows `nextCursor` from the first page to the last, collecting `pick(item)` in order. */
export async function walkByCursor<Value = string>(
  client: TestClient,
  path: string,
  pick: (item: any) => Value = (item) => item.id,
): Promise<Value[]> {
  const values: Value[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages += 1) {
    const separator = path.includes('?') ? '&' : '?';
    const response: TestResponse = await client.get(
      cursor === null ? path : `${path}${separator}cursor=${encodeURIComponent(cursor)}`,
    );
    expect(response.status).toBe(200);
    values.push(...response.body.items.map(pick));
    cursor = response.body.nextCursor;
    if (cursor === null) return values;
  }
  throw new Error('more than 50 pages');
}

/** Follows the `Link: rel="next"` header of a bare-array list, collecting `pick(item)`. */
export async function walkByLink<Value = string>(
  client: TestClient,
  path: string,
  pick: (item: any) => Value = (item) => item.id,
): Promise<Value[]> {
  const values: Value[] = [];
  let next: string | null = path;
  for (let pages = 0; next !== null && pages < 50; pages += 1) {
    const response: TestResponse = await client.get(next);
    expect(response.status).toBe(200);
    values.push(...response.body.map(pick));
    const link = response.headers.get('link');
    next = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1]! : null;
  }
  return values;
}

/** The plan of a statement with sequential scans off: which index, if any, can serve it. */
export async function planOf(db: Db, statement: string) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const result = (await tx.execute(sql.raw(`explain ${statement}`))) as unknown as {
      rows: { 'QUERY PLAN': string }[];
    };
    return result.rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

/** The definitions of a table's indexes, by name. */
export async function indexesOf(db: Db, table: string) {
  const result = (await db.execute(
    sql`select indexname, indexdef from pg_indexes where tablename = ${table}`,
  )) as unknown as { rows: { indexname: string; indexdef: string }[] };
  return Object.fromEntries(result.rows.map((row) => [row.indexname, row.indexdef]));
}
