import { and, asc, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {} from '../../shared/keyset';
import { accounts } from '../../db/schema/accounts';
import {
  hetaoAdvanceRulings,
  type hetaoAttachments,
  hetaoDeskState,
  hetaoListItems,
  hetaoListVersions,
  type hetaoPrecedents,
  type hetaoQuestions,
  hetaoSuggestionGroups,
  hetaoSuggestions,
  hetaoSuggestionSupports,
  type HetaoListVersionStatus,
  type HetaoRulingStatus,
  type HetaoSuggestionGroupStatus,
} from '../../db/schema/hetao';
import { organisations } from '../../db/schema/people';

export type ListVersionRow = typeof hetaoListVersions.$inferSelect;
export type ListItemRow = typeof hetaoListItems.$inferSelect;
export type DeskStateRow = typeof hetaoDeskState.$inferSelect;
export type QuestionRow = typeof hetaoQuestions.$inferSelect;
export type AttachmentRow = typeof hetaoAttachments.$inferSelect;
export type PrecedentRow = typeof hetaoPrecedents.$inferSelect;
export type SuggestionGroupRow = typeof hetaoSuggestionGroups.$inferSelect;
export type SuggestionRow = typeof hetaoSuggestions.$inferSelect;
export type RulingRow = typeof hetaoAdvanceRulings.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Desk state (one row): settings and the lookup-sources generation

export async function readDeskState(db: Executor): Promise<DeskStateRow> {
  const [row] = await db.select().from(hetaoDeskState).where(eq(hetaoDeskState.id, 1));
  if (row) return row;
  await db.insert(hetaoDeskState).values({ id: 1 }).onConflictDoNothing();
  const [created] = await db.select().from(hetaoDeskState).where(eq(hetaoDeskState.id, 1));
  return created!;
}

export async function updateDeskState(
  db: Executor,
  values: Partial<Omit<typeof hetaoDeskState.$inferInsert, 'id'>>,
) {
  await readDeskState(db);
  const [row] = await db
    .update(hetaoDeskState)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(hetaoDeskState.id, 1))
    .returning();
  return row!;
}

/** Marks every process's cached lookup sources stale (inside the publishing transaction). */
export async function bumpSourcesGeneration(db: Executor) {
  await readDeskState(db);
  await db
    .update(hetaoDeskState)
    .set({ sourcesGeneration: sql`${hetaoDeskState.sourcesGeneration} + 1` })
    .where(eq(hetaoDeskState.id, 1));
}

// ---------------------------------------------------------------------------------------------
// List versions and items

export async function insertListVersion(
  db: Executor,
  values: typeof hetaoListVersions.$inferInsert,
) {
  const [row] = await db.insert(hetaoListVersions).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findListVersion(db: Executor, id: string, lock = false) {
  const query = db.select().from(hetaoListVersions).where(eq(hetaoListVersions.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findListVersionByStatus(
  db: Executor,
  status: 'draft' | 'published',
  lock = false,
) {
  const query = db.select().from(hetaoListVersions).where(eq(hetaoListVersions.status, status));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findListVersionBySeedKey(db: Executor, seedKey: string) {
  const [row] = await db
    .select()
    .from(hetaoListVersions)
    .where(eq(hetaoListVersions.seedKey, seedKey));
  return row;
}

export async function listListVersions(db: Executor, statuses: HetaoListVersionStatus[]) {
  const itemCount = db
    .select({ versionId: hetaoListItems.versionId, items: count().as('items') })
    .from(hetaoListItems)
    .groupBy(hetaoListItems.versionId)
    .as('item_count');
  return db
    .select({ version: hetaoListVersions, items: sql<number>`coalesce(${itemCount.items}, 0)` })
    .from(hetaoListVersions)
    .leftJoin(itemCount, eq(itemCount.versionId, hetaoListVersions.id))
    .where(inArray(hetaoListVersions.status, statuses))
    .orderBy(desc(sql`coalesce(${hetaoListVersions.publishedAt}, ${hetaoListVersions.createdAt})`));
}

/** The published version before this one (by publication time), for the changelog's diffs. */
export async function findPreviousPublishedVersion(db: Executor, publishedAt: Date) {
  const [row] = await db
    .select()
    .from(hetaoListVersions)
    .where(
      and(
        inArray(hetaoListVersions.status, ['published', 'superseded']),
        lt(hetaoListVersions.publishedAt, publishedAt),
      ),
    )
    .orderBy(desc(hetaoListVersions.publishedAt))
    .limit(1);
  return row;
}

export async function updateListVersion(
  db: Executor,
  id: string,
  values: Partial<typeof hetaoListVersions.$inferInsert>,
) {
  const [row] = await db
    .update(hetaoListVersions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(hetaoListVersions.id, id))
    .returning();
  return row!;
}

export async function listItemsOfVersion(db: Executor, versionId: string) {
  return db
    .select()
    .from(hetaoListItems)
    .where(eq(hetaoListItems.versionId, versionId))
    .orderBy(asc(hetaoListItems.position));
}

/** Inserts items in chunks (a 509-item list is one import; keep each statement modest). */
export async function insertListItems(db: Executor, rows: (typeof hetaoListItems.$inferInsert)[]) {
  for (let start = 0; start < rows.length; start += 200)
    await db.insert(hetaoListItems).values(rows.slice(start, start + 200));
}

export async function findListItem(db: Executor, versionId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(hetaoListItems)
    .where(and(eq(hetaoListItems.versionId, versionId), eq(hetaoListItems.itemId, itemId)));
  return row;
}

export async function nextItemPosition(db: Executor, versionId: string) {
  const [row] = await db
    .select({ max: sql<number | null>`max(${hetaoListItems.position})` })
    .from(hetaoListItems)
    .where(eq(hetaoListItems.versionId, versionId));
  return (row?.max ?? 0) + 1;
}

export async function updateListItem(
  db: Executor,
  id: string,
  values: Partial<typeof hetaoListItems.$inferInsert>,
) {
  const [row] = await db
    .update(hetaoListItems)
    .set(values)
    .where(eq(hetaoListItems.id, id))
    .returning();
  return row!;
}

export async function deleteListItem(db: Executor, id: string) {
  await db.delete(hetaoListItems).where(eq(hetaoListItems.id, id));
}

// ---------------------------------------------------------------------------------------------
// Suggestions

/** The group that new suggestions for this heading join: open or pulled into the draft. */
export async function findLiveGroupByHeading(db: Executor, heading: string) {
  const [row] = await db
    .select()
    .from(hetaoSuggestionGroups)
    .where(
      and(
        eq(hetaoSuggestionGroups.heading, heading),
        inArray(hetaoSuggestionGroups.status, ['open', 'pulled']),
      ),
    );
  return row;
}

export async function insertSuggestionGroup(
  db: Executor,
  values: typeof hetaoSuggestionGroups.$inferInsert,
) {
  const [row] = await db
    .insert(hetaoSuggestionGroups)
    .values(values)
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function findSuggestionGroup(db: Executor, id: string, lock = false) {
  const query = db.select().from(hetaoSuggestionGroups).where(eq(hetaoSuggestionGroups.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateSuggestionGroup(
  db: Executor,
  id: string,
  values: Partial<typeof hetaoSuggestionGroups.$inferInsert>,
) {
  const [row] = await db
    .update(hetaoSuggestionGroups)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(hetaoSuggestionGroups.id, id))
    .returning();
  return row!;
}

export async function listSuggestionGroups(
  db: Executor,
  filter: { statuses?: HetaoSuggestionGroupStatus[]; pulledIntoVersionId?: string } = {},
) {
  const conditions: SQL[] = [];
  if (filter.statuses) conditions.push(inArray(hetaoSuggestionGroups.status, filter.statuses));
  if (filter.pulledIntoVersionId)
    conditions.push(eq(hetaoSuggestionGroups.pulledIntoVersionId, filter.pulledIntoVersionId));
  return db
    .select()
    .from(hetaoSuggestionGroups)
    .where(and(...conditions))
    .orderBy(asc(hetaoSuggestionGroups.heading), desc(hetaoSuggestionGroups.createdAt));
}

export async function insertSuggestion(db: Executor, values: typeof hetaoSuggestions.$inferInsert) {
  const [row] = await db.insert(hetaoSuggestions).values(values).returning();
  return row!;
}

export async function listSuggestionsWithParties(
  db: Executor,
  filter: { groupIds?: string[]; accountId?: string },
) {
  const conditions: SQL[] = [];
  if (filter.groupIds) {
    if (filter.groupIds.length === 0) return [];
    conditions.push(inArray(hetaoSuggestions.groupId, filter.groupIds));
  }
  if (filter.accountId) conditions.push(eq(hetaoSuggestions.accountId, filter.accountId));
  return db
    .select({
      suggestion: hetaoSuggestions,
      email: accounts.email,
      displayName: accounts.displayName,
      organisationName: organisations.name,
      organisationAddress: organisations.registeredAddress,
      organisationCreditCode: organisations.creditCode,
    })
    .from(hetaoSuggestions)
    .innerJoin(accounts, eq(accounts.id, hetaoSuggestions.accountId))
    .leftJoin(organisations, eq(organisations.id, hetaoSuggestions.organisationId))
    .where(and(...conditions))
    .orderBy(asc(hetaoSuggestions.createdAt));
}

/** Returns false when this account already supports the group. */
export async function insertSupport(db: Executor, groupId: string, accountId: string) {
  const rows = await db
    .insert(hetaoSuggestionSupports)
    .values({ groupId, accountId })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

export async function listSupports(db: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      groupId: hetaoSuggestionSupports.groupId,
      accountId: hetaoSuggestionSupports.accountId,
      email: accounts.email,
      displayName: accounts.displayName,
      createdAt: hetaoSuggestionSupports.createdAt,
    })
    .from(hetaoSuggestionSupports)
    .innerJoin(accounts, eq(accounts.id, hetaoSuggestionSupports.accountId))
    .where(inArray(hetaoSuggestionSupports.groupId, groupIds))
    .orderBy(asc(hetaoSuggestionSupports.createdAt));
}

// ---------------------------------------------------------------------------------------------
// Advance rulings

export async function insertRuling(db: Executor, values: typeof hetaoAdvanceRulings.$inferInsert) {
  const [row] = await db.insert(hetaoAdvanceRulings).values(values).returning();
  return row!;
}

export async function findRuling(db: Executor, id: string, lock = false) {
  const query = db.select().from(hetaoAdvanceRulings).where(eq(hetaoAdvanceRulings.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateRuling(
  db: Executor,
  id: string,
  values: Partial<typeof hetaoAdvanceRulings.$inferInsert>,
) {
  const [row] = await db
    .update(hetaoAdvanceRulings)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(hetaoAdvanceRulings.id, id))
    .returning();
  return row!;
}

export async function listRulings(
  db: Executor,
  filter: { id?: string; applicantAccountId?: string; statuses?: HetaoRulingStatus[] },
) {
  const conditions: SQL[] = [];
  if (filter.id) conditions.push(eq(hetaoAdvanceRulings.id, filter.id));
  if (filter.applicantAccountId)
    conditions.push(eq(hetaoAdvanceRulings.applicantAccountId, filter.applicantAccountId));
  if (filter.statuses) conditions.push(inArray(hetaoAdvanceRulings.status, filter.statuses));
  return db
    .select({
      ruling: hetaoAdvanceRulings,
      organisationName: organisations.name,
      applicantEmail: accounts.email,
    })
    .from(hetaoAdvanceRulings)
    .innerJoin(organisations, eq(organisations.id, hetaoAdvanceRulings.organisationId))
    .innerJoin(accounts, eq(accounts.id, hetaoAdvanceRulings.applicantAccountId))
    .where(and(...conditions))
    .orderBy(desc(hetaoAdvanceRulings.createdAt));
}

export * from './questions-repo';
