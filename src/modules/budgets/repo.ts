import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applications } from '../../db/schema/applications';
import { budgetLines, budgetMovements, type BudgetMovementKind } from '../../db/schema/budgets';
import { afterKey, keyText, orderByKey, type KeyColumn, type KeyValue } from '../../shared/keyset';

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

/**
 * The order of a line's ledger, oldest first, ending in the unique id (keyset paging). Served by
 * the index `budget_movements_line_occurred_idx` (budget_line_id, occurred_at, id).
 */
export const movementKey: readonly KeyColumn[] = [
  { column: budgetMovements.occurredAt, direction: 'asc' },
  { column: budgetMovements.id, direction: 'asc' },
];

/**
 * One page of a line's ledger: at most `limit + 1` movements after `after` (see `pageOf`), with
 * the key of each (`occurredAtKey`: the timestamp as text, to the microsecond) and the reference
 * of the application it is for.
 */
export async function listMovementsPage(
  db: Executor,
  budgetLineId: string,
  limit: number,
  after: KeyValue[] | undefined,
) {
  return db
    .select({
      id: budgetMovements.id,
      applicationId: budgetMovements.applicationId,
      // NOTE: read in the same statement (a join on the primary key), not once per movement.
      applicationReference: applications.reference,
      kind: budgetMovements.kind,
      amountFen: budgetMovements.amountFen,
      occurredAt: budgetMovements.occurredAt,
      occurredAtKey: keyText(budgetMovements.occurredAt),
    })
    .from(budgetMovements)
    .innerJoin(applications, eq(applications.id, budgetMovements.applicationId))
    .where(
      and(
        eq(budgetMovements.budgetLineId, budgetLineId),
        after ? afterKey(movementKey, after) : undefined,
      ),
    )
    .orderBy(...orderByKey(movementKey))
    .limit(limit + 1);
}

/** The ledger's reserved amount: reservations less what was consumed or released. */
const ledgerReserved = sql<string>`coalesce(sum(case ${budgetMovements.kind} when 'reserve' then ${budgetMovements.amountFen} when 'consume' then -${budgetMovements.amountFen} when 'release' then -${budgetMovements.amountFen} end), 0)`;
/** The ledger's consumed amount. */
const ledgerConsumed = sql<string>`coalesce(sum(case when ${budgetMovements.kind} = 'consume' then ${budgetMovements.amountFen} else 0 end), 0)`;

/** What the ledger says the line's reserved and consumed amounts are (reconciliation). */
export async function sumMovements(db: Executor, budgetLineId: string) {
  const [row] = await db
    .select({ reserved: ledgerReserved, consumed: ledgerConsumed })
    .from(budgetMovements)
    .where(eq(budgetMovements.budgetLineId, budgetLineId));
  return { reservedFen: Number(row?.reserved ?? 0), consumedFen: Number(row?.consumed ?? 0) };
}

/**
 * A line with what its ledger sums to, in one statement: the line and the sums are read from the
 * same snapshot, so an approval committing in between cannot make a sound line look unreconciled.
 * The database sums the movements (an aggregate over the line's index); none is loaded.
 */
export async function findBudgetLineWithLedger(db: Executor, id: string) {
  const ledger = db
    .select({
      budgetLineId: budgetMovements.budgetLineId,
      reserved: sql<string>`${ledgerReserved}`.as('ledger_reserved'),
      consumed: sql<string>`${ledgerConsumed}`.as('ledger_consumed'),
    })
    .from(budgetMovements)
    .where(eq(budgetMovements.budgetLineId, id))
    .groupBy(budgetMovements.budgetLineId)
    .as('ledger');
  const [row] = await db
    .select({ line: budgetLines, reserved: ledger.reserved, consumed: ledger.consumed })
    .from(budgetLines)
    .leftJoin(ledger, eq(ledger.budgetLineId, budgetLines.id))
    .where(eq(budgetLines.id, id));
  if (!row) return undefined;
  return {
    line: row.line,
    ledger: { reservedFen: Number(row.reserved ?? 0), consumedFen: Number(row.consumed ?? 0) },
  };
}
