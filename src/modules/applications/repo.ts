import {
  and,
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

export async function listQueue(db: Executor, filter: QueueFilter, limit: number, offset: number) {
  const conditions: SQL[] = [inArray(applications.status, [...filter.statuses])];
  if (filter.policyId) conditions.push(eq(applications.policyId, filter.policyId));
  if (filter.assignedTo === 'unassigned') conditions.push(isNull(applications.assignedReviewerId));
  else if (filter.assignedTo)
    conditions.push(eq(applications.assignedReviewerId, filter.assignedTo));
  if (filter.dueOnOrBefore) conditions.push(lte(applications.dueOn, filter.dueOnOrBefore));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(
      or(
        sql`${applications.reference} ilike ${pattern}`,
        sql`${people.fullName} ilike ${pattern}`,
        sql`${organisations.name} ilike ${pattern}`,
      )!,
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        application: applications,
        applicantName: people.fullName,
        organisationName: organisations.name,
        reviewerName: accounts.displayName,
      })
      .from(applications)
      .innerJoin(people, eq(people.id, applications.applicantPersonId))
      .leftJoin(organisations, eq(organisations.id, applications.organisationId))
      .leftJoin(accounts, eq(accounts.id, applications.assignedReviewerId))
      .where(where)
      .orderBy(sql`${applications.dueOn} asc nulls last`, asc(applications.submittedAt))
      .limit(limit)
      .offset(offset),
    db
      .select({ value: count() })
      .from(applications)
      .innerJoin(people, eq(people.id, applications.applicantPersonId))
      .leftJoin(organisations, eq(organisations.id, applications.organisationId))
      .where(where),
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
 * Why this reviewer must not review this application, or null: they are the applicant, they
 * declared a conflict, or they are a member of the applying company or of a company the
 * applicant belongs to. NOTE: only what both sides confirmed counts — a `memberships` row exists
 * once the invitee accepted (issue #11) — never what a third party typed, or an applicant could
 * recuse reviewers of their choosing.
 */
export async function findConflictOfInterest(
  db: Executor,
  reviewerAccountId: string,
  application: Pick<
    ApplicationRow,
    'id' | 'applicantAccountId' | 'organisationId' | 'applicantPersonId'
  >,
): Promise<ConflictOfInterest | null> {
  if (reviewerAccountId === application.applicantAccountId) return 'self';
  if (await findReviewerRecusal(db, application.id, reviewerAccountId)) return 'declared';
  const [reviewerPerson] = await db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.accountId, reviewerAccountId));
  if (!reviewerPerson) return null;
  const reviewerOrganisations = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.personId, reviewerPerson.id));
  if (reviewerOrganisations.length === 0) return null;
  const ids = new Set(reviewerOrganisations.map((row) => row.organisationId));
  if (application.organisationId && ids.has(application.organisationId))
    return 'member_of_applicant_company';
  const applicantOrganisations = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.personId, application.applicantPersonId));
  if (applicantOrganisations.some((row) => ids.has(row.organisationId)))
    return 'shares_company_with_applicant';
  return null;
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
