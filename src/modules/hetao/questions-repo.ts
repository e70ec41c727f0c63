/**
 * The Hetao desk's questions, their attachments and the precedents made from them (split from
 * repo.ts, which re-exports it: the module's one repo, in two files of one concern each).
 */
import { and, asc, count, eq, ilike, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { afterKey, keyText, orderByKey, type KeyColumn, type KeyValue } from '../../shared/keyset';
import { accounts } from '../../db/schema/accounts';
import {
  hetaoAttachments,
  hetaoListItems,
  hetaoPrecedents,
  hetaoQuestions,
  type HetaoQuestionStatus,
} from '../../db/schema/hetao';
import { organisations } from '../../db/schema/people';

import type { AttachmentRow } from './repo';
import { containsPattern } from '../../shared/like-pattern';

// ---------------------------------------------------------------------------------------------
// Questions, attachments, precedents

export async function insertQuestion(db: Executor, values: typeof hetaoQuestions.$inferInsert) {
  const [row] = await db.insert(hetaoQuestions).values(values).returning();
  return row!;
}

export async function findQuestion(db: Executor, id: string, lock = false) {
  const query = db.select().from(hetaoQuestions).where(eq(hetaoQuestions.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateQuestion(
  db: Executor,
  id: string,
  values: Partial<typeof hetaoQuestions.$inferInsert>,
) {
  const [row] = await db
    .update(hetaoQuestions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(hetaoQuestions.id, id))
    .returning();
  return row!;
}

const questionWithParties = {
  question: hetaoQuestions,
  /** Read as text so a cursor keeps its microseconds. */
  createdAtKey: keyText(hetaoQuestions.createdAt),
  organisationName: organisations.name,
  askerEmail: accounts.email,
  askerName: accounts.displayName,
  /** The list item the answer cites, joined in rather than looked up per question. */
  answerItem: {
    category: hetaoListItems.category,
    nameZhHans: hetaoListItems.nameZhHans,
    nameZhHant: hetaoListItems.nameZhHant,
    nameEn: hetaoListItems.nameEn,
  },
};

export type QuestionWithPartiesRow = NonNullable<
  Awaited<ReturnType<typeof findQuestionWithParties>>
>;

/** An asker's own questions: newest first (index `hetao_questions_asker_created_idx`). */
export const myQuestionKey: KeyColumn[] = [
  { column: hetaoQuestions.createdAt, direction: 'desc' },
  { column: hetaoQuestions.id, direction: 'desc' },
];

/** Customs' queue: by due date, then the order asked (index `hetao_questions_status_due_created_idx`). */
export const questionQueueKey: KeyColumn[] = [
  { column: hetaoQuestions.dueOn, direction: 'asc' },
  { column: hetaoQuestions.createdAt, direction: 'asc' },
  { column: hetaoQuestions.id, direction: 'asc' },
];

function selectQuestionsWithParties(db: Executor) {
  return db
    .select(questionWithParties)
    .from(hetaoQuestions)
    .innerJoin(organisations, eq(organisations.id, hetaoQuestions.organisationId))
    .innerJoin(accounts, eq(accounts.id, hetaoQuestions.askerAccountId))
    .leftJoin(
      hetaoListItems,
      and(
        eq(hetaoListItems.versionId, hetaoQuestions.answerListVersionId),
        eq(hetaoListItems.itemId, hetaoQuestions.answerListItemId),
      ),
    );
}

/**
 * Questions with their organisation, asker and cited list item, in `key` order (default: the
 * queue's); with `page`, at most `limit + 1` rows after the cursor's key.
 */
export async function listQuestions(
  db: Executor,
  filter: { askerAccountId?: string; statuses?: HetaoQuestionStatus[] },
  page: { key?: KeyColumn[]; limit?: number | undefined; after?: KeyValue[] | undefined } = {},
) {
  const key = page.key ?? questionQueueKey;
  const conditions: SQL[] = [];
  if (filter.askerAccountId)
    conditions.push(eq(hetaoQuestions.askerAccountId, filter.askerAccountId));
  if (filter.statuses) conditions.push(inArray(hetaoQuestions.status, filter.statuses));
  if (page.after) conditions.push(afterKey(key, page.after));
  const query = selectQuestionsWithParties(db)
    .where(and(...conditions))
    .orderBy(...orderByKey(key));
  return page.limit === undefined ? query : query.limit(page.limit + 1);
}

export async function findQuestionWithParties(db: Executor, id: string) {
  const [row] = await selectQuestionsWithParties(db).where(eq(hetaoQuestions.id, id));
  return row;
}

/** The attachments of these questions, oldest first, by question (one statement). */
export async function listAttachmentsOfQuestions(db: Executor, questionIds: string[]) {
  const byQuestion = new Map<string, AttachmentRow[]>();
  if (questionIds.length === 0) return byQuestion;
  const rows = await db
    .select()
    .from(hetaoAttachments)
    .where(inArray(hetaoAttachments.questionId, questionIds))
    .orderBy(asc(hetaoAttachments.createdAt), asc(hetaoAttachments.id));
  for (const row of rows)
    byQuestion.set(row.questionId, [...(byQuestion.get(row.questionId) ?? []), row]);
  return byQuestion;
}

/** The live precedent of each of these questions that has one (one statement). */
export async function findLivePrecedentsOfQuestions(db: Executor, questionIds: string[]) {
  const byQuestion = new Map<string, { id: string; number: number; publishedAt: Date }>();
  if (questionIds.length === 0) return byQuestion;
  const rows = await db
    .select({
      questionId: hetaoPrecedents.questionId,
      id: hetaoPrecedents.id,
      number: hetaoPrecedents.number,
      publishedAt: hetaoPrecedents.publishedAt,
    })
    .from(hetaoPrecedents)
    .where(
      and(inArray(hetaoPrecedents.questionId, questionIds), isNull(hetaoPrecedents.retractedAt)),
    );
  for (const { questionId, ...precedent } of rows) byQuestion.set(questionId, precedent);
  return byQuestion;
}

export async function insertAttachment(db: Executor, values: typeof hetaoAttachments.$inferInsert) {
  const [row] = await db.insert(hetaoAttachments).values(values).returning();
  return row!;
}

export async function listAttachments(db: Executor, questionId: string) {
  return db
    .select()
    .from(hetaoAttachments)
    .where(eq(hetaoAttachments.questionId, questionId))
    .orderBy(asc(hetaoAttachments.createdAt));
}

/** Which of these storage paths an attachment row names. */
export async function findStoredAttachmentPaths(db: Executor, storagePaths: string[]) {
  if (storagePaths.length === 0) return new Set<string>();
  const rows = await db
    .select({ storagePath: hetaoAttachments.storagePath })
    .from(hetaoAttachments)
    .where(inArray(hetaoAttachments.storagePath, storagePaths));
  return new Set(rows.map((row) => row.storagePath));
}

export async function findAttachment(db: Executor, questionId: string, id: string) {
  const [row] = await db
    .select()
    .from(hetaoAttachments)
    .where(and(eq(hetaoAttachments.questionId, questionId), eq(hetaoAttachments.id, id)));
  return row;
}

export async function insertPrecedent(db: Executor, values: typeof hetaoPrecedents.$inferInsert) {
  const [row] = await db.insert(hetaoPrecedents).values(values).returning();
  return row!;
}

export async function findLivePrecedentOfQuestion(db: Executor, questionId: string) {
  const [row] = await db
    .select()
    .from(hetaoPrecedents)
    .where(and(eq(hetaoPrecedents.questionId, questionId), isNull(hetaoPrecedents.retractedAt)));
  return row;
}

export async function findPrecedent(db: Executor, id: string) {
  const [row] = await db.select().from(hetaoPrecedents).where(eq(hetaoPrecedents.id, id));
  return row;
}

export async function updatePrecedent(
  db: Executor,
  id: string,
  values: Partial<typeof hetaoPrecedents.$inferInsert>,
) {
  const [row] = await db
    .update(hetaoPrecedents)
    .set(values)
    .where(eq(hetaoPrecedents.id, id))
    .returning();
  return row!;
}

/** Every live (not retracted) precedent, newest first: the lookup's sources. */
export async function listLivePrecedents(db: Executor) {
  const rows = await db
    .select()
    .from(hetaoPrecedents)
    .where(isNull(hetaoPrecedents.retractedAt))
    .orderBy(...orderByKey(precedentKey));
  return { rows };
}

/**
 * The public list's order: newest first, the id breaking ties. Served by the partial index
 * `hetao_precedents_live_published_idx` (published_at desc, id desc) where retracted_at is null.
 */
export const precedentKey: KeyColumn[] = [
  { column: hetaoPrecedents.publishedAt, direction: 'desc' },
  { column: hetaoPrecedents.id, direction: 'desc' },
];

/**
 * What the text search `q` matches: the anonymised question or reasoning containing it (served
 * by the trigram indexes on each, since `ilike '%…%'` on a plain column is what `gin_trgm_ops`
 * answers), or a code starting with its digits (the `text_pattern_ops` index on `hs_code`).
 * Every arm of the OR has its index, so the planner can combine them (BitmapOr).
 */
function precedentSearch(q: string): SQL | undefined {
  const pattern = containsPattern(q);
  const digits = q.replace(/\D/g, '');
  return or(
    ilike(hetaoPrecedents.question, pattern),
    ilike(hetaoPrecedents.reasoning, pattern),
    ...(digits.length >= 2 ? [like(hetaoPrecedents.hsCode, `${digits}%`)] : []),
  );
}

/**
 * One page of live precedents, with the list item each cites joined in (one statement for the
 * page, one for the total — however many rows the page holds). Pages by `after` (a keyset
 * cursor's key) or, for the deprecated `offset` parameter, by skipping rows.
 */
export async function pageLivePrecedents(
  db: Executor,
  filter: { q?: string | undefined; limit: number; offset?: number; after?: KeyValue[] },
) {
  const where = and(
    isNull(hetaoPrecedents.retractedAt),
    filter.q ? precedentSearch(filter.q) : undefined,
  );
  const query = db
    .select({
      id: hetaoPrecedents.id,
      number: hetaoPrecedents.number,
      question: hetaoPrecedents.question,
      hsCode: hetaoPrecedents.hsCode,
      covered: hetaoPrecedents.covered,
      reasoning: hetaoPrecedents.reasoning,
      listVersionId: hetaoPrecedents.listVersionId,
      listItemId: hetaoPrecedents.listItemId,
      publishedAt: hetaoPrecedents.publishedAt,
      publishedAtKey: keyText(hetaoPrecedents.publishedAt),
      item: {
        category: hetaoListItems.category,
        nameZhHans: hetaoListItems.nameZhHans,
        nameZhHant: hetaoListItems.nameZhHant,
        nameEn: hetaoListItems.nameEn,
      },
    })
    .from(hetaoPrecedents)
    .leftJoin(
      hetaoListItems,
      and(
        eq(hetaoListItems.versionId, hetaoPrecedents.listVersionId),
        eq(hetaoListItems.itemId, hetaoPrecedents.listItemId),
      ),
    )
    .where(and(where, filter.after ? afterKey(precedentKey, filter.after) : undefined))
    .orderBy(...orderByKey(precedentKey))
    .limit(filter.limit + 1);
  const [rows, [total]] = await Promise.all([
    filter.after ? query : query.offset(filter.offset ?? 0),
    db.select({ value: count() }).from(hetaoPrecedents).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export type PrecedentPageRow = Awaited<ReturnType<typeof pageLivePrecedents>>['rows'][number];
