import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { afterKey, orderByKey, type KeyColumn, type KeyValue } from '../../shared/keyset';
import { accounts } from '../../db/schema/accounts';
import {
  membershipInvitations,
  memberships,
  organisations,
  people,
  type MembershipRole,
} from '../../db/schema/people';
import { containsPattern } from '../../shared/like-pattern';

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

/** The staff directory's order: by name, the id breaking ties (`organisations_name_id_idx`). */
export const organisationDirectoryKey: KeyColumn[] = [
  { column: organisations.name, direction: 'asc' },
  { column: organisations.id, direction: 'asc' },
];

/**
 * A page of the staff directory, searched by a part of the name or credit code (`ilike '%…%'`
 * on each column, which their trigram indexes serve). At most `limit + 1` rows after `after`
 * (a cursor's key) or, for the deprecated `offset`, after skipping rows; one statement for the
 * page and one for the total.
 */
export async function searchOrganisations(
  db: Executor,
  filter: { q?: string | undefined; limit: number; offset?: number; after?: KeyValue[] },
) {
  let where: SQL | undefined;
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    where = or(ilike(organisations.name, pattern), ilike(organisations.creditCode, pattern));
  }
  const query = db
    .select({
      id: organisations.id,
      creditCode: organisations.creditCode,
      name: organisations.name,
      kind: organisations.kind,
      registeredAddress: organisations.registeredAddress,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .where(and(where, filter.after ? afterKey(organisationDirectoryKey, filter.after) : undefined))
    .orderBy(...orderByKey(organisationDirectoryKey))
    .limit(filter.limit + 1);
  const [rows, [total]] = await Promise.all([
    filter.after ? query : query.offset(filter.offset ?? 0),
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

/** The active accounts of an organisation's members (to notify them). */
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
