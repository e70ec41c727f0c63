import { and, count, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { afterKey, orderByKey, type KeyColumn, type KeyValue } from '../../shared/keyset';
import {
  accountRoles,
  accounts,
  apiTokens,
  attemptCounters,
  sessions,
  type Role,
} from '../../db/schema/accounts';
import { memberships, organisations, people } from '../../db/schema/people';
import { containsPattern } from '../../shared/like-pattern';

export type AccountRow = typeof accounts.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function findAccountByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, email));
  return row;
}

export async function findAccountById(db: Executor, id: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

export async function insertAccount(db: Executor, values: typeof accounts.$inferInsert) {
  const [row] = await db.insert(accounts).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateAccount(
  db: Executor,
  id: string,
  values: Partial<typeof accounts.$inferInsert>,
) {
  const [row] = await db
    .update(accounts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(accounts.id, id))
    .returning();
  return row;
}

export async function listRolesOf(db: Executor, accountId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: accountRoles.role })
    .from(accountRoles)
    .where(eq(accountRoles.accountId, accountId))
    .orderBy(accountRoles.role);
  return rows.map((row) => row.role);
}

export async function listRolesOfMany(db: Executor, accountIds: string[]) {
  if (accountIds.length === 0) return new Map<string, Role[]>();
  const rows = await db
    .select({ accountId: accountRoles.accountId, role: accountRoles.role })
    .from(accountRoles)
    .where(inArray(accountRoles.accountId, accountIds))
    .orderBy(accountRoles.role);
  const byAccount = new Map<string, Role[]>();
  for (const row of rows)
    byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), row.role]);
  return byAccount;
}

export async function insertRole(
  db: Executor,
  accountId: string,
  role: Role,
  grantedBy: string | null,
) {
  const rows = await db
    .insert(accountRoles)
    .values({ accountId, role, grantedBy })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

export async function deleteRole(db: Executor, accountId: string, role: Role) {
  const rows = await db
    .delete(accountRoles)
    .where(and(eq(accountRoles.accountId, accountId), eq(accountRoles.role, role)))
    .returning();
  return rows.length > 0;
}

/** Active admins, locked so two concurrent revocations cannot remove the last one. */
export async function lockActiveAdmins(db: Executor) {
  return db
    .select({ accountId: accountRoles.accountId })
    .from(accountRoles)
    .innerJoin(accounts, eq(accounts.id, accountRoles.accountId))
    .where(and(eq(accountRoles.role, 'admin'), eq(accounts.status, 'active')))
    .for('update');
}

export async function countAccounts(db: Executor) {
  const [row] = await db.select({ value: count() }).from(accounts);
  return row?.value ?? 0;
}

/** The administrators' account list: by sign-in address, which is unique (`accounts_email_unique`). */
export const accountListKey: KeyColumn[] = [{ column: accounts.email, direction: 'asc' }];

/**
 * A page of accounts, searched by a part of the address or name (`ilike '%…%'` on each column,
 * served by their trigram indexes). At most `limit + 1` rows after `after` (a cursor's key) or,
 * for the deprecated `offset`, after skipping rows; only the columns the list shows (never the
 * password hash). One statement for the page and one for the total.
 */
export async function searchAccounts(
  db: Executor,
  filter: {
    q?: string | undefined;
    role?: Role | undefined;
    status?: 'active' | 'disabled' | undefined;
  },
  page: { limit: number; offset?: number; after?: KeyValue[] },
) {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(or(ilike(accounts.email, pattern), ilike(accounts.displayName, pattern))!);
  }
  if (filter.status) conditions.push(eq(accounts.status, filter.status));
  if (filter.role) {
    conditions.push(
      sql`exists (select 1 from ${accountRoles} where ${accountRoles.accountId} = ${accounts.id} and ${accountRoles.role} = ${filter.role})`,
    );
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const query = db
    .select({
      id: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      preferredLanguage: accounts.preferredLanguage,
      status: accounts.status,
      createdAt: accounts.createdAt,
    })
    .from(accounts)
    .where(and(where, page.after ? afterKey(accountListKey, page.after) : undefined))
    .orderBy(...orderByKey(accountListKey))
    .limit(page.limit + 1);
  const [rows, [total]] = await Promise.all([
    page.after ? query : query.offset(page.offset ?? 0),
    db.select({ value: count() }).from(accounts).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findPersonByAccount(db: Executor, accountId: string) {
  const [row] = await db.select().from(people).where(eq(people.accountId, accountId));
  return row;
}

export async function insertPerson(db: Executor, values: typeof people.$inferInsert) {
  const [row] = await db.insert(people).values(values).returning();
  return row!;
}

export async function updatePerson(
  db: Executor,
  id: string,
  values: Partial<typeof people.$inferInsert>,
) {
  const [row] = await db
    .update(people)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(people.id, id))
    .returning();
  return row;
}

export async function listMembershipsOfPerson(db: Executor, personId: string) {
  return db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      creditCode: organisations.creditCode,
      kind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.personId, personId))
    .orderBy(organisations.name);
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert) {
  const [row] = await db.insert(sessions).values(values).returning();
  return row!;
}

/** The live session for a token hash, with its account, or undefined. */
export async function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function deleteSession(db: Executor, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOfAccount(db: Executor, accountId: string) {
  await db.delete(sessions).where(eq(sessions.accountId, accountId));
}

export async function insertApiToken(db: Executor, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

export async function listApiTokensOf(db: Executor, accountId: string) {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.accountId, accountId))
    .orderBy(apiTokens.createdAt);
}

export async function findApiTokenOf(db: Executor, accountId: string, id: string) {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.accountId, accountId), eq(apiTokens.id, id)));
  return row;
}

export async function markApiTokenRevoked(db: Executor, id: string, at: Date) {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

export async function findLiveApiToken(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ token: apiTokens, account: accounts })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    );
  return row;
}

export async function touchApiToken(db: Executor, id: string, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

/**
 * Counts one attempt under the key in one atomic statement (so concurrent attempts, on any app
 * server, each get their own count): the first attempt, or the first after the window ended,
 * starts a new window at 1.
 */
export async function countAttempt(db: Executor, key: string, windowMs: number, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const ended = sql`${attemptCounters.windowEndsAt} <= ${at}`;
  const [row] = await db
    .insert(attemptCounters)
    .values({ key, count: 1, windowEndsAt: new Date(now.getTime() + windowMs) })
    .onConflictDoUpdate({
      target: attemptCounters.key,
      set: {
        count: sql`case when ${ended} then 1 else ${attemptCounters.count} + 1 end`,
        windowEndsAt: sql`case when ${ended} then excluded.window_ends_at else ${attemptCounters.windowEndsAt} end`,
      },
    })
    .returning({ count: attemptCounters.count, windowEndsAt: attemptCounters.windowEndsAt });
  return row!;
}

/** Takes one counted attempt back (it turned out not to be one that counts). */
export async function uncountAttempt(db: Executor, key: string) {
  await db
    .update(attemptCounters)
    .set({ count: sql`greatest(${attemptCounters.count} - 1, 0)` })
    .where(eq(attemptCounters.key, key));
}

/** Keeps the key's window open until at least `until`: a lock-out longer than one window. */
export async function extendAttemptWindow(db: Executor, key: string, until: Date) {
  await db
    .update(attemptCounters)
    .set({
      windowEndsAt: sql`greatest(${attemptCounters.windowEndsAt}, ${until.toISOString()}::timestamptz)`,
    })
    .where(eq(attemptCounters.key, key));
}

export async function clearAttempts(db: Executor, keys: string[]) {
  if (keys.length > 0) await db.delete(attemptCounters).where(inArray(attemptCounters.key, keys));
}

/**
 * Deletes up to `limit` counters whose window has ended (they would restart at 1 anyway). Rows
 * another server is deleting at the same moment are skipped, not waited for.
 */
export async function deleteEndedAttemptWindows(db: Executor, now: Date, limit: number) {
  await db.execute(
    sql`delete from ${attemptCounters} where ${attemptCounters.key} in (select ${attemptCounters.key} from ${attemptCounters} where ${attemptCounters.windowEndsAt} <= ${now.toISOString()}::timestamptz limit ${limit} for update skip locked)`,
  );
}
