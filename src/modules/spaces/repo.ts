import { and, asc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts } from '../../db/schema/accounts';
import { memberships, organisations, people } from '../../db/schema/people';
import {
  spaceApplications,
  spaceCommunities,
  spaceLadders,
  spaceLeases,
  spaceUnitRents,
  spaceUnits,
} from '../../db/schema/spaces';

// ---------------------------------------------------------------------------------------------
// People and organisations (read only: the organisations module owns them)

export async function findOrganisationById(db: Executor, id: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}

/** Does the account's person belong to the organisation (as founder or member)? */
export async function isAccountMemberOf(db: Executor, accountId: string, organisationId: string) {
  const [row] = await db
    .select({ personId: memberships.personId })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.organisationId, organisationId), eq(people.accountId, accountId)));
  return row !== undefined;
}

/** The organisations the account's person belongs to. */
export async function listOrganisationIdsOfAccount(db: Executor, accountId: string) {
  const rows = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(eq(people.accountId, accountId));
  return rows.map((row) => row.organisationId);
}

/** The active accounts of an organisation's members (to tell them of a decision or a lease). */
export async function listMemberAccounts(db: Executor, organisationId: string) {
  return db
    .select({
      id: accounts.id,
      email: accounts.email,
      preferredLanguage: accounts.preferredLanguage,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(accounts, eq(accounts.id, people.accountId))
    .where(and(eq(memberships.organisationId, organisationId), eq(accounts.status, 'active')));
}

// ---------------------------------------------------------------------------------------------
// Communities and ladders

const communityColumns = {
  community: spaceCommunities,
  operatorName: organisations.name,
  ladder: spaceLadders,
};

function selectCommunities(db: Executor) {
  return db
    .select(communityColumns)
    .from(spaceCommunities)
    .leftJoin(organisations, eq(organisations.id, spaceCommunities.operatorOrganisationId))
    .leftJoin(spaceLadders, eq(spaceLadders.communityId, spaceCommunities.id));
}

export async function findCommunity(db: Executor, id: string) {
  const [row] = await selectCommunities(db).where(eq(spaceCommunities.id, id));
  return row;
}

/** Locks the community's row for the rest of the transaction (its closing date decides leases). */
export async function lockCommunity(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(spaceCommunities)
    .where(eq(spaceCommunities.id, id))
    .for('update');
  return row;
}

/**
 * Reads the community under a share lock: allocations in one community go on side by side, while
 * a change of the community (which takes {@link lockCommunity}) waits for them, and they for it.
 */
export async function readCommunityShared(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(spaceCommunities)
    .where(eq(spaceCommunities.id, id))
    .for('share');
  return row;
}

/** The register: first-batch first, then by district and name. */
export async function listCommunities(db: Executor) {
  return selectCommunities(db).orderBy(
    sql`${spaceCommunities.firstBatch} desc`,
    asc(spaceCommunities.districtCode),
    asc(spaceCommunities.nameZhHans),
    asc(spaceCommunities.id),
  );
}

export async function insertCommunity(db: Executor, values: typeof spaceCommunities.$inferInsert) {
  const [row] = await db.insert(spaceCommunities).values(values).returning();
  return row!;
}

export async function updateCommunity(
  db: Executor,
  id: string,
  values: Partial<typeof spaceCommunities.$inferInsert>,
) {
  const [row] = await db
    .update(spaceCommunities)
    .set(values)
    .where(eq(spaceCommunities.id, id))
    .returning();
  return row;
}

export async function upsertLadder(db: Executor, values: typeof spaceLadders.$inferInsert) {
  const [row] = await db
    .insert(spaceLadders)
    .values(values)
    .onConflictDoUpdate({
      target: spaceLadders.communityId,
      set: {
        deskMaxTeamSize: values.deskMaxTeamSize,
        officeMaxTeamSize: values.officeMaxTeamSize,
        source: values.source,
        setBy: values.setBy,
        setAt: values.setAt,
      },
    })
    .returning();
  return row!;
}

export async function findLadder(db: Executor, communityId: string) {
  const [row] = await db
    .select()
    .from(spaceLadders)
    .where(eq(spaceLadders.communityId, communityId));
  return row;
}

// ---------------------------------------------------------------------------------------------
// Units and rents

export async function insertUnit(db: Executor, values: typeof spaceUnits.$inferInsert) {
  const [row] = await db.insert(spaceUnits).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateUnit(
  db: Executor,
  id: string,
  values: Partial<typeof spaceUnits.$inferInsert>,
) {
  const [row] = await db.update(spaceUnits).set(values).where(eq(spaceUnits.id, id)).returning();
  return row;
}

/** Another unit of the community already using this label, if any. */
export async function findUnitByLabel(db: Executor, communityId: string, label: string) {
  const [row] = await db
    .select({ id: spaceUnits.id })
    .from(spaceUnits)
    .where(and(eq(spaceUnits.communityId, communityId), eq(spaceUnits.label, label)));
  return row;
}

export async function findUnit(db: Executor, id: string) {
  const [row] = await db.select().from(spaceUnits).where(eq(spaceUnits.id, id));
  return row;
}

/**
 * Locks the unit's row for the rest of the transaction. NOTE: every lease of a unit is written
 * holding this lock, so two allocations of one unit take turns and the second sees the first.
 */
export async function lockUnit(db: Executor, id: string) {
  const [row] = await db.select().from(spaceUnits).where(eq(spaceUnits.id, id)).for('update');
  return row;
}

export async function listUnits(db: Executor, communityId: string) {
  return db
    .select()
    .from(spaceUnits)
    .where(eq(spaceUnits.communityId, communityId))
    .orderBy(asc(spaceUnits.kind), asc(spaceUnits.label), asc(spaceUnits.id));
}

export async function insertRent(db: Executor, values: typeof spaceUnitRents.$inferInsert) {
  const [row] = await db.insert(spaceUnitRents).values(values).onConflictDoNothing().returning();
  return row;
}

/** Every rent of these units in force on or before `day`, newest first per unit and kind. */
export async function listRentsUntil(db: Executor, unitIds: string[], day: string) {
  if (unitIds.length === 0) return [];
  return db
    .select()
    .from(spaceUnitRents)
    .where(and(inArray(spaceUnitRents.unitId, unitIds), lte(spaceUnitRents.effectiveFrom, day)))
    .orderBy(asc(spaceUnitRents.unitId), sql`${spaceUnitRents.effectiveFrom} desc`);
}

/** The units of the community a lease covers on `day` (its last day being the move-out, if any). */
export async function listUnitIdsOccupiedOn(db: Executor, communityId: string, day: string) {
  const rows = await db
    .selectDistinct({ unitId: spaceLeases.unitId })
    .from(spaceLeases)
    .where(
      and(
        eq(spaceLeases.communityId, communityId),
        lte(spaceLeases.startsOn, day),
        gte(sql`coalesce(${spaceLeases.movedOutOn}, ${spaceLeases.endsOn})`, day),
      ),
    );
  return new Set(rows.map((row) => row.unitId));
}

// ---------------------------------------------------------------------------------------------
// Applications

const applicationColumns = { application: spaceApplications, organisationName: organisations.name };

export async function insertApplication(
  db: Executor,
  values: typeof spaceApplications.$inferInsert,
) {
  const [row] = await db.insert(spaceApplications).values(values).returning();
  return row!;
}

export async function findApplication(db: Executor, id: string) {
  const [row] = await db
    .select(applicationColumns)
    .from(spaceApplications)
    .innerJoin(organisations, eq(organisations.id, spaceApplications.organisationId))
    .where(eq(spaceApplications.id, id));
  return row;
}

/** Locks the application's row: deciding or allocating it happens once. */
export async function lockApplication(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(spaceApplications)
    .where(eq(spaceApplications.id, id))
    .for('update');
  return row;
}

export async function updateApplication(
  db: Executor,
  id: string,
  values: Partial<typeof spaceApplications.$inferInsert>,
) {
  const [row] = await db
    .update(spaceApplications)
    .set(values)
    .where(eq(spaceApplications.id, id))
    .returning();
  return row!;
}

export async function listApplicationsOfCommunity(db: Executor, communityId: string) {
  return db
    .select(applicationColumns)
    .from(spaceApplications)
    .innerJoin(organisations, eq(organisations.id, spaceApplications.organisationId))
    .where(eq(spaceApplications.communityId, communityId))
    .orderBy(asc(spaceApplications.createdAt), asc(spaceApplications.id));
}

export async function listApplicationsOfOrganisations(db: Executor, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select(applicationColumns)
    .from(spaceApplications)
    .innerJoin(organisations, eq(organisations.id, spaceApplications.organisationId))
    .where(inArray(spaceApplications.organisationId, organisationIds))
    .orderBy(asc(spaceApplications.createdAt), asc(spaceApplications.id));
}

/** The admitted applications still waiting for space in these communities, in admission order. */
export async function listWaitingApplications(db: Executor, communityIds: string[]) {
  if (communityIds.length === 0) return [];
  return db
    .select()
    .from(spaceApplications)
    .where(
      and(
        inArray(spaceApplications.communityId, communityIds),
        eq(spaceApplications.status, 'admitted'),
      ),
    )
    .orderBy(asc(spaceApplications.decidedAt), asc(spaceApplications.id));
}

// ---------------------------------------------------------------------------------------------
// Leases

/** A lease of the unit sharing a day with [startsOn, endsOn] (both inclusive), if any. */
export async function findOverlappingLease(
  db: Executor,
  unitId: string,
  startsOn: string,
  endsOn: string,
  exceptLeaseId?: string,
) {
  const [row] = await db
    .select({ id: spaceLeases.id, startsOn: spaceLeases.startsOn, endsOn: spaceLeases.endsOn })
    .from(spaceLeases)
    .where(
      and(
        eq(spaceLeases.unitId, unitId),
        lte(spaceLeases.startsOn, endsOn),
        gte(sql`coalesce(${spaceLeases.movedOutOn}, ${spaceLeases.endsOn})`, startsOn),
        exceptLeaseId ? ne(spaceLeases.id, exceptLeaseId) : undefined,
      ),
    )
    .limit(1);
  return row;
}

/** Whether any lease of the community runs past `day` (a closing date may not cut one short). */
export async function findLeaseRunningPast(db: Executor, communityId: string, day: string) {
  const [row] = await db
    .select({ id: spaceLeases.id })
    .from(spaceLeases)
    .where(
      and(
        eq(spaceLeases.communityId, communityId),
        sql`coalesce(${spaceLeases.movedOutOn}, ${spaceLeases.endsOn}) > ${day}`,
      ),
    )
    .limit(1);
  return row;
}

export async function insertLease(db: Executor, values: typeof spaceLeases.$inferInsert) {
  const [row] = await db.insert(spaceLeases).values(values).returning();
  return row!;
}

const leaseColumns = { lease: spaceLeases, unitLabel: spaceUnits.label, unitKind: spaceUnits.kind };

export async function findLease(db: Executor, id: string) {
  const [row] = await db
    .select(leaseColumns)
    .from(spaceLeases)
    .innerJoin(spaceUnits, eq(spaceUnits.id, spaceLeases.unitId))
    .where(eq(spaceLeases.id, id));
  return row;
}

export async function lockLease(db: Executor, id: string) {
  const [row] = await db.select().from(spaceLeases).where(eq(spaceLeases.id, id)).for('update');
  return row;
}

export async function updateLease(
  db: Executor,
  id: string,
  values: Partial<typeof spaceLeases.$inferInsert>,
) {
  await db.update(spaceLeases).set(values).where(eq(spaceLeases.id, id));
}

export async function listLeases(
  db: Executor,
  filter: { communityId: string } | { organisationIds: string[] },
) {
  if ('organisationIds' in filter && filter.organisationIds.length === 0) return [];
  return db
    .select(leaseColumns)
    .from(spaceLeases)
    .innerJoin(spaceUnits, eq(spaceUnits.id, spaceLeases.unitId))
    .where(
      'communityId' in filter
        ? eq(spaceLeases.communityId, filter.communityId)
        : inArray(spaceLeases.organisationId, filter.organisationIds),
    )
    .orderBy(asc(spaceLeases.startsOn), asc(spaceLeases.id));
}

export type LadderRow = typeof spaceLadders.$inferSelect;
