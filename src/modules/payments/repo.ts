import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { allowanceSchedules } from '../../db/schema/allowances';
import { applications } from '../../db/schema/applications';
import { paymentBatches, paymentLines } from '../../db/schema/payments';
import { afterKey, keyText, orderByKey, type KeyColumn, type KeyValue } from '../../shared/keyset';

export type PaymentBatchRow = typeof paymentBatches.$inferSelect;
export type PaymentLineRow = typeof paymentLines.$inferSelect;

/**
 * Approved money benefits waiting for their one payment (new approvals and failed payments). A
 * monthly allowance is not among them: its instalments are paid one by one (allowances module).
 */
function payable(ids?: string[]) {
  return and(
    inArray(applications.status, ['approved', 'payment_failed']),
    eq(applications.paidByPlatform, true),
    sql`${applications.approvedAmountFen} > 0`,
    sql`not exists (select 1 from ${allowanceSchedules} where ${allowanceSchedules.applicationId} = ${applications.id})`,
    ids ? inArray(applications.id, ids) : undefined,
  );
}

/**
 * The ids of the payable applications (all, or those of `ids`), to build a batch from: the batch
 * locks and reads them whole in its transaction, so this read needs no more than the ids (not the
 * evaluation and snapshot JSON of every row).
 */
export async function listPayableApplicationIds(db: Executor, ids?: string[]) {
  return db
    .select({ id: applications.id })
    .from(applications)
    .where(payable(ids))
    .orderBy(asc(applications.decidedAt), asc(applications.id));
}

/**
 * The order of the payable list: the longest waiting first, ending in the unique id. NOTE: an
 * approved application always has `decided_at`; `nulls last` is what Postgres does for `asc`
 * anyway, said here so the keyset condition agrees with the order.
 */
export const payableKey: readonly KeyColumn[] = [
  { column: applications.decidedAt, direction: 'asc', nulls: 'last' },
  { column: applications.id, direction: 'asc' },
];

/**
 * A page of the columns finance's list shows, not the evaluation and snapshot JSON of each row:
 * at most `limit + 1` rows after `after` (see `pageOf`).
 */
export async function listPayableSummaries(
  db: Executor,
  limit: number,
  after: KeyValue[] | undefined,
) {
  return db
    .select({
      id: applications.id,
      reference: applications.reference,
      policyId: applications.policyId,
      status: applications.status,
      approvedAmountFen: applications.approvedAmountFen,
      payeeName: sql<string | null>`${applications.payee} ->> 'accountName'`,
      decidedAt: applications.decidedAt,
      decidedAtKey: keyText(applications.decidedAt),
    })
    .from(applications)
    .where(and(payable(), after ? afterKey(payableKey, after) : undefined))
    .orderBy(...orderByKey(payableKey))
    .limit(limit + 1);
}

export async function insertBatch(db: Executor, values: typeof paymentBatches.$inferInsert) {
  const [row] = await db.insert(paymentBatches).values(values).returning();
  return row!;
}

export async function insertLines(db: Executor, values: (typeof paymentLines.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(paymentLines).values(values).returning();
}

export async function findBatch(db: Executor, id: string) {
  const [row] = await db.select().from(paymentBatches).where(eq(paymentBatches.id, id));
  return row;
}

export async function lockBatch(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(paymentBatches)
    .where(eq(paymentBatches.id, id))
    .for('update');
  return row;
}

/**
 * The order of the batch list: newest first, ending in the unique id. Served by the index
 * `payment_batches_created_idx` (created_at desc, id desc).
 */
export const batchKey: readonly KeyColumn[] = [
  { column: paymentBatches.createdAt, direction: 'desc' },
  { column: paymentBatches.id, direction: 'desc' },
];

/** A page of batches: at most `limit + 1` after `after` (see `pageOf`). */
export async function listBatches(db: Executor, limit: number, after: KeyValue[] | undefined) {
  return db
    .select({ batch: paymentBatches, createdAtKey: keyText(paymentBatches.createdAt) })
    .from(paymentBatches)
    .where(after ? afterKey(batchKey, after) : undefined)
    .orderBy(...orderByKey(batchKey))
    .limit(limit + 1);
}

/** The order of a batch's lines: by line number, unique within the batch. */
export const lineKey: readonly KeyColumn[] = [
  { column: paymentLines.lineNumber, direction: 'asc' },
];

/**
 * A page of a batch's lines: at most `limit + 1` after `after` (see `pageOf`). Served by the
 * unique index `payment_lines_batch_line_unique` (batch_id, line_number).
 */
export async function listLinesPage(
  db: Executor,
  batchId: string,
  limit: number,
  after: KeyValue[] | undefined,
) {
  return db
    .select()
    .from(paymentLines)
    .where(and(eq(paymentLines.batchId, batchId), after ? afterKey(lineKey, after) : undefined))
    .orderBy(...orderByKey(lineKey))
    .limit(limit + 1);
}

/** Every line of a batch, in order (the export file holds them all). */
export async function listLines(db: Executor, batchId: string) {
  return db
    .select()
    .from(paymentLines)
    .where(eq(paymentLines.batchId, batchId))
    .orderBy(asc(paymentLines.lineNumber));
}

/** The lines of a batch with these numbers (the ones a result file names), for update. */
export async function listLinesNumbered(db: Executor, batchId: string, lineNumbers: number[]) {
  if (lineNumbers.length === 0) return [];
  return db
    .select()
    .from(paymentLines)
    .where(
      and(
        eq(paymentLines.batchId, batchId),
        // NOTE: one array parameter, not one per line: a result file may name tens of thousands.
        sql`${paymentLines.lineNumber} = any(${`{${lineNumbers.join(',')}}`}::int[])`,
      ),
    );
}

/** Lines and amounts per batch and status, summed by the database (one row per pair). */
export async function sumLinesOfBatches(db: Executor, batchIds: string[]) {
  if (batchIds.length === 0) return [];
  return db
    .select({
      batchId: paymentLines.batchId,
      status: paymentLines.status,
      lines: sql<number>`count(*)::int`,
      amountFen: sql<number>`sum(${paymentLines.amountFen})::bigint`.mapWith(Number),
    })
    .from(paymentLines)
    .where(inArray(paymentLines.batchId, batchIds))
    .groupBy(paymentLines.batchId, paymentLines.status);
}

export async function updateLine(
  db: Executor,
  id: string,
  expectedStatus: PaymentLineRow['status'],
  values: Partial<typeof paymentLines.$inferInsert>,
) {
  const [row] = await db
    .update(paymentLines)
    .set(values)
    .where(and(eq(paymentLines.id, id), eq(paymentLines.status, expectedStatus)))
    .returning();
  return row;
}

export async function touchBatch(
  db: Executor,
  id: string,
  values: Partial<typeof paymentBatches.$inferInsert>,
) {
  await db.update(paymentBatches).set(values).where(eq(paymentBatches.id, id));
}

export async function countBatchesOn(db: Executor, prefix: string) {
  const [row] = await db
    .select({ value: sql<number>`count(*)::int` })
    .from(paymentBatches)
    .where(sql`${paymentBatches.reference} like ${`${prefix}%`}`);
  return row?.value ?? 0;
}
