/**
 * Keyset paging, the one way lists page (issue #19): a list is ordered by a key that ends in a
 * unique column; a page ends with its last row's key, and the next page starts strictly after it.
 * No OFFSET, so the last page costs what the first does.
 *
 * The same `KeyColumn[]` builds the ORDER BY ({@link orderByKey}) and the "after this row"
 * condition ({@link afterKey}), so the two cannot disagree. The cursor a client sees is the key,
 * opaque (base64url JSON) and tied to the list it came from ({@link encodeCursor}).
 *
 * Timestamps: read a timestamp key column as text ({@link keyText}) so its microseconds survive
 * the round trip through the cursor; a JavaScript Date keeps only milliseconds.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../errors/app-error';

export type KeyValue = string | number | null;

export interface KeyColumn {
  column: SQLWrapper;
  direction: 'asc' | 'desc';
  /** Where nulls sort; only columns that can be null need it. Default: the column is not null. */
  nulls?: 'first' | 'last';
}

/** The ORDER BY of a keyset-paged list. */
export function orderByKey(columns: readonly KeyColumn[]): SQL[] {
  return columns.map(({ column, direction, nulls }) =>
    nulls
      ? sql`${column} ${sql.raw(direction)} nulls ${sql.raw(nulls)}`
      : sql`${column} ${sql.raw(direction)}`,
  );
}

/**
 * The rows strictly after `key` in the order of `columns`.
 *
 * NOTE: the condition must be one an index can start from, or the database walks the index from
 * the top and filters, and the last page costs what OFFSET did. An OR of per-column comparisons is
 * not: a B-tree scan cannot begin at it. So when every column runs the same way and none may be
 * null (the usual case) it is a row comparison, `(a, b) < (x, y)`, which a B-tree index on
 * `(a, b)` in that order serves directly; otherwise the OR form is preceded by the bound it
 * implies on the first column (`a <= x`), which an index on `a` can start from.
 */
export function afterKey(columns: readonly KeyColumn[], key: readonly KeyValue[]): SQL {
  if (key.length !== columns.length) throw new Error('keyset: key and columns differ in length');
  const first = columns[0];
  if (!first) throw new Error('keyset: a key has at least one column');
  const uniform = columns.every(
    ({ direction, nulls }) => direction === first.direction && nulls === undefined,
  );
  if (uniform && key.every((value) => value !== null)) {
    const comparison = sql.raw(first.direction === 'asc' ? '>' : '<');
    const left = sql.join(
      columns.map(({ column }) => sql`${column}`),
      sql`, `,
    );
    const right = sql.join(
      key.map((value) => sql`${value}`),
      sql`, `,
    );
    return sql`(${left}) ${comparison} (${right})`;
  }
  const build = (index: number): SQL => {
    const { column, direction, nulls } = columns[index]!;
    const value = key[index]!;
    const comparison = direction === 'asc' ? sql.raw('>') : sql.raw('<');
    // Strictly after `value` in this column alone.
    let after: SQL;
    let equal: SQL;
    if (value === null) {
      equal = sql`${column} is null`;
      after = nulls === 'first' ? sql`${column} is not null` : sql`false`;
    } else {
      equal = sql`${column} = ${value}`;
      after =
        nulls === 'last'
          ? sql`(${column} ${comparison} ${value} or ${column} is null)`
          : sql`${column} ${comparison} ${value}`;
    }
    if (index === columns.length - 1) return after;
    return sql`(${after} or (${equal} and ${build(index + 1)}))`;
  };
  const firstValue = key[0];
  if (firstValue === null || first.nulls !== undefined) return build(0);
  const bound = sql.raw(first.direction === 'asc' ? '>=' : '<=');
  return sql`(${first.column} ${bound} ${firstValue} and ${build(0)})`;
}

/** A timestamp (or any) column read as text, so a key keeps its full precision. */
export function keyText(column: SQLWrapper): SQL<string> {
  return sql<string>`${column}::text`;
}

/** The query parameter every keyset-paged list takes. */
export const cursorParam = z
  .string()
  .max(1000)
  .optional()
  .describe(
    'From the previous page (`nextCursor`, or the `Link: rel="next"` header): the next page',
  );

/**
 * The `offset` parameter lists took before keyset paging: still accepted where it was documented
 * (a published contract is kept), ignored when a cursor is given.
 */
export const deprecatedOffsetParam = z.coerce
  .number()
  .int()
  .min(0)
  .default(0)
  .describe('Deprecated: use cursor. Rows to skip; ignored when a cursor is given.');

/** The `nextCursor` member of a keyset-paged list's answer. */
export const nextCursorField = z
  .string()
  .nullable()
  .describe('The `cursor` of the next page; null on the last page');

/** The opaque cursor for the page after the row with this key. */
export function encodeCursor(list: string, key: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

const keyValueSchema = z.union([z.string().max(300), z.number(), z.null()]);

/**
 * A timestamp as PostgreSQL prints one, or in ISO 8601. NOTE: the ranges and the calendar are
 * checked too — `2026-13-45 25:00:00+00` has the right shape, but the database refuses it (500).
 */
function timestampText() {
  return z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-]\d{2}(:?\d{2}){0,2}|Z)$/,
    )
    .refine((text) => z.iso.date().safeParse(text.slice(0, 10)).success);
}

/**
 * What each kind of key value must look like, for {@link decodeCursor}'s `length`: an edited
 * cursor whose value the database cannot compare with the column (`id > 'x'` on a uuid) would
 * otherwise be a 500 instead of a 400.
 */
export const keyValueShapes = {
  uuid: z.uuid(),
  /** An `integer` (int4) column: a larger number would be a 500 in the comparison. */
  integer: z.number().int().min(-2_147_483_648).max(2_147_483_647),
  /** A text column (a name, an e-mail). */
  text: z.string(),
  /** A `date` key column (`date(…, { mode: 'string' })`): `2026-12-07`. */
  date: z.iso.date(),
  /** A timestamptz read with {@link keyText}: `2026-12-07 13:56:08.123456+00`. */
  timestamp: timestampText(),
  /** A nullable timestamp key column (`nulls: 'first' | 'last'`). */
  nullableTimestamp: timestampText().nullable(),
  /** A nullable `date` key column (`date(…, { mode: 'string' })`): `2026-12-07`. */
  nullableDate: z.iso.date().nullable(),
} satisfies Record<string, z.ZodType<KeyValue>>;

/**
 * The key a cursor holds; undefined when there is none (the first page). A cursor that was not
 * made by this list (edited, or from another list) is a 400 on the `cursor` parameter. `length`
 * is the number of key columns, or the shape of each ({@link keyValueShapes}) so that a value of
 * the wrong kind is a 400 too.
 */
export function decodeCursor(
  list: string,
  cursor: string | undefined,
  length: number | readonly z.ZodType<KeyValue>[],
): KeyValue[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const shapes = typeof length === 'number' ? undefined : length;
  const count = typeof length === 'number' ? length : length.length;
  const parsed = z.tuple([z.literal(list)], keyValueSchema).safeParse(decoded);
  if (!parsed.success || parsed.data.length !== count + 1) throw invalidCursor();
  const key = parsed.data.slice(1);
  if (shapes && !shapes.every((shape, index) => shape.safeParse(key[index]).success))
    throw invalidCursor();
  return key;
}

/** The 400 for a cursor this list did not make (also for a key of the wrong type in one). */
export function invalidCursor() {
  return new AppError('request.validation_failed', {
    fieldErrors: [
      {
        pointer: '/query/cursor',
        code: 'invalid_cursor',
        detail: {
          'zh-Hans': '翻页标记无效或不属于此列表，请从第一页重新开始。',
          'zh-Hant': '翻頁標記無效或不屬於此列表，請從第一頁重新開始。',
          en: 'This cursor did not come from this list; start again from the first page.',
        },
      },
    ],
  });
}

/**
 * Cuts a `limit + 1` fetch to a page: the rows to show and the cursor of the next page (null on
 * the last one). Fetch one row more than the page so the last page is known without a count.
 */
export function pageOf<Row>(
  rows: Row[],
  limit: number,
  list: string,
  keyOf: (row: Row) => readonly KeyValue[],
): { rows: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(list, keyOf(last)) : null,
  };
}

/**
 * The RFC 8288 `Link` header of the next page, for lists whose documented response is a bare
 * array (a new `nextCursor` member cannot be added to an array without breaking its clients).
 */
export function nextPageLink(url: string, nextCursor: string | null): string | undefined {
  if (nextCursor === null) return undefined;
  const next = new URL(url, 'http://placeholder');
  // The cursor says where the next page starts; an `offset` beside it would skip rows again.
  next.searchParams.delete('offset');
  next.searchParams.set('cursor', nextCursor);
  return `<${next.pathname}${next.search}>; rel="next"`;
}
