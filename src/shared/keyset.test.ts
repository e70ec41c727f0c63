import { PGlite } from '@electric-sql/pglite';
import { and, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { integer, PgDialect, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import {
  afterKey,
  decodeCursor,
  encodeCursor,
  keyText,
  nextPageLink,
  orderByKey,
  pageOf,
  type KeyColumn,
  type KeyValue,
} from './keyset';

const rows = pgTable('keyset_rows', {
  id: text('id').primaryKey(),
  rank: integer('rank'),
  at: timestamp('at', { withTimezone: true, mode: 'date' }),
});

describe('keyset paging', () => {
  let client: PGlite;
  let db: ReturnType<typeof drizzle>;
  beforeAll(async () => {
    client = new PGlite();
    db = drizzle(client);
    await client.exec(
      'create table keyset_rows (id text primary key, rank integer, at timestamptz)',
    );
  });
  afterAll(async () => {
    await client.close();
  });

  const rowArbitrary = fc.record({
    // Few distinct values, so ties and nulls are common; microseconds that a Date would drop.
    rank: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    microsecond: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  });
  const columnArbitrary = fc.record({
    direction: fc.constantFrom('asc' as const, 'desc' as const),
    nulls: fc.constantFrom('first' as const, 'last' as const),
  });

  /**
   * Stores the rows, then walks them page by page through cursors and expects the same ids, in
   * the same order, as one query ordered by the key.
   */
  async function expectPagingToVisitAll(
    data: { rank: number | null; microsecond: number | null }[],
    key: KeyColumn[],
    limit: number,
  ) {
    await client.exec('delete from keyset_rows');
    for (const [index, row] of data.entries()) {
      await client.query(`insert into keyset_rows values ($1, $2, $3::timestamptz)`, [
        `r${String(index).padStart(2, '0')}`,
        row.rank,
        row.microsecond === null ? null : `2026-12-07 10:00:00.00000${row.microsecond}+00`,
      ]);
    }
    const select = (where: SQL | undefined, take: number) =>
      db
        .select({ id: rows.id, rank: rows.rank, at: keyText(rows.at) })
        .from(rows)
        .where(and(where))
        .orderBy(...orderByKey(key))
        .limit(take);
    const everything = (await select(undefined, 1000)).map((row) => row.id);

    const visited: string[] = [];
    let cursor: string | null | undefined;
    for (let pages = 0; cursor !== null && pages < 50; pages += 1) {
      const after = decodeCursor('rows', cursor ?? undefined, 3);
      const fetched = await select(after ? afterKey(key, after) : undefined, limit + 1);
      const page = pageOf(fetched, limit, 'rows', (row): KeyValue[] => [row.rank, row.at, row.id]);
      visited.push(...page.rows.map((row) => row.id));
      cursor = page.nextCursor;
    }
    expect(visited).toEqual(everything);
  }

  const direction = fc.constantFrom('asc' as const, 'desc' as const);

  it('visits every row exactly once, in the order of the key, whatever the page size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArbitrary, { maxLength: 25 }),
        columnArbitrary,
        columnArbitrary,
        direction,
        fc.integer({ min: 1, max: 7 }),
        (data, rankOrder, atOrder, idDirection, limit) =>
          expectPagingToVisitAll(
            data,
            [
              { column: rows.rank, ...rankOrder },
              { column: rows.at, ...atOrder },
              { column: rows.id, direction: idDirection },
            ],
            limit,
          ),
      ),
      { numRuns: 60 },
    );
  });

  it('pages keys without nulls (a row comparison, or a leading bound) the same way', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            rank: fc.integer({ min: 0, max: 3 }),
            microsecond: fc.integer({ min: 0, max: 4 }),
          }),
          { maxLength: 25 },
        ),
        direction,
        direction,
        direction,
        fc.integer({ min: 1, max: 7 }),
        (data, rankDirection, atDirection, idDirection, limit) =>
          expectPagingToVisitAll(
            data,
            [
              { column: rows.rank, direction: rankDirection },
              { column: rows.at, direction: atDirection },
              { column: rows.id, direction: idDirection },
            ],
            limit,
          ),
      ),
      { numRuns: 60 },
    );
  });

  it('starts an index scan at the cursor: a row comparison when the key runs one way', () => {
    const dialect = new PgDialect();
    const uniform = dialect.sqlToQuery(
      afterKey(
        [
          { column: rows.at, direction: 'desc' },
          { column: rows.id, direction: 'desc' },
        ],
        ['2026-12-07 10:00:00.000001+00', 'r01'],
      ),
    );
    expect(uniform.sql).toBe('("keyset_rows"."at", "keyset_rows"."id") < ($1, $2)');
    const mixed = dialect.sqlToQuery(
      afterKey(
        [
          { column: rows.rank, direction: 'asc' },
          { column: rows.id, direction: 'desc' },
        ],
        [2, 'r01'],
      ),
    );
    expect(mixed.sql.startsWith('("keyset_rows"."rank" >= $1 and ')).toBe(true);
  });

  it('refuses a cursor made by another list or edited by hand', () => {
    const cursor = encodeCursor('queue', ['2026-12-07', 3, 'abc']);
    expect(decodeCursor('queue', cursor, 3)).toEqual(['2026-12-07', 3, 'abc']);
    const bads = [
      encodeCursor('precedents', ['x', 1, 'y']),
      encodeCursor('queue', ['x']),
      'not-a-cursor',
      cursor.slice(0, -2),
    ];
    for (const bad of bads) {
      try {
        decodeCursor('queue', bad, 3);
        expect.unreachable(`accepted ${bad}`);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).fieldErrors?.[0]?.pointer).toBe('/query/cursor');
      }
    }
  });

  it('links the next page, keeping the other parameters', () => {
    expect(nextPageLink('/api/v1/payments/payable?limit=2', 'abc')).toBe(
      '</api/v1/payments/payable?limit=2&cursor=abc>; rel="next"',
    );
    expect(nextPageLink('/api/v1/payments/payable?cursor=old', 'new')).toBe(
      '</api/v1/payments/payable?cursor=new>; rel="next"',
    );
    expect(nextPageLink('/api/v1/payments/payable', null)).toBeUndefined();
    // A deprecated offset beside the cursor would skip the rows the cursor already skipped.
    expect(nextPageLink('/api/v1/hetao/precedents?offset=20&limit=5', 'c')).toBe(
      '</api/v1/hetao/precedents?limit=5&cursor=c>; rel="next"',
    );
  });
});
