import { and, asc, desc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  hetaoWhiteListApplications,
  hetaoWhiteListDocuments,
  hetaoWhiteListEntries,
  type HetaoWhiteListApplicationStatus,
} from '../../db/schema/hetao-whitelist';
import { accounts } from '../../db/schema/accounts';
import { memberships, organisations, people } from '../../db/schema/people';
import { afterKey, keyText, orderByKey, type KeyColumn, type KeyValue } from '../../shared/keyset';

/**
 * Drizzle queries of the Hetao white list (issue #16 item 1, B.N3). Functions take the database
 * or an open transaction first; only whitelist-service.ts opens transactions.
 */

export type WhiteListApplicationRow = typeof hetaoWhiteListApplications.$inferSelect;
export type WhiteListEntryRow = typeof hetaoWhiteListEntries.$inferSelect;
export type WhiteListDocumentRow = typeof hetaoWhiteListDocuments.$inferSelect;

export const LIVE_APPLICATION_STATUSES: HetaoWhiteListApplicationStatus[] = [
  'submitted',
  'more_information_requested',
];

/** Every entry of an organisation, newest first. */
export function entriesOfOrganisation(db: Executor, organisationId: string) {
  return db
    .select()
    .from(hetaoWhiteListEntries)
    .where(eq(hetaoWhiteListEntries.organisationId, organisationId))
    .orderBy(desc(hetaoWhiteListEntries.validFrom), desc(hetaoWhiteListEntries.createdAt));
}

export async function findEntry(db: Executor, id: string, forUpdate = false) {
  const query = db.select().from(hetaoWhiteListEntries).where(eq(hetaoWhiteListEntries.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertEntry(db: Executor, values: typeof hetaoWhiteListEntries.$inferInsert) {
  const [row] = await db.insert(hetaoWhiteListEntries).values(values).returning();
  return row!;
}

export async function updateEntry(
  db: Executor,
  id: string,
  values: Partial<typeof hetaoWhiteListEntries.$inferInsert>,
) {
  const [row] = await db
    .update(hetaoWhiteListEntries)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(hetaoWhiteListEntries.id, id))
    .returning();
  return row!;
}

/** The organisation's entry in force (listed or suspended), if any. */
export async function currentEntryOf(db: Executor, organisationId: string, forUpdate = false) {
  const query = db
    .select()
    .from(hetaoWhiteListEntries)
    .where(
      and(
        eq(hetaoWhiteListEntries.organisationId, organisationId),
        inArray(hetaoWhiteListEntries.status, ['listed', 'suspended']),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findApplication(db: Executor, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(hetaoWhiteListApplications)
    .where(eq(hetaoWhiteListApplications.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function liveApplicationOf(db: Executor, organisationId: string) {
  const [row] = await db
    .select()
    .from(hetaoWhiteListApplications)
    .where(
      and(
        eq(hetaoWhiteListApplications.organisationId, organisationId),
        inArray(hetaoWhiteListApplications.status, LIVE_APPLICATION_STATUSES),
      ),
    );
  return row;
}

export function applicationsOfOrganisations(db: Executor, organisationIds: string[]) {
  if (organisationIds.length === 0) return Promise.resolve([] as WhiteListApplicationRow[]);
  return db
    .select()
    .from(hetaoWhiteListApplications)
    .where(inArray(hetaoWhiteListApplications.organisationId, organisationIds))
    .orderBy(desc(hetaoWhiteListApplications.submittedAt), desc(hetaoWhiteListApplications.id));
}

export async function insertApplication(
  db: Executor,
  values: typeof hetaoWhiteListApplications.$inferInsert,
) {
  const [row] = await db.insert(hetaoWhiteListApplications).values(values).returning();
  return row!;
}

export async function updateApplication(
  db: Executor,
  id: string,
  values: Partial<typeof hetaoWhiteListApplications.$inferInsert>,
) {
  const [row] = await db
    .update(hetaoWhiteListApplications)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(hetaoWhiteListApplications.id, id))
    .returning();
  return row!;
}

/** The officers' queue order: oldest submission first (keyset `(submittedAt, id)`). */
export const APPLICATION_QUEUE_KEY: KeyColumn[] = [
  { column: hetaoWhiteListApplications.submittedAt, direction: 'asc' },
  { column: hetaoWhiteListApplications.id, direction: 'asc' },
];

/** The officers' queue: applications in these statuses, `limit + 1` rows after the key. */
export function listApplications(
  db: Executor,
  options: {
    statuses: HetaoWhiteListApplicationStatus[];
    after: KeyValue[] | undefined;
    limit: number;
  },
) {
  const conditions: SQL[] = [inArray(hetaoWhiteListApplications.status, options.statuses)];
  if (options.after) conditions.push(afterKey(APPLICATION_QUEUE_KEY, options.after));
  return db
    .select({
      application: hetaoWhiteListApplications,
      organisationName: organisations.name,
      submittedAtKey: keyText(hetaoWhiteListApplications.submittedAt),
    })
    .from(hetaoWhiteListApplications)
    .innerJoin(organisations, eq(organisations.id, hetaoWhiteListApplications.organisationId))
    .where(and(...conditions))
    .orderBy(...orderByKey(APPLICATION_QUEUE_KEY))
    .limit(options.limit + 1);
}

/** Every entry with its organisation's name (the list is small: one row per institution). */
export function listEntries(db: Executor, options: { includeSuperseded: boolean }) {
  return db
    .select({ entry: hetaoWhiteListEntries, organisationName: organisations.name })
    .from(hetaoWhiteListEntries)
    .innerJoin(organisations, eq(organisations.id, hetaoWhiteListEntries.organisationId))
    .where(
      options.includeSuperseded ? sql`true` : sql`${hetaoWhiteListEntries.status} <> 'superseded'`,
    )
    .orderBy(
      asc(organisations.name),
      asc(hetaoWhiteListEntries.validFrom),
      asc(hetaoWhiteListEntries.id),
    );
}

export function documentsOf(db: Executor, applicationId: string) {
  return db
    .select()
    .from(hetaoWhiteListDocuments)
    .where(eq(hetaoWhiteListDocuments.applicationId, applicationId))
    .orderBy(asc(hetaoWhiteListDocuments.createdAt), asc(hetaoWhiteListDocuments.id));
}

export async function findDocument(db: Executor, applicationId: string, documentId: string) {
  const [row] = await db
    .select()
    .from(hetaoWhiteListDocuments)
    .where(
      and(
        eq(hetaoWhiteListDocuments.applicationId, applicationId),
        eq(hetaoWhiteListDocuments.id, documentId),
      ),
    );
  return row;
}

export async function insertDocument(
  db: Executor,
  values: typeof hetaoWhiteListDocuments.$inferInsert,
) {
  const [row] = await db.insert(hetaoWhiteListDocuments).values(values).returning();
  return row!;
}

export async function countDocuments(db: Executor, applicationId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(hetaoWhiteListDocuments)
    .where(eq(hetaoWhiteListDocuments.applicationId, applicationId));
  return row?.count ?? 0;
}

/** Entries whose validity began on or before `onDate` (candidates for "listed on that date"). */
export function entriesBegunBy(db: Executor, organisationId: string, onDate: string) {
  return db
    .select()
    .from(hetaoWhiteListEntries)
    .where(
      and(
        eq(hetaoWhiteListEntries.organisationId, organisationId),
        lte(hetaoWhiteListEntries.validFrom, onDate),
      ),
    )
    .orderBy(desc(hetaoWhiteListEntries.validFrom), desc(hetaoWhiteListEntries.createdAt));
}

/** The active accounts of an organisation's members, to notify them. */
export function memberAccountsOf(db: Executor, organisationId: string) {
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

/** Which of these storage keys a committed document row names (for the start-up sweep). */
export async function findStoredDocumentPaths(db: Executor, keys: string[]) {
  if (keys.length === 0) return new Set<string>();
  const rows = await db
    .select({ storagePath: hetaoWhiteListDocuments.storagePath })
    .from(hetaoWhiteListDocuments)
    .where(inArray(hetaoWhiteListDocuments.storagePath, keys));
  return new Set(rows.map((row) => row.storagePath));
}

/** Locks the organisation's row: white-list changes of one organisation run one at a time. */
export async function lockOrganisation(db: Executor, organisationId: string) {
  await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
}
