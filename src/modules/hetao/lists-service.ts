import { createHash } from 'node:crypto';
import type { Executor } from '../../db/client';
import type { HetaoListVersionStatus } from '../../db/schema/hetao';
import { AppError } from '../../errors/app-error';
import { cleanFileName } from '../../shared/file-name';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { canManageList, pick } from './desk-service';
import { diffListItems, type ListDiff, type ListItemRecord } from './list-diff';
import {
  DEFAULT_REGIME,
  LIST_CATEGORIES,
  LIST_CATEGORY_NAMES,
  serialiseListCsv,
  type ListProblem,
} from './list-format';
import { LIST_FILE_MAX_BYTES, readListFile } from './list-import';
import { presentItem, toItemRows, toLookupItem } from './list-items';
import * as repo from './repo';
import type { CreateDraftBody, ImportFields, UpdateDraftBody } from './schema';
import { invalidateLookupSources } from './sources';
import {
  allowedActions,
  listVersionMachine,
  nextState,
  suggestionGroupMachine,
} from './state-machines';
import { WORKING_LIST_NOTICE } from './working-list';

/**
 * The tax-free list as versioned data (B.L1, B.N1, B.N5): versions and their items, drafts and
 * their editing, import from a file, publishing (which supersedes the previous version and
 * releases or includes pulled suggestion groups), diffs, the export and the public changelog.
 */

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

export async function describeVersion(ctx: ServiceContext, version: repo.ListVersionRow) {
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

export async function insertDraft(
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

export async function copyItems(tx: Executor, fromVersionId: string, toVersionId: string) {
  const items = await repo.listItemsOfVersion(tx, fromVersionId);
  await repo.insertListItems(
    tx,
    items.map(({ id: _id, versionId: _versionId, ...item }) => ({
      ...item,
      versionId: toVersionId,
    })),
  );
}

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
  const fileName = cleanFileName(file.fileName, 'list');
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

export async function loadDraftForEdit(tx: Executor, id: string) {
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

export async function releaseGroup(
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
