import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  organisationFactProfiles,
  personFactProfiles,
  ruleParameterValues,
} from '../../db/schema/rules';

export type ParameterValueRow = typeof ruleParameterValues.$inferSelect;

/** Every administrator-entered parameter value, oldest effective date first. */
export async function listParameterValues(db: Executor) {
  return db
    .select()
    .from(ruleParameterValues)
    .orderBy(asc(ruleParameterValues.effectiveFrom), asc(ruleParameterValues.enteredAt));
}

/** A cheap change marker: how many values exist and when the last was entered. */
export async function readParameterValuesMarker(db: Executor): Promise<string> {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      last: sql<string | null>`max(${ruleParameterValues.enteredAt})::text`,
    })
    .from(ruleParameterValues);
  return `${row?.count ?? 0}:${row?.last ?? ''}`;
}

export async function insertParameterValue(
  db: Executor,
  values: typeof ruleParameterValues.$inferInsert,
) {
  const [row] = await db.insert(ruleParameterValues).values(values).returning();
  return row!;
}

export async function findPersonFactProfile(db: Executor, personId: string) {
  const [row] = await db
    .select()
    .from(personFactProfiles)
    .where(eq(personFactProfiles.personId, personId));
  return row;
}

/** Locks the person's profile row (creating it) so concurrent saves merge one after another. */
export async function lockPersonFactProfile(db: Executor, personId: string) {
  await db.insert(personFactProfiles).values({ personId }).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(personFactProfiles)
    .where(eq(personFactProfiles.personId, personId))
    .for('update');
  return row!;
}

export async function updatePersonFactProfile(
  db: Executor,
  personId: string,
  facts: Record<string, unknown>,
  accountId: string | null,
) {
  const [row] = await db
    .update(personFactProfiles)
    .set({ facts, updatedAt: new Date(), updatedBy: accountId })
    .where(eq(personFactProfiles.personId, personId))
    .returning();
  return row!;
}

export async function findOrganisationFactProfile(db: Executor, organisationId: string) {
  const [row] = await db
    .select()
    .from(organisationFactProfiles)
    .where(eq(organisationFactProfiles.organisationId, organisationId));
  return row;
}

export async function lockOrganisationFactProfile(db: Executor, organisationId: string) {
  await db.insert(organisationFactProfiles).values({ organisationId }).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(organisationFactProfiles)
    .where(eq(organisationFactProfiles.organisationId, organisationId))
    .for('update');
  return row!;
}

export async function updateOrganisationFactProfile(
  db: Executor,
  organisationId: string,
  facts: Record<string, unknown>,
  accountId: string | null,
) {
  const [row] = await db
    .update(organisationFactProfiles)
    .set({ facts, updatedAt: new Date(), updatedBy: accountId })
    .where(eq(organisationFactProfiles.organisationId, organisationId))
    .returning();
  return row!;
}
