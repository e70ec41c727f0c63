import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  hetaoClassElections,
  hetaoDeclarationLines,
  hetaoDeclarations,
  hetaoLedgerItems,
  hetaoLedgerMovements,
} from '../../db/schema/hetao-ledger';
import { organisations } from '../../db/schema/people';

/**
 * Drizzle queries of the declarations and the electronic ledger (issue #16). Reads join the
 * organisation's name (a read of the organisations module's table in one query, as the
 * officers' lists do); writes touch only this module's tables.
 */

export type DeclarationRow = typeof hetaoDeclarations.$inferSelect;
export type DeclarationLineRow = typeof hetaoDeclarationLines.$inferSelect;
export type LedgerItemRow = typeof hetaoLedgerItems.$inferSelect;
export type MovementRow = typeof hetaoLedgerMovements.$inferSelect;
export type ElectionRow = typeof hetaoClassElections.$inferSelect;

export async function findDeclarationByNumber(
  db: Executor,
  organisationId: string,
  declarationNumber: string,
) {
  const [row] = await db
    .select({ id: hetaoDeclarations.id })
    .from(hetaoDeclarations)
    .where(
      and(
        eq(hetaoDeclarations.organisationId, organisationId),
        eq(hetaoDeclarations.declarationNumber, declarationNumber),
      ),
    );
  return row;
}

export async function insertDeclaration(
  tx: Executor,
  row: typeof hetaoDeclarations.$inferInsert,
): Promise<DeclarationRow> {
  const [inserted] = await tx.insert(hetaoDeclarations).values(row).returning();
  return inserted!;
}

export async function insertDeclarationLines(
  tx: Executor,
  rows: (typeof hetaoDeclarationLines.$inferInsert)[],
): Promise<DeclarationLineRow[]> {
  return tx.insert(hetaoDeclarationLines).values(rows).returning();
}

export async function insertLedgerItems(
  tx: Executor,
  rows: (typeof hetaoLedgerItems.$inferInsert)[],
): Promise<LedgerItemRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(hetaoLedgerItems).values(rows).returning();
}

const declarationColumns = {
  declaration: hetaoDeclarations,
  organisationName: organisations.name,
};

export async function findDeclaration(db: Executor, id: string) {
  const [row] = await db
    .select(declarationColumns)
    .from(hetaoDeclarations)
    .innerJoin(organisations, eq(organisations.id, hetaoDeclarations.organisationId))
    .where(eq(hetaoDeclarations.id, id));
  if (!row) return undefined;
  const lines = await db
    .select({ line: hetaoDeclarationLines, ledgerItemId: hetaoLedgerItems.id })
    .from(hetaoDeclarationLines)
    .leftJoin(hetaoLedgerItems, eq(hetaoLedgerItems.lineId, hetaoDeclarationLines.id))
    .where(eq(hetaoDeclarationLines.declarationId, id))
    .orderBy(asc(hetaoDeclarationLines.lineNumber));
  return { ...row, lines };
}

/** Declarations, newest first, of some organisations (or all when `organisationIds` is null). */
export async function listDeclarations(db: Executor, organisationIds: string[] | null) {
  const lineCounts = db
    .select({ declarationId: hetaoDeclarationLines.declarationId, lines: count().as('lines') })
    .from(hetaoDeclarationLines)
    .groupBy(hetaoDeclarationLines.declarationId)
    .as('line_counts');
  return db
    .select({ ...declarationColumns, lineCount: lineCounts.lines })
    .from(hetaoDeclarations)
    .innerJoin(organisations, eq(organisations.id, hetaoDeclarations.organisationId))
    .innerJoin(lineCounts, eq(lineCounts.declarationId, hetaoDeclarations.id))
    .where(
      organisationIds === null
        ? undefined
        : inArray(hetaoDeclarations.organisationId, organisationIds),
    )
    .orderBy(desc(hetaoDeclarations.declaredOn), desc(hetaoDeclarations.createdAt))
    .limit(1000);
}

/** Ledger items with their line, declaration and organisation name. */
export async function listLedgerItems(
  db: Executor,
  filter: { organisationIds?: string[] | null; itemId?: string },
) {
  const conditions: SQL[] = [];
  if (filter.organisationIds)
    conditions.push(inArray(hetaoLedgerItems.organisationId, filter.organisationIds));
  if (filter.itemId) conditions.push(eq(hetaoLedgerItems.id, filter.itemId));
  return db
    .select({
      item: hetaoLedgerItems,
      line: hetaoDeclarationLines,
      declarationNumber: hetaoDeclarations.declarationNumber,
      organisationName: organisations.name,
    })
    .from(hetaoLedgerItems)
    .innerJoin(hetaoDeclarationLines, eq(hetaoDeclarationLines.id, hetaoLedgerItems.lineId))
    .innerJoin(hetaoDeclarations, eq(hetaoDeclarations.id, hetaoLedgerItems.declarationId))
    .innerJoin(organisations, eq(organisations.id, hetaoLedgerItems.organisationId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(hetaoDeclarations.declaredOn), asc(hetaoDeclarationLines.lineNumber))
    .limit(5000);
}
export type LedgerItemJoined = Awaited<ReturnType<typeof listLedgerItems>>[number];

export async function movementsOfItems(db: Executor, itemIds: string[]): Promise<MovementRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .select()
    .from(hetaoLedgerMovements)
    .where(inArray(hetaoLedgerMovements.itemId, itemIds))
    .orderBy(asc(hetaoLedgerMovements.occurredOn), asc(hetaoLedgerMovements.createdAt));
}

/** The item under a row lock (SELECT … FOR UPDATE) for the rest of the transaction. */
export async function lockLedgerItem(tx: Executor, id: string) {
  const [row] = await tx
    .select({ item: hetaoLedgerItems, line: hetaoDeclarationLines })
    .from(hetaoLedgerItems)
    .innerJoin(hetaoDeclarationLines, eq(hetaoDeclarationLines.id, hetaoLedgerItems.lineId))
    .where(eq(hetaoLedgerItems.id, id))
    .for('update', { of: hetaoLedgerItems });
  return row;
}

export async function updateLedgerQuantities(
  tx: Executor,
  id: string,
  quantities: { quantityWrittenOff: number; quantityMoved: number; quantityHeld: number },
  now: Date,
): Promise<LedgerItemRow> {
  const [row] = await tx
    .update(hetaoLedgerItems)
    .set({ ...quantities, updatedAt: now })
    .where(eq(hetaoLedgerItems.id, id))
    .returning();
  return row!;
}

export async function insertMovement(
  tx: Executor,
  row: typeof hetaoLedgerMovements.$inferInsert,
): Promise<MovementRow> {
  const [inserted] = await tx.insert(hetaoLedgerMovements).values(row).returning();
  return inserted!;
}

export async function insertElection(
  tx: Executor,
  row: typeof hetaoClassElections.$inferInsert,
): Promise<ElectionRow> {
  const [inserted] = await tx.insert(hetaoClassElections).values(row).returning();
  return inserted!;
}

export async function listElections(db: Executor, organisationId: string): Promise<ElectionRow[]> {
  return db
    .select()
    .from(hetaoClassElections)
    .where(eq(hetaoClassElections.organisationId, organisationId))
    .orderBy(desc(hetaoClassElections.electedOn));
}
