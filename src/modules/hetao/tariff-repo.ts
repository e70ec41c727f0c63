import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { hetaoTariffRates, hetaoTariffVersions } from '../../db/schema/hetao-tariff';

/** Drizzle queries of the tariff table (issue #16 item 3); tariff-service.ts opens transactions. */

export type TariffVersionRow = typeof hetaoTariffVersions.$inferSelect;
export type TariffRateRow = typeof hetaoTariffRates.$inferSelect;

export async function findVersion(db: Executor, id: string, forUpdate = false) {
  const query = db.select().from(hetaoTariffVersions).where(eq(hetaoTariffVersions.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Every version, newest import first (a table of a few dozen versions at most). */
export function listVersions(db: Executor) {
  return db
    .select()
    .from(hetaoTariffVersions)
    .orderBy(desc(hetaoTariffVersions.importedAt), desc(hetaoTariffVersions.id));
}

export async function insertVersion(db: Executor, values: typeof hetaoTariffVersions.$inferInsert) {
  const [row] = await db.insert(hetaoTariffVersions).values(values).returning();
  return row!;
}

export async function updateVersion(
  db: Executor,
  id: string,
  values: Partial<typeof hetaoTariffVersions.$inferInsert>,
) {
  const [row] = await db
    .update(hetaoTariffVersions)
    .set(values)
    .where(eq(hetaoTariffVersions.id, id))
    .returning();
  return row!;
}

/** Inserts rates in batches (a statement's parameters are limited). */
export async function insertRates(db: Executor, rows: (typeof hetaoTariffRates.$inferInsert)[]) {
  for (let start = 0; start < rows.length; start += 1000)
    await db.insert(hetaoTariffRates).values(rows.slice(start, start + 1000));
}

export function ratesOfVersion(db: Executor, versionId: string, limit: number) {
  return db
    .select()
    .from(hetaoTariffRates)
    .where(eq(hetaoTariffRates.versionId, versionId))
    .orderBy(asc(hetaoTariffRates.hsCode))
    .limit(limit);
}

/**
 * The rate rows in force for these codes on `onDate`: from published versions in force by then,
 * the latest effective date first, then the latest published, then the longer (more precise) code.
 */
export async function findRateInForce(db: Executor, hsCodes: string[], onDate: string) {
  const [row] = await db
    .select({ rate: hetaoTariffRates, version: hetaoTariffVersions })
    .from(hetaoTariffRates)
    .innerJoin(hetaoTariffVersions, eq(hetaoTariffVersions.id, hetaoTariffRates.versionId))
    .where(
      and(
        inArray(hetaoTariffRates.hsCode, hsCodes),
        eq(hetaoTariffVersions.status, 'published'),
        lte(hetaoTariffVersions.effectiveDate, onDate),
      ),
    )
    .orderBy(
      desc(hetaoTariffVersions.effectiveDate),
      desc(hetaoTariffVersions.publishedAt),
      desc(sql`length(${hetaoTariffRates.hsCode})`),
    )
    .limit(1);
  return row;
}
