import {
  and,
  type AnyColumn,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNull,
  lte,
  ne,
  or,
  sql,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accountRoles, accounts } from '../../db/schema/accounts';
import { allowanceSchedules } from '../../db/schema/allowances';
import {
  applicationDocuments,
  applicationEvents,
  applications,
  benefitClaims,
  reviewerRecusals,
  reviewScores,
  workflowSettings,
  type ApplicationStatus,
  type ClaimSubject,
} from '../../db/schema/applications';
import { memberships, organisations, people } from '../../db/schema/people';
import { afterKey, keyText, orderByKey, type KeyColumn, type KeyValue } from '../../shared/keyset';
import { containsPattern, startsWithPattern } from '../../shared/like-pattern';

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;
export type ApplicationDocumentRow = typeof applicationDocuments.$inferSelect;
export type ReviewScoreRow = typeof reviewScores.$inferSelect;

export async function insertApplication(db: Executor, values: typeof applications.$inferInsert) {
  const [row] = await db.insert(applications).values(values).returning();
  return row!;
}

export async function findApplication(db: Executor, id: string) {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row;
}

/**
 * Deletes a draft and, by cascade, its events and document rows. Only the status read under the
 * lock is deleted (`… where status = 'draft'`), so a draft submitted meanwhile stays.
 */
export async function deleteDraftApplication(db: Executor, id: string) {
  const deleted = await db
    .delete(applications)
    .where(and(eq(applications.id, id), eq(applications.status, 'draft')))
    .returning({ id: applications.id });
  return deleted.length > 0;
}

/** Locks the application row for the rest of the transaction (always locked before budgets). */
export async function lockApplication(db: Executor, id: string) {
  const [row] = await db.select().from(applications).where(eq(applications.id, id)).for('update');
  return row;
}

/** Locks several applications in id order, so two batch operations never deadlock. */
export async function lockApplications(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(applications)
    .where(inArray(applications.id, ids))
    .orderBy(asc(applications.id))
    .for('update');
}

/**
 * Writes a change of an application, guarded by the status it was read in: a concurrent change
 * that got there first makes this return undefined instead of silently overwriting it.
 */
export async function updateApplicationFrom(
  db: Executor,
  id: string,
  expectedStatus: ApplicationStatus,
  values: Partial<typeof applications.$inferInsert>,
  expectedVersion?: number,
) {
  const [row] = await db
    .update(applications)
    .set({ ...values, version: sql`${applications.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(applications.id, id),
        eq(applications.status, expectedStatus),
        expectedVersion === undefined ? undefined : eq(applications.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function listApplicationsOfAccount(db: Executor, accountId: string) {
  return db
    .select()
    .from(applications)
    .where(eq(applications.applicantAccountId, accountId))
    .orderBy(desc(applications.updatedAt));
}

type ApplicationSubject = {
  subjectType: ClaimSubject;
  personId: string;
  organisationId: string | null;
};

/** The applications of one claimant: the organisation's, or the person's own claims. */
function ofSubject(subject: ApplicationSubject) {
  return subject.subjectType === 'organisation' && subject.organisationId
    ? eq(applications.organisationId, subject.organisationId)
    : and(
        eq(applications.applicantPersonId, subject.personId),
        eq(applications.claimSubject, 'person'),
      );
}

/** An applicant's other applications for one of these policies in one of these states. */
export async function findApplicationsOfSubject(
  db: Executor,
  subject: ApplicationSubject,
  policyIds: string[],
  statuses: readonly ApplicationStatus[],
) {
  if (policyIds.length === 0) return [];
  const subjectCondition = ofSubject(subject);
  return db
    .select()
    .from(applications)
    .where(
      and(
        subjectCondition,
        inArray(applications.policyId, policyIds),
        inArray(applications.status, [...statuses]),
      ),
    );
}

export interface QueueFilter {
  policyId?: string | undefined;
  statuses: readonly ApplicationStatus[];
  assignedTo?: string | 'unassigned' | undefined;
  dueOnOrBefore?: string | undefined;
  q?: string | undefined;
}

/** Which page of the queue: the rows after a cursor's key, or (deprecated) after an offset. */
export interface QueuePage {
  limit: number;
  after?: readonly KeyValue[] | undefined;
  offset?: number | undefined;
}

/** The name the review queue's cursors carry (a cursor of another list is refused). */
export const reviewQueueList = 'review-queue';

/**
 * The review queue's order: the earliest due date first (none last), then the earliest
 * submitted; the id makes the key unique so keyset paging neither skips nor repeats a row.
 * NOTE: the indexes `applications_review_queue_idx` (every waiting state) and
 * `applications_queue_idx` (one state) hold the rows in this order: an index's default
 * `asc nulls last` is what `nulls: 'last'` says here. Change one, change the others.
 */
function queueKeyOf(source: { dueOn: SQLWrapper; submittedAt: SQLWrapper; id: SQLWrapper }) {
  return [
    { column: source.dueOn, direction: 'asc', nulls: 'last' },
    { column: source.submittedAt, direction: 'asc', nulls: 'last' },
    { column: source.id, direction: 'asc' },
  ] as const satisfies readonly KeyColumn[];
}

/** The key of a queue row, as its cursor carries it (the submission time to the microsecond). */
export function queueRowKey(row: QueueRow): KeyValue[] {
  return [row.dueOn, row.submittedAtKey, row.id];
}

export type QueueRow = Awaited<ReturnType<typeof listQueue>>['rows'][number];

/**
 * The shortest text searched for anywhere in a name or reference; shorter text matches the
 * start of a name.
 */
export const QUEUE_SEARCH_CONTAINS_FROM = 3;

/**
 * The queue rows whose reference, applicant's name or company's name contains `text` — or, for
 * one or two characters (a surname, a two-character Chinese name), whose names start with it.
 *
 * NOTE: written per table (`… in (select id from people where full_name ilike …)`) so each
 * table's index serves its own condition, and the count needs no join. A trigram index
 * (`…_trgm_idx`) serves `ilike '%…%'` from three characters; below that it cannot, and a
 * substring search would read `people` and `organisations` whole at a city's volume, so short
 * text is matched from the start of names (`…_prefix_idx`, `lower(name) like 'x%'`), which is
 * how Chinese names are looked up (surname first). A reference needs three characters.
 */
function queueSearch(db: Executor, text: string): SQL {
  const short = [...text].length < QUEUE_SEARCH_CONTAINS_FROM;
  const pattern = short ? startsWithPattern(text.toLowerCase()) : containsPattern(text);
  const matches = (column: AnyColumn) =>
    short ? sql`lower(${column}) like ${pattern}` : sql`${column} ilike ${pattern}`;
  return or(
    short ? undefined : sql`${applications.reference} ilike ${pattern}`,
    inArray(
      applications.applicantPersonId,
      db.select({ id: people.id }).from(people).where(matches(people.fullName)),
    ),
    inArray(
      applications.organisationId,
      db.select({ id: organisations.id }).from(organisations).where(matches(organisations.name)),
    ),
  )!;
}

/**
 * The review queue: one page of the open applications in queue order, with the names the list
 * shows, and how many match in all. Two statements whatever the page size.
 *
 * NOTE: only the columns the list shows are read (not the answers, evaluation or snapshot JSON),
 * and the page is cut from `applications` alone before the names are joined to its rows, so the
 * sort never carries wide rows and the joins touch only the page. The count reads
 * `applications` alone: the search is written as `… in (select id …)` per table, so each table's
 * trigram index serves its part and no join is needed to count.
 */
export async function listQueue(db: Executor, filter: QueueFilter, page: QueuePage) {
  const conditions: SQL[] = [inArray(applications.status, [...filter.statuses])];
  if (filter.policyId) conditions.push(eq(applications.policyId, filter.policyId));
  if (filter.assignedTo === 'unassigned') conditions.push(isNull(applications.assignedReviewerId));
  else if (filter.assignedTo)
    conditions.push(eq(applications.assignedReviewerId, filter.assignedTo));
  if (filter.dueOnOrBefore) conditions.push(lte(applications.dueOn, filter.dueOnOrBefore));
  if (filter.q) conditions.push(queueSearch(db, filter.q));
  const where = and(...conditions);
  const key = queueKeyOf(applications);
  const pageOfApplications = db
    .select({
      id: applications.id,
      reference: applications.reference,
      policyId: applications.policyId,
      status: applications.status,
      applicantPersonId: applications.applicantPersonId,
      organisationId: applications.organisationId,
      submittedAt: applications.submittedAt,
      submittedAtKey: keyText(applications.submittedAt).as('submitted_at_key'),
      dueOn: applications.dueOn,
      assignedReviewerId: applications.assignedReviewerId,
      capFen: applications.capFen,
      requestedAmountFen: applications.requestedAmountFen,
      recommendation: applications.recommendation,
      excludedOfficerIds: applications.excludedOfficerIds,
    })
    .from(applications)
    .where(page.after ? and(where, afterKey(key, page.after)) : where)
    .orderBy(...orderByKey(key))
    .limit(page.limit)
    .offset(page.after ? 0 : (page.offset ?? 0))
    .as('queue_page');
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: pageOfApplications.id,
        reference: pageOfApplications.reference,
        policyId: pageOfApplications.policyId,
        status: pageOfApplications.status,
        submittedAt: pageOfApplications.submittedAt,
        submittedAtKey: pageOfApplications.submittedAtKey,
        dueOn: pageOfApplications.dueOn,
        assignedReviewerId: pageOfApplications.assignedReviewerId,
        capFen: pageOfApplications.capFen,
        requestedAmountFen: pageOfApplications.requestedAmountFen,
        recommendation: pageOfApplications.recommendation,
        excludedOfficerIds: pageOfApplications.excludedOfficerIds,
        applicantName: people.fullName,
        organisationName: organisations.name,
        reviewerName: accounts.displayName,
      })
      .from(pageOfApplications)
      .innerJoin(people, eq(people.id, pageOfApplications.applicantPersonId))
      .leftJoin(organisations, eq(organisations.id, pageOfApplications.organisationId))
      .leftJoin(accounts, eq(accounts.id, pageOfApplications.assignedReviewerId))
      .orderBy(...orderByKey(queueKeyOf(pageOfApplications))),
    db.select({ value: count() }).from(applications).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function insertEvent(db: Executor, values: typeof applicationEvents.$inferInsert) {
  const [row] = await db.insert(applicationEvents).values(values).returning();
  return row!;
}

export async function listEvents(db: Executor, applicationId: string) {
  return db
    .select({ event: applicationEvents, actorName: accounts.displayName })
    .from(applicationEvents)
    .leftJoin(accounts, eq(accounts.id, applicationEvents.actorAccountId))
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.id));
}

export async function insertDocument(
  db: Executor,
  values: typeof applicationDocuments.$inferInsert,
) {
  const [row] = await db.insert(applicationDocuments).values(values).returning();
  return row!;
}

export async function listDocuments(db: Executor, applicationId: string) {
  return db
    .select()
    .from(applicationDocuments)
    .where(
      and(
        eq(applicationDocuments.applicationId, applicationId),
        isNull(applicationDocuments.removedAt),
      ),
    )
    .orderBy(asc(applicationDocuments.uploadedAt));
}

/** The storage key of every file ever uploaded to an application, removed ones included. */
export async function listStorageKeysOf(db: Executor, applicationId: string) {
  const rows = await db
    .select({ storageKey: applicationDocuments.storageKey })
    .from(applicationDocuments)
    .where(eq(applicationDocuments.applicationId, applicationId));
  return rows.map((row) => row.storageKey);
}

/** Which of these storage keys a document row names. */
export async function findStoredKeys(db: Executor, storageKeys: string[]) {
  if (storageKeys.length === 0) return new Set<string>();
  const rows = await db
    .select({ storageKey: applicationDocuments.storageKey })
    .from(applicationDocuments)
    .where(inArray(applicationDocuments.storageKey, storageKeys));
  return new Set(rows.map((row) => row.storageKey));
}

export async function findDocument(db: Executor, applicationId: string, documentFileId: string) {
  const [row] = await db
    .select()
    .from(applicationDocuments)
    .where(
      and(
        eq(applicationDocuments.applicationId, applicationId),
        eq(applicationDocuments.id, documentFileId),
      ),
    );
  return row;
}

export async function markDocumentRemoved(db: Executor, id: string, at: Date) {
  await db
    .update(applicationDocuments)
    .set({ removedAt: at })
    .where(eq(applicationDocuments.id, id));
}

export async function upsertReviewScore(db: Executor, values: typeof reviewScores.$inferInsert) {
  const [row] = await db
    .insert(reviewScores)
    .values(values)
    .onConflictDoUpdate({
      target: [reviewScores.applicationId, reviewScores.reviewerAccountId],
      set: {
        rubricId: values.rubricId,
        scores: values.scores,
        weightedTotal: values.weightedTotal,
        comment: values.comment ?? '',
        updatedAt: values.updatedAt,
      },
    })
    .returning();
  return row!;
}

export async function listReviewScores(db: Executor, applicationId: string) {
  return db
    .select({ score: reviewScores, reviewerName: accounts.displayName })
    .from(reviewScores)
    .innerJoin(accounts, eq(accounts.id, reviewScores.reviewerAccountId))
    .where(eq(reviewScores.applicationId, applicationId));
}

/** Inserts a claim; undefined when the subject already holds that key (one-time / exclusive). */
export async function insertClaim(db: Executor, values: typeof benefitClaims.$inferInsert) {
  const [row] = await db.insert(benefitClaims).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findClaim(
  db: Executor,
  subjectType: ClaimSubject,
  subjectId: string,
  claimKey: string,
) {
  const [row] = await db
    .select()
    .from(benefitClaims)
    .where(
      and(
        eq(benefitClaims.subjectType, subjectType),
        eq(benefitClaims.subjectId, subjectId),
        eq(benefitClaims.claimKey, claimKey),
      ),
    );
  return row;
}

/** Hands one claim back (its benefit gave way to another of its either-or group). */
export async function deleteClaim(db: Executor, id: string) {
  await db.delete(benefitClaims).where(eq(benefitClaims.id, id));
}

export async function deleteClaimsOf(db: Executor, applicationId: string) {
  return db.delete(benefitClaims).where(eq(benefitClaims.applicationId, applicationId)).returning();
}

export type ConflictOfInterest =
  'self' | 'declared' | 'member_of_applicant_company' | 'shares_company_with_applicant';

/**
 * Why this reviewer must not review an application, or null — THE definition, as one SQL
 * expression over an `applications` row, so the single check and the queue's batch cannot
 * disagree: they are the applicant, they declared a conflict, or they are a member of the
 * applying company or of a company the applicant belongs to. NOTE: only what both sides
 * confirmed counts — a `memberships` row exists once the invitee accepted (issue #11) — never
 * what a third party typed, or an applicant could recuse reviewers of their choosing.
 */
function conflictOfInterest(reviewerAccountId: string): SQL<ConflictOfInterest | null> {
  const reviewer = sql`${reviewerAccountId}::uuid`;
  const reviewerOrganisations = sql`select ${memberships.organisationId} from ${memberships}
    inner join ${people} on ${people.id} = ${memberships.personId}
    where ${people.accountId} = ${reviewer}`;
  return sql<ConflictOfInterest | null>`case
    when ${applications.applicantAccountId} = ${reviewer} then 'self'
    when exists (select 1 from ${reviewerRecusals}
      where ${reviewerRecusals.applicationId} = ${applications.id}
        and ${reviewerRecusals.reviewerAccountId} = ${reviewer}) then 'declared'
    when ${applications.organisationId} in (${reviewerOrganisations})
      then 'member_of_applicant_company'
    when exists (select 1 from ${memberships} as applicant_memberships
      where applicant_memberships.person_id = ${applications.applicantPersonId}
        and applicant_memberships.organisation_id in (${reviewerOrganisations}))
      then 'shares_company_with_applicant'
    end`;
}

/**
 * Why this reviewer must not review this application, or null (see {@link conflictOfInterest}).
 * One statement; the application is read as stored (who applies, for which company, which
 * recusals were declared on it).
 */
export async function findConflictOfInterest(
  db: Executor,
  reviewerAccountId: string,
  application: Pick<ApplicationRow, 'id'>,
): Promise<ConflictOfInterest | null> {
  const conflicts = await findConflictsOfInterest(db, reviewerAccountId, [application.id]);
  return conflicts.get(application.id) ?? null;
}

/**
 * The conflicts of one reviewer with many applications, in one statement (a page of the review
 * queue): application id → why they must not review it. Applications without a conflict are
 * left out.
 */
export async function findConflictsOfInterest(
  db: Executor,
  reviewerAccountId: string,
  applicationIds: readonly string[],
): Promise<Map<string, ConflictOfInterest>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await db
    .select({ id: applications.id, conflict: conflictOfInterest(reviewerAccountId) })
    .from(applications)
    .where(inArray(applications.id, [...applicationIds]));
  const conflicts = new Map<string, ConflictOfInterest>();
  for (const row of rows) if (row.conflict !== null) conflicts.set(row.id, row.conflict);
  return conflicts;
}

export async function findReviewerRecusal(
  db: Executor,
  applicationId: string,
  reviewerAccountId: string,
) {
  const [row] = await db
    .select()
    .from(reviewerRecusals)
    .where(
      and(
        eq(reviewerRecusals.applicationId, applicationId),
        eq(reviewerRecusals.reviewerAccountId, reviewerAccountId),
      ),
    );
  return row;
}

export async function insertReviewerRecusal(
  db: Executor,
  values: typeof reviewerRecusals.$inferInsert,
) {
  await db.insert(reviewerRecusals).values(values).onConflictDoNothing();
}

export async function findAccountWithRoles(db: Executor, accountId: string) {
  const [row] = await db
    .select({ id: accounts.id, email: accounts.email, displayName: accounts.displayName })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row;
}

export async function readSetting(db: Executor, key: string) {
  const [row] = await db.select().from(workflowSettings).where(eq(workflowSettings.key, key));
  return row;
}

export async function writeSetting(db: Executor, key: string, value: unknown, by: string | null) {
  await db
    .insert(workflowSettings)
    .values({ key, value, updatedBy: by, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: workflowSettings.key,
      set: { value, updatedBy: by, updatedAt: new Date() },
    });
}

/** Applications to close: paid ones, and rejected ones whose appeal period has ended. */
export async function findSettledApplications(db: Executor, now: Date) {
  return db
    .select({ id: applications.id })
    .from(applications)
    .where(
      or(
        eq(applications.status, 'paid'),
        and(eq(applications.status, 'rejected'), lte(applications.appealDeadline, now)),
      ),
    );
}

export async function countByStatus(db: Executor, policyId?: string) {
  return db
    .select({ status: applications.status, value: count() })
    .from(applications)
    .where(policyId ? eq(applications.policyId, policyId) : ne(applications.status, 'draft'))
    .groupBy(applications.status);
}

/**
 * Applications of a subject that were approved and not revoked (incl. paid and closed-after-paid).
 * NOTE: a monthly allowance still being paid (its schedule active) is left out: under A.P8 the
 * person may still take the other benefit of its either-or group instead, whose approval stops
 * the allowance (allowances/service.ts). Its one-time claim still keeps a second allowance out.
 */
export async function findApprovedApplicationsOfSubject(
  db: Executor,
  subject: ApplicationSubject,
  policyIds: string[],
) {
  if (policyIds.length === 0) return [];
  const subjectCondition = ofSubject(subject);
  return db
    .select()
    .from(applications)
    .where(
      and(
        subjectCondition,
        inArray(applications.policyId, policyIds),
        or(
          inArray(applications.status, ['approved', 'payment_scheduled', 'payment_failed', 'paid']),
          and(
            eq(applications.status, 'closed'),
            sql`exists (select 1 from ${applicationEvents} where ${applicationEvents.applicationId} = ${applications.id} and ${applicationEvents.action} = 'close' and ${applicationEvents.fromStatus} in ('paid', 'approved'))`,
          ),
        ),
        sql`not exists (select 1 from ${allowanceSchedules} where ${allowanceSchedules.applicationId} = ${applications.id} and ${allowanceSchedules.status} = 'active')`,
      ),
    );
}

/** Active accounts holding the reviewer role. */
export async function listReviewerAccounts(db: Executor) {
  return db
    .select({
      id: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      preferredLanguage: accounts.preferredLanguage,
    })
    .from(accounts)
    .innerJoin(accountRoles, eq(accountRoles.accountId, accounts.id))
    .where(and(eq(accountRoles.role, 'reviewer'), eq(accounts.status, 'active')))
    .orderBy(accounts.displayName);
}
