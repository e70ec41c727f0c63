import { AppError, type FieldError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { type ListItemRecord } from './list-diff';
import { parseListRecord, type ListCsvField, type ListItem } from './list-format';
import { presentItem, toItemRows } from './list-items';
import { loadDraftForEdit, releaseGroup } from './lists-service';
import * as repo from './repo';
import type { ListItemBody, ListItemPatchBody } from './schema';

/**
 * Editing the items of a draft list version by hand: each item is checked with the import
 * format's own rules, so an item typed in the editor is as valid as an imported one.
 */

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

/**
 * Checks an item with the import format's own rules (codes, exclusions inside inclusions,
 * derived Traditional name), so an item typed in the editor is as valid as an imported one.
 */
export function validateItem(input: ListItemBody): ListItem {
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
