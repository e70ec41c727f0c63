import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import type { HetaoCategory, HetaoQuestionStatus } from '../../db/schema/hetao';
import { AppError } from '../../errors/app-error';
import { nameForMediaType, nameForType, nameForUpload } from '../../shared/file-name';
import { decodeCursor, keyValueShapes, pageOf, type KeyValue } from '../../shared/keyset';
import type { ServiceContext } from '../../shared/service-context';
import {
  sha256Of,
  StoredFileMissingError,
  sweepStagedFiles,
} from '../../shared/storage/file-store';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { anonymiseText } from './anonymise';
import { addWorkingDays } from '../../shared/working-days';
import {
  deskCalendarOf,
  identifyingFactsOf,
  isCustoms,
  resolveImporter,
  today,
} from './desk-service';
import { hetaoReference } from './references';
import * as repo from './repo';
import type { AnswerQuestionBody, AskQuestionBody } from './schema';
import { invalidateLookupSources } from './sources';
import { allowedActions, nextState, questionMachine } from './state-machines';
import {
  ATTACHMENTS_PER_QUESTION,
  ATTACHMENT_MAX_BYTES,
  datasheetKey,
  sniffAttachmentType,
  type DatasheetStore,
} from './uploads';

/**
 * The consultation window with customs (B.C1): questions, their datasheet attachments, customs'
 * answers and the anonymised precedents published from them.
 */

const ASKER_ACTIONS = new Set(['attach', 'withdraw']);
const CUSTOMS_ACTIONS = new Set(['answer', 'publish', 'retract']);

/** A cited list item, its names from the row joined in (null when it is no longer there). */
function presentListItemRef(
  versionId: string | null,
  itemId: string | null,
  item: {
    category: HetaoCategory | null;
    nameZhHans: string | null;
    nameZhHant: string | null;
    nameEn: string | null;
  } | null,
) {
  if (!itemId) return null;
  return {
    versionId,
    itemId,
    category: item?.category ?? null,
    nameZhHans: item?.nameZhHans ?? null,
    nameZhHant: item?.nameZhHant ?? null,
    nameEn: item?.nameEn ?? null,
  };
}

/** A cited list item of one record (lists join theirs in instead). */
async function loadListItemRef(
  ctx: ServiceContext,
  versionId: string | null,
  itemId: string | null,
) {
  const item = versionId && itemId ? await repo.findListItem(ctx.db, versionId, itemId) : undefined;
  return presentListItemRef(versionId, itemId, item ?? null);
}

/**
 * Presents questions with their attachments and live precedents, loaded for all of them at once:
 * a list costs the same few statements whether it shows one question or a hundred.
 */
async function presentQuestions(
  ctx: ServiceContext,
  principal: Principal,
  rows: repo.QuestionWithPartiesRow[],
) {
  const ids = rows.map((row) => row.question.id);
  const [attachments, precedents] = await Promise.all([
    repo.listAttachmentsOfQuestions(ctx.db, ids),
    repo.findLivePrecedentsOfQuestions(ctx.db, ids),
  ]);
  return rows.map((row) =>
    presentQuestion(ctx, principal, row, {
      attachments: attachments.get(row.question.id) ?? [],
      precedent: precedents.get(row.question.id),
    }),
  );
}

function presentQuestion(
  ctx: ServiceContext,
  principal: Principal,
  row: repo.QuestionWithPartiesRow,
  related: {
    attachments: repo.AttachmentRow[];
    precedent: { id: string; number: number; publishedAt: Date } | undefined;
  },
) {
  const question = row.question;
  const { attachments, precedent } = related;
  const viewerActions = new Set<string>([
    ...(question.askerAccountId === principal.accountId ? ASKER_ACTIONS : []),
    ...(isCustoms(principal) ? CUSTOMS_ACTIONS : []),
  ]);
  return {
    id: question.id,
    reference: hetaoReference('Q', question.number),
    status: question.status,
    description: question.description,
    proposedCode: question.proposedCode,
    organisation: { id: question.organisationId, name: row.organisationName },
    asker: { name: row.askerName, email: row.askerEmail },
    createdAt: question.createdAt.toISOString(),
    dueOn: question.dueOn,
    overdue: question.status === 'open' && today(ctx) > question.dueOn,
    answer:
      question.answeredAt && question.answerCode && question.answerCovered !== null
        ? {
            hsCode: question.answerCode,
            covered: question.answerCovered,
            reasoning: question.answerReasoning ?? '',
            listItem: presentListItemRef(
              question.answerListVersionId,
              question.answerListItemId,
              row.answerItem,
            ),
            answeredAt: question.answeredAt.toISOString(),
          }
        : null,
    attachments: attachments.map((attachment) => ({
      id: attachment.id,
      fileName: nameForMediaType(attachment.fileName, attachment.mediaType, 'datasheet'),
      mediaType: attachment.mediaType,
      sizeBytes: attachment.sizeBytes,
      createdAt: attachment.createdAt.toISOString(),
      url: `/api/v1/hetao/questions/${question.id}/attachments/${attachment.id}`,
    })),
    precedent: precedent
      ? {
          id: precedent.id,
          reference: hetaoReference('P', precedent.number),
          publishedAt: precedent.publishedAt.toISOString(),
        }
      : null,
    allowedActions: allowedActions(questionMachine, question.status).filter((action) =>
      viewerActions.has(action),
    ),
  };
}

/** The asker and customs see a question; anyone else is told it does not exist. */
async function loadVisibleQuestion(ctx: ServiceContext, principal: Principal, id: string) {
  const row = await repo.findQuestionWithParties(ctx.db, id);
  if (!row) throw new AppError('hetao.question_not_found');
  if (row.question.askerAccountId !== principal.accountId && !isCustoms(principal))
    throw new AppError('hetao.question_not_found');
  return row;
}

export async function askQuestion(
  ctx: ServiceContext,
  principal: Principal,
  input: AskQuestionBody,
) {
  const { person, organisation } = await resolveImporter(ctx, principal, input.organisationId);
  const id = await ctx.db.transaction(async (tx) => {
    const state = await repo.readDeskState(tx);
    const dueOn = addWorkingDays(today(ctx), state.answerSlaWorkingDays, deskCalendarOf(state));
    const question = await repo.insertQuestion(tx, {
      askerAccountId: principal.accountId,
      askerPersonId: person.id,
      organisationId: organisation.id,
      description: input.description,
      proposedCode: input.proposedCode ?? null,
      dueOn,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.question.asked',
      subjectType: 'hetao_question',
      subjectId: question.id,
      after: {
        organisationId: organisation.id,
        description: input.description,
        proposedCode: question.proposedCode,
        dueOn,
        slaWorkingDays: state.answerSlaWorkingDays,
      },
    });
    return question.id;
  });
  return describeQuestion(ctx, principal, id);
}

export async function describeQuestion(ctx: ServiceContext, principal: Principal, id: string) {
  const [presented] = await presentQuestions(ctx, principal, [
    await loadVisibleQuestion(ctx, principal, id),
  ]);
  return presented!;
}

/** A page of a question list; `limit` undefined is the whole list (the routes' old contract). */
export interface QuestionPage {
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** An asker's questions, newest first; `nextCursor` is null on the last page. */
export async function listMyQuestions(
  ctx: ServiceContext,
  principal: Principal,
  page: QuestionPage = {},
) {
  const after = decodeCursor('hetao-my-questions', page.cursor, [
    keyValueShapes.timestamp,
    keyValueShapes.uuid,
  ]);
  const rows = await repo.listQuestions(
    ctx.db,
    { askerAccountId: principal.accountId },
    { key: repo.myQuestionKey, limit: page.limit, after },
  );
  return presentQuestionPage(ctx, principal, rows, page.limit, 'hetao-my-questions', (row) => [
    row.createdAtKey,
    row.question.id,
  ]);
}

/** Customs' queue: by due date, overdue first. */
export async function listQuestionQueue(
  ctx: ServiceContext,
  principal: Principal,
  status: HetaoQuestionStatus | undefined,
  page: QuestionPage = {},
) {
  // NOTE: the cursor names the status it was made for, so it cannot carry over to another tab.
  const list = `hetao-question-queue:${status ?? 'open'}`;
  const after = decodeCursor(list, page.cursor, [
    keyValueShapes.date,
    keyValueShapes.timestamp,
    keyValueShapes.uuid,
  ]);
  const rows = await repo.listQuestions(
    ctx.db,
    { statuses: [status ?? 'open'] },
    { key: repo.questionQueueKey, limit: page.limit, after },
  );
  return presentQuestionPage(ctx, principal, rows, page.limit, list, (row) => [
    row.question.dueOn,
    row.createdAtKey,
    row.question.id,
  ]);
}

async function presentQuestionPage(
  ctx: ServiceContext,
  principal: Principal,
  rows: repo.QuestionWithPartiesRow[],
  limit: number | undefined,
  list: string,
  keyOf: (row: repo.QuestionWithPartiesRow) => KeyValue[],
) {
  const page = limit === undefined ? { rows, nextCursor: null } : pageOf(rows, limit, list, keyOf);
  return {
    items: await presentQuestions(ctx, principal, page.rows),
    nextCursor: page.nextCursor,
  };
}

/**
 * Stores a datasheet for a question still waiting for its answer. The type is sniffed from the
 * bytes and names the file; the bytes are staged before the row is written, moved into place
 * once it has committed, and removed again if it cannot be written.
 */
export async function attachDatasheet(
  ctx: ServiceContext,
  principal: Principal,
  store: DatasheetStore,
  questionId: string,
  file: { bytes: Uint8Array; fileName: string },
) {
  const row = await loadVisibleQuestion(ctx, principal, questionId);
  if (row.question.askerAccountId !== principal.accountId) throw new AppError('auth.forbidden');
  nextState(questionMachine, row.question.status, 'attach');
  if (file.bytes.length === 0) throw new AppError('hetao.file_missing');
  if (file.bytes.length > ATTACHMENT_MAX_BYTES) throw new AppError('hetao.file_too_large');
  const type = sniffAttachmentType(file.bytes);
  if (!type) throw new AppError('hetao.attachment_type_refused');
  const attachmentId = randomUUID();
  const storagePath = datasheetKey(questionId, attachmentId, type);
  await store.stage(storagePath, file.bytes, type.mediaType);
  try {
    await ctx.db.transaction(async (tx) => {
      const question = await repo.findQuestion(tx, questionId, true);
      nextState(questionMachine, question!.status, 'attach');
      const existing = await repo.listAttachments(tx, questionId);
      if (existing.length >= ATTACHMENTS_PER_QUESTION) throw new AppError('hetao.attachment_limit');
      const attachment = await repo.insertAttachment(tx, {
        id: attachmentId,
        questionId,
        fileName: nameForUpload(file.fileName, type.extension, 'datasheet'),
        mediaType: type.mediaType,
        sizeBytes: file.bytes.length,
        sha256: sha256Of(file.bytes),
        storagePath,
        uploadedBy: principal.accountId,
        createdAt: ctx.now(),
      });
      await recordAudit(tx, ctx, {
        action: 'hetao.question.datasheet_attached',
        subjectType: 'hetao_question',
        subjectId: questionId,
        after: {
          attachmentId,
          fileName: attachment.fileName,
          mediaType: attachment.mediaType,
          sizeBytes: attachment.sizeBytes,
          sha256: attachment.sha256,
        },
      });
    });
  } catch (error) {
    await store.discard(storagePath).catch(() => undefined);
    throw error;
  }
  await store.commit(storagePath);
  return describeQuestion(ctx, principal, questionId);
}

/** The start-up sweep of staged datasheets (see `sweepStagedFiles`). */
export async function sweepStagedDatasheets(db: Executor, store: DatasheetStore, now: Date) {
  return sweepStagedFiles(store, (keys) => repo.findStoredAttachmentPaths(db, keys), now);
}

/** The stored datasheet, for the asker and customs only. */
export async function readDatasheet(
  ctx: ServiceContext,
  principal: Principal,
  store: DatasheetStore,
  questionId: string,
  attachmentId: string,
) {
  await loadVisibleQuestion(ctx, principal, questionId);
  const attachment = await repo.findAttachment(ctx.db, questionId, attachmentId);
  if (!attachment) throw new AppError('hetao.attachment_not_found');
  // Only a file that is not there is "not found"; a store that fails is an outage (a 500).
  const bytes = await store.get(attachment.storagePath).catch((error: unknown) => {
    if (error instanceof StoredFileMissingError) throw new AppError('hetao.attachment_not_found');
    throw error;
  });
  // Re-sniffed on the way out: a file changed in the store is not served under the old type.
  // NOTE: not a 404 — the file is there but is not what was stored, which is a fault to look
  // into (a 500 with a correlation id), not something to hide as "not found".
  const type = sniffAttachmentType(bytes);
  if (!type || type.mediaType !== attachment.mediaType)
    throw new Error(
      `datasheet ${attachment.id} no longer holds ${attachment.mediaType} (${attachment.storagePath})`,
    );
  return {
    bytes,
    mediaType: attachment.mediaType,
    // Named by the sniffed type also for rows stored before names followed types.
    fileName: nameForType(attachment.fileName, type.extension, 'datasheet'),
  };
}

export async function withdrawQuestion(ctx: ServiceContext, principal: Principal, id: string) {
  await ctx.db.transaction(async (tx) => {
    const question = await repo.findQuestion(tx, id, true);
    if (!question || question.askerAccountId !== principal.accountId)
      throw new AppError('hetao.question_not_found');
    const status = nextState(questionMachine, question.status, 'withdraw');
    await repo.updateQuestion(tx, id, { status, withdrawnAt: ctx.now() });
    await recordAudit(tx, ctx, {
      action: 'hetao.question.withdrawn',
      subjectType: 'hetao_question',
      subjectId: id,
      before: { status: question.status },
      after: { status },
    });
  });
  return describeQuestion(ctx, principal, id);
}

/** The list item an answer names must be in the list in force. */
async function requireCurrentListItem(ctx: ServiceContext, tx: Executor, itemId: string) {
  const current = await repo.findListVersionByStatus(tx, 'published');
  const item = current ? await repo.findListItem(tx, current.id, itemId) : undefined;
  if (!current || !item)
    throw new AppError('request.validation_failed', {
      fieldErrors: [
        {
          pointer: '/body/listItemId',
          code: 'hetao.list_item_not_found',
          detail: {
            'zh-Hans': '当前清单中没有该条目',
            'zh-Hant': '目前清單中沒有該條目',
            en: 'The list in force has no such item',
          }[ctx.language],
        },
      ],
    });
  return { current, item };
}

export async function answerQuestion(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: AnswerQuestionBody,
) {
  await ctx.db.transaction(async (tx) => {
    const question = await repo.findQuestion(tx, id, true);
    if (!question) throw new AppError('hetao.question_not_found');
    const status = nextState(questionMachine, question.status, 'answer');
    const listItem = input.listItemId
      ? await requireCurrentListItem(ctx, tx, input.listItemId)
      : undefined;
    await repo.updateQuestion(tx, id, {
      status,
      answerCode: input.hsCode,
      answerCovered: input.covered,
      answerReasoning: input.reasoning,
      answerListVersionId: listItem?.current.id ?? null,
      answerListItemId: listItem?.item.itemId ?? null,
      answeredBy: principal.accountId,
      answeredAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.question.answered',
      subjectType: 'hetao_question',
      subjectId: id,
      before: { status: question.status },
      after: {
        status,
        hsCode: input.hsCode,
        covered: input.covered,
        reasoning: input.reasoning,
        listVersionId: listItem?.current.id ?? null,
        listItemId: listItem?.item.itemId ?? null,
        answeredOn: today(ctx),
        dueOn: question.dueOn,
        late: today(ctx) > question.dueOn,
      },
    });
  });
  return describeQuestion(ctx, principal, id);
}

async function anonymisedAnswer(
  ctx: ServiceContext,
  question: repo.QuestionRow,
  overrides: { question?: string | undefined; reasoning?: string | undefined } = {},
) {
  const facts = await identifyingFactsOf(ctx, question.askerAccountId, question.organisationId);
  const anonymisedQuestion = anonymiseText(overrides.question ?? question.description, facts);
  const anonymisedReasoning = anonymiseText(
    overrides.reasoning ?? question.answerReasoning ?? '',
    facts,
  );
  return {
    question: anonymisedQuestion.text,
    reasoning: anonymisedReasoning.text,
    hsCode: question.answerCode!,
    covered: question.answerCovered!,
    listItem: await loadListItemRef(ctx, question.answerListVersionId, question.answerListItemId),
    redactions: {
      question: anonymisedQuestion.redactions,
      reasoning: anonymisedReasoning.redactions,
    },
  };
}

/** What the precedent would say: the anonymised question and reasoning, for the officer to check. */
export async function previewPrecedent(ctx: ServiceContext, id: string) {
  const question = await repo.findQuestion(ctx.db, id);
  if (!question) throw new AppError('hetao.question_not_found');
  nextState(questionMachine, question.status, 'publish');
  return anonymisedAnswer(ctx, question);
}

/**
 * Publishes the answer, anonymised, as a precedent. The officer may send an edited text; it is
 * anonymised again, so an edit cannot put the asker's name back.
 */
export async function publishPrecedent(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  overrides: { question?: string | undefined; reasoning?: string | undefined },
) {
  const question = await repo.findQuestion(ctx.db, id);
  if (!question) throw new AppError('hetao.question_not_found');
  nextState(questionMachine, question.status, 'publish');
  const anonymised = await anonymisedAnswer(ctx, question, overrides);
  await ctx.db.transaction(async (tx) => {
    const locked = await repo.findQuestion(tx, id, true);
    const status = nextState(questionMachine, locked!.status, 'publish');
    const precedent = await repo.insertPrecedent(tx, {
      questionId: id,
      question: anonymised.question,
      hsCode: anonymised.hsCode,
      covered: anonymised.covered,
      reasoning: anonymised.reasoning,
      listVersionId: locked!.answerListVersionId,
      listItemId: locked!.answerListItemId,
      publishedAt: ctx.now(),
      publishedBy: principal.accountId,
    });
    await repo.updateQuestion(tx, id, { status });
    await repo.bumpSourcesGeneration(tx);
    await recordAudit(tx, ctx, {
      action: 'hetao.question.precedent_published',
      subjectType: 'hetao_question',
      subjectId: id,
      before: { status: locked!.status },
      after: {
        status,
        precedentId: precedent.id,
        question: precedent.question,
        reasoning: precedent.reasoning,
        redactions: anonymised.redactions,
      },
    });
  });
  invalidateLookupSources(ctx.db);
  return describeQuestion(ctx, principal, id);
}

export async function retractPrecedent(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  reason: string,
) {
  await ctx.db.transaction(async (tx) => {
    const question = await repo.findQuestion(tx, id, true);
    if (!question) throw new AppError('hetao.question_not_found');
    const status = nextState(questionMachine, question.status, 'retract');
    const precedent = await repo.findLivePrecedentOfQuestion(tx, id);
    if (precedent)
      await repo.updatePrecedent(tx, precedent.id, {
        retractedAt: ctx.now(),
        retractedReason: reason,
      });
    await repo.updateQuestion(tx, id, { status });
    await repo.bumpSourcesGeneration(tx);
    await recordAudit(tx, ctx, {
      action: 'hetao.question.precedent_retracted',
      subjectType: 'hetao_question',
      subjectId: id,
      before: { status: question.status, precedentId: precedent?.id ?? null },
      after: { status, reason },
    });
  });
  invalidateLookupSources(ctx.db);
  return describeQuestion(ctx, principal, id);
}

function presentPrecedent(row: {
  id: string;
  number: number;
  question: string;
  hsCode: string;
  covered: boolean;
  reasoning: string;
  listVersionId: string | null;
  listItemId: string | null;
  publishedAt: Date;
  item: Parameters<typeof presentListItemRef>[2];
}) {
  return {
    id: row.id,
    reference: hetaoReference('P', row.number),
    question: row.question,
    hsCode: row.hsCode,
    covered: row.covered,
    reasoning: row.reasoning,
    listItem: presentListItemRef(row.listVersionId, row.listItemId, row.item),
    publishedAt: row.publishedAt.toISOString(),
    clauses: ['B.C1'],
  };
}

/**
 * Published precedents, newest first, a page at a time: by `cursor`, or (deprecated) by
 * `offset` when no cursor is given.
 */
export async function listPrecedents(
  ctx: ServiceContext,
  filter: { q?: string | undefined; limit: number; offset: number; cursor?: string | undefined },
) {
  const after = decodeCursor('hetao-precedents', filter.cursor, [
    keyValueShapes.timestamp,
    keyValueShapes.uuid,
  ]);
  const { rows, total } = await repo.pageLivePrecedents(ctx.db, {
    q: filter.q,
    limit: filter.limit,
    ...(after ? { after } : { offset: filter.offset }),
  });
  const page = pageOf(rows, filter.limit, 'hetao-precedents', (row) => [
    row.publishedAtKey,
    row.id,
  ]);
  return { items: page.rows.map(presentPrecedent), total, nextCursor: page.nextCursor };
}

export async function describePrecedent(ctx: ServiceContext, id: string) {
  const row = await repo.findPrecedent(ctx.db, id);
  if (!row || row.retractedAt) throw new AppError('hetao.precedent_not_found');
  return {
    ...presentPrecedent({ ...row, item: null }),
    listItem: await loadListItemRef(ctx, row.listVersionId, row.listItemId),
  };
}
