import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { accounts } from '../../db/schema/accounts';
import {
  matchingImports,
  matchingProfiles,
  matchingPushCandidates,
  matchingResults,
  matchingRunBatches,
  matchingRuns,
} from '../../db/schema/matching';

export type MatchingImportRow = typeof matchingImports.$inferSelect;
export type MatchingProfileRow = typeof matchingProfiles.$inferSelect;
export type MatchingRunRow = typeof matchingRuns.$inferSelect;
export type MatchingResultRow = typeof matchingResults.$inferSelect;
export type NewMatchingResult = typeof matchingResults.$inferInsert;
export type NewPushCandidate = typeof matchingPushCandidates.$inferInsert;
export type NewMatchingProfile = typeof matchingProfiles.$inferInsert;

/** An arbitrary constant: the advisory lock that numbers imports one after another. */
const IMPORT_VERSION_LOCK = 15_150_001;

// --- Imports ------------------------------------------------------------------------------------

/** The next import version, holding a transaction lock so two imports never share one. */
export async function nextImportVersion(tx: Executor): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_VERSION_LOCK})`);
  const [row] = await tx
    .select({ last: sql<number | null>`max(${matchingImports.version})` })
    .from(matchingImports);
  return Number(row?.last ?? 0) + 1;
}

export async function insertImport(tx: Executor, row: typeof matchingImports.$inferInsert) {
  const [inserted] = await tx.insert(matchingImports).values(row).returning();
  return inserted!;
}

/** The imports with the display name of the account that made each (null once deleted). */
export async function listImports(db: Executor, limit: number) {
  const rows = await db
    .select({ row: matchingImports, importedByName: accounts.displayName })
    .from(matchingImports)
    .leftJoin(accounts, eq(accounts.id, matchingImports.importedBy))
    .orderBy(desc(matchingImports.version))
    .limit(limit);
  return rows.map(({ row, importedByName }) => ({ ...row, importedByName }));
}

export async function findImport(db: Executor, id: string) {
  const [found] = await db
    .select({ row: matchingImports, importedByName: accounts.displayName })
    .from(matchingImports)
    .leftJoin(accounts, eq(accounts.id, matchingImports.importedBy))
    .where(eq(matchingImports.id, id));
  return found && { ...found.row, importedByName: found.importedByName };
}

// --- Profiles -----------------------------------------------------------------------------------

export async function findProfilesByCreditCodes(tx: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return tx
    .select()
    .from(matchingProfiles)
    .where(inArray(matchingProfiles.creditCode, codes))
    .for('update');
}

/** Inserts or replaces profiles in one statement; returns their ids by credit code. */
export async function upsertProfiles(tx: Executor, rows: NewMatchingProfile[]) {
  if (rows.length === 0) return [];
  return tx
    .insert(matchingProfiles)
    .values(rows)
    .onConflictDoUpdate({
      target: matchingProfiles.creditCode,
      set: {
        name: sql`excluded.name`,
        foundedOn: sql`excluded.founded_on`,
        district: sql`excluded.district`,
        size: sql`excluded.size`,
        industry: sql`excluded.industry`,
        facts: sql`excluded.facts`,
        factSources: sql`excluded.fact_sources`,
        lastImportId: sql`excluded.last_import_id`,
        updatedAt: sql`excluded.updated_at`,
      },
    })
    .returning({ id: matchingProfiles.id, creditCode: matchingProfiles.creditCode });
}

export async function findProfile(db: Executor, id: number) {
  const [row] = await db.select().from(matchingProfiles).where(eq(matchingProfiles.id, id));
  return row;
}

export async function findProfileByCreditCode(db: Executor, creditCode: string) {
  const [row] = await db
    .select()
    .from(matchingProfiles)
    .where(eq(matchingProfiles.creditCode, creditCode));
  return row;
}

/** A page of profiles in id order, after a cursor, optionally searched by name or credit code. */
export async function listProfiles(
  db: Executor,
  options: { afterId?: number | undefined; search?: string | undefined; limit: number },
) {
  const conditions = [];
  if (options.afterId !== undefined)
    conditions.push(sql`${matchingProfiles.id} > ${options.afterId}`);
  if (options.search)
    conditions.push(
      sql`(${matchingProfiles.name} ilike ${`%${options.search}%`} or ${matchingProfiles.creditCode} = ${options.search.toUpperCase()})`,
    );
  return db
    .select()
    .from(matchingProfiles)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(matchingProfiles.id))
    .limit(options.limit);
}

export interface ProfileIdRange {
  batch: number;
  firstId: number;
  lastId: number;
  profiles: number;
}

/**
 * The profiles split into consecutive id ranges of about `size` profiles each, in one query
 * (the ids have gaps, so ranges are cut by row number, not by arithmetic on ids).
 */
export async function profileIdRanges(db: Executor, size: number): Promise<ProfileIdRange[]> {
  const rows = await queryRows<{
    batch: number;
    first_id: string;
    last_id: string;
    profiles: number;
  }>(
    db,
    sql`select batch::int as batch, min(id)::text as first_id, max(id)::text as last_id,
               count(*)::int as profiles
          from (select id, (row_number() over (order by id) - 1) / ${size} as batch
                  from matching_profiles) numbered
         group by batch order by batch`,
  );
  return rows.map((row) => ({
    batch: Number(row.batch),
    firstId: Number(row.first_id),
    lastId: Number(row.last_id),
    profiles: Number(row.profiles),
  }));
}

export interface ProfileForMatching {
  id: number;
  creditCode: string;
  facts: Record<string, unknown>;
  factSources: Record<string, { importId: string; version: number }>;
  organisationId: string | null;
  organisationFacts: Record<string, unknown> | null;
  organisationFactsUpdatedAt: Date | null;
  founderPersonId: string | null;
  founderFacts: Record<string, unknown> | null;
  founderFactsUpdatedAt: Date | null;
}

/**
 * Profiles with what their founders declared, in one query: the organisation with the same
 * credit code (if it has registered), its fact profile, and the fact profile of its earliest
 * founder. Reads the rules and organisations modules' tables in a join (one query per batch
 * rather than three per profile), never writes them.
 */
export async function loadProfilesForMatching(
  db: Executor,
  selection: { firstId: number; lastId: number } | { ids: number[] },
): Promise<ProfileForMatching[]> {
  const where =
    'ids' in selection
      ? sql`p.id in (${sql.join(
          selection.ids.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql`p.id between ${selection.firstId} and ${selection.lastId}`;
  if ('ids' in selection && selection.ids.length === 0) return [];
  const rows = await queryRows<{
    id: string;
    credit_code: string;
    facts: Record<string, unknown>;
    fact_sources: Record<string, { importId: string; version: number }>;
    organisation_id: string | null;
    organisation_facts: Record<string, unknown> | null;
    organisation_updated_at: string | Date | null;
    founder_person_id: string | null;
    founder_facts: Record<string, unknown> | null;
    founder_updated_at: string | Date | null;
  }>(
    db,
    sql`select p.id::text as id, p.credit_code, p.facts, p.fact_sources,
               o.id as organisation_id, ofp.facts as organisation_facts,
               ofp.updated_at as organisation_updated_at,
               founder.person_id as founder_person_id, pfp.facts as founder_facts,
               pfp.updated_at as founder_updated_at
          from matching_profiles p
          left join organisations o on o.credit_code = p.credit_code
          left join organisation_fact_profiles ofp on ofp.organisation_id = o.id
          left join lateral (
                select m.person_id from memberships m
                 where m.organisation_id = o.id and m.role = 'founder'
                 order by m.created_at, m.person_id limit 1) founder on true
          left join person_fact_profiles pfp on pfp.person_id = founder.person_id
         where ${where}
         order by p.id`,
  );
  const date = (value: string | Date | null) =>
    value === null ? null : value instanceof Date ? value : new Date(value);
  return rows.map((row) => ({
    id: Number(row.id),
    creditCode: row.credit_code,
    facts: row.facts ?? {},
    factSources: row.fact_sources ?? {},
    organisationId: row.organisation_id,
    organisationFacts: row.organisation_facts,
    organisationFactsUpdatedAt: date(row.organisation_updated_at),
    founderPersonId: row.founder_person_id,
    founderFacts: row.founder_facts,
    founderFactsUpdatedAt: date(row.founder_updated_at),
  }));
}

/** The profile ids of an organisation (by credit code) or of the organisations a person founded. */
export async function findProfileIdsOfSubject(
  db: Executor,
  subject: { organisationId?: string | null | undefined; personId?: string | null | undefined },
): Promise<number[]> {
  const conditions = [];
  if (subject.organisationId) conditions.push(sql`o.id = ${subject.organisationId}`);
  if (subject.personId)
    conditions.push(
      sql`o.id in (select organisation_id from memberships where person_id = ${subject.personId} and role = 'founder')`,
    );
  if (conditions.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select p.id::text as id from matching_profiles p
          join organisations o on o.credit_code = p.credit_code
         where ${sql.join(conditions, sql` or `)} order by p.id`,
  );
  return rows.map((row) => Number(row.id));
}

// --- Runs ---------------------------------------------------------------------------------------

export async function insertRun(tx: Executor, row: typeof matchingRuns.$inferInsert) {
  const [inserted] = await tx.insert(matchingRuns).values(row).returning();
  return inserted!;
}

export async function findRun(db: Executor, id: string) {
  const [row] = await db.select().from(matchingRuns).where(eq(matchingRuns.id, id));
  return row;
}

export async function listRuns(db: Executor, limit: number) {
  return db.select().from(matchingRuns).orderBy(desc(matchingRuns.startedAt)).limit(limit);
}

/**
 * Records a finished batch once: false when a retried job had already finished it (then the
 * caller counts nothing twice).
 */
export async function recordBatch(tx: Executor, row: typeof matchingRunBatches.$inferInsert) {
  const inserted = await tx
    .insert(matchingRunBatches)
    .values(row)
    .onConflictDoNothing()
    .returning({ batch: matchingRunBatches.batch });
  return inserted.length > 0;
}

export async function listRunBatches(db: Executor, runId: string) {
  return db
    .select()
    .from(matchingRunBatches)
    .where(eq(matchingRunBatches.runId, runId))
    .orderBy(asc(matchingRunBatches.batch));
}

/** Adds a batch's counts to its run (one row update) and returns the run as it now stands. */
export async function advanceRun(
  tx: Executor,
  runId: string,
  counts: { profiles: number; results: number; changed: number; candidates: number },
) {
  const [row] = await tx
    .update(matchingRuns)
    .set({
      batchesDone: sql`${matchingRuns.batchesDone} + 1`,
      profilesMatched: sql`${matchingRuns.profilesMatched} + ${counts.profiles}`,
      resultsWritten: sql`${matchingRuns.resultsWritten} + ${counts.results}`,
      resultsChanged: sql`${matchingRuns.resultsChanged} + ${counts.changed}`,
      pushCandidates: sql`${matchingRuns.pushCandidates} + ${counts.candidates}`,
    })
    .where(eq(matchingRuns.id, runId))
    .returning();
  return row!;
}

export async function finishRun(tx: Executor, runId: string, finishedAt: Date) {
  const [row] = await tx
    .update(matchingRuns)
    .set({ status: 'finished', finishedAt })
    .where(and(eq(matchingRuns.id, runId), eq(matchingRuns.status, 'running')))
    .returning();
  return row;
}

// --- Results ------------------------------------------------------------------------------------

export async function listResultsOfProfiles(db: Executor, profileIds: number[]) {
  if (profileIds.length === 0) return [];
  return db
    .select()
    .from(matchingResults)
    .where(inArray(matchingResults.profileId, profileIds))
    .orderBy(asc(matchingResults.profileId), asc(matchingResults.policyId));
}

/** Writes a batch's results in one statement: one INSERT … ON CONFLICT for every row. */
export async function upsertResults(tx: Executor, rows: NewMatchingResult[]) {
  // NOTE: 11 columns a row; PostgreSQL takes at most 65,535 parameters a statement.
  for (let start = 0; start < rows.length; start += 5000) {
    await tx
      .insert(matchingResults)
      .values(rows.slice(start, start + 5000))
      .onConflictDoUpdate({
        target: [matchingResults.profileId, matchingResults.policyId],
        set: {
          status: sql`excluded.status`,
          maxAmountFen: sql`excluded.max_amount_fen`,
          missingFacts: sql`excluded.missing_facts`,
          evaluatedOn: sql`excluded.evaluated_on`,
          catalogueHash: sql`excluded.catalogue_hash`,
          parameterVersion: sql`excluded.parameter_version`,
          runId: sql`excluded.run_id`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
}

/** Records push candidates, each once ever (profile, policy, reason); returns how many were new. */
export async function insertPushCandidates(tx: Executor, rows: NewPushCandidate[]) {
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(matchingPushCandidates)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: matchingPushCandidates.id });
  return inserted.length;
}

export async function listPushCandidatesOfProfile(db: Executor, profileId: number) {
  return db
    .select()
    .from(matchingPushCandidates)
    .where(eq(matchingPushCandidates.profileId, profileId))
    .orderBy(asc(matchingPushCandidates.createdAt));
}

export async function countResults(db: Executor, runId?: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(matchingResults)
    .where(runId ? eq(matchingResults.runId, runId) : undefined);
  return Number(row?.count ?? 0);
}
