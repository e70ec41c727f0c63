import { and, asc, desc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organisations } from '../../db/schema/people';
import {
  spaceApplications,
  spaceCommunities,
  spaceLadders,
  spaceLeases,
  spaceLeaseTerms,
  spaceMoveUpRequests,
  spaceUnitRents,
  spaceUnits,
} from '../../db/schema/spaces';
import { afterKey, keyText, orderByKey, type KeyColumn, type KeyValue } from '../../shared/keyset';

/** A keyset page request: at most `limit + 1` rows strictly after `after` (see `pageOf`). */
export interface PageRequest {
  limit: number;
  after: KeyValue[] | undefined;
}

// ---------------------------------------------------------------------------------------------
// People and organisations (read only: the organisations module owns them)

export async function findOrganisationById(db: Executor, id: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
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

/**
 * Inserts an application; undefined when the company already has a live one (submitted or
 * admitted) with the community — the partial unique index `space_applications_one_live_unique`.
 */
export async function insertApplication(
  db: Executor,
  values: typeof spaceApplications.$inferInsert,
) {
  const [row] = await db.insert(spaceApplications).values(values).onConflictDoNothing().returning();
  return row;
}

/** The company's live application (submitted or admitted) with the community, if any. */
export async function findLiveApplication(
  db: Executor,
  communityId: string,
  organisationId: string,
) {
  const [row] = await db
    .select({ id: spaceApplications.id, status: spaceApplications.status })
    .from(spaceApplications)
    .where(
      and(
        eq(spaceApplications.communityId, communityId),
        eq(spaceApplications.organisationId, organisationId),
        inArray(spaceApplications.status, ['submitted', 'admitted']),
      ),
    );
  return row;
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

/** The applications queue's order: oldest first (served by space_applications_community_created_idx). */
export const applicationQueueKey: readonly KeyColumn[] = [
  { column: spaceApplications.createdAt, direction: 'asc' },
  { column: spaceApplications.id, direction: 'asc' },
];

/** A page of the community's applications, oldest first, with each row's key. */
export async function listApplicationsOfCommunity(
  db: Executor,
  communityId: string,
  page: PageRequest,
) {
  return db
    .select({ ...applicationColumns, createdAtKey: keyText(spaceApplications.createdAt) })
    .from(spaceApplications)
    .innerJoin(organisations, eq(organisations.id, spaceApplications.organisationId))
    .where(
      and(
        eq(spaceApplications.communityId, communityId),
        page.after ? afterKey(applicationQueueKey, page.after) : undefined,
      ),
    )
    .orderBy(...orderByKey(applicationQueueKey))
    .limit(page.limit + 1);
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

const leaseColumns = {
  lease: spaceLeases,
  unitLabel: spaceUnits.label,
  unitKind: spaceUnits.kind,
  organisationName: organisations.name,
};

export async function findLease(db: Executor, id: string) {
  const [row] = await db
    .select(leaseColumns)
    .from(spaceLeases)
    .innerJoin(spaceUnits, eq(spaceUnits.id, spaceLeases.unitId))
    .innerJoin(organisations, eq(organisations.id, spaceLeases.organisationId))
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

/** The order of lease lists: by start, then id (served by space_leases_community_start_idx). */
export const leaseKey: readonly KeyColumn[] = [
  { column: spaceLeases.startsOn, direction: 'asc' },
  { column: spaceLeases.id, direction: 'asc' },
];

/** Leases of a community (a page of them, when `page` is given) or of some companies. */
export async function listLeases(
  db: Executor,
  filter: { communityId: string } | { organisationIds: string[] },
  page?: PageRequest,
) {
  if ('organisationIds' in filter && filter.organisationIds.length === 0) return [];
  const query = db
    .select(leaseColumns)
    .from(spaceLeases)
    .innerJoin(spaceUnits, eq(spaceUnits.id, spaceLeases.unitId))
    .innerJoin(organisations, eq(organisations.id, spaceLeases.organisationId))
    .where(
      and(
        'communityId' in filter
          ? eq(spaceLeases.communityId, filter.communityId)
          : inArray(spaceLeases.organisationId, filter.organisationIds),
        page?.after ? afterKey(leaseKey, page.after) : undefined,
      ),
    )
    .orderBy(...orderByKey(leaseKey));
  return page ? query.limit(page.limit + 1) : query;
}

/** Leases of the community covering at least one day of [from, to] (both inclusive). */
export async function listLeasesCovering(
  db: Executor,
  communityId: string,
  from: string,
  to: string,
) {
  return db
    .select(leaseColumns)
    .from(spaceLeases)
    .innerJoin(spaceUnits, eq(spaceUnits.id, spaceLeases.unitId))
    .innerJoin(organisations, eq(organisations.id, spaceLeases.organisationId))
    .where(
      and(
        eq(spaceLeases.communityId, communityId),
        lte(spaceLeases.startsOn, to),
        gte(sql`coalesce(${spaceLeases.movedOutOn}, ${spaceLeases.endsOn})`, from),
      ),
    )
    .orderBy(...orderByKey(leaseKey));
}

// ---------------------------------------------------------------------------------------------
// Lease terms and move-up requests

export type LeaseTermRow = typeof spaceLeaseTerms.$inferSelect;
export type RentRow = typeof spaceUnitRents.$inferSelect;

export async function insertLeaseTerm(db: Executor, values: typeof spaceLeaseTerms.$inferInsert) {
  const [row] = await db.insert(spaceLeaseTerms).values(values).returning();
  return row!;
}

/** The recorded terms of these leases, earliest first per lease. */
export async function listLeaseTerms(db: Executor, leaseIds: string[]) {
  if (leaseIds.length === 0) return [];
  return db
    .select()
    .from(spaceLeaseTerms)
    .where(inArray(spaceLeaseTerms.leaseId, leaseIds))
    .orderBy(asc(spaceLeaseTerms.leaseId), asc(spaceLeaseTerms.startsOn));
}

export async function listRentsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(spaceUnitRents).where(inArray(spaceUnitRents.id, ids));
}

/** Every rent of these units (for reports over a span of months), newest first. */
export async function listRentsOfUnits(db: Executor, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select()
    .from(spaceUnitRents)
    .where(inArray(spaceUnitRents.unitId, unitIds))
    .orderBy(asc(spaceUnitRents.unitId), desc(spaceUnitRents.effectiveFrom));
}

export type MoveUpRequestRow = typeof spaceMoveUpRequests.$inferSelect;

/** Inserts a request; undefined when the lease already has an open one (partial unique index). */
export async function insertMoveUpRequest(
  db: Executor,
  values: typeof spaceMoveUpRequests.$inferInsert,
) {
  const [row] = await db
    .insert(spaceMoveUpRequests)
    .values(values)
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function findOpenMoveUpRequest(db: Executor, leaseId: string) {
  const [row] = await db
    .select()
    .from(spaceMoveUpRequests)
    .where(
      and(eq(spaceMoveUpRequests.leaseId, leaseId), eq(spaceMoveUpRequests.status, 'requested')),
    );
  return row;
}

export async function lockMoveUpRequest(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(spaceMoveUpRequests)
    .where(eq(spaceMoveUpRequests.id, id))
    .for('update');
  return row;
}

export async function updateMoveUpRequest(
  db: Executor,
  id: string,
  values: Partial<typeof spaceMoveUpRequests.$inferInsert>,
) {
  const [row] = await db
    .update(spaceMoveUpRequests)
    .set(values)
    .where(eq(spaceMoveUpRequests.id, id))
    .returning();
  return row!;
}

/** Move-up requests of a community, or of some companies; open ones first, then newest. */
export async function listMoveUpRequests(
  db: Executor,
  filter: { communityId: string } | { organisationIds: string[] },
) {
  if ('organisationIds' in filter && filter.organisationIds.length === 0) return [];
  return db
    .select({ request: spaceMoveUpRequests, organisationName: organisations.name })
    .from(spaceMoveUpRequests)
    .innerJoin(organisations, eq(organisations.id, spaceMoveUpRequests.organisationId))
    .where(
      'communityId' in filter
        ? eq(spaceMoveUpRequests.communityId, filter.communityId)
        : inArray(spaceMoveUpRequests.organisationId, filter.organisationIds),
    )
    .orderBy(
      sql`${spaceMoveUpRequests.status} = 'requested' desc`,
      desc(spaceMoveUpRequests.requestedAt),
      asc(spaceMoveUpRequests.id),
    );
}

export type LadderRow = typeof spaceLadders.$inferSelect;
