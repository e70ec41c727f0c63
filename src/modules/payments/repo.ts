import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { allowanceSchedules } from '../../db/schema/allowances';
import { applications } from '../../db/schema/applications';
import { paymentBatches, paymentLines } from '../../db/schema/payments';

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

/** Whole rows of the payable applications (to build a batch from). */
export async function listPayableApplications(db: Executor, ids?: string[]) {
  return db.select().from(applications).where(payable(ids)).orderBy(asc(applications.decidedAt));
}

/** The columns finance's list shows, not the evaluation and snapshot JSON of each row. */
export async function listPayableSummaries(db: Executor) {
  return db
    .select({
      id: applications.id,
      reference: applications.reference,
      policyId: applications.policyId,
      status: applications.status,
      approvedAmountFen: applications.approvedAmountFen,
      payeeName: sql<string | null>`${applications.payee} ->> 'accountName'`,
      decidedAt: applications.decidedAt,
    })
    .from(applications)
    .where(payable())
    .orderBy(asc(applications.decidedAt));
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

export async function listBatches(db: Executor, limit: number) {
  return db.select().from(paymentBatches).orderBy(desc(paymentBatches.createdAt)).limit(limit);
}

export async function listLines(db: Executor, batchId: string) {
  return db
    .select()
    .from(paymentLines)
    .where(eq(paymentLines.batchId, batchId))
    .orderBy(asc(paymentLines.lineNumber));
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
