import { and, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts } from '../../db/schema/accounts';
import { people } from '../../db/schema/people';
import {
  talentAchievements,
  talentRecognitions,
  talentReviews,
  talentSubmissions,
  talentValidityPeriods,
  type TalentSubmissionStatus,
} from '../../db/schema/talent';

/** Queries of the talent module; every function takes the db or transaction first. */

export type SubmissionRow = typeof talentSubmissions.$inferSelect;
export type AchievementRow = typeof talentAchievements.$inferSelect;
export type RecognitionRow = typeof talentRecognitions.$inferSelect;
export type ValidityRow = typeof talentValidityPeriods.$inferSelect;

export async function insertSubmission(
  db: Executor,
  values: typeof talentSubmissions.$inferInsert,
) {
  const [row] = await db.insert(talentSubmissions).values(values).returning();
  return row!;
}

export async function insertAchievements(
  db: Executor,
  values: (typeof talentAchievements.$inferInsert)[],
) {
  return db.insert(talentAchievements).values(values).returning();
}

export async function findSubmission(db: Executor, id: string) {
  const [row] = await db
    .select({ submission: talentSubmissions, fullName: people.fullName })
    .from(talentSubmissions)
    .innerJoin(people, eq(people.id, talentSubmissions.personId))
    .where(eq(talentSubmissions.id, id));
  return row;
}

export async function lockSubmission(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(talentSubmissions)
    .where(eq(talentSubmissions.id, id))
    .for('update');
  return row;
}

export async function updateSubmission(
  db: Executor,
  id: string,
  values: Partial<typeof talentSubmissions.$inferInsert>,
) {
  const [row] = await db
    .update(talentSubmissions)
    .set(values)
    .where(eq(talentSubmissions.id, id))
    .returning();
  return row!;
}

export async function findOpenSubmissionOfPerson(db: Executor, personId: string) {
  const [row] = await db
    .select()
    .from(talentSubmissions)
    .where(
      and(eq(talentSubmissions.personId, personId), eq(talentSubmissions.status, 'submitted')),
    );
  return row;
}

/** Newest first, at most `limit`. */
export async function listSubmissions(
  db: Executor,
  filter: { accountId?: string; status?: TalentSubmissionStatus },
  limit = 200,
) {
  const conditions = [];
  if (filter.accountId) conditions.push(eq(talentSubmissions.accountId, filter.accountId));
  if (filter.status) conditions.push(eq(talentSubmissions.status, filter.status));
  return db
    .select({ submission: talentSubmissions, fullName: people.fullName })
    .from(talentSubmissions)
    .innerJoin(people, eq(people.id, talentSubmissions.personId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(talentSubmissions.submittedAt), desc(talentSubmissions.id))
    .limit(limit);
}

export async function listAchievements(db: Executor, submissionIds: string[]) {
  if (submissionIds.length === 0) return [];
  return db
    .select()
    .from(talentAchievements)
    .where(inArray(talentAchievements.submissionId, submissionIds))
    .orderBy(talentAchievements.submissionId, talentAchievements.position);
}

export async function insertReview(db: Executor, values: typeof talentReviews.$inferInsert) {
  const [row] = await db
    .insert(talentReviews)
    .values(values)
    .onConflictDoNothing({ target: [talentReviews.submissionId, talentReviews.reviewerAccountId] })
    .returning();
  return row;
}

export async function listReviews(db: Executor, submissionIds: string[]) {
  if (submissionIds.length === 0) return [];
  return db
    .select({ review: talentReviews, reviewerName: accounts.displayName })
    .from(talentReviews)
    .innerJoin(accounts, eq(accounts.id, talentReviews.reviewerAccountId))
    .where(inArray(talentReviews.submissionId, submissionIds))
    .orderBy(talentReviews.reviewedAt);
}

export async function insertRecognition(
  db: Executor,
  values: typeof talentRecognitions.$inferInsert,
) {
  const [row] = await db.insert(talentRecognitions).values(values).returning();
  return row!;
}

export async function findRecognitionOfSubmission(db: Executor, submissionId: string) {
  const [row] = await db
    .select()
    .from(talentRecognitions)
    .where(eq(talentRecognitions.submissionId, submissionId));
  return row;
}

export async function listRecognitionsOfSubmissions(db: Executor, submissionIds: string[]) {
  if (submissionIds.length === 0) return [];
  return db
    .select()
    .from(talentRecognitions)
    .where(inArray(talentRecognitions.submissionId, submissionIds));
}

export async function findRecognitionByCode(db: Executor, code: string) {
  const [row] = await db
    .select()
    .from(talentRecognitions)
    .where(eq(talentRecognitions.certificateCode, code));
  return row;
}

const validOn = (day: string) =>
  and(
    lte(talentRecognitions.validFrom, day),
    or(isNull(talentRecognitions.validUntil), gte(talentRecognitions.validUntil, day)),
  );

/** Recognitions valid on the day, of an account (newest first). */
export async function listValidRecognitionsOfAccount(db: Executor, accountId: string, day: string) {
  return db
    .select()
    .from(talentRecognitions)
    .where(and(eq(talentRecognitions.accountId, accountId), validOn(day)))
    .orderBy(desc(talentRecognitions.validFrom));
}

/** Recognitions valid on the day (every one; the distribution and A.T3 read them). */
export async function listValidRecognitions(db: Executor, day: string) {
  return db.select().from(talentRecognitions).where(validOn(day));
}

export async function insertValidityPeriod(
  db: Executor,
  values: typeof talentValidityPeriods.$inferInsert,
) {
  const [row] = await db
    .insert(talentValidityPeriods)
    .values(values)
    .onConflictDoNothing({ target: talentValidityPeriods.effectiveFrom })
    .returning();
  return row;
}

export async function listValidityPeriods(db: Executor) {
  return db.select().from(talentValidityPeriods).orderBy(desc(talentValidityPeriods.effectiveFrom));
}

/** The validity period in force on the day (the latest effective on or before it). */
export async function findValidityInForce(db: Executor, day: string) {
  const [row] = await db
    .select()
    .from(talentValidityPeriods)
    .where(lte(talentValidityPeriods.effectiveFrom, day))
    .orderBy(desc(talentValidityPeriods.effectiveFrom))
    .limit(1);
  return row;
}
