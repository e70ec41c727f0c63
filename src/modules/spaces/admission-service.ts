import type { spaceApplications, spaceUnits } from '../../db/schema/spaces';
import type { Executor } from '../../db/client';
import { AppError, type ErrorCode, type LocalisedText } from '../../errors/app-error';
import { addDays, chinaDateOf } from '../../shared/china-time';
import { decodeCursor, keyValueShapes, pageOf } from '../../shared/keyset';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { queueNotification } from '../notifications/service';
import { requireCommunityOperator, requireCompanyMember } from './access';
import {
  checkAllocation,
  OTHER_INDUSTRIAL_MAX_AREA_M2,
  rungForTeamSize,
  type AllocationRefusal,
  type Rung,
} from './ladder';
import { rentsInForce, termsFromRents } from './lease-terms';
import { presentApplication, presentLease, presentLeaseTerms, presentUnit } from './present';
import * as repo from './repo';
import type { ApplicationInput, LeaseInput } from './schema';
import { listOrganisationIdsOfAccount, listMemberAccounts } from '../organisations/service';

/** A keyset page request as the routes pass it (`cursor`, `limit`). */
export interface ListPage {
  cursor?: string | undefined;
  limit: number;
}

type LeaseListRow = NonNullable<Awaited<ReturnType<typeof repo.findLease>>>;

/** Leases with their terms over time and the dated rents those terms came from. */
export async function presentLeaseRows(db: Executor, rows: LeaseListRow[]) {
  const terms = await repo.listLeaseTerms(
    db,
    rows.map((row) => row.lease.id),
  );
  const rentIds = terms.flatMap((term) =>
    [term.marketRentId, term.lowCostRentId].filter((id): id is string => id !== null),
  );
  const rentsById = new Map(
    (await repo.listRentsByIds(db, rentIds)).map((rent) => [rent.id, rent]),
  );
  return rows.map((row) =>
    presentLease(
      row.lease,
      { label: row.unitLabel, kind: row.unitKind },
      row.organisationName,
      presentLeaseTerms(
        row.lease,
        terms.filter((term) => term.leaseId === row.lease.id),
        rentsById,
      ),
    ),
  );
}

/** One lease, presented. */
export async function presentOneLease(db: Executor, leaseId: string) {
  const [presented] = await presentLeaseRows(db, [(await repo.findLease(db, leaseId))!]);
  return presented!;
}

type ApplicationRow = typeof spaceApplications.$inferSelect;
type UnitRow = typeof spaceUnits.$inferSelect;

/** One field's problem, in three languages, as a problem's `errors` entry. */
export function fieldProblem(code: ErrorCode, pointer: string, detail: LocalisedText) {
  return new AppError(code, { fieldErrors: [{ pointer, code, detail }] });
}

// ---------------------------------------------------------------------------------------------
// Where an application stands: its rung and its place on the waiting list

/** The rung an application's team takes (A.S2), or null on the A.S3 route (area, not ladder). */
function rungOf(application: ApplicationRow, ladder: repo.LadderRow | null): Rung | null {
  if (application.route === 'other-industrial') return null;
  return rungForTeamSize(ladder, application.teamSize);
}

/** Does this unit serve applications of this rung / route? */
function unitServes(unit: UnitRow, route: ApplicationRow['route'], rung: Rung | null) {
  if (route === 'other-industrial') return unit.areaM2 <= OTHER_INDUSTRIAL_MAX_AREA_M2;
  return rung !== null && rung !== 'unpublished' && unit.kind === rung;
}

/**
 * Each application's rung and, for an admitted one with no unit of its rung free today, its
 * place in the community's waiting list (admission order, among those waiting for the same rung).
 */
async function placeApplications(ctx: ServiceContext, applications: ApplicationRow[]) {
  const placing = new Map<string, { rung: Rung | null; waitingPosition: number | null }>();
  const today = chinaDateOf(ctx.now());
  const communityIds = [...new Set(applications.map((application) => application.communityId))];
  const waiting = await repo.listWaitingApplications(ctx.db, communityIds);
  for (const communityId of communityIds) {
    const ladder = (await repo.findLadder(ctx.db, communityId)) ?? null;
    const units = await repo.listUnits(ctx.db, communityId);
    const occupied = await repo.listUnitIdsOccupiedOn(ctx.db, communityId, today);
    const freeUnits = units.filter((unit) => unit.available && !occupied.has(unit.id));
    const queues = new Map<string, ApplicationRow[]>();
    for (const application of waiting.filter((row) => row.communityId === communityId)) {
      const key = `${application.route}:${rungOf(application, ladder)}`;
      queues.set(key, [...(queues.get(key) ?? []), application]);
    }
    for (const application of applications.filter((row) => row.communityId === communityId)) {
      const rung = rungOf(application, ladder);
      let waitingPosition: number | null = null;
      const free = freeUnits.some((unit) => unitServes(unit, application.route, rung));
      if (application.status === 'admitted' && !free) {
        const queue = queues.get(`${application.route}:${rung}`) ?? [];
        waitingPosition = queue.findIndex((row) => row.id === application.id) + 1 || null;
      }
      placing.set(application.id, { rung, waitingPosition });
    }
  }
  return placing;
}

async function presentApplications(
  ctx: ServiceContext,
  rows: { application: ApplicationRow; organisationName: string }[],
) {
  const placing = await placeApplications(
    ctx,
    rows.map((row) => row.application),
  );
  return rows.map((row) =>
    presentApplication(
      row.application,
      row.organisationName,
      placing.get(row.application.id) ?? { rung: null, waitingPosition: null },
    ),
  );
}

async function presentOneApplication(ctx: ServiceContext, applicationId: string) {
  const [presented] = await presentApplications(ctx, [
    (await repo.findApplication(ctx.db, applicationId))!,
  ]);
  return presented!;
}

/** Tells the company's members (inbox and e-mail), in the transaction of the change. */
export async function notifyCompany(
  tx: Executor,
  ctx: ServiceContext,
  organisationId: string,
  message: {
    kind: string;
    subjectType: string;
    subjectId: string;
    title: LocalisedText;
    body: LocalisedText;
  },
) {
  for (const member of await listMemberAccounts(tx, organisationId))
    await queueNotification(tx, ctx, {
      recipientAccountId: member.id,
      recipientEmail: member.email,
      recipientLanguage: member.preferredLanguage,
      ...message,
    });
}

// ---------------------------------------------------------------------------------------------
// Applying and deciding

/** The 409 for a second live application of one company to one community (a service rule). */
function alreadyLive(liveApplicationId: string | null) {
  return new AppError('space.application_already_live', {
    detail: {
      'zh-Hans':
        '贵企业在该社区已有一份已提交或已同意入驻的申请，请等待其处理完毕。这是平台的受理规则，并非政策条款。',
      'zh-Hant':
        '貴企業在該社區已有一份已提交或已同意入駐的申請，請等待其處理完畢。這是平台的受理規則，並非政策條款。',
      en: 'Your company already has a submitted or admitted application with this community; wait until it is settled. This is a rule of the platform, not a clause of the policy.',
    },
    extensions: { liveApplicationId, clauses: [] },
  });
}

/**
 * A company's member applies for space in a community: an OPC community by team size (A.S2) or
 * low-cost space in other industrial space (A.S3). The community must be open or opening, with an
 * operator on record to decide.
 */
export async function applyForSpace(
  ctx: ServiceContext,
  principal: Principal,
  communityId: string,
  input: ApplicationInput,
) {
  const community = await repo.findCommunity(ctx.db, communityId);
  if (!community) throw new AppError('space.community_not_found');
  await requireCompanyMember(ctx.db, principal, input.organisationId, '/body/organisationId');
  if (input.aiFounderCount > input.teamSize)
    throw fieldProblem('request.validation_failed', '/body/aiFounderCount', {
      'zh-Hans': 'AI 创业者人数不能超过团队人数',
      'zh-Hant': 'AI 創業者人數不能超過團隊人數',
      en: 'The AI founders cannot outnumber the team',
    });
  if (community.community.status !== 'open' && community.community.status !== 'opening')
    throw new AppError('space.community_not_accepting');
  // No operator on record (the A.S0 placeholders): nobody could decide the application.
  if (!community.community.operatorOrganisationId)
    throw new AppError('space.community_not_accepting', {
      detail: {
        'zh-Hans': '该社区尚未登记运营机构，暂不能受理入驻申请。',
        'zh-Hant': '該社區尚未登記運營機構，暫不能受理入駐申請。',
        en: 'No operator is on record for this community yet, so it cannot take applications.',
      },
    });
  const id = await ctx.db.transaction(async (tx) => {
    // A service rule, not a clause: one live application per company and community.
    const live = await repo.findLiveApplication(tx, communityId, input.organisationId);
    if (live) throw alreadyLive(live.id);
    const application = await repo.insertApplication(tx, {
      communityId,
      organisationId: input.organisationId,
      applicantAccountId: principal.accountId,
      route: input.route,
      teamSize: input.teamSize,
      aiFounderCount: input.aiFounderCount,
      status: 'submitted',
      clauses: [input.route === 'other-industrial' ? 'A.S3' : 'A.S2'],
      createdAt: ctx.now(),
    });
    // Another request of the company won the race between the check and the insert.
    if (!application) throw alreadyLive(null);
    await recordAudit(tx, ctx, {
      action: 'space_application.submitted',
      subjectType: 'space_application',
      subjectId: application.id,
      after: { communityId, ...input },
    });
    return application.id;
  });
  return presentOneApplication(ctx, id);
}

/** The operator admits or declines a submitted application, with a reason; audited. */
export async function decideApplication(
  ctx: ServiceContext,
  principal: Principal,
  applicationId: string,
  decision: { admit: boolean; reason: string | null },
) {
  const found = await repo.findApplication(ctx.db, applicationId);
  if (!found) throw new AppError('space.application_not_found');
  await requireCommunityOperator(ctx.db, principal, found.application.communityId);
  await ctx.db.transaction(async (tx) => {
    const application = (await repo.lockApplication(tx, applicationId))!;
    if (application.status !== 'submitted') throw new AppError('space.application_already_decided');
    const status = decision.admit ? 'admitted' : 'declined';
    await repo.updateApplication(tx, applicationId, {
      status,
      decisionReason: decision.reason,
      decidedBy: ctx.actor.accountId,
      decidedAt: ctx.now(),
    });
    const community = (await repo.findCommunity(tx, application.communityId))!.community;
    await notifyCompany(tx, ctx, application.organisationId, {
      kind: decision.admit ? 'space.application_admitted' : 'space.application_declined',
      subjectType: 'space_application',
      subjectId: applicationId,
      title: decision.admit
        ? {
            'zh-Hans': `${community.nameZhHans} 已同意贵企业入驻`,
            'zh-Hant': `${community.nameZhHant} 已同意貴企業入駐`,
            en: `${community.nameEn} has admitted your company`,
          }
        : {
            'zh-Hans': `${community.nameZhHans} 未同意贵企业入驻`,
            'zh-Hant': `${community.nameZhHant} 未同意貴企業入駐`,
            en: `${community.nameEn} has declined your application`,
          },
      body: decision.admit
        ? {
            'zh-Hans': '运营机构将按团队规模为贵企业分配空间；暂无空位时，可在申请中查看排队位置。',
            'zh-Hant': '營運機構將按團隊規模為貴企業分配空間；暫無空位時，可在申請中查看排隊位置。',
            en: 'The operator will allocate space by team size; while none is free, your application shows your place on the waiting list.',
          }
        : {
            'zh-Hans': `理由：${decision.reason ?? ''}`,
            'zh-Hant': `理由：${decision.reason ?? ''}`,
            en: `Reason: ${decision.reason ?? ''}`,
          },
    });
    await recordAudit(tx, ctx, {
      action: decision.admit ? 'space_application.admitted' : 'space_application.declined',
      subjectType: 'space_application',
      subjectId: applicationId,
      before: { status: application.status },
      after: { status, reason: decision.reason },
    });
  });
  return presentOneApplication(ctx, applicationId);
}

/** The applications to a community, for its operator: a keyset page, oldest first. */
export async function listCommunityApplications(
  ctx: ServiceContext,
  principal: Principal,
  communityId: string,
  page: ListPage,
) {
  await requireCommunityOperator(ctx.db, principal, communityId);
  const list = `space-applications:${communityId}`;
  const after = decodeCursor(list, page.cursor, [keyValueShapes.timestamp, keyValueShapes.uuid]);
  const rows = await repo.listApplicationsOfCommunity(ctx.db, communityId, {
    limit: page.limit,
    after,
  });
  const paged = pageOf(rows, page.limit, list, (row) => [row.createdAtKey, row.application.id]);
  return { rows: await presentApplications(ctx, paged.rows), nextCursor: paged.nextCursor };
}

/** The applications of the companies the signed-in person belongs to. */
export async function listMyApplications(ctx: ServiceContext, principal: Principal) {
  const organisationIds = await listOrganisationIdsOfAccount(ctx.db, principal.accountId);
  return presentApplications(
    ctx,
    await repo.listApplicationsOfOrganisations(ctx.db, organisationIds),
  );
}

/**
 * What the operator can offer an application: its rung (A.S2; null on the A.S3 route) and the
 * community's units of that rung (A.S3: of at most 50 m²) that are in use and free today.
 */
export async function offerForApplication(
  ctx: ServiceContext,
  principal: Principal,
  applicationId: string,
) {
  const found = await repo.findApplication(ctx.db, applicationId);
  if (!found) throw new AppError('space.application_not_found');
  const { application } = found;
  await requireCommunityOperator(ctx.db, principal, application.communityId);
  const today = chinaDateOf(ctx.now());
  const ladder = (await repo.findLadder(ctx.db, application.communityId)) ?? null;
  const rung = rungOf(application, ladder);
  const units = await repo.listUnits(ctx.db, application.communityId);
  const occupied = await repo.listUnitIdsOccupiedOn(ctx.db, application.communityId, today);
  const rents = await repo.listRentsUntil(
    ctx.db,
    units.map((unit) => unit.id),
    today,
  );
  return {
    applicationId,
    rung,
    clauses: [application.route === 'other-industrial' ? 'A.S3' : 'A.S2'],
    units: units
      .filter(
        (unit) =>
          unit.available && !occupied.has(unit.id) && unitServes(unit, application.route, rung),
      )
      .map((unit) =>
        presentUnit(
          unit,
          rents.filter((rent) => rent.unitId === unit.id),
          false,
        ),
      ),
  };
}

// ---------------------------------------------------------------------------------------------
// Allocation and leases

const refusalErrors: Record<AllocationRefusal, ErrorCode> = {
  ladder_unpublished: 'space.ladder_unpublished',
  wrong_rung: 'space.unit_wrong_rung',
  over_other_industrial_cap: 'space.over_other_industrial_cap',
};

const refusalDetails: Record<AllocationRefusal, LocalisedText> = {
  ladder_unpublished: {
    'zh-Hans': '请运营机构先公布工位、办公室的团队人数上限',
    'zh-Hant': '請營運機構先公布工位、辦公室的團隊人數上限',
    en: 'The operator must first publish the team-size limits of desks and offices',
  },
  wrong_rung: {
    'zh-Hans': '请选择该团队规模对应档位的空间单元',
    'zh-Hant': '請選擇該團隊規模對應檔位的空間單元',
    en: "Choose a unit on the team's rung of the ladder",
  },
  over_other_industrial_cap: {
    'zh-Hans': '请选择不超过 50 平方米的空间单元',
    'zh-Hant': '請選擇不超過 50 平方米的空間單元',
    en: 'Choose a unit of at most 50 m²',
  },
};

/** Checks what the input alone decides, before anything is read or locked. */
export function checkLeaseInput(input: LeaseInput) {
  if (input.endsOn < input.startsOn)
    throw fieldProblem('space.lease_dates_invalid', '/body/endsOn', {
      'zh-Hans': '结束日期须不早于开始日期',
      'zh-Hant': '結束日期須不早於開始日期',
      en: 'The end date must not be before the start date',
    });
  if (input.monthlySubsidyFen > input.monthlyRentFen)
    throw fieldProblem('space.subsidy_exceeds_rent', '/body/monthlySubsidyFen', {
      'zh-Hans': '每月补贴不能超过每月租金',
      'zh-Hant': '每月補貼不能超過每月租金',
      en: 'The monthly subsidy may not exceed the monthly rent',
    });
}

/** Refuses a unit not free for [startsOn, endsOn]. Call holding the unit's row lock. */
export async function checkUnitFree(tx: Executor, unit: UnitRow, input: LeaseInput) {
  const overlapping = await repo.findOverlappingLease(tx, unit.id, input.startsOn, input.endsOn);
  if (overlapping)
    throw new AppError('space.lease_overlaps', {
      fieldErrors: [
        {
          pointer: '/body/startsOn',
          code: 'space.lease_overlaps',
          detail: {
            'zh-Hans': `该空间单元 ${overlapping.startsOn} 至 ${overlapping.endsOn} 已有租约`,
            'zh-Hant': `該空間單元 ${overlapping.startsOn} 至 ${overlapping.endsOn} 已有租約`,
            en: `The unit is leased from ${overlapping.startsOn} to ${overlapping.endsOn}`,
          },
        },
      ],
      extensions: { conflictingLeaseId: overlapping.id },
    });
}

/**
 * The operator allocates a unit to an admitted application: the lease. Refused (and nothing
 * written) when the unit is not the team's rung (A.S2) or, on the A.S3 route, over 50 m²; when
 * the lease would overlap another lease of the unit; when it runs past the community's closing
 * date. NOTE: the unit's row lock is held from the overlap check to the insert, so of two
 * operators allocating one unit at once, the second waits and then sees the first's lease.
 */
export async function allocateUnit(
  ctx: ServiceContext,
  principal: Principal,
  applicationId: string,
  input: LeaseInput,
) {
  const found = await repo.findApplication(ctx.db, applicationId);
  if (!found) throw new AppError('space.application_not_found');
  const { community } = await requireCommunityOperator(
    ctx.db,
    principal,
    found.application.communityId,
  );
  checkLeaseInput(input);
  if (community.closesOn !== null && input.endsOn > community.closesOn)
    throw fieldProblem('space.lease_past_closing', '/body/endsOn', {
      'zh-Hans': `社区于 ${community.closesOn} 关闭，租约须在此之前结束`,
      'zh-Hant': `社區於 ${community.closesOn} 關閉，租約須在此之前結束`,
      en: `The community closes on ${community.closesOn}; the lease must end by then`,
    });
  const leaseId = await ctx.db.transaction(async (tx) => {
    const application = (await repo.lockApplication(tx, applicationId))!;
    if (application.status !== 'admitted') throw new AppError('space.application_not_admitted');
    const unit = await repo.lockUnit(tx, input.unitId);
    if (!unit)
      throw fieldProblem('space.unit_not_found', '/body/unitId', {
        'zh-Hans': '找不到该空间单元',
        'zh-Hant': '找不到該空間單元',
        en: 'No such unit',
      });
    if (unit.communityId !== application.communityId)
      throw fieldProblem('space.unit_other_community', '/body/unitId', {
        'zh-Hans': '请选择本社区的空间单元',
        'zh-Hant': '請選擇本社區的空間單元',
        en: "Choose one of this community's units",
      });
    if (!unit.available) throw new AppError('space.unit_unavailable');
    const ladder = (await repo.findLadder(tx, application.communityId)) ?? null;
    const check = checkAllocation({
      route: application.route,
      teamSize: application.teamSize,
      ladder,
      unit,
    });
    if (!check.ok)
      throw fieldProblem(
        refusalErrors[check.refusal],
        '/body/unitId',
        refusalDetails[check.refusal],
      );
    // The closing date is read again under a share lock on the community: a change of the
    // closing date racing this allocation either sees this lease or is seen here.
    const locked = (await repo.readCommunityShared(tx, application.communityId))!;
    if (locked.closesOn !== null && input.endsOn > locked.closesOn)
      throw new AppError('space.lease_past_closing');
    await checkUnitFree(tx, unit, input);
    const now = ctx.now();
    const lease = await repo.insertLease(tx, {
      unitId: unit.id,
      communityId: application.communityId,
      organisationId: application.organisationId,
      applicationId,
      route: application.route,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      monthlyRentFen: input.monthlyRentFen,
      monthlySubsidyFen: input.monthlySubsidyFen,
      status: 'active',
      clauses: check.clauses,
      createdBy: ctx.actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertLeaseTerm(tx, {
      leaseId: lease.id,
      startsOn: input.startsOn,
      monthlyRentFen: input.monthlyRentFen,
      monthlySubsidyFen: input.monthlySubsidyFen,
      reason: 'allocated',
      createdBy: ctx.actor.accountId,
      createdAt: now,
    });
    await repo.updateApplication(tx, applicationId, { status: 'allocated' });
    await notifyCompany(tx, ctx, application.organisationId, {
      kind: 'space.lease_allocated',
      subjectType: 'space_lease',
      subjectId: lease.id,
      title: {
        'zh-Hans': `已为贵企业分配空间 ${unit.label}`,
        'zh-Hant': `已為貴企業分配空間 ${unit.label}`,
        en: `Space ${unit.label} has been allocated to your company`,
      },
      body: {
        'zh-Hans': `租期 ${input.startsOn} 至 ${input.endsOn}。`,
        'zh-Hant': `租期 ${input.startsOn} 至 ${input.endsOn}。`,
        en: `Lease from ${input.startsOn} to ${input.endsOn}.`,
      },
    });
    await recordAudit(tx, ctx, {
      action: 'space_lease.allocated',
      subjectType: 'space_lease',
      subjectId: lease.id,
      after: {
        applicationId,
        organisationId: application.organisationId,
        unitId: unit.id,
        rung: check.rung,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        monthlyRentFen: input.monthlyRentFen,
        monthlySubsidyFen: input.monthlySubsidyFen,
        clauses: check.clauses,
      },
    });
    return lease.id;
  });
  return presentOneLease(ctx.db, leaseId);
}

/**
 * The operator renews a lease: its end moves later, under the same rules as a new lease (no
 * overlap with another lease of the unit, not past the community's closing date); audited, and
 * the company is told. With `newTerms`, from the renewal's first day (the day after the current
 * end) the rent and subsidy are those the unit's dated rents in force that day give — never a
 * typed figure; with no rent recorded for that day, 422. The earlier terms stay in the lease's
 * term history (a lease allocated before terms were recorded gets its first term written then).
 */
export async function renewLease(
  ctx: ServiceContext,
  principal: Principal,
  leaseId: string,
  input: { endsOn: string; newTerms: boolean },
) {
  const { endsOn } = input;
  const found = await repo.findLease(ctx.db, leaseId);
  if (!found) throw new AppError('space.lease_not_found');
  await requireCommunityOperator(ctx.db, principal, found.lease.communityId);
  await ctx.db.transaction(async (tx) => {
    const unit = (await repo.lockUnit(tx, found.lease.unitId))!;
    const lease = (await repo.lockLease(tx, leaseId))!;
    if (lease.status !== 'active') throw new AppError('space.lease_already_ended');
    if (endsOn <= lease.endsOn)
      throw fieldProblem('space.lease_dates_invalid', '/body/endsOn', {
        'zh-Hans': `续租的结束日期须晚于 ${lease.endsOn}`,
        'zh-Hant': `續租的結束日期須晚於 ${lease.endsOn}`,
        en: `A renewal must end after ${lease.endsOn}`,
      });
    const community = (await repo.readCommunityShared(tx, lease.communityId))!;
    if (community.closesOn !== null && endsOn > community.closesOn)
      throw fieldProblem('space.lease_past_closing', '/body/endsOn', {
        'zh-Hans': `社区于 ${community.closesOn} 关闭，租约须在此之前结束`,
        'zh-Hant': `社區於 ${community.closesOn} 關閉，租約須在此之前結束`,
        en: `The community closes on ${community.closesOn}; the lease must end by then`,
      });
    const overlapping = await repo.findOverlappingLease(
      tx,
      unit.id,
      lease.startsOn,
      endsOn,
      lease.id,
    );
    if (overlapping)
      throw fieldProblem('space.lease_overlaps', '/body/endsOn', {
        'zh-Hans': `该空间单元 ${overlapping.startsOn} 至 ${overlapping.endsOn} 已有租约`,
        'zh-Hant': `該空間單元 ${overlapping.startsOn} 至 ${overlapping.endsOn} 已有租約`,
        en: `The unit is leased from ${overlapping.startsOn} to ${overlapping.endsOn}`,
      });
    const now = ctx.now();
    const before = {
      endsOn: lease.endsOn,
      monthlyRentFen: lease.monthlyRentFen,
      monthlySubsidyFen: lease.monthlySubsidyFen,
    };
    let after: Record<string, unknown> = { endsOn };
    if (input.newTerms) {
      const renewalStart = addDays(lease.endsOn, 1);
      const rents = rentsInForce(
        await repo.listRentsUntil(tx, [unit.id], renewalStart),
        unit.id,
        renewalStart,
      );
      const terms = termsFromRents(rents);
      if (!terms)
        throw fieldProblem('space.rents_not_recorded', '/body/newTerms', {
          'zh-Hans': `空间单元 ${unit.label} 在 ${renewalStart} 没有已登记的市场参考租金或低成本租金`,
          'zh-Hant': `空間單元 ${unit.label} 在 ${renewalStart} 沒有已登記的市場參考租金或低成本租金`,
          en: `Unit ${unit.label} has no market reference or low-cost rent recorded in force on ${renewalStart}`,
        });
      // A lease from before terms were recorded: its first term is written now, so it stays visible.
      if ((await repo.listLeaseTerms(tx, [lease.id])).length === 0)
        await repo.insertLeaseTerm(tx, {
          leaseId: lease.id,
          startsOn: lease.startsOn,
          monthlyRentFen: lease.monthlyRentFen,
          monthlySubsidyFen: lease.monthlySubsidyFen,
          reason: 'allocated',
          createdBy: lease.createdBy,
          createdAt: lease.createdAt,
        });
      await repo.insertLeaseTerm(tx, {
        leaseId: lease.id,
        startsOn: renewalStart,
        ...terms,
        marketRentId: rents.marketReference?.id ?? null,
        lowCostRentId: rents.lowCost?.id ?? null,
        reason: 'renewed_at_new_terms',
        createdBy: ctx.actor.accountId,
        createdAt: now,
      });
      await repo.updateLease(tx, leaseId, { endsOn, ...terms, updatedAt: now });
      after = {
        endsOn,
        termsFrom: renewalStart,
        ...terms,
        marketReferenceRentId: rents.marketReference?.id ?? null,
        lowCostRentId: rents.lowCost?.id ?? null,
      };
    } else await repo.updateLease(tx, leaseId, { endsOn, updatedAt: now });
    await notifyCompany(tx, ctx, lease.organisationId, {
      kind: 'space.lease_renewed',
      subjectType: 'space_lease',
      subjectId: leaseId,
      title: {
        'zh-Hans': `空间 ${unit.label} 的租约已续至 ${endsOn}`,
        'zh-Hant': `空間 ${unit.label} 的租約已續至 ${endsOn}`,
        en: `The lease of ${unit.label} is renewed to ${endsOn}`,
      },
      body: input.newTerms
        ? {
            'zh-Hans': `自 ${addDays(lease.endsOn, 1)} 起按该单元届时登记的租金执行新条件，原条件保留在租约记录中。`,
            'zh-Hant': `自 ${addDays(lease.endsOn, 1)} 起按該單元屆時登記的租金執行新條件，原條件保留在租約記錄中。`,
            en: `From ${addDays(lease.endsOn, 1)} new terms apply, from the unit's rents recorded for that day; the earlier terms stay on the lease's record.`,
          }
        : {
            'zh-Hans': '租金与补贴不变。',
            'zh-Hant': '租金與補貼不變。',
            en: 'The rent and subsidy stay as they are.',
          },
    });
    await recordAudit(tx, ctx, {
      action: 'space_lease.renewed',
      subjectType: 'space_lease',
      subjectId: leaseId,
      before,
      after,
    });
  });
  return presentOneLease(ctx.db, leaseId);
}

/** The operator records a move-out: the lease ends on that day (within its term); audited. */
export async function moveOut(
  ctx: ServiceContext,
  principal: Principal,
  leaseId: string,
  movedOutOn: string,
) {
  const found = await repo.findLease(ctx.db, leaseId);
  if (!found) throw new AppError('space.lease_not_found');
  await requireCommunityOperator(ctx.db, principal, found.lease.communityId);
  await ctx.db.transaction(async (tx) => {
    const lease = (await repo.lockLease(tx, leaseId))!;
    if (lease.status !== 'active') throw new AppError('space.lease_already_ended');
    if (movedOutOn < lease.startsOn || movedOutOn > lease.endsOn)
      throw fieldProblem('space.move_out_date_invalid', '/body/movedOutOn', {
        'zh-Hans': `搬离日期须在 ${lease.startsOn} 至 ${lease.endsOn} 之间`,
        'zh-Hant': `搬離日期須在 ${lease.startsOn} 至 ${lease.endsOn} 之間`,
        en: `The move-out date must be between ${lease.startsOn} and ${lease.endsOn}`,
      });
    await repo.updateLease(tx, leaseId, { movedOutOn, status: 'ended', updatedAt: ctx.now() });
    await recordAudit(tx, ctx, {
      action: 'space_lease.ended',
      subjectType: 'space_lease',
      subjectId: leaseId,
      before: { status: lease.status, endsOn: lease.endsOn },
      after: { status: 'ended', movedOutOn },
    });
  });
  return presentOneLease(ctx.db, leaseId);
}

/** The leases of a community, for its operator: a keyset page, by start date. */
export async function listCommunityLeases(
  ctx: ServiceContext,
  principal: Principal,
  communityId: string,
  page: ListPage,
) {
  await requireCommunityOperator(ctx.db, principal, communityId);
  const list = `space-leases:${communityId}`;
  const after = decodeCursor(list, page.cursor, [keyValueShapes.date, keyValueShapes.uuid]);
  const rows = await repo.listLeases(ctx.db, { communityId }, { limit: page.limit, after });
  const paged = pageOf(rows, page.limit, list, (row) => [row.lease.startsOn, row.lease.id]);
  return { rows: await presentLeaseRows(ctx.db, paged.rows), nextCursor: paged.nextCursor };
}

/** The leases of the companies the signed-in person belongs to. */
export async function listMyLeases(ctx: ServiceContext, principal: Principal) {
  const organisationIds = await listOrganisationIdsOfAccount(ctx.db, principal.accountId);
  return presentLeaseRows(ctx.db, await repo.listLeases(ctx.db, { organisationIds }));
}
