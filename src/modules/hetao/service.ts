// Length (about 1,860 lines): the Hetao desk's lists, questions, suggestions and rulings; issue
// #12 splits it into one module each.
import { createHash, randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import type {
  HetaoListVersionStatus,
  HetaoQuestionStatus,
  HetaoRulingStatus,
  HetaoSuggestionGroupStatus,
} from '../../db/schema/hetao';
import { AppError, type FieldError, type LocalisedText } from '../../errors/app-error';
import { nameForMediaType, nameForType } from '../../shared/file-name';
import type { ServiceContext } from '../../shared/service-context';
import { findAccountById, findPersonByAccount } from '../accounts/repo';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import {
  DEFAULT_REGIME,
  LIST_CATEGORIES,
  LIST_CATEGORY_NAMES,
  parseListRecord,
  serialiseListCsv,
  type ListCsvField,
  type ListItem,
  type ListProblem,
} from '../hetao-lookup/lookup/list-format';
import { findOrganisation, listMembers, listOrganisationsOfPerson } from '../organisations/repo';
import { anonymiseText, type IdentifyingFacts } from './anonymise';
import { addDays, addMonths, addWorkingDays, addYears, shenzhenDate } from './calendar';
import { diffListItems, type ListDiff, type ListItemRecord } from './list-diff';
import { LIST_FILE_MAX_BYTES, readListFile } from './list-import';
import { presentItem, toItemRows, toLookupItem } from './list-items';
import * as repo from './repo';
import type {
  AnswerQuestionBody,
  AskQuestionBody,
  CreateDraftBody,
  CreateRulingBody,
  DecideRulingBody,
  ImportFields,
  ListItemBody,
  ListItemPatchBody,
  PullGroupBody,
  SuggestBody,
  UpdateDraftBody,
  UpdateRulingBody,
  UpdateSettingsBody,
} from './schema';
import { invalidateLookupSources, precedentReference } from './sources';
import {
  allowedActions,
  listVersionMachine,
  nextState,
  questionMachine,
  rulingMachine,
  suggestionGroupMachine,
} from './state-machines';
import {
  ATTACHMENTS_PER_QUESTION,
  ATTACHMENT_MAX_BYTES,
  cleanFileName,
  commitAttachment,
  discardAttachment,
  listStagedAttachments,
  readAttachment,
  sniffAttachmentType,
  stageAttachment,
} from './uploads';
import { WORKING_LIST_NOTICE } from './working-list';

/**
 * The Hetao research-goods desk: the tax-free list as versioned data (B.L1, B.N1, B.N5), the
 * consultation window with customs and its precedents (B.C1), importers' suggestions for the
 * next list (B.L3) and advance-ruling tracking (B.N8). Every state change goes through a state
 * machine (state-machines.ts) and writes its audit row in the same transaction.
 */

const isCustoms = (principal: Principal | null) =>
  principal?.roles.includes('customs_officer') ?? false;
const canManageList = (principal: Principal | null) =>
  !!principal?.roles.some((role) => role === 'customs_officer' || role === 'admin');

const today = (ctx: ServiceContext) => shenzhenDate(ctx.now());

const questionReference = (number: number) => `HT-Q-${String(number).padStart(6, '0')}`;
const rulingReference = (number: number) => `HT-R-${String(number).padStart(6, '0')}`;

// =============================================================================================
// The list: versions, items, import, diff, changelog

const PUBLIC_VERSION_STATUSES: HetaoListVersionStatus[] = ['published', 'superseded'];

function presentVersion(row: repo.ListVersionRow, itemCount: number) {
  return {
    id: row.id,
    title: row.title,
    issuingDocument: row.issuingDocument,
    effectiveDate: row.effectiveDate,
    status: row.status,
    isWorkingList: row.isWorkingList,
    workingListNotice: row.isWorkingList ? WORKING_LIST_NOTICE : null,
    source: row.source,
    notes: row.notes,
    basedOnVersionId: row.basedOnVersionId,
    itemCount,
    importWarnings: row.importWarnings,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    allowedActions: allowedActions(listVersionMachine, row.status).filter(
      (action) => action !== 'supersede',
    ),
    clauses: ['B.L1', 'B.N1', 'B.N5', 'B.L3'],
  };
}

function versionRef(row: repo.ListVersionRow) {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    isWorkingList: row.isWorkingList,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

const categoryInfo = LIST_CATEGORIES.map((id) => ({
  id,
  name: LIST_CATEGORY_NAMES[id],
  defaultRegime: DEFAULT_REGIME[id],
}));

/** Drafts and discarded versions are for the list's managers; published ones for everyone. */
async function loadVisibleVersion(ctx: ServiceContext, principal: Principal | null, id: string) {
  const version = await repo.findListVersion(ctx.db, id);
  if (!version) throw new AppError('hetao.list_version_not_found');
  if (!PUBLIC_VERSION_STATUSES.includes(version.status) && !canManageList(principal))
    throw new AppError('hetao.list_version_not_found');
  return version;
}

async function describeVersion(ctx: ServiceContext, version: repo.ListVersionRow) {
  const items = await repo.listItemsOfVersion(ctx.db, version.id);
  return {
    ...presentVersion(version, items.length),
    items: items.map(presentItem),
    categories: categoryInfo,
  };
}

/** The list in force: the current published version with its items. */
export async function describeCurrentList(ctx: ServiceContext) {
  const version = await repo.findListVersionByStatus(ctx.db, 'published');
  if (!version) throw new AppError('hetao.no_published_list');
  return describeVersion(ctx, version);
}

export async function listListVersions(
  ctx: ServiceContext,
  principal: Principal | null,
  status: HetaoListVersionStatus | undefined,
) {
  const visible = canManageList(principal)
    ? (['draft', 'published', 'superseded', 'discarded'] as HetaoListVersionStatus[])
    : PUBLIC_VERSION_STATUSES;
  const statuses = status ? visible.filter((value) => value === status) : visible;
  if (statuses.length === 0) return [];
  const rows = await repo.listListVersions(ctx.db, statuses);
  return rows.map((row) => presentVersion(row.version, Number(row.items)));
}

export async function describeListVersion(
  ctx: ServiceContext,
  principal: Principal | null,
  id: string,
) {
  return describeVersion(ctx, await loadVisibleVersion(ctx, principal, id));
}

/** The version as a file in the import format, so it can be edited offline and imported back. */
export async function exportListVersionCsv(
  ctx: ServiceContext,
  principal: Principal | null,
  id: string,
) {
  const version = await loadVisibleVersion(ctx, principal, id);
  const items = await repo.listItemsOfVersion(ctx.db, version.id);
  return {
    fileName: `hetao-list-${version.id}.csv`,
    csv: serialiseListCsv(items.map(toLookupItem)),
  };
}

/** Creates the next draft, by default a copy of the published version's items. */
export async function createDraftVersion(
  ctx: ServiceContext,
  principal: Principal,
  input: CreateDraftBody,
) {
  const version = await ctx.db.transaction(async (tx) => {
    const current = await repo.findListVersionByStatus(tx, 'published');
    const draft = await insertDraft(tx, ctx, principal, {
      title: input.title,
      issuingDocument: input.issuingDocument ?? null,
      effectiveDate: input.effectiveDate ?? null,
      source: input.source,
      notes: input.notes ?? null,
      isWorkingList: input.isWorkingList,
      basedOnVersionId: current?.id ?? null,
    });
    if (input.copyCurrent && current) await copyItems(tx, current.id, draft.id);
    await recordAudit(tx, ctx, {
      action: 'hetao.list_version.drafted',
      subjectType: 'hetao_list_version',
      subjectId: draft.id,
      after: { ...input, basedOnVersionId: draft.basedOnVersionId },
    });
    return draft;
  });
  return describeVersion(ctx, version);
}

async function insertDraft(
  tx: Executor,
  ctx: ServiceContext,
  principal: Principal,
  values: Omit<Parameters<typeof repo.insertListVersion>[1], 'status' | 'createdBy'>,
) {
  const draft = await repo.insertListVersion(tx, {
    ...values,
    status: 'draft',
    createdBy: principal.accountId,
    createdAt: ctx.now(),
  });
  // NOTE: the one-draft index is the guard; a second draft would be "the next list" twice.
  if (!draft) throw new AppError('hetao.draft_exists');
  return draft;
}

async function copyItems(tx: Executor, fromVersionId: string, toVersionId: string) {
  const items = await repo.listItemsOfVersion(tx, fromVersionId);
  await repo.insertListItems(
    tx,
    items.map(({ id: _id, versionId: _versionId, ...item }) => ({
      ...item,
      versionId: toVersionId,
    })),
  );
}

const FIELD_OF_COLUMN: Record<ListCsvField, keyof ListItemBody> = {
  item_id: 'itemId',
  category: 'category',
  name_zh_hans: 'nameZhHans',
  name_zh_hant: 'nameZhHant',
  name_en: 'nameEn',
  includes: 'includes',
  excludes: 'excludes',
  regime: 'regime',
  notes: 'notes',
  source: 'source',
};

const MAX_REPORTED_ROW_ERRORS = 500;

function importRefusal(
  code: 'hetao.import_invalid' | 'hetao.import_unreadable',
  problems: ListProblem[],
) {
  const shown = problems.slice(0, MAX_REPORTED_ROW_ERRORS);
  return new AppError(code, {
    detail: {
      'zh-Hans': `发现 ${problems.length} 处问题，未导入任何内容。请按行号修改后重新上传。`,
      'zh-Hant': `發現 ${problems.length} 處問題，未匯入任何內容。請按行號修改後重新上傳。`,
      en: `${problems.length} problem(s) found; nothing was imported. Fix them by line number and upload again.`,
    },
    fieldErrors: shown.map((problem) => ({
      pointer: `/file/${problem.line}/${problem.field}`,
      code: 'hetao.list_item_rule',
      detail: `${problem.line}: ${problem.field}: ${problem.message}`,
    })),
    extensions: {
      rowErrors: shown.map((problem) => ({
        line: problem.line,
        column: problem.field,
        message: problem.message,
      })),
      errorCount: problems.length,
    },
  });
}

/**
 * Imports a list file (CSV in the import format, or Excel .xlsx with the same columns) as a new
 * DRAFT version that customs reviews (diff) and publishes. All or nothing: any row problem
 * refuses the whole file, with every problem's line and column.
 */
export async function importListVersion(
  ctx: ServiceContext,
  principal: Principal,
  file: { bytes: Uint8Array; fileName: string },
  fields: ImportFields,
) {
  if (file.bytes.length > LIST_FILE_MAX_BYTES) throw new AppError('hetao.file_too_large');
  const result = await readListFile(file.bytes);
  if (!result.ok)
    throw importRefusal(
      result.kind === 'unknown' ? 'hetao.import_unreadable' : 'hetao.import_invalid',
      result.problems,
    );
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const fileName = cleanFileName(file.fileName);
  const version = await ctx.db.transaction(async (tx) => {
    const current = await repo.findListVersionByStatus(tx, 'published');
    const draft = await insertDraft(tx, ctx, principal, {
      title: fields.title,
      issuingDocument: fields.issuingDocument ?? null,
      effectiveDate: fields.effectiveDate ?? null,
      source: fields.source ?? `Imported file ${fileName} (sha256 ${sha256.slice(0, 12)})`,
      notes: fields.notes ?? null,
      isWorkingList: fields.isWorkingList ?? false,
      basedOnVersionId: current?.id ?? null,
      importWarnings: result.warnings.map((warning) => ({
        ...warning,
        code: 'hetao.import_warning',
      })),
    });
    await repo.insertListItems(tx, toItemRows(draft.id, result.items));
    await recordAudit(tx, ctx, {
      action: 'hetao.list_version.imported',
      subjectType: 'hetao_list_version',
      subjectId: draft.id,
      after: {
        title: draft.title,
        fileName,
        fileKind: result.kind,
        sha256,
        items: result.items.length,
        warnings: result.warnings.length,
      },
    });
    return { draft, current };
  });
  const detail = await describeVersion(ctx, version.draft);
  return {
    version: detail,
    fileKind: result.kind,
    itemCount: result.items.length,
    diff: version.current ? await diffVersions(ctx, version.current, version.draft) : null,
  };
}

async function loadDraftForEdit(tx: Executor, id: string) {
  const version = await repo.findListVersion(tx, id, true);
  if (!version) throw new AppError('hetao.list_version_not_found');
  nextState(listVersionMachine, version.status, 'edit');
  return version;
}

export async function updateDraftVersion(ctx: ServiceContext, id: string, input: UpdateDraftBody) {
  const updated = await ctx.db.transaction(async (tx) => {
    const before = await loadDraftForEdit(tx, id);
    const changes = Object.fromEntries(
      Object.entries(input).filter(([, value]) => value !== undefined),
    ) as Partial<repo.ListVersionRow>;
    const after = await repo.updateListVersion(tx, id, changes);
    await recordAudit(tx, ctx, {
      action: 'hetao.list_version.updated',
      subjectType: 'hetao_list_version',
      subjectId: id,
      before: pick(before, Object.keys(changes)),
      after: pick(after, Object.keys(changes)),
    });
    return after;
  });
  return describeVersion(ctx, updated);
}

function pick(row: object, keys: string[]) {
  return Object.fromEntries(keys.map((key) => [key, (row as Record<string, unknown>)[key]]));
}

/**
 * Checks an item with the import format's own rules (codes, exclusions inside inclusions,
 * derived Traditional name), so an item typed in the editor is as valid as an imported one.
 */
function validateItem(input: ListItemBody): ListItem {
  const { item, problems } = parseListRecord(
    {
      item_id: input.itemId,
      category: input.category,
      name_zh_hans: input.nameZhHans,
      name_zh_hant: input.nameZhHant ?? '',
      name_en: input.nameEn ?? '',
      includes: input.includes.join(';'),
      excludes: (input.excludes ?? []).join(';'),
      regime: input.regime,
      notes: input.notes ?? '',
      source: input.source,
    },
    0,
  );
  if (!item || problems.length > 0) {
    const fieldErrors: FieldError[] = problems.map((problem) => ({
      pointer: `/body/${problem.field in FIELD_OF_COLUMN ? FIELD_OF_COLUMN[problem.field as ListCsvField] : problem.field}`,
      code: 'hetao.list_item_rule',
      detail: problem.message,
    }));
    throw new AppError('request.validation_failed', { fieldErrors });
  }
  return item;
}

function recordOfBody(item: ListItem): Omit<ListItemRecord, 'itemId'> {
  const [row] = toItemRows('00000000-0000-0000-0000-000000000000', [item]);
  return {
    category: row!.category,
    nameZhHans: row!.nameZhHans,
    nameZhHant: row!.nameZhHant,
    nameEn: row!.nameEn ?? null,
    includes: row!.includes,
    excludes: row!.excludes ?? [],
    regime: row!.regime,
    notes: row!.notes ?? null,
    source: row!.source ?? null,
  };
}

export async function addDraftItem(ctx: ServiceContext, versionId: string, input: ListItemBody) {
  const item = validateItem(input);
  return ctx.db.transaction(async (tx) => {
    await loadDraftForEdit(tx, versionId);
    if (await repo.findListItem(tx, versionId, item.itemId))
      throw new AppError('hetao.list_item_exists');
    const position = await repo.nextItemPosition(tx, versionId);
    await repo.insertListItems(tx, toItemRows(versionId, [item], position));
    const row = (await repo.findListItem(tx, versionId, item.itemId))!;
    await recordAudit(tx, ctx, {
      action: 'hetao.list_item.added',
      subjectType: 'hetao_list_version',
      subjectId: versionId,
      after: presentItem(row),
    });
    return presentItem(row);
  });
}

export async function updateDraftItem(
  ctx: ServiceContext,
  versionId: string,
  itemId: string,
  patch: ListItemPatchBody,
) {
  return ctx.db.transaction(async (tx) => {
    await loadDraftForEdit(tx, versionId);
    const before = await repo.findListItem(tx, versionId, itemId);
    if (!before) throw new AppError('hetao.list_item_not_found');
    const merged: ListItemBody = {
      itemId,
      category: patch.category ?? before.category,
      nameZhHans: patch.nameZhHans ?? before.nameZhHans,
      // A new Simplified name with no Traditional one given re-derives the Traditional name.
      nameZhHant:
        patch.nameZhHant !== undefined
          ? patch.nameZhHant
          : patch.nameZhHans !== undefined
            ? null
            : before.nameZhHant,
      nameEn: patch.nameEn !== undefined ? patch.nameEn : before.nameEn,
      includes: patch.includes ?? before.includes,
      excludes: patch.excludes ?? before.excludes,
      regime: patch.regime ?? before.regime,
      notes: patch.notes !== undefined ? patch.notes : before.notes,
      source: patch.source ?? before.source ?? 'customs edit',
    };
    const after = await repo.updateListItem(tx, before.id, recordOfBody(validateItem(merged)));
    await recordAudit(tx, ctx, {
      action: 'hetao.list_item.changed',
      subjectType: 'hetao_list_version',
      subjectId: versionId,
      before: presentItem(before),
      after: presentItem(after),
    });
    return presentItem(after);
  });
}

export async function removeDraftItem(ctx: ServiceContext, versionId: string, itemId: string) {
  await ctx.db.transaction(async (tx) => {
    await loadDraftForEdit(tx, versionId);
    const before = await repo.findListItem(tx, versionId, itemId);
    if (!before) throw new AppError('hetao.list_item_not_found');
    await repo.deleteListItem(tx, before.id);
    // A suggestion group pulled in as this item goes back to the open pile.
    for (const group of await repo.listSuggestionGroups(tx, { pulledIntoVersionId: versionId }))
      if (group.pulledItemId === itemId && group.status === 'pulled')
        await releaseGroup(tx, ctx, group, 'item removed from the draft');
    await recordAudit(tx, ctx, {
      action: 'hetao.list_item.removed',
      subjectType: 'hetao_list_version',
      subjectId: versionId,
      before: presentItem(before),
    });
  });
}

async function releaseGroup(
  tx: Executor,
  ctx: ServiceContext,
  group: repo.SuggestionGroupRow,
  why: string,
) {
  const status = nextState(suggestionGroupMachine, group.status, 'release');
  await repo.updateSuggestionGroup(tx, group.id, {
    status,
    pulledIntoVersionId: null,
    pulledItemId: null,
  });
  await recordAudit(tx, ctx, {
    action: 'hetao.suggestion_group.released',
    subjectType: 'hetao_suggestion_group',
    subjectId: group.id,
    before: { status: group.status, pulledIntoVersionId: group.pulledIntoVersionId },
    after: { status, why },
  });
}

/**
 * Publishes a draft: it becomes the list in force, the previous published version is
 * superseded, suggestion groups pulled into it are marked included, and the lookup's sources
 * are refreshed.
 */
export async function publishListVersion(ctx: ServiceContext, principal: Principal, id: string) {
  const published = await ctx.db.transaction(async (tx) => {
    const draft = await repo.findListVersion(tx, id, true);
    if (!draft) throw new AppError('hetao.list_version_not_found');
    const status = nextState(listVersionMachine, draft.status, 'publish');
    const items = await repo.listItemsOfVersion(tx, id);
    if (items.length === 0) throw new AppError('hetao.draft_empty');
    const previous = await repo.findListVersionByStatus(tx, 'published', true);
    if (previous) {
      const superseded = nextState(listVersionMachine, previous.status, 'supersede');
      await repo.updateListVersion(tx, previous.id, { status: superseded });
      await recordAudit(tx, ctx, {
        action: 'hetao.list_version.superseded',
        subjectType: 'hetao_list_version',
        subjectId: previous.id,
        before: { status: previous.status },
        after: { status: superseded, supersededBy: id },
      });
    }
    const now = ctx.now();
    const after = await repo.updateListVersion(tx, id, {
      status,
      publishedAt: now,
      publishedBy: principal.accountId,
    });
    for (const group of await repo.listSuggestionGroups(tx, { pulledIntoVersionId: id })) {
      if (group.status !== 'pulled') continue;
      const included = nextState(suggestionGroupMachine, group.status, 'include');
      await repo.updateSuggestionGroup(tx, group.id, { status: included });
      await recordAudit(tx, ctx, {
        action: 'hetao.suggestion_group.included',
        subjectType: 'hetao_suggestion_group',
        subjectId: group.id,
        before: { status: group.status },
        after: { status: included, versionId: id, itemId: group.pulledItemId },
      });
    }
    await repo.bumpSourcesGeneration(tx);
    await recordAudit(tx, ctx, {
      action: 'hetao.list_version.published',
      subjectType: 'hetao_list_version',
      subjectId: id,
      before: { status: draft.status },
      after: {
        status,
        items: items.length,
        supersedes: previous?.id ?? null,
        isWorkingList: draft.isWorkingList,
      },
    });
    return after;
  });
  invalidateLookupSources(ctx.db);
  return describeVersion(ctx, published);
}

export async function discardListVersion(ctx: ServiceContext, id: string) {
  const discarded = await ctx.db.transaction(async (tx) => {
    const draft = await repo.findListVersion(tx, id, true);
    if (!draft) throw new AppError('hetao.list_version_not_found');
    const status = nextState(listVersionMachine, draft.status, 'discard');
    const after = await repo.updateListVersion(tx, id, { status });
    for (const group of await repo.listSuggestionGroups(tx, { pulledIntoVersionId: id }))
      if (group.status === 'pulled') await releaseGroup(tx, ctx, group, 'draft discarded');
    await recordAudit(tx, ctx, {
      action: 'hetao.list_version.discarded',
      subjectType: 'hetao_list_version',
      subjectId: id,
      before: { status: draft.status },
      after: { status },
    });
    return after;
  });
  return describeVersion(ctx, discarded);
}

async function diffVersions(
  ctx: ServiceContext,
  from: repo.ListVersionRow | undefined,
  to: repo.ListVersionRow,
) {
  const [fromItems, toItems] = await Promise.all([
    from ? repo.listItemsOfVersion(ctx.db, from.id) : Promise.resolve([]),
    repo.listItemsOfVersion(ctx.db, to.id),
  ]);
  return presentDiff(
    from ?? null,
    to,
    diffListItems(fromItems.map(presentItem), toItems.map(presentItem)),
  );
}

function presentDiff(from: repo.ListVersionRow | null, to: repo.ListVersionRow, diff: ListDiff) {
  const withPosition = <T extends ListItemRecord>(item: T) => ({
    position: 0,
    ...item,
  });
  return {
    from: from ? versionRef(from) : null,
    to: versionRef(to),
    added: diff.added.map(withPosition),
    removed: diff.removed.map(withPosition),
    changed: diff.changed.map((change) => ({
      itemId: change.itemId,
      before: withPosition(change.before),
      after: withPosition(change.after),
      changes: change.changes,
    })),
    unchanged: diff.unchanged,
  };
}

/**
 * What changed in a version: against `againstId` if given, otherwise against the version it
 * replaces (for a draft: the one it was based on or the published one; for a published one:
 * the version published before it).
 */
export async function diffListVersion(
  ctx: ServiceContext,
  principal: Principal | null,
  id: string,
  againstId: string | undefined,
) {
  const version = await loadVisibleVersion(ctx, principal, id);
  let against: repo.ListVersionRow | undefined;
  if (againstId) against = await loadVisibleVersion(ctx, principal, againstId);
  else if (version.publishedAt)
    against = await repo.findPreviousPublishedVersion(ctx.db, version.publishedAt);
  else if (version.basedOnVersionId)
    against = await repo.findListVersion(ctx.db, version.basedOnVersionId);
  else against = await repo.findListVersionByStatus(ctx.db, 'published');
  return diffVersions(ctx, against, version);
}

/** The public changelog: every published version, newest first, with what it changed. */
export async function listChangelog(ctx: ServiceContext) {
  const rows = await repo.listListVersions(ctx.db, PUBLIC_VERSION_STATUSES);
  const versions = rows
    .map((row) => row.version)
    .sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime());
  const itemsOf = new Map<string, ListItemRecord[]>();
  for (const version of versions)
    itemsOf.set(version.id, (await repo.listItemsOfVersion(ctx.db, version.id)).map(presentItem));
  const entries = versions.map((version, index) => {
    const previous = versions[index - 1];
    const items = itemsOf.get(version.id)!;
    const diff = previous ? diffListItems(itemsOf.get(previous.id)!, items) : null;
    return {
      version: presentVersion(version, items.length),
      previous: previous ? versionRef(previous) : null,
      summary: diff
        ? { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length }
        : { added: items.length, removed: 0, changed: 0 },
      diff: diff && previous ? presentDiff(previous, version, diff) : null,
    };
  });
  return { entries: entries.reverse() };
}

// =============================================================================================
// Desk settings (SLA)

const SETTINGS_NOTE: LocalisedText = {
  'zh-Hans':
    '答复时限是本平台与海关约定的服务目标，政策原文未规定；工作日按周一至周五计算，扣除所列节假日，加上所列调休工作日（深圳时间）。',
  'zh-Hant':
    '答覆時限是本平台與海關約定的服務目標，政策原文未規定；工作日按週一至週五計算，扣除所列節假日，加上所列調休工作日（深圳時間）。',
  en: 'The answer time is a service target agreed with customs, not set by the policy source. Working days are Monday to Friday, less the listed holidays, plus the listed make-up working days (Shenzhen time).',
};

function presentSettings(state: repo.DeskStateRow) {
  return {
    answerSlaWorkingDays: state.answerSlaWorkingDays,
    holidays: state.holidays,
    extraWorkingDays: state.extraWorkingDays,
    note: SETTINGS_NOTE,
  };
}

export async function describeSettings(ctx: ServiceContext) {
  return presentSettings(await repo.readDeskState(ctx.db));
}

export async function updateSettings(ctx: ServiceContext, input: UpdateSettingsBody) {
  return ctx.db.transaction(async (tx) => {
    const before = await repo.readDeskState(tx);
    const after = await repo.updateDeskState(tx, {
      ...(input.answerSlaWorkingDays !== undefined
        ? { answerSlaWorkingDays: input.answerSlaWorkingDays }
        : {}),
      ...(input.holidays ? { holidays: [...new Set(input.holidays)].sort() } : {}),
      ...(input.extraWorkingDays
        ? { extraWorkingDays: [...new Set(input.extraWorkingDays)].sort() }
        : {}),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.settings.updated',
      subjectType: 'hetao_desk',
      subjectId: '1',
      before: presentSettings(before),
      after: presentSettings(after),
    });
    return presentSettings(after);
  });
}

// =============================================================================================
// Who is the importer

/**
 * The importing organisation for a request: one the caller belongs to. With one membership it
 * is that one; with several the caller must say which.
 */
async function resolveImporter(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string | undefined,
) {
  const person = await findPersonByAccount(ctx.db, principal.accountId);
  const memberships = person ? await listOrganisationsOfPerson(ctx.db, person.id) : [];
  if (memberships.length === 0) throw new AppError('hetao.organisation_required');
  if (organisationId) {
    const membership = memberships.find((row) => row.organisation.id === organisationId);
    if (!membership)
      throw new AppError('request.validation_failed', {
        fieldErrors: [
          {
            pointer: '/body/organisationId',
            code: 'hetao.not_member',
            detail: {
              'zh-Hans': '您不是该机构的成员',
              'zh-Hant': '您不是該機構的成員',
              en: 'You are not a member of this organisation',
            }[ctx.language],
          },
        ],
      });
    return { person: person!, organisation: membership.organisation };
  }
  if (memberships.length > 1)
    throw new AppError('request.validation_failed', {
      fieldErrors: [
        {
          pointer: '/body/organisationId',
          code: 'text.required',
          detail: {
            'zh-Hans': '您属于多个机构，请选择以哪个机构的名义提交',
            'zh-Hant': '您屬於多個機構，請選擇以哪個機構的名義提交',
            en: 'You belong to several organisations: choose the one you act for',
          }[ctx.language],
        },
      ],
    });
  return { person: person!, organisation: memberships[0]!.organisation };
}

/** Everything known to identify the asker and their organisation, for anonymisation. */
async function identifyingFactsOf(
  ctx: ServiceContext,
  accountId: string,
  organisationId: string | null,
): Promise<IdentifyingFacts> {
  const account = await findAccountById(ctx.db, accountId);
  const person = await findPersonByAccount(ctx.db, accountId);
  const organisation = organisationId ? await findOrganisation(ctx.db, organisationId) : undefined;
  const members = organisationId ? await listMembers(ctx.db, organisationId) : [];
  const strings = (...values: (string | null | undefined)[]) =>
    values.filter((value): value is string => !!value);
  return {
    personNames: strings(
      account?.displayName,
      person?.fullName,
      ...members.map((member) => member.fullName),
    ),
    organisationNames: strings(organisation?.name),
    registrationNumbers: strings(organisation?.creditCode),
    addresses: strings(organisation?.registeredAddress),
    emails: strings(
      account?.email,
      person?.contactEmail,
      ...members.flatMap((member) => [member.email, member.contactEmail]),
    ),
    phones: strings(person?.phone),
  };
}

// =============================================================================================
// Consultation questions (B.C1)

const ASKER_ACTIONS = new Set(['attach', 'withdraw']);
const CUSTOMS_ACTIONS = new Set(['answer', 'publish', 'retract']);

async function presentListItemRef(
  ctx: ServiceContext,
  versionId: string | null,
  itemId: string | null,
) {
  if (!itemId) return null;
  const item = versionId ? await repo.findListItem(ctx.db, versionId, itemId) : undefined;
  return {
    versionId,
    itemId,
    category: item?.category ?? null,
    nameZhHans: item?.nameZhHans ?? null,
    nameZhHant: item?.nameZhHant ?? null,
    nameEn: item?.nameEn ?? null,
  };
}

async function presentQuestion(
  ctx: ServiceContext,
  principal: Principal,
  row: NonNullable<Awaited<ReturnType<typeof repo.findQuestionWithParties>>>,
) {
  const question = row.question;
  const [attachments, precedent] = await Promise.all([
    repo.listAttachments(ctx.db, question.id),
    repo.findLivePrecedentOfQuestion(ctx.db, question.id),
  ]);
  const viewerActions = new Set<string>([
    ...(question.askerAccountId === principal.accountId ? ASKER_ACTIONS : []),
    ...(isCustoms(principal) ? CUSTOMS_ACTIONS : []),
  ]);
  return {
    id: question.id,
    reference: questionReference(question.number),
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
            listItem: await presentListItemRef(
              ctx,
              question.answerListVersionId,
              question.answerListItemId,
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
          reference: precedentReference(precedent.number),
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
    const dueOn = addWorkingDays(today(ctx), state.answerSlaWorkingDays, state);
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
  return presentQuestion(ctx, principal, await loadVisibleQuestion(ctx, principal, id));
}

export async function listMyQuestions(ctx: ServiceContext, principal: Principal) {
  const rows = await repo.listQuestions(ctx.db, { askerAccountId: principal.accountId });
  const presented = await Promise.all(rows.map((row) => presentQuestion(ctx, principal, row)));
  return presented.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Customs' queue: by due date, overdue first. */
export async function listQuestionQueue(
  ctx: ServiceContext,
  principal: Principal,
  status: HetaoQuestionStatus | undefined,
) {
  const rows = await repo.listQuestions(ctx.db, { statuses: [status ?? 'open'] });
  return Promise.all(rows.map((row) => presentQuestion(ctx, principal, row)));
}

/**
 * Stores a datasheet for a question still waiting for its answer. The type is sniffed from the
 * bytes and names the file; the bytes are staged before the row is written, moved into place
 * once it has committed, and removed again if it cannot be written.
 */
export async function attachDatasheet(
  ctx: ServiceContext,
  principal: Principal,
  dataDir: string,
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
  const stored = await stageAttachment(dataDir, questionId, attachmentId, type, file.bytes);
  try {
    await ctx.db.transaction(async (tx) => {
      const question = await repo.findQuestion(tx, questionId, true);
      nextState(questionMachine, question!.status, 'attach');
      const existing = await repo.listAttachments(tx, questionId);
      if (existing.length >= ATTACHMENTS_PER_QUESTION) throw new AppError('hetao.attachment_limit');
      const attachment = await repo.insertAttachment(tx, {
        id: attachmentId,
        questionId,
        fileName: nameForType(cleanFileName(file.fileName), type.extension, 'datasheet'),
        mediaType: type.mediaType,
        sizeBytes: file.bytes.length,
        sha256: stored.sha256,
        storagePath: stored.storagePath,
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
    await discardAttachment(dataDir, stored.storagePath).catch(() => undefined);
    throw error;
  }
  await commitAttachment(dataDir, stored.storagePath);
  return describeQuestion(ctx, principal, questionId);
}

/**
 * The start-up sweep of staged datasheets: one whose row committed (the process died before
 * moving it) is moved into place; one with no row, staged more than a day ago, is removed.
 * Younger ones may be uploads still under way.
 */
export async function sweepStagedDatasheets(db: Executor, dataDir: string, now: Date) {
  const staged = await listStagedAttachments(dataDir);
  const withRow = await repo.findStoredAttachmentPaths(
    db,
    staged.map((file) => file.storagePath),
  );
  const cutoff = now.getTime() - 24 * 60 * 60 * 1000;
  let promoted = 0;
  let removed = 0;
  for (const file of staged) {
    if (withRow.has(file.storagePath)) {
      await commitAttachment(dataDir, file.storagePath);
      promoted += 1;
    } else if (file.stagedAt.getTime() < cutoff) {
      await discardAttachment(dataDir, file.storagePath);
      removed += 1;
    }
  }
  return { promoted, removed };
}

/** The stored datasheet, for the asker and customs only. */
export async function readDatasheet(
  ctx: ServiceContext,
  principal: Principal,
  dataDir: string,
  questionId: string,
  attachmentId: string,
) {
  await loadVisibleQuestion(ctx, principal, questionId);
  const attachment = await repo.findAttachment(ctx.db, questionId, attachmentId);
  if (!attachment) throw new AppError('hetao.attachment_not_found');
  const bytes = await readAttachment(dataDir, attachment.storagePath).catch(() => {
    throw new AppError('hetao.attachment_not_found');
  });
  // Re-sniffed on the way out: a file changed on disk is not served under the old type.
  const type = sniffAttachmentType(bytes);
  if (!type || type.mediaType !== attachment.mediaType)
    throw new AppError('hetao.attachment_not_found');
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
    listItem: await presentListItemRef(
      ctx,
      question.answerListVersionId,
      question.answerListItemId,
    ),
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

async function presentPrecedent(ctx: ServiceContext, row: repo.PrecedentRow) {
  return {
    id: row.id,
    reference: precedentReference(row.number),
    question: row.question,
    hsCode: row.hsCode,
    covered: row.covered,
    reasoning: row.reasoning,
    listItem: await presentListItemRef(ctx, row.listVersionId, row.listItemId),
    publishedAt: row.publishedAt.toISOString(),
    clauses: ['B.C1'],
  };
}

export async function listPrecedents(
  ctx: ServiceContext,
  filter: { q?: string | undefined; limit: number; offset: number },
) {
  const { rows, total } = await repo.listLivePrecedents(ctx.db, filter);
  return { items: await Promise.all(rows.map((row) => presentPrecedent(ctx, row))), total };
}

export async function describePrecedent(ctx: ServiceContext, id: string) {
  const row = await repo.findPrecedent(ctx.db, id);
  if (!row || row.retractedAt) throw new AppError('hetao.precedent_not_found');
  return presentPrecedent(ctx, row);
}

// =============================================================================================
// Suggestions for the next list (B.L3)

function distinctNarrowCodes(codes: string[]) {
  const unique = [...new Set(codes)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  return unique.filter(
    (code, index) => !unique.slice(0, index).some((shorter) => code.startsWith(shorter)),
  );
}

async function presentGroups(
  ctx: ServiceContext,
  principal: Principal,
  groups: repo.SuggestionGroupRow[],
) {
  const ids = groups.map((group) => group.id);
  const [suggestions, supports] = await Promise.all([
    repo.listSuggestionsWithParties(ctx.db, { groupIds: ids }),
    repo.listSupports(ctx.db, ids),
  ]);
  const customs = isCustoms(principal) || principal.roles.includes('admin');
  return Promise.all(
    groups.map(async (group) => {
      const own = suggestions.filter((row) => row.suggestion.groupId === group.id);
      const backing = supports.filter((row) => row.groupId === group.id);
      const backers = new Set([
        ...own.map((row) => row.suggestion.accountId),
        ...backing.map((row) => row.accountId),
      ]);
      const mine = own.some((row) => row.suggestion.accountId === principal.accountId);
      const iSupport = backing.some((row) => row.accountId === principal.accountId);
      return {
        id: group.id,
        heading: group.heading,
        status: group.status,
        suggestionCount: own.length,
        supporterCount: backing.length,
        backers: backers.size,
        iSupport,
        mine,
        suggestions: await Promise.all(
          own.map(async (row) => {
            // Other importers see what was asked for, not who asked or anything identifying.
            const visible = customs || row.suggestion.accountId === principal.accountId;
            const facts = visible
              ? undefined
              : await identifyingFactsOf(
                  ctx,
                  row.suggestion.accountId,
                  row.suggestion.organisationId,
                );
            return {
              id: row.suggestion.id,
              code: row.suggestion.code,
              category: row.suggestion.category,
              goods: facts ? anonymiseText(row.suggestion.goods, facts).text : row.suggestion.goods,
              reason: facts
                ? anonymiseText(row.suggestion.reason, facts).text
                : row.suggestion.reason,
              createdAt: row.suggestion.createdAt.toISOString(),
              proposer: customs
                ? {
                    name: row.displayName,
                    email: row.email,
                    organisationName: row.organisationName,
                  }
                : null,
            };
          }),
        ),
        supporters: customs
          ? backing.map((row) => ({
              name: row.displayName,
              email: row.email,
              since: row.createdAt.toISOString(),
            }))
          : null,
        pulledIntoVersionId: group.pulledIntoVersionId,
        pulledItemId: group.pulledItemId,
        decisionNote: group.decisionNote,
        createdAt: group.createdAt.toISOString(),
        allowedActions: allowedActions(suggestionGroupMachine, group.status).filter((action) =>
          customs
            ? ['pull', 'decline'].includes(action)
            : action === 'support' && !mine && !iSupport,
        ),
      };
    }),
  );
}

async function describeGroup(ctx: ServiceContext, principal: Principal, id: string) {
  const group = await repo.findSuggestionGroup(ctx.db, id);
  if (!group) throw new AppError('hetao.suggestion_group_not_found');
  const [presented] = await presentGroups(ctx, principal, [group]);
  return presented!;
}

/** Suggests an addition; it joins the live group for its 4-digit heading (or starts one). */
export async function suggestAddition(
  ctx: ServiceContext,
  principal: Principal,
  input: SuggestBody,
) {
  const { organisation } = await resolveImporter(ctx, principal, input.organisationId);
  const heading = input.code.slice(0, 4);
  const groupId = await ctx.db.transaction(async (tx) => {
    let group = await repo.findLiveGroupByHeading(tx, heading);
    if (!group) {
      group =
        (await repo.insertSuggestionGroup(tx, { heading, createdAt: ctx.now() })) ??
        (await repo.findLiveGroupByHeading(tx, heading));
      if (!group) throw new Error(`suggestion group for ${heading} vanished`);
      await recordAudit(tx, ctx, {
        action: 'hetao.suggestion_group.opened',
        subjectType: 'hetao_suggestion_group',
        subjectId: group.id,
        after: { heading, status: group.status },
      });
    }
    nextState(suggestionGroupMachine, group.status, 'suggest');
    const suggestion = await repo.insertSuggestion(tx, {
      groupId: group.id,
      accountId: principal.accountId,
      organisationId: organisation.id,
      code: input.code,
      category: input.category ?? null,
      goods: input.goods,
      reason: input.reason,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.suggestion.made',
      subjectType: 'hetao_suggestion_group',
      subjectId: group.id,
      after: { suggestionId: suggestion.id, ...input, organisationId: organisation.id },
    });
    return group.id;
  });
  return describeGroup(ctx, principal, groupId);
}

export async function supportGroup(ctx: ServiceContext, principal: Principal, id: string) {
  await ctx.db.transaction(async (tx) => {
    const group = await repo.findSuggestionGroup(tx, id, true);
    if (!group) throw new AppError('hetao.suggestion_group_not_found');
    nextState(suggestionGroupMachine, group.status, 'support');
    const own = await repo.listSuggestionsWithParties(tx, {
      groupIds: [id],
      accountId: principal.accountId,
    });
    if (own.length > 0 || !(await repo.insertSupport(tx, id, principal.accountId)))
      throw new AppError('hetao.already_supported');
    await recordAudit(tx, ctx, {
      action: 'hetao.suggestion_group.supported',
      subjectType: 'hetao_suggestion_group',
      subjectId: id,
      after: { accountId: principal.accountId },
    });
  });
  return describeGroup(ctx, principal, id);
}

export async function listSuggestionGroups(
  ctx: ServiceContext,
  principal: Principal,
  status: HetaoSuggestionGroupStatus | undefined,
) {
  const groups = await repo.listSuggestionGroups(ctx.db, status ? { statuses: [status] } : {});
  const presented = await presentGroups(ctx, principal, groups);
  // The most wanted first.
  return presented.sort((a, b) => b.backers - a.backers || a.heading.localeCompare(b.heading));
}

export async function listMySuggestionGroups(ctx: ServiceContext, principal: Principal) {
  const mine = await repo.listSuggestionsWithParties(ctx.db, { accountId: principal.accountId });
  const ids = [...new Set(mine.map((row) => row.suggestion.groupId))];
  const groups = (await repo.listSuggestionGroups(ctx.db)).filter((group) =>
    ids.includes(group.id),
  );
  return presentGroups(ctx, principal, groups);
}

/**
 * Puts a suggestion group into the next draft list version as a new item (creating the draft
 * from the published version if there is none). The item can then be edited like any other.
 */
export async function pullGroupIntoDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: PullGroupBody,
) {
  const result = await ctx.db.transaction(async (tx) => {
    const group = await repo.findSuggestionGroup(tx, id, true);
    if (!group) throw new AppError('hetao.suggestion_group_not_found');
    const status = nextState(suggestionGroupMachine, group.status, 'pull');
    const suggestions = await repo.listSuggestionsWithParties(tx, { groupIds: [id] });
    const supporters = await repo.listSupports(tx, [id]);

    let draft = await repo.findListVersionByStatus(tx, 'draft', true);
    if (!draft) {
      const current = await repo.findListVersionByStatus(tx, 'published');
      draft = await insertDraft(tx, ctx, principal, {
        title: `清单修订草稿 ${today(ctx)}`,
        issuingDocument: null,
        effectiveDate: null,
        source: current
          ? `Draft based on "${current.title}" with importers' suggestions (B.L3)`
          : 'Importers’ suggestions (B.L3)',
        notes: null,
        isWorkingList: current?.isWorkingList ?? false,
        basedOnVersionId: current?.id ?? null,
      });
      if (current) await copyItems(tx, current.id, draft.id);
      await recordAudit(tx, ctx, {
        action: 'hetao.list_version.drafted',
        subjectType: 'hetao_list_version',
        subjectId: draft.id,
        after: {
          title: draft.title,
          basedOnVersionId: draft.basedOnVersionId,
          for: 'suggestion group',
        },
      });
    }
    nextState(listVersionMachine, draft.status, 'edit');

    let itemId = input.itemId ?? `S-${group.heading}`;
    if (!input.itemId)
      for (let n = 2; await repo.findListItem(tx, draft.id, itemId); n += 1)
        itemId = `S-${group.heading}-${n}`;
    else if (await repo.findListItem(tx, draft.id, itemId))
      throw new AppError('hetao.list_item_exists');

    const item = validateItem({
      itemId,
      category: input.category,
      nameZhHans: input.nameZhHans,
      nameZhHant: input.nameZhHant ?? null,
      nameEn: input.nameEn ?? null,
      includes:
        input.includes ?? distinctNarrowCodes(suggestions.map((row) => row.suggestion.code)),
      excludes: input.excludes ?? [],
      regime: input.regime ?? DEFAULT_REGIME[input.category],
      notes:
        input.notes ??
        `进口单位建议增列（B.L3）：${suggestions.length} 条建议，${supporters.length} 位附议 / Suggested by importers (B.L3): ${suggestions.length} suggestion(s), ${supporters.length} supporter(s)`,
      source: `Suggestion group ${group.heading} (${group.id})`,
    });
    const position = await repo.nextItemPosition(tx, draft.id);
    await repo.insertListItems(tx, toItemRows(draft.id, [item], position));
    await repo.updateSuggestionGroup(tx, id, {
      status,
      pulledIntoVersionId: draft.id,
      pulledItemId: itemId,
      decidedBy: principal.accountId,
      decidedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.suggestion_group.pulled',
      subjectType: 'hetao_suggestion_group',
      subjectId: id,
      before: { status: group.status },
      after: { status, versionId: draft.id, itemId },
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.list_item.added',
      subjectType: 'hetao_list_version',
      subjectId: draft.id,
      after: { itemId, fromSuggestionGroup: id },
    });
    return { draftId: draft.id };
  });
  return {
    group: await describeGroup(ctx, principal, id),
    draft: await describeVersion(ctx, (await repo.findListVersion(ctx.db, result.draftId))!),
  };
}

export async function declineGroup(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  reason: string,
) {
  await ctx.db.transaction(async (tx) => {
    const group = await repo.findSuggestionGroup(tx, id, true);
    if (!group) throw new AppError('hetao.suggestion_group_not_found');
    const status = nextState(suggestionGroupMachine, group.status, 'decline');
    await repo.updateSuggestionGroup(tx, id, {
      status,
      decisionNote: reason,
      decidedBy: principal.accountId,
      decidedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.suggestion_group.declined',
      subjectType: 'hetao_suggestion_group',
      subjectId: id,
      before: { status: group.status },
      after: { status, reason },
    });
  });
  return describeGroup(ctx, principal, id);
}

// =============================================================================================
// Advance rulings (預裁定, B.N8)

const RULING_CLAUSES = ['B.N8', 'B.C1'];
/** B.N8: apply at least 3 months before import. */
const FILE_MONTHS_BEFORE_IMPORT = 3;
/** B.N8: customs decides within 10 days whether to accept. */
const ACCEPTANCE_DAYS = 10;
/** B.N8: a ruling lasts 3 years. */
const VALIDITY_YEARS = 3;

function rulingWarnings(ctx: ServiceContext, ruling: repo.RulingRow) {
  const latestFilingOn = addMonths(ruling.plannedImportOn, -FILE_MONTHS_BEFORE_IMPORT);
  const warnings: { code: string; message: LocalisedText }[] = [];
  if (ruling.status === 'draft' && today(ctx) > latestFilingOn)
    warnings.push({
      code: 'hetao.ruling_less_than_three_months',
      message: {
        'zh-Hans': `预裁定应在货物拟进口 3 个月前提出（B.N8）。拟进口日期 ${ruling.plannedImportOn} 的最晚申请日为 ${latestFilingOn}，已过。请推迟进口日期，或改为向海关咨询。`,
        'zh-Hant': `預裁定應在貨物擬進口 3 個月前提出（B.N8）。擬進口日期 ${ruling.plannedImportOn} 的最晚申請日為 ${latestFilingOn}，已過。請推遲進口日期，或改為向海關諮詢。`,
        en: `An advance ruling must be requested at least 3 months before import (B.N8). For a planned import on ${ruling.plannedImportOn} the last day to file was ${latestFilingOn}. Move the import date, or ask customs through a consultation instead.`,
      },
    });
  return warnings;
}

function presentRuling(
  ctx: ServiceContext,
  principal: Principal,
  row: Awaited<ReturnType<typeof repo.listRulings>>[number],
) {
  const ruling = row.ruling;
  const date = today(ctx);
  const applicantActions = new Set(['edit', 'file', 'withdraw']);
  const customsActions = new Set(['accept', 'refuse', 'rule', 'publish']);
  const viewer = new Set<string>([
    ...(ruling.applicantAccountId === principal.accountId ? applicantActions : []),
    ...(isCustoms(principal) ? customsActions : []),
  ]);
  return {
    id: ruling.id,
    reference: rulingReference(ruling.number),
    status: ruling.status,
    goods: ruling.goods,
    proposedCode: ruling.proposedCode,
    organisation: { id: ruling.organisationId, name: row.organisationName },
    applicantEmail: row.applicantEmail,
    questionId: ruling.questionId,
    plannedImportOn: ruling.plannedImportOn,
    latestFilingOn: addMonths(ruling.plannedImportOn, -FILE_MONTHS_BEFORE_IMPORT),
    customsReference: ruling.customsReference,
    filedOn: ruling.filedOn,
    acceptanceDueOn: ruling.acceptanceDueOn,
    acceptanceOverdue:
      ruling.status === 'filed' && !!ruling.acceptanceDueOn && date > ruling.acceptanceDueOn,
    acceptanceDecidedOn: ruling.acceptanceDecidedOn,
    notAcceptedReason: ruling.notAcceptedReason,
    decidedOn: ruling.decidedOn,
    rulingCode: ruling.rulingCode,
    rulingText: ruling.rulingText,
    tradeSecret: ruling.tradeSecret,
    validUntil: ruling.validUntil,
    inForce:
      (ruling.status === 'ruled' || ruling.status === 'published') &&
      !!ruling.validUntil &&
      date <= ruling.validUntil &&
      !!ruling.decidedOn &&
      date >= ruling.decidedOn,
    publishedAt: ruling.publishedAt?.toISOString() ?? null,
    warnings: rulingWarnings(ctx, ruling),
    allowedActions: allowedActions(rulingMachine, ruling.status).filter(
      (action) =>
        viewer.has(action) &&
        !(action === 'publish' && ruling.tradeSecret) &&
        !(action === 'file' && rulingWarnings(ctx, ruling).length > 0),
    ),
    clauses: RULING_CLAUSES,
  };
}

async function loadVisibleRuling(ctx: ServiceContext, principal: Principal, id: string) {
  const [row] = await repo.listRulings(ctx.db, { id });
  if (!row) throw new AppError('hetao.ruling_not_found');
  if (row.ruling.applicantAccountId !== principal.accountId && !isCustoms(principal))
    throw new AppError('hetao.ruling_not_found');
  return row;
}

export async function describeRuling(ctx: ServiceContext, principal: Principal, id: string) {
  return presentRuling(ctx, principal, await loadVisibleRuling(ctx, principal, id));
}

export async function listMyRulings(ctx: ServiceContext, principal: Principal) {
  const rows = await repo.listRulings(ctx.db, { applicantAccountId: principal.accountId });
  return rows.map((row) => presentRuling(ctx, principal, row));
}

export async function listRulingsForCustoms(
  ctx: ServiceContext,
  principal: Principal,
  status: HetaoRulingStatus | undefined,
) {
  const rows = await repo.listRulings(ctx.db, status ? { statuses: [status] } : {});
  return rows.map((row) => presentRuling(ctx, principal, row));
}

/** Records a request as a draft; warns (does not refuse yet) when filing is already too late. */
export async function createRuling(
  ctx: ServiceContext,
  principal: Principal,
  input: CreateRulingBody,
) {
  const { organisation } = await resolveImporter(ctx, principal, input.organisationId);
  if (input.questionId) {
    const question = await repo.findQuestion(ctx.db, input.questionId);
    if (!question || question.askerAccountId !== principal.accountId)
      throw new AppError('hetao.question_not_found');
  }
  const id = await ctx.db.transaction(async (tx) => {
    const ruling = await repo.insertRuling(tx, {
      applicantAccountId: principal.accountId,
      organisationId: organisation.id,
      questionId: input.questionId ?? null,
      goods: input.goods,
      proposedCode: input.proposedCode ?? null,
      plannedImportOn: input.plannedImportOn,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.ruling.drafted',
      subjectType: 'hetao_advance_ruling',
      subjectId: ruling.id,
      after: { ...input, organisationId: organisation.id },
    });
    return ruling.id;
  });
  return describeRuling(ctx, principal, id);
}

const RULING_AUDIT_VERBS: Record<keyof typeof rulingMachine.transitions, string> = {
  edit: 'edited',
  file: 'filed',
  accept: 'accepted',
  refuse: 'not_accepted',
  rule: 'decided',
  publish: 'published',
  withdraw: 'withdrawn',
};

async function changeRuling(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  action: keyof typeof rulingMachine.transitions,
  who: 'applicant' | 'customs',
  change: (ruling: repo.RulingRow) => Partial<repo.RulingRow>,
) {
  await ctx.db.transaction(async (tx) => {
    const ruling = await repo.findRuling(tx, id, true);
    if (!ruling) throw new AppError('hetao.ruling_not_found');
    if (who === 'applicant' && ruling.applicantAccountId !== principal.accountId)
      throw new AppError('hetao.ruling_not_found');
    const status = nextState(rulingMachine, ruling.status, action);
    const values = { ...change(ruling), status };
    const after = await repo.updateRuling(tx, id, values);
    await recordAudit(tx, ctx, {
      action: `hetao.ruling.${RULING_AUDIT_VERBS[action]}`,
      subjectType: 'hetao_advance_ruling',
      subjectId: id,
      before: pick(ruling, Object.keys(values)),
      after: pick(after, Object.keys(values)),
    });
  });
  return describeRuling(ctx, principal, id);
}

export async function updateRulingDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: UpdateRulingBody,
) {
  return changeRuling(ctx, principal, id, 'edit', 'applicant', () =>
    Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
  );
}

/** Files the request; refused when the planned import is less than 3 months away (B.N8). */
export async function fileRuling(ctx: ServiceContext, principal: Principal, id: string) {
  return changeRuling(ctx, principal, id, 'file', 'applicant', (ruling) => {
    const filedOn = today(ctx);
    const latestFilingOn = addMonths(ruling.plannedImportOn, -FILE_MONTHS_BEFORE_IMPORT);
    if (filedOn > latestFilingOn)
      throw new AppError('hetao.ruling_too_late', {
        detail: rulingWarnings(ctx, ruling)[0]?.message,
        extensions: { latestFilingOn, plannedImportOn: ruling.plannedImportOn, clause: 'B.N8' },
      });
    return { filedOn, acceptanceDueOn: addDays(filedOn, ACCEPTANCE_DAYS) };
  });
}

export async function withdrawRuling(ctx: ServiceContext, principal: Principal, id: string) {
  return changeRuling(ctx, principal, id, 'withdraw', 'applicant', () => ({}));
}

export async function acceptRuling(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  customsReference: string | null | undefined,
) {
  return changeRuling(ctx, principal, id, 'accept', 'customs', () => ({
    acceptanceDecidedOn: today(ctx),
    ...(customsReference ? { customsReference } : {}),
  }));
}

export async function refuseRuling(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  reason: string,
) {
  return changeRuling(ctx, principal, id, 'refuse', 'customs', () => ({
    acceptanceDecidedOn: today(ctx),
    notAcceptedReason: reason,
  }));
}

/** Records customs' decision; it is valid for 3 years from the decision (B.N8). */
export async function decideRuling(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: DecideRulingBody,
) {
  return changeRuling(ctx, principal, id, 'rule', 'customs', (ruling) => {
    const decidedOn = input.decidedOn ?? today(ctx);
    // The decision comes after the request was accepted and is not in the future: a wrong date
    // would make the 3-year validity (B.N8) start, or end, on the wrong day.
    const earliest = ruling.acceptanceDecidedOn;
    if ((earliest && decidedOn < earliest) || decidedOn > today(ctx))
      throw new AppError('request.validation_failed', {
        fieldErrors: [
          {
            pointer: '/body/decidedOn',
            code: 'hetao.ruling_date',
            detail: {
              'zh-Hans': `决定日期应在受理日期（${earliest ?? '—'}）与今天之间`,
              'zh-Hant': `決定日期應在受理日期（${earliest ?? '—'}）與今天之間`,
              en: `The decision date must lie between the acceptance date (${earliest ?? '—'}) and today`,
            }[ctx.language],
          },
        ],
      });
    return {
      decidedOn,
      rulingCode: input.rulingCode,
      rulingText: input.rulingText,
      tradeSecret: input.tradeSecret,
      // The last day of the third year.
      validUntil: addDays(addYears(decidedOn, VALIDITY_YEARS), -1),
    };
  });
}

/** Publishes a decision — never one that holds trade secrets (B.N8). */
export async function publishRuling(ctx: ServiceContext, principal: Principal, id: string) {
  return changeRuling(ctx, principal, id, 'publish', 'customs', (ruling) => {
    if (ruling.tradeSecret) throw new AppError('hetao.ruling_trade_secret');
    return { publishedAt: ctx.now() };
  });
}

/** Published decisions, anonymised like precedents. */
export async function listPublishedRulings(ctx: ServiceContext) {
  const rows = await repo.listRulings(ctx.db, { statuses: ['published'] });
  const date = today(ctx);
  return Promise.all(
    rows.map(async ({ ruling }) => {
      const facts = await identifyingFactsOf(ctx, ruling.applicantAccountId, ruling.organisationId);
      return {
        id: ruling.id,
        reference: rulingReference(ruling.number),
        goods: anonymiseText(ruling.goods, facts).text,
        rulingCode: ruling.rulingCode!,
        rulingText: anonymiseText(ruling.rulingText ?? '', facts).text,
        decidedOn: ruling.decidedOn!,
        validUntil: ruling.validUntil!,
        inForce: date >= ruling.decidedOn! && date <= ruling.validUntil!,
        publishedAt: ruling.publishedAt!.toISOString(),
      };
    }),
  );
}
