import type { Executor } from '../../db/client';
import type { SpaceUnitKind } from '../../db/schema/spaces';
import { AppError } from '../../errors/app-error';
import { addDays } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { requireCommunityOperator } from './access';
import {
  checkLeaseInput,
  checkUnitFree,
  fieldProblem,
  notifyCompany,
  presentOneLease,
} from './admission-service';
import { rungForTeamSize } from './ladder';
import * as repo from './repo';
import * as residentsRepo from './residents-repo';
import type { MoveUpInput } from './schema';
import { isAccountMemberOf, listOrganisationIdsOfAccount } from '../organisations/service';

/**
 * Move-up when the team grows (A.S2: 「根據團隊規模」 — space by team size). A resident whose
 * declared team size (its newest resident record) now fits a higher rung of its community's
 * ladder asks to move up, or the operator offers it; the operator then allocates a unit of that
 * rung, and in the same transaction the old lease ends the day before the new one starts. Refused
 * (422, nothing written) while the rung the team needs is unpublished, or when the team does not
 * fit a rung above the unit it holds. Only the OPC-community route has a ladder; an A.S3 lease
 * (other industrial space, by area) cannot move up.
 */

const rungOrder: Record<SpaceUnitKind, number> = { desk: 0, office: 1, floor: 2 };

const rungNames: Record<SpaceUnitKind, { 'zh-Hans': string; 'zh-Hant': string; en: string }> = {
  desk: { 'zh-Hans': '办公桌', 'zh-Hant': '辦公桌', en: 'desk' },
  office: { 'zh-Hans': '办公室', 'zh-Hant': '辦公室', en: 'office' },
  floor: { 'zh-Hans': '办公楼层', 'zh-Hant': '辦公樓層', en: 'floor' },
};

type Caller = Pick<Principal, 'accountId' | 'roles'>;
type RequestRow = repo.MoveUpRequestRow;

function presentRequest(row: RequestRow, organisationName: string) {
  return {
    id: row.id,
    leaseId: row.leaseId,
    communityId: row.communityId,
    organisationId: row.organisationId,
    organisationName,
    teamSize: row.teamSize,
    rung: row.rung,
    status: row.status,
    requestedAs: row.requestedAs,
    requestedAt: row.requestedAt.toISOString(),
    decisionReason: row.decisionReason,
    movedToLeaseId: row.movedToLeaseId,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    clauses: ['A.S2'],
  };
}

/**
 * The higher rung the resident's declared team fits, checked against the lease's unit: 422 with
 * the reason when there is none (no declaration, unpublished ladder, A.S3 route, no higher rung).
 */
async function higherRungFor(
  db: Executor,
  lease: { organisationId: string; communityId: string; route: string },
  currentKind: SpaceUnitKind,
) {
  if (lease.route !== 'opc-community')
    throw new AppError('space.move_up_not_fitting', {
      detail: {
        'zh-Hans': '其他产业空间（A.S3）按面积而非团队规模安排，没有升档',
        'zh-Hant': '其他產業空間（A.S3）按面積而非團隊規模安排，沒有升檔',
        en: 'Space in other industrial space (A.S3) goes by area, not team size: it has no ladder to move up',
      },
    });
  const [record] = await residentsRepo.listResidentRecords(db, lease.organisationId);
  if (!record) throw new AppError('space.team_not_declared');
  const ladder = (await repo.findLadder(db, lease.communityId)) ?? null;
  const rung = rungForTeamSize(ladder, record.teamSize);
  if (rung === 'unpublished') throw new AppError('space.ladder_unpublished');
  if (rungOrder[rung] <= rungOrder[currentKind])
    throw new AppError('space.move_up_not_fitting', {
      detail: {
        'zh-Hans': `申报的团队规模为 ${record.teamSize} 人，按本社区阶梯仍属“${rungNames[rung]['zh-Hans']}”档，不高于现有空间`,
        'zh-Hant': `申報的團隊規模為 ${record.teamSize} 人，按本社區階梯仍屬「${rungNames[rung]['zh-Hant']}」檔，不高於現有空間`,
        en: `The declared team of ${record.teamSize} fits the ${rung} rung of this community's ladder, no higher than the unit held`,
      },
    });
  return { rung, teamSize: record.teamSize };
}

/**
 * The company (a member) asks to move up, or the community's operator offers it: recorded as an
 * open request (one per lease, 409), audited, and the other side is told.
 */
export async function requestMoveUp(ctx: ServiceContext, caller: Caller, leaseId: string) {
  const found = await repo.findLease(ctx.db, leaseId);
  if (!found) throw new AppError('space.lease_not_found');
  const { lease } = found;
  let requestedAs: 'company' | 'operator';
  if (await isAccountMemberOf(ctx.db, caller.accountId, lease.organisationId))
    requestedAs = 'company';
  else {
    await requireCommunityOperator(ctx.db, caller, lease.communityId);
    requestedAs = 'operator';
  }
  if (lease.status !== 'active') throw new AppError('space.lease_already_ended');
  const { rung, teamSize } = await higherRungFor(ctx.db, lease, found.unitKind);
  const community = (await repo.findCommunity(ctx.db, lease.communityId))!.community;
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertMoveUpRequest(tx, {
      leaseId,
      communityId: lease.communityId,
      organisationId: lease.organisationId,
      teamSize,
      rung,
      status: 'requested',
      requestedAs,
      requestedBy: caller.accountId,
      requestedAt: ctx.now(),
    });
    if (!row) throw new AppError('space.move_up_request_open');
    const recipient =
      requestedAs === 'company' ? community.operatorOrganisationId : lease.organisationId;
    if (recipient)
      await notifyCompany(tx, ctx, recipient, {
        kind: 'space.move_up_requested',
        subjectType: 'space_move_up_request',
        subjectId: row.id,
        title:
          requestedAs === 'company'
            ? {
                'zh-Hans': `${found.organisationName} 申请升档（${found.unitLabel}）`,
                'zh-Hant': `${found.organisationName} 申請升檔（${found.unitLabel}）`,
                en: `${found.organisationName} asks to move up from ${found.unitLabel}`,
              }
            : {
                'zh-Hans': `${community.nameZhHans} 提议贵企业升档`,
                'zh-Hant': `${community.nameZhHant} 提議貴企業升檔`,
                en: `${community.nameEn} offers your company a move up`,
              },
        body: {
          'zh-Hans': `申报团队 ${teamSize} 人，适用更高档位（A.S2）。`,
          'zh-Hant': `申報團隊 ${teamSize} 人，適用更高檔位（A.S2）。`,
          en: `The declared team of ${teamSize} fits a higher rung (A.S2).`,
        },
      });
    await recordAudit(tx, ctx, {
      action: 'space_move_up.requested',
      subjectType: 'space_move_up_request',
      subjectId: row.id,
      after: { leaseId, teamSize, rung, requestedAs, clauses: ['A.S2'] },
    });
    return row.id;
  });
  const [row] = (await repo.listMoveUpRequests(ctx.db, { communityId: lease.communityId })).filter(
    (candidate) => candidate.request.id === id,
  );
  return presentRequest(row!.request, row!.organisationName);
}

/** The operator declines an open request, with the reason; audited, the company is told. */
export async function declineMoveUp(
  ctx: ServiceContext,
  caller: Caller,
  requestId: string,
  reason: string,
) {
  const id = await ctx.db.transaction(async (tx) => {
    const request = await repo.lockMoveUpRequest(tx, requestId);
    if (!request) throw new AppError('space.move_up_request_not_found');
    await requireCommunityOperator(tx, caller, request.communityId);
    if (request.status !== 'requested') throw new AppError('space.move_up_request_closed');
    await repo.updateMoveUpRequest(tx, requestId, {
      status: 'declined',
      decisionReason: reason,
      resolvedBy: caller.accountId,
      resolvedAt: ctx.now(),
    });
    await notifyCompany(tx, ctx, request.organisationId, {
      kind: 'space.move_up_declined',
      subjectType: 'space_move_up_request',
      subjectId: requestId,
      title: {
        'zh-Hans': '升档申请未获同意',
        'zh-Hant': '升檔申請未獲同意',
        en: 'Your move-up request was declined',
      },
      body: { 'zh-Hans': `理由：${reason}`, 'zh-Hant': `理由：${reason}`, en: `Reason: ${reason}` },
    });
    await recordAudit(tx, ctx, {
      action: 'space_move_up.declined',
      subjectType: 'space_move_up_request',
      subjectId: requestId,
      before: { status: request.status },
      after: { status: 'declined', reason },
    });
    return request.communityId;
  });
  const [row] = (await repo.listMoveUpRequests(ctx.db, { communityId: id })).filter(
    (candidate) => candidate.request.id === requestId,
  );
  return presentRequest(row!.request, row!.organisationName);
}

/**
 * The operator moves a resident up: a unit of the rung its declared team fits, from `startsOn`;
 * the old lease ends the day before (its move-out). One transaction, holding both units' row
 * locks in a fixed order; audited (the new lease `space_lease.moved_up`, the old one
 * `space_lease.ended`), the company is told, and an open request of the lease is closed.
 */
export async function moveUp(
  ctx: ServiceContext,
  caller: Caller,
  leaseId: string,
  input: MoveUpInput,
) {
  const found = await repo.findLease(ctx.db, leaseId);
  if (!found) throw new AppError('space.lease_not_found');
  const { community } = await requireCommunityOperator(ctx.db, caller, found.lease.communityId);
  checkLeaseInput(input);
  if (community.closesOn !== null && input.endsOn > community.closesOn)
    throw fieldProblem('space.lease_past_closing', '/body/endsOn', {
      'zh-Hans': `社区于 ${community.closesOn} 关闭，租约须在此之前结束`,
      'zh-Hant': `社區於 ${community.closesOn} 關閉，租約須在此之前結束`,
      en: `The community closes on ${community.closesOn}; the lease must end by then`,
    });
  const newLeaseId = await ctx.db.transaction(async (tx) => {
    // Both units' locks, in id order, so two move-ups crossing the same pair cannot deadlock.
    const unitIds = [found.lease.unitId, input.unitId].sort();
    for (const unitId of unitIds) await repo.lockUnit(tx, unitId);
    const old = (await repo.lockLease(tx, leaseId))!;
    if (old.status !== 'active') throw new AppError('space.lease_already_ended');
    const unit = await repo.findUnit(tx, input.unitId);
    if (!unit)
      throw fieldProblem('space.unit_not_found', '/body/unitId', {
        'zh-Hans': '找不到该空间单元',
        'zh-Hant': '找不到該空間單元',
        en: 'No such unit',
      });
    if (unit.communityId !== old.communityId)
      throw fieldProblem('space.unit_other_community', '/body/unitId', {
        'zh-Hans': '请选择本社区的空间单元',
        'zh-Hant': '請選擇本社區的空間單元',
        en: "Choose one of this community's units",
      });
    if (!unit.available) throw new AppError('space.unit_unavailable');
    const { rung, teamSize } = await higherRungFor(tx, old, found.unitKind);
    if (unit.kind !== rung)
      throw fieldProblem('space.unit_wrong_rung', '/body/unitId', {
        'zh-Hans': `申报团队 ${teamSize} 人，请选择“${rungNames[rung]['zh-Hans']}”档的空间单元`,
        'zh-Hant': `申報團隊 ${teamSize} 人，請選擇「${rungNames[rung]['zh-Hant']}」檔的空間單元`,
        en: `The declared team of ${teamSize} fits a ${rung}: choose a unit of that rung`,
      });
    const lastOldDay = addDays(input.startsOn, -1);
    if (lastOldDay < old.startsOn || lastOldDay > old.endsOn)
      throw fieldProblem('space.lease_dates_invalid', '/body/startsOn', {
        'zh-Hans': `新租约须在 ${addDays(old.startsOn, 1)} 至 ${addDays(old.endsOn, 1)} 之间开始（原租约于前一日结束）`,
        'zh-Hant': `新租約須在 ${addDays(old.startsOn, 1)} 至 ${addDays(old.endsOn, 1)} 之間開始（原租約於前一日結束）`,
        en: `The new lease must start between ${addDays(old.startsOn, 1)} and ${addDays(old.endsOn, 1)} (the old one ends the day before)`,
      });
    const locked = (await repo.readCommunityShared(tx, old.communityId))!;
    if (locked.closesOn !== null && input.endsOn > locked.closesOn)
      throw new AppError('space.lease_past_closing');
    await checkUnitFree(tx, unit, input);
    const now = ctx.now();
    const lease = await repo.insertLease(tx, {
      unitId: unit.id,
      communityId: old.communityId,
      organisationId: old.organisationId,
      applicationId: old.applicationId,
      route: old.route,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      monthlyRentFen: input.monthlyRentFen,
      monthlySubsidyFen: input.monthlySubsidyFen,
      status: 'active',
      clauses: ['A.S2'],
      createdBy: ctx.actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertLeaseTerm(tx, {
      leaseId: lease.id,
      startsOn: input.startsOn,
      monthlyRentFen: input.monthlyRentFen,
      monthlySubsidyFen: input.monthlySubsidyFen,
      reason: 'moved_up',
      createdBy: ctx.actor.accountId,
      createdAt: now,
    });
    await repo.updateLease(tx, old.id, { movedOutOn: lastOldDay, status: 'ended', updatedAt: now });
    const open = await repo.findOpenMoveUpRequest(tx, old.id);
    if (input.requestId && open?.id !== input.requestId)
      throw fieldProblem('space.move_up_request_closed', '/body/requestId', {
        'zh-Hans': '该升档申请不是此租约的待处理申请',
        'zh-Hant': '該升檔申請不是此租約的待處理申請',
        en: 'That request is not an open move-up request of this lease',
      });
    if (open)
      await repo.updateMoveUpRequest(tx, open.id, {
        status: 'moved',
        movedToLeaseId: lease.id,
        resolvedBy: caller.accountId,
        resolvedAt: now,
      });
    await notifyCompany(tx, ctx, old.organisationId, {
      kind: 'space.lease_moved_up',
      subjectType: 'space_lease',
      subjectId: lease.id,
      title: {
        'zh-Hans': `贵企业已升档至 ${unit.label}`,
        'zh-Hant': `貴企業已升檔至 ${unit.label}`,
        en: `Your company moves up to ${unit.label}`,
      },
      body: {
        'zh-Hans': `新租期 ${input.startsOn} 至 ${input.endsOn}；${found.unitLabel} 的租约于 ${lastOldDay} 结束。`,
        'zh-Hant': `新租期 ${input.startsOn} 至 ${input.endsOn}；${found.unitLabel} 的租約於 ${lastOldDay} 結束。`,
        en: `New lease from ${input.startsOn} to ${input.endsOn}; the lease of ${found.unitLabel} ends on ${lastOldDay}.`,
      },
    });
    await recordAudit(tx, ctx, {
      action: 'space_lease.moved_up',
      subjectType: 'space_lease',
      subjectId: lease.id,
      after: {
        fromLeaseId: old.id,
        organisationId: old.organisationId,
        unitId: unit.id,
        rung,
        teamSize,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        monthlyRentFen: input.monthlyRentFen,
        monthlySubsidyFen: input.monthlySubsidyFen,
        requestId: open?.id ?? null,
        clauses: ['A.S2'],
      },
    });
    await recordAudit(tx, ctx, {
      action: 'space_lease.ended',
      subjectType: 'space_lease',
      subjectId: old.id,
      before: { status: old.status, endsOn: old.endsOn },
      after: { status: 'ended', movedOutOn: lastOldDay, movedUpToLeaseId: lease.id },
    });
    return lease.id;
  });
  return {
    endedLease: await presentOneLease(ctx.db, leaseId),
    newLease: await presentOneLease(ctx.db, newLeaseId),
  };
}

/** A community's move-up requests, open ones first (its operator). */
export async function listCommunityMoveUpRequests(
  ctx: ServiceContext,
  caller: Caller,
  communityId: string,
) {
  await requireCommunityOperator(ctx.db, caller, communityId);
  return (await repo.listMoveUpRequests(ctx.db, { communityId })).map((row) =>
    presentRequest(row.request, row.organisationName),
  );
}

/** The move-up requests of the caller's companies. */
export async function listMyMoveUpRequests(ctx: ServiceContext, caller: Caller) {
  const organisationIds = await listOrganisationIdsOfAccount(ctx.db, caller.accountId);
  return (await repo.listMoveUpRequests(ctx.db, { organisationIds })).map((row) =>
    presentRequest(row.request, row.organisationName),
  );
}
