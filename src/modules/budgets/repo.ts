import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { budgetLines, budgetMovements, type BudgetMovementKind } from '../../db/schema/budgets';

export type BudgetLineRow = typeof budgetLines.$inferSelect;

export async function insertBudgetLine(db: Executor, values: typeof budgetLines.$inferInsert) {
  const [row] = await db.insert(budgetLines).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findBudgetLine(db: Executor, id: string) {
  const [row] = await db.select().from(budgetLines).where(eq(budgetLines.id, id));
  return row;
}

export async function findBudgetLineFor(db: Executor, policyId: string, year: number) {
  const [row] = await db
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.policyId, policyId), eq(budgetLines.year, year)));
  return row;
}

/**
 * Locks the budget line of a policy and year: `SELECT … FOR UPDATE`. Every approval takes this
 * lock before it reads what remains, so approvals of the same line run one after another.
 */
export async function lockBudgetLineFor(db: Executor, policyId: string, year: number) {
  const [row] = await db
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.policyId, policyId), eq(budgetLines.year, year)))
    .for('update');
  return row;
}

export async function lockBudgetLine(db: Executor, id: string) {
  const [row] = await db.select().from(budgetLines).where(eq(budgetLines.id, id)).for('update');
  return row;
}

export async function listBudgetLines(db: Executor, year?: number) {
  return db
    .select()
    .from(budgetLines)
    .where(year === undefined ? undefined : eq(budgetLines.year, year))
    .orderBy(asc(budgetLines.year), asc(budgetLines.policyId));
}

/** Adds to the line's reserved and consumed amounts (deltas may be negative). */
export async function adjustBudgetLine(
  db: Executor,
  id: string,
  reservedDeltaFen: number,
  consumedDeltaFen: number,
) {
  const [row] = await db
    .update(budgetLines)
    .set({
      reservedFen: sql`${budgetLines.reservedFen} + ${reservedDeltaFen}`,
      consumedFen: sql`${budgetLines.consumedFen} + ${consumedDeltaFen}`,
      updatedAt: new Date(),
    })
    .where(eq(budgetLines.id, id))
    .returning();
  return row!;
}

export async function updateBudgetLine(
  db: Executor,
  id: string,
  values: { totalFen?: number; note?: string },
) {
  const [row] = await db
    .update(budgetLines)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(budgetLines.id, id))
    .returning();
  return row;
}

export async function insertMovement(
  db: Executor,
  values: {
    budgetLineId: string;
    applicationId: string;
    /** The allowance instalment paid or stopped (monthly allowances only). */
    instalmentId?: string | null;
    kind: BudgetMovementKind;
    amountFen: number;
    actorAccountId: string | null;
    occurredAt: Date;
  },
) {
  const [row] = await db.insert(budgetMovements).values(values).onConflictDoNothing().returning();
  return row;
}

export async function listMovements(db: Executor, budgetLineId: string) {
  return db
    .select()
    .from(budgetMovements)
    .where(eq(budgetMovements.budgetLineId, budgetLineId))
    .orderBy(asc(budgetMovements.occurredAt));
}

/** What the ledger says the line's reserved and consumed amounts are (reconciliation). */
export async function sumMovements(db: Executor, budgetLineId: string) {
  const [row] = await db
    .select({
      reserved: sql<string>`coalesce(sum(case ${budgetMovements.kind} when 'reserve' then ${budgetMovements.amountFen} when 'consume' then -${budgetMovements.amountFen} when 'release' then -${budgetMovements.amountFen} end), 0)`,
      consumed: sql<string>`coalesce(sum(case when ${budgetMovements.kind} = 'consume' then ${budgetMovements.amountFen} else 0 end), 0)`,
    })
    .from(budgetMovements)
    .where(eq(budgetMovements.budgetLineId, budgetLineId));
  return { reservedFen: Number(row?.reserved ?? 0), consumedFen: Number(row?.consumed ?? 0) };
}
