import { and, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts } from '../../db/schema/accounts';
import {
  fundIntroductionEvents,
  fundIntroductions,
  fundStaff,
  type FundCode,
} from '../../db/schema/funds';

/** Queries of the funds module; every function takes the db or transaction first. */

export async function findStaff(db: Executor, accountId: string) {
  const [row] = await db.select().from(fundStaff).where(eq(fundStaff.accountId, accountId));
  return row;
}

export async function listStaff(db: Executor) {
  return db
    .select({ staff: fundStaff, email: accounts.email, displayName: accounts.displayName })
    .from(fundStaff)
    .innerJoin(accounts, eq(accounts.id, fundStaff.accountId))
    .orderBy(fundStaff.fund, accounts.email);
}

export async function listStaffAccountsOf(db: Executor, fund: FundCode) {
  return db
    .select({
      id: accounts.id,
      email: accounts.email,
      preferredLanguage: accounts.preferredLanguage,
    })
    .from(fundStaff)
    .innerJoin(accounts, eq(accounts.id, fundStaff.accountId))
    .where(eq(fundStaff.fund, fund));
}

export async function upsertStaff(db: Executor, values: typeof fundStaff.$inferInsert) {
  const [row] = await db
    .insert(fundStaff)
    .values(values)
    .onConflictDoUpdate({
      target: fundStaff.accountId,
      set: { fund: values.fund, assignedBy: values.assignedBy, assignedAt: values.assignedAt },
    })
    .returning();
  return row!;
}

export async function deleteStaff(db: Executor, accountId: string) {
  const [row] = await db.delete(fundStaff).where(eq(fundStaff.accountId, accountId)).returning();
  return row;
}

export async function findOpenIntroduction(db: Executor, fund: FundCode, organisationId: string) {
  const [row] = await db
    .select()
    .from(fundIntroductions)
    .where(
      and(
        eq(fundIntroductions.fund, fund),
        eq(fundIntroductions.organisationId, organisationId),
        notInArray(fundIntroductions.stage, ['invested', 'declined']),
      ),
    );
  return row;
}

export async function insertIntroduction(
  db: Executor,
  values: typeof fundIntroductions.$inferInsert,
) {
  const [row] = await db.insert(fundIntroductions).values(values).returning();
  return row!;
}

export async function findIntroduction(db: Executor, id: string) {
  const [row] = await db.select().from(fundIntroductions).where(eq(fundIntroductions.id, id));
  return row;
}

export async function lockIntroduction(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(fundIntroductions)
    .where(eq(fundIntroductions.id, id))
    .for('update');
  return row;
}

export async function updateIntroduction(
  db: Executor,
  id: string,
  values: Partial<typeof fundIntroductions.$inferInsert>,
) {
  const [row] = await db
    .update(fundIntroductions)
    .set(values)
    .where(eq(fundIntroductions.id, id))
    .returning();
  return row!;
}

export async function listIntroductions(
  db: Executor,
  filter: { fund?: FundCode; organisationIds?: string[] },
  limit = 500,
) {
  const conditions = [];
  if (filter.fund) conditions.push(eq(fundIntroductions.fund, filter.fund));
  if (filter.organisationIds) {
    if (filter.organisationIds.length === 0) return [];
    conditions.push(inArray(fundIntroductions.organisationId, filter.organisationIds));
  }
  return db
    .select()
    .from(fundIntroductions)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(fundIntroductions.updatedAt), desc(fundIntroductions.id))
    .limit(limit);
}

/** Every introduction's community, stage and amount — never its notes (the city's aggregate). */
export async function listIntroductionFigures(db: Executor) {
  return db
    .select({
      communityId: fundIntroductions.communityId,
      stage: fundIntroductions.stage,
      investedAmountFen: fundIntroductions.investedAmountFen,
    })
    .from(fundIntroductions);
}

export async function insertEvent(
  db: Executor,
  values: typeof fundIntroductionEvents.$inferInsert,
) {
  const [row] = await db.insert(fundIntroductionEvents).values(values).returning();
  return row!;
}

export async function listEvents(db: Executor, introductionIds: string[]) {
  if (introductionIds.length === 0) return [];
  return db
    .select()
    .from(fundIntroductionEvents)
    .where(inArray(fundIntroductionEvents.introductionId, introductionIds))
    .orderBy(fundIntroductionEvents.at);
}
