import { and, asc, desc, eq, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { organisations } from '../../db/schema/people';
import {
  spaceCommunities,
  spaceHighGrowthDefinitions,
  spaceHighGrowthMarks,
  spaceLeases,
  spaceResidentRecords,
  spaceTargetSnapshots,
} from '../../db/schema/spaces';

/** A lease's last day: the move-out day when the company left early. */
const leaseLastDay = sql<string>`coalesce(${spaceLeases.movedOutOn}, ${spaceLeases.endsOn})`;

/**
 * The leases under which the organisation is a resident on `day` (started, not yet over), with
 * their community's operator and demo flag.
 */
export async function listLeasesOfResidentOn(db: Executor, organisationId: string, day: string) {
  return db
    .select({
      leaseId: spaceLeases.id,
      communityId: spaceLeases.communityId,
      operatorOrganisationId: spaceCommunities.operatorOrganisationId,
    })
    .from(spaceLeases)
    .innerJoin(spaceCommunities, eq(spaceCommunities.id, spaceLeases.communityId))
    .where(
      and(
        eq(spaceLeases.organisationId, organisationId),
        lte(spaceLeases.startsOn, day),
        gte(leaseLastDay, day),
      ),
    );
}

/**
 * Every company resident on `day` in a community, once per company and community, with the
 * community's district and demo flag (the targets count a company once, wherever it leases).
 */
export async function listResidentsOn(db: Executor, day: string) {
  return db
    .selectDistinct({
      organisationId: spaceLeases.organisationId,
      communityId: spaceLeases.communityId,
      districtCode: spaceCommunities.districtCode,
      demo: spaceCommunities.demo,
    })
    .from(spaceLeases)
    .innerJoin(spaceCommunities, eq(spaceCommunities.id, spaceLeases.communityId))
    .where(and(lte(spaceLeases.startsOn, day), gte(leaseLastDay, day)))
    .orderBy(asc(spaceLeases.organisationId), asc(spaceLeases.communityId));
}

/**
 * A page of the companies resident in a community on `day` (a lease covering the day), by
 * organisation id: at most `limit + 1` after `afterId` (see `pageOf`).
 */
export async function listResidentsOfCommunity(
  db: Executor,
  communityId: string,
  day: string,
  page: { limit: number; afterId: string | undefined },
) {
  return db
    .selectDistinct({ organisationId: spaceLeases.organisationId, name: organisations.name })
    .from(spaceLeases)
    .innerJoin(organisations, eq(organisations.id, spaceLeases.organisationId))
    .where(
      and(
        eq(spaceLeases.communityId, communityId),
        lte(spaceLeases.startsOn, day),
        gte(leaseLastDay, day),
        page.afterId ? gt(spaceLeases.organisationId, page.afterId) : undefined,
      ),
    )
    .orderBy(asc(spaceLeases.organisationId))
    .limit(page.limit + 1);
}

/** The newest record of each of these organisations. */
export async function listNewestRecordsOf(db: Executor, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectDistinctOn([spaceResidentRecords.organisationId])
    .from(spaceResidentRecords)
    .where(inArray(spaceResidentRecords.organisationId, organisationIds))
    .orderBy(
      asc(spaceResidentRecords.organisationId),
      desc(spaceResidentRecords.setAt),
      desc(spaceResidentRecords.id),
    );
}

/** The newest high-growth mark of each of these organisations. */
export async function listNewestMarksOf(db: Executor, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectDistinctOn([spaceHighGrowthMarks.organisationId])
    .from(spaceHighGrowthMarks)
    .where(inArray(spaceHighGrowthMarks.organisationId, organisationIds))
    .orderBy(
      asc(spaceHighGrowthMarks.organisationId),
      desc(spaceHighGrowthMarks.setAt),
      desc(spaceHighGrowthMarks.id),
    );
}

/** Every community, for the targets (a few dozen rows: the city's register). */
export async function listCommunitiesForTargets(db: Executor) {
  return db
    .select({
      id: spaceCommunities.id,
      districtCode: spaceCommunities.districtCode,
      grossAreaM2: spaceCommunities.grossAreaM2,
      status: spaceCommunities.status,
      openedOn: spaceCommunities.openedOn,
      closesOn: spaceCommunities.closesOn,
      demo: spaceCommunities.demo,
    })
    .from(spaceCommunities);
}

export async function findOrganisationName(db: Executor, organisationId: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row;
}

// --- Residents' records -------------------------------------------------------------------------

export async function insertResidentRecord(
  db: Executor,
  values: typeof spaceResidentRecords.$inferInsert,
) {
  const [row] = await db.insert(spaceResidentRecords).values(values).returning();
  return row!;
}

/** The organisation's records, newest first. */
export async function listResidentRecords(db: Executor, organisationId: string) {
  return db
    .select()
    .from(spaceResidentRecords)
    .where(eq(spaceResidentRecords.organisationId, organisationId))
    .orderBy(desc(spaceResidentRecords.setAt), desc(spaceResidentRecords.id));
}

/** Each organisation's newest record set at or before `asOf`. */
export async function listLatestResidentRecords(db: Executor, asOf: Date) {
  return db
    .selectDistinctOn([spaceResidentRecords.organisationId])
    .from(spaceResidentRecords)
    .where(lte(spaceResidentRecords.setAt, asOf))
    .orderBy(
      asc(spaceResidentRecords.organisationId),
      desc(spaceResidentRecords.setAt),
      desc(spaceResidentRecords.id),
    );
}

// --- High growth ----------------------------------------------------------------------------------

export async function insertHighGrowthDefinition(
  db: Executor,
  values: typeof spaceHighGrowthDefinitions.$inferInsert,
) {
  const [row] = await db
    .insert(spaceHighGrowthDefinitions)
    .values(values)
    .onConflictDoNothing()
    .returning();
  return row;
}

/** The definitions, the newest effective date first. */
export async function listHighGrowthDefinitions(db: Executor) {
  return db
    .select()
    .from(spaceHighGrowthDefinitions)
    .orderBy(desc(spaceHighGrowthDefinitions.effectiveFrom));
}

/** The definition in force on `day` (published at or before `asOf`), if any. */
export async function findHighGrowthDefinitionInForce(db: Executor, day: string, asOf: Date) {
  const [row] = await db
    .select()
    .from(spaceHighGrowthDefinitions)
    .where(
      and(
        lte(spaceHighGrowthDefinitions.effectiveFrom, day),
        lte(spaceHighGrowthDefinitions.publishedAt, asOf),
      ),
    )
    .orderBy(desc(spaceHighGrowthDefinitions.effectiveFrom))
    .limit(1);
  return row;
}

export async function insertHighGrowthMark(
  db: Executor,
  values: typeof spaceHighGrowthMarks.$inferInsert,
) {
  const [row] = await db.insert(spaceHighGrowthMarks).values(values).returning();
  return row!;
}

export async function listHighGrowthMarks(db: Executor, organisationId: string) {
  return db
    .select()
    .from(spaceHighGrowthMarks)
    .where(eq(spaceHighGrowthMarks.organisationId, organisationId))
    .orderBy(desc(spaceHighGrowthMarks.setAt), desc(spaceHighGrowthMarks.id));
}

/** Each organisation's newest mark set at or before `asOf`. */
export async function listLatestHighGrowthMarks(db: Executor, asOf: Date) {
  return db
    .selectDistinctOn([spaceHighGrowthMarks.organisationId])
    .from(spaceHighGrowthMarks)
    .where(lte(spaceHighGrowthMarks.setAt, asOf))
    .orderBy(
      asc(spaceHighGrowthMarks.organisationId),
      desc(spaceHighGrowthMarks.setAt),
      desc(spaceHighGrowthMarks.id),
    );
}

// --- Target snapshots -------------------------------------------------------------------------------

export async function upsertTargetSnapshot(
  db: Executor,
  values: typeof spaceTargetSnapshots.$inferInsert,
) {
  await db
    .insert(spaceTargetSnapshots)
    .values(values)
    .onConflictDoUpdate({
      target: spaceTargetSnapshots.takenOn,
      set: { figures: values.figures, takenBy: values.takenBy, takenAt: values.takenAt },
    });
}

/** Snapshots taken on or before `day`, oldest first. */
export async function listTargetSnapshotsUntil(db: Executor, day: string) {
  return db
    .select()
    .from(spaceTargetSnapshots)
    .where(lte(spaceTargetSnapshots.takenOn, day))
    .orderBy(asc(spaceTargetSnapshots.takenOn));
}

/** Is there a snapshot in the month of `day` (`YYYY-MM-…`)? */
export async function hasTargetSnapshotInMonth(db: Executor, day: string) {
  const month = day.slice(0, 7);
  const [row] = await db
    .select({ takenOn: spaceTargetSnapshots.takenOn })
    .from(spaceTargetSnapshots)
    .where(sql`to_char(${spaceTargetSnapshots.takenOn}, 'YYYY-MM') = ${month}`)
    .limit(1);
  return row !== undefined;
}
