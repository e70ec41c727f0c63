// Queries of push sending, preferences and "found for you". They read the organisations and
// accounts modules' tables in joins (a profile is linked to an organisation by its credit code),
// never write them.
import { eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { matchingPushCandidates, matchingPushPreferences } from '../../db/schema/matching';
import type { Language } from '../../db/schema/accounts';

export interface UnsentCandidate {
  id: string;
  profileId: number;
  policyId: string;
  reason: 'eligible' | 'one_fact_away';
  maxAmountFen: number | null;
  missingFact: string | null;
  createdAt: Date;
  organisationId: string;
  organisationName: string;
}

/**
 * Unsent, unsuppressed candidates of profiles linked to an organisation, oldest first, after a
 * keyset position, locked so that two servers sending at once never take the same row.
 */
export async function claimUnsentCandidates(
  tx: Executor,
  after: { createdAt: Date; id: string } | null,
  limit: number,
): Promise<UnsentCandidate[]> {
  const rows = await queryRows<{
    id: string;
    profile_id: string;
    policy_id: string;
    reason: 'eligible' | 'one_fact_away';
    max_amount_fen: string | number | null;
    missing_fact: string | null;
    created_at: string | Date;
    organisation_id: string;
    organisation_name: string;
  }>(
    tx,
    sql`select c.id, c.profile_id::text as profile_id, c.policy_id, c.reason, c.max_amount_fen,
               c.missing_fact, c.created_at, o.id as organisation_id, o.name as organisation_name
          from matching_push_candidates c
          join matching_profiles p on p.id = c.profile_id
          join organisations o on o.credit_code = p.credit_code
         where c.sent_at is null and c.suppressed_at is null
           ${after ? sql`and (c.created_at, c.id) > (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)` : sql``}
         order by c.created_at, c.id
         limit ${limit}
           for update of c skip locked`,
  );
  return rows.map((row) => ({
    id: row.id,
    profileId: Number(row.profile_id),
    policyId: row.policy_id,
    reason: row.reason,
    maxAmountFen: row.max_amount_fen === null ? null : Number(row.max_amount_fen),
    missingFact: row.missing_fact,
    createdAt: row.created_at instanceof Date ? row.created_at : new Date(row.created_at),
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
  }));
}

export interface PushRecipient {
  organisationId: string;
  accountId: string;
  email: string;
  language: Language;
  benefitPushes: boolean;
}

/** The active member accounts of organisations, each with their push preference. */
export async function listRecipients(
  tx: Executor,
  organisationIds: string[],
): Promise<PushRecipient[]> {
  if (organisationIds.length === 0) return [];
  const rows = await queryRows<{
    organisation_id: string;
    account_id: string;
    email: string;
    language: Language;
    benefit_pushes: boolean;
  }>(
    tx,
    sql`select m.organisation_id, a.id as account_id, a.email, a.preferred_language as language,
               coalesce(pp.benefit_pushes, true) as benefit_pushes
          from memberships m
          join people pe on pe.id = m.person_id
          join accounts a on a.id = pe.account_id
          left join matching_push_preferences pp on pp.account_id = a.id
         where m.organisation_id in (${sql.join(
           organisationIds.map((id) => sql`${id}::uuid`),
           sql`, `,
         )})
           and a.status = 'active'
         order by m.organisation_id, a.id`,
  );
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    accountId: row.account_id,
    email: row.email,
    language: row.language,
    benefitPushes: row.benefit_pushes,
  }));
}

export async function markCandidates(
  tx: Executor,
  ids: string[],
  outcome: 'sent' | 'suppressed',
  at: Date,
) {
  if (ids.length === 0) return;
  await tx
    .update(matchingPushCandidates)
    .set(outcome === 'sent' ? { sentAt: at } : { suppressedAt: at })
    .where(inArray(matchingPushCandidates.id, ids));
}

/** Candidates waiting for a person: unsent, unsuppressed, no linked organisation with a member. */
export async function countWaitingCandidates(db: Executor) {
  const [row] = await queryRows<{ count: string | number }>(
    db,
    sql`select count(*) as count
          from matching_push_candidates c
          join matching_profiles p on p.id = c.profile_id
         where c.sent_at is null and c.suppressed_at is null
           and not exists (
                 select 1 from organisations o
                   join memberships m on m.organisation_id = o.id
                   join people pe on pe.id = m.person_id
                   join accounts a on a.id = pe.account_id and a.status = 'active'
                  where o.credit_code = p.credit_code)`,
  );
  return Number(row?.count ?? 0);
}

// --- Preferences --------------------------------------------------------------------------------

export async function findPreference(db: Executor, accountId: string) {
  const [row] = await db
    .select()
    .from(matchingPushPreferences)
    .where(eq(matchingPushPreferences.accountId, accountId));
  return row;
}

export async function upsertPreference(
  tx: Executor,
  row: { accountId: string; benefitPushes: boolean; updatedAt: Date },
) {
  const [saved] = await tx
    .insert(matchingPushPreferences)
    .values(row)
    .onConflictDoUpdate({
      target: matchingPushPreferences.accountId,
      set: { benefitPushes: row.benefitPushes, updatedAt: row.updatedAt },
    })
    .returning();
  return saved!;
}

// --- Found for you ------------------------------------------------------------------------------

export interface FoundResultRow {
  organisationId: string;
  organisationName: string;
  profileId: number;
  policyId: string;
  status: 'eligible' | 'unknown';
  maxAmountFen: number | null;
  missingFacts: string[];
  evaluatedOn: string;
}

/**
 * The eligible and one-fact-away results of the profiles linked to the organisations an account's
 * person is a member of.
 */
export async function listFoundForAccount(
  db: Executor,
  accountId: string,
): Promise<FoundResultRow[]> {
  const rows = await queryRows<{
    organisation_id: string;
    organisation_name: string;
    profile_id: string;
    policy_id: string;
    status: 'eligible' | 'unknown';
    max_amount_fen: string | number | null;
    missing_facts: string[];
    evaluated_on: string | Date;
  }>(
    db,
    sql`select o.id as organisation_id, o.name as organisation_name, p.id::text as profile_id,
               r.policy_id, r.status, r.max_amount_fen, r.missing_facts, r.evaluated_on
          from memberships m
          join people pe on pe.id = m.person_id
          join organisations o on o.id = m.organisation_id
          join matching_profiles p on p.credit_code = o.credit_code
          join matching_results r on r.profile_id = p.id
         where pe.account_id = ${accountId}::uuid
           and (r.status = 'eligible'
                or (r.status = 'unknown' and jsonb_array_length(r.missing_facts) = 1
                    and coalesce(r.max_amount_fen, 0) > 0))
         order by o.name, o.id, r.status, r.max_amount_fen desc nulls last, r.policy_id`,
  );
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    profileId: Number(row.profile_id),
    policyId: row.policy_id,
    status: row.status,
    maxAmountFen: row.max_amount_fen === null ? null : Number(row.max_amount_fen),
    missingFacts: row.missing_facts,
    evaluatedOn:
      row.evaluated_on instanceof Date
        ? row.evaluated_on.toISOString().slice(0, 10)
        : String(row.evaluated_on).slice(0, 10),
  }));
}
