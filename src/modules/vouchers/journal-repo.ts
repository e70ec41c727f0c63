import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { idempotencyKeys, voucherCommandLog, voucherCommandSeals } from '../../db/schema/vouchers';

/**
 * The queries of the two journals around the ledger: idempotency keys (idempotency.ts) and the
 * voucher command log with its seals into the audit chain (command-log.ts). Kept apart from
 * repo.ts, which holds the ledger, providers, grants, contracts and statements.
 */

// ---------------------------------------------------------------------------------------------
// Idempotency keys

/**
 * Claims a key for this transaction. PostgreSQL makes a second claim of the same key wait until
 * the first transaction ends: if it committed, this returns false and the caller replays the
 * stored answer; if it rolled back, this claim succeeds and the work is done once.
 */
export async function claimIdempotencyKey(
  db: Executor,
  values: { scope: string; key: string; requestHash: string; createdAt: Date },
) {
  const [row] = await db
    .insert(idempotencyKeys)
    .values({ ...values, responseStatus: 0, responseBody: {} })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return row !== undefined;
}

export async function storeIdempotentResponse(
  db: Executor,
  scope: string,
  key: string,
  response: { status: number; body: unknown },
) {
  await db
    .update(idempotencyKeys)
    .set({ responseStatus: response.status, responseBody: response.body })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}

export async function findIdempotencyKey(db: Executor, scope: string, key: string) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  return row;
}

/** Forgets keys older than `before` (they are kept at least 24 hours). */
export async function deleteIdempotencyKeysBefore(db: Executor, before: Date) {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, before))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}

// ---------------------------------------------------------------------------------------------
// The command log and its seals

export type VoucherCommandRow = typeof voucherCommandLog.$inferSelect;

export async function insertCommand(db: Executor, values: typeof voucherCommandLog.$inferInsert) {
  await db.insert(voucherCommandLog).values(values);
}

/** The last seal (the one with the highest `to_seq`), if any. */
export async function findLastSeal(db: Executor) {
  const [row] = await db
    .select()
    .from(voucherCommandSeals)
    .orderBy(desc(voucherCommandSeals.toSeq))
    .limit(1)
    .for('update');
  return row;
}

/** Command rows after `afterSeq` that are older than `before`, in order, at most `limit`. */
export async function listCommandsToSeal(
  db: Executor,
  afterSeq: number,
  before: Date,
  limit: number,
) {
  return db
    .select()
    .from(voucherCommandLog)
    .where(
      and(sql`${voucherCommandLog.seq} > ${afterSeq}`, lt(voucherCommandLog.occurredAt, before)),
    )
    .orderBy(asc(voucherCommandLog.seq))
    .limit(limit);
}

export async function insertSeal(db: Executor, values: typeof voucherCommandSeals.$inferInsert) {
  await db.insert(voucherCommandSeals).values(values);
}

export async function listSeals(db: Executor) {
  return db.select().from(voucherCommandSeals).orderBy(asc(voucherCommandSeals.toSeq));
}

/** Command rows in `fromSeq`…`toSeq`, in order (a seal's rows, to check it). */
export async function listCommandsBetween(db: Executor, fromSeq: number, toSeq: number) {
  return db
    .select()
    .from(voucherCommandLog)
    .where(sql`${voucherCommandLog.seq} between ${fromSeq} and ${toSeq}`)
    .orderBy(asc(voucherCommandLog.seq));
}

/** How many command rows there are, and how many lie after the last seal. */
export async function countCommands(db: Executor, sealedThrough: number) {
  const [row] = await db
    .select({
      rows: sql<number>`count(*)::int`,
      unsealed: sql<number>`count(*) filter (where ${voucherCommandLog.seq} > ${sealedThrough})::int`,
    })
    .from(voucherCommandLog);
  return row!;
}

/** A subject's command rows, oldest first (a contract's history). */
export async function listCommandsOf(db: Executor, subjectType: string, subjectId: string) {
  return db
    .select()
    .from(voucherCommandLog)
    .where(
      and(
        eq(voucherCommandLog.subjectType, subjectType),
        eq(voucherCommandLog.subjectId, subjectId),
      ),
    )
    .orderBy(asc(voucherCommandLog.seq));
}
