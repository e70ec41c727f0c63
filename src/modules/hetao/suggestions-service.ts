import type { HetaoSuggestionGroupStatus } from '../../db/schema/hetao';
import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { anonymiseText } from './anonymise';
import { identifyingFactsOf, isCustoms, resolveImporter, today } from './desk-service';
import { validateItem } from './draft-items-service';
import { DEFAULT_REGIME } from './list-format';
import { toItemRows } from './list-items';
import { copyItems, describeVersion, insertDraft } from './lists-service';
import * as repo from './repo';
import type { PullGroupBody, SuggestBody } from './schema';
import {
  allowedActions,
  listVersionMachine,
  nextState,
  suggestionGroupMachine,
} from './state-machines';

/**
 * Importers' suggestions for the next list (B.L3): a suggestion joins the live group for its
 * 4-digit heading; customs pull a group into the next draft list version or decline it.
 */

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
