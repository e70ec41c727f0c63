import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts } from '../../db/schema/accounts';
import {
  membershipInvitations,
  memberships,
  organisations,
  people,
  type MembershipRole,
} from '../../db/schema/people';

export type OrganisationRow = typeof organisations.$inferSelect;

export async function insertOrganisation(db: Executor, values: typeof organisations.$inferInsert) {
  const [row] = await db.insert(organisations).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findOrganisation(db: Executor, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function lockOrganisation(db: Executor, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row;
}

export async function findOrganisationByCreditCode(db: Executor, creditCode: string) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(eq(organisations.creditCode, creditCode));
  return row;
}

export async function updateOrganisation(
  db: Executor,
  id: string,
  values: Partial<typeof organisations.$inferInsert>,
) {
  const [row] = await db
    .update(organisations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organisations.id, id))
    .returning();
  return row;
}

export async function listOrganisationsOfPerson(db: Executor, personId: string) {
  return db
    .select({ organisation: organisations, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.personId, personId))
    .orderBy(organisations.name);
}

export async function searchOrganisations(
  db: Executor,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  let where: SQL | undefined;
  if (q) {
    const pattern = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
    where = or(ilike(organisations.name, pattern), ilike(organisations.creditCode, pattern));
  }
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(organisations)
      .where(where)
      .orderBy(organisations.name)
      .limit(limit)
      .offset(offset),
    db.select({ value: count() }).from(organisations).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findMembership(db: Executor, organisationId: string, personId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.personId, personId)));
  return row;
}

export async function upsertMembership(
  db: Executor,
  organisationId: string,
  personId: string,
  role: MembershipRole,
) {
  const [row] = await db
    .insert(memberships)
    .values({ organisationId, personId, role })
    .onConflictDoUpdate({
      target: [memberships.personId, memberships.organisationId],
      set: { role },
    })
    .returning();
  return row!;
}

export async function deleteMembership(db: Executor, organisationId: string, personId: string) {
  const rows = await db
    .delete(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.personId, personId)))
    .returning();
  return rows.length > 0;
}

/** Members with their names; founders' rows locked so concurrent removals keep one founder. */
export async function listMembers(db: Executor, organisationId: string) {
  return db
    .select({
      personId: people.id,
      fullName: people.fullName,
      email: accounts.email,
      contactEmail: people.contactEmail,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .leftJoin(accounts, eq(accounts.id, people.accountId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(memberships.role, people.fullName);
}

export async function lockFounders(db: Executor, organisationId: string) {
  return db
    .select({ personId: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'founder')))
    .for('update');
}

export type InvitationRow = typeof membershipInvitations.$inferSelect;

export async function insertInvitation(
  db: Executor,
  values: typeof membershipInvitations.$inferInsert,
) {
  const [row] = await db.insert(membershipInvitations).values(values).returning();
  return row!;
}

export async function updateInvitation(
  db: Executor,
  id: string,
  values: Partial<typeof membershipInvitations.$inferInsert>,
) {
  const [row] = await db
    .update(membershipInvitations)
    .set(values)
    .where(eq(membershipInvitations.id, id))
    .returning();
  return row!;
}

/** The organisation's live invitation to this address, if any (at most one: unique index). */
export async function findPendingInvitation(db: Executor, organisationId: string, email: string) {
  const [row] = await db
    .select()
    .from(membershipInvitations)
    .where(
      and(
        eq(membershipInvitations.organisationId, organisationId),
        eq(membershipInvitations.email, email),
        eq(membershipInvitations.status, 'pending'),
      ),
    );
  return row;
}

export async function lockInvitation(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(membershipInvitations)
    .where(eq(membershipInvitations.id, id))
    .for('update');
  return row;
}

/** Invitations with the organisation's name and the inviter's, newest first. */
export async function listInvitationViews(
  db: Executor,
  filter: { organisationId?: string; email?: string; id?: string; pendingOnly: boolean },
) {
  return db
    .select({
      invitation: membershipInvitations,
      organisationName: organisations.name,
      invitedByName: accounts.displayName,
    })
    .from(membershipInvitations)
    .innerJoin(organisations, eq(organisations.id, membershipInvitations.organisationId))
    .leftJoin(accounts, eq(accounts.id, membershipInvitations.invitedBy))
    .where(
      and(
        filter.organisationId === undefined
          ? undefined
          : eq(membershipInvitations.organisationId, filter.organisationId),
        filter.email === undefined ? undefined : eq(membershipInvitations.email, filter.email),
        filter.id === undefined ? undefined : eq(membershipInvitations.id, filter.id),
        filter.pendingOnly ? eq(membershipInvitations.status, 'pending') : undefined,
      ),
    )
    .orderBy(desc(membershipInvitations.createdAt));
}
