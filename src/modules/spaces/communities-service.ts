import { COMMUNITY_AREA_IN_PRINCIPLE_M2 } from '../../db/schema/spaces';
import { AppError } from '../../errors/app-error';
import { chinaDateOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { requireCommunityOperator } from './access';
import { presentCommunity, presentLadder, presentUnit } from './present';
import * as repo from './repo';
import { listOrganisationIdsOfAccount } from '../organisations/service';
import type {
  CommunityChanges,
  CommunityInput,
  LadderInput,
  RentInput,
  UnitChanges,
  UnitInput,
} from './schema';

/**
 * A.S1: 面積原則上不少於1萬平方米 — "in principle" at least 10,000 m². A smaller community is
 * allowed, with its reason on record; without one, a 422 pointing at the reason field.
 */
function checkAreaReason(grossAreaM2: number | null, belowAreaReason: string | null) {
  if (grossAreaM2 !== null && grossAreaM2 < COMMUNITY_AREA_IN_PRINCIPLE_M2 && !belowAreaReason)
    throw new AppError('space.below_area_needs_reason', {
      fieldErrors: [
        {
          pointer: '/body/belowAreaReason',
          code: 'space.below_area_needs_reason',
          detail: {
            'zh-Hans': 'A.S1：社区面积原则上不少于 1 万平方米，较小的社区请说明理由',
            'zh-Hant': 'A.S1：社區面積原則上不少於 1 萬平方米，較小的社區請說明理由',
            en: 'A.S1: a community is in principle at least 10,000 m²; give the reason for a smaller one',
          },
        },
      ],
    });
}

async function checkOperatorKnown(ctx: ServiceContext, organisationId: string | null) {
  if (organisationId === null) return;
  if (!(await repo.findOrganisationById(ctx.db, organisationId)))
    throw new AppError('space.operator_unknown', {
      fieldErrors: [
        {
          pointer: '/body/operatorOrganisationId',
          code: 'space.operator_unknown',
          detail: {
            'zh-Hans': '请先在平台上登记运营机构',
            'zh-Hant': '請先在平台上登記營運機構',
            en: 'Register the operator organisation on the platform first',
          },
        },
      ],
    });
}

/** The public register of communities. */
export async function listCommunities(ctx: ServiceContext) {
  return (await repo.listCommunities(ctx.db)).map(presentCommunity);
}

/**
 * The communities the signed-in person runs: those whose operator organisation they belong to
 * as a community operator; every community for an administrator (the operator's workspace).
 */
export async function listOperatedCommunities(ctx: ServiceContext, principal: Principal) {
  const rows = await repo.listCommunities(ctx.db);
  if (principal.roles.includes('admin')) return rows.map(presentCommunity);
  if (!principal.roles.includes('community_operator')) return [];
  const organisationIds = new Set(await listOrganisationIdsOfAccount(ctx.db, principal.accountId));
  return rows
    .filter((row) => {
      const operatorId = row.community.operatorOrganisationId;
      return operatorId !== null && organisationIds.has(operatorId);
    })
    .map(presentCommunity);
}

export async function getCommunity(ctx: ServiceContext, communityId: string) {
  const row = await repo.findCommunity(ctx.db, communityId);
  if (!row) throw new AppError('space.community_not_found');
  return presentCommunity(row);
}

/** An administrator registers a community (issue #14 item 1); audited. */
export async function createCommunity(
  ctx: ServiceContext,
  input: CommunityInput,
  options: { demo?: boolean } = {},
) {
  checkAreaReason(input.grossAreaM2, input.belowAreaReason);
  await checkOperatorKnown(ctx, input.operatorOrganisationId);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const community = await repo.insertCommunity(tx, {
      nameZhHans: input.names['zh-Hans'],
      nameZhHant: input.names['zh-Hant'],
      nameEn: input.names.en,
      districtCode: input.districtCode,
      address: input.address,
      operatorOrganisationId: input.operatorOrganisationId,
      grossAreaM2: input.grossAreaM2,
      belowAreaReason: input.belowAreaReason,
      status: input.status,
      plannedOpeningOn: input.plannedOpeningOn,
      openedOn: input.openedOn,
      closesOn: input.closesOn,
      firstBatch: input.firstBatch,
      clauses: [...new Set(input.clauses)],
      demo: options.demo ?? false,
      createdBy: ctx.actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'space_community.registered',
      subjectType: 'space_community',
      subjectId: community.id,
      after: {
        name: community.nameZhHans,
        districtCode: community.districtCode,
        operatorOrganisationId: community.operatorOrganisationId,
        grossAreaM2: community.grossAreaM2,
        status: community.status,
        firstBatch: community.firstBatch,
        demo: community.demo,
      },
    });
    return presentCommunity((await repo.findCommunity(tx, community.id))!);
  });
}

/**
 * An administrator edits a community; a status change is audited as such. A closing date that
 * would cut short a lease already made is refused.
 */
export async function updateCommunity(
  ctx: ServiceContext,
  communityId: string,
  changes: CommunityChanges,
) {
  await checkOperatorKnown(ctx, changes.operatorOrganisationId ?? null);
  return ctx.db.transaction(async (tx) => {
    const before = await repo.lockCommunity(tx, communityId);
    if (!before) throw new AppError('space.community_not_found');
    const { names, ...rest } = changes;
    const values = Object.fromEntries(
      Object.entries({
        ...rest,
        nameZhHans: names?.['zh-Hans'],
        nameZhHant: names?.['zh-Hant'],
        nameEn: names?.en,
      }).filter(([, value]) => value !== undefined),
    );
    checkAreaReason(
      changes.grossAreaM2 !== undefined ? changes.grossAreaM2 : before.grossAreaM2,
      changes.belowAreaReason !== undefined ? changes.belowAreaReason : before.belowAreaReason,
    );
    if (changes.closesOn) {
      const runningPast = await repo.findLeaseRunningPast(tx, communityId, changes.closesOn);
      if (runningPast)
        throw new AppError('space.lease_past_closing', {
          fieldErrors: [
            {
              pointer: '/body/closesOn',
              code: 'space.lease_past_closing',
              detail: {
                'zh-Hans': '已有租约在该日期之后结束',
                'zh-Hant': '已有租約在該日期之後結束',
                en: 'A lease already runs past this day',
              },
            },
          ],
        });
    }
    await repo.updateCommunity(tx, communityId, { ...values, updatedAt: ctx.now() });
    const statusChanged = changes.status !== undefined && changes.status !== before.status;
    await recordAudit(tx, ctx, {
      action: statusChanged ? 'space_community.status_changed' : 'space_community.updated',
      subjectType: 'space_community',
      subjectId: communityId,
      before: Object.fromEntries(
        Object.keys(values).map((key) => [key, before[key as keyof typeof before] ?? null]),
      ),
      after: values,
    });
    return presentCommunity((await repo.findCommunity(tx, communityId))!);
  });
}

/** The units of a community with their rents in force today and whether a lease covers today. */
export async function listUnits(ctx: ServiceContext, communityId: string) {
  const community = await repo.findCommunity(ctx.db, communityId);
  if (!community) throw new AppError('space.community_not_found');
  const today = chinaDateOf(ctx.now());
  const units = await repo.listUnits(ctx.db, communityId);
  const rents = await repo.listRentsUntil(
    ctx.db,
    units.map((unit) => unit.id),
    today,
  );
  const occupied = await repo.listUnitIdsOccupiedOn(ctx.db, communityId, today);
  return units.map((unit) =>
    presentUnit(
      unit,
      rents.filter((rent) => rent.unitId === unit.id),
      occupied.has(unit.id),
    ),
  );
}

async function presentOneUnit(ctx: ServiceContext, unitId: string) {
  const unit = (await repo.findUnit(ctx.db, unitId))!;
  const today = chinaDateOf(ctx.now());
  const rents = await repo.listRentsUntil(ctx.db, [unit.id], today);
  const occupied = await repo.listUnitIdsOccupiedOn(ctx.db, unit.communityId, today);
  return presentUnit(unit, rents, occupied.has(unit.id));
}

/** The community's operator adds a desk, office or floor (A.S2); audited. */
export async function createUnit(
  ctx: ServiceContext,
  principal: Principal,
  communityId: string,
  input: UnitInput,
) {
  await requireCommunityOperator(ctx.db, principal, communityId);
  const unitId = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const unit = await repo.insertUnit(tx, {
      communityId,
      kind: input.kind,
      label: input.label,
      areaM2: input.areaM2,
      seats: input.seats,
      available: input.available,
      createdAt: now,
      updatedAt: now,
    });
    if (!unit) throw new AppError('space.unit_label_taken');
    await recordAudit(tx, ctx, {
      action: 'space_unit.created',
      subjectType: 'space_unit',
      subjectId: unit.id,
      after: {
        communityId,
        kind: unit.kind,
        label: unit.label,
        areaM2: unit.areaM2,
        seats: unit.seats,
      },
    });
    return unit.id;
  });
  return presentOneUnit(ctx, unitId);
}

/** The operator changes a unit's label, area, seats or availability; audited. */
export async function updateUnit(
  ctx: ServiceContext,
  principal: Principal,
  unitId: string,
  changes: UnitChanges,
) {
  const unit = await repo.findUnit(ctx.db, unitId);
  if (!unit) throw new AppError('space.unit_not_found');
  await requireCommunityOperator(ctx.db, principal, unit.communityId);
  if (changes.label !== undefined && changes.label !== unit.label) {
    const taken = await repo.findUnitByLabel(ctx.db, unit.communityId, changes.label);
    if (taken) throw new AppError('space.unit_label_taken');
  }
  const values = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  );
  await ctx.db.transaction(async (tx) => {
    const before = (await repo.lockUnit(tx, unitId))!;
    await repo.updateUnit(tx, unitId, { ...values, updatedAt: ctx.now() });
    await recordAudit(tx, ctx, {
      action: 'space_unit.updated',
      subjectType: 'space_unit',
      subjectId: unitId,
      before: Object.fromEntries(
        Object.keys(values).map((key) => [key, before[key as keyof typeof before] ?? null]),
      ),
      after: values,
    });
  });
  return presentOneUnit(ctx, unitId);
}

/** The operator records a dated rent of a unit with its source (market reference or low-cost). */
export async function recordRent(
  ctx: ServiceContext,
  principal: Principal,
  unitId: string,
  input: RentInput,
) {
  const unit = await repo.findUnit(ctx.db, unitId);
  if (!unit) throw new AppError('space.unit_not_found');
  await requireCommunityOperator(ctx.db, principal, unit.communityId);
  await ctx.db.transaction(async (tx) => {
    const rent = await repo.insertRent(tx, {
      unitId,
      kind: input.kind,
      monthlyRentFen: input.monthlyRentFen,
      effectiveFrom: input.effectiveFrom,
      source: input.source,
      enteredBy: ctx.actor.accountId,
      enteredAt: ctx.now(),
    });
    if (!rent) throw new AppError('space.rent_date_taken');
    await recordAudit(tx, ctx, {
      action: 'space_unit.rent_recorded',
      subjectType: 'space_unit',
      subjectId: unitId,
      after: { ...input },
    });
  });
  return presentOneUnit(ctx, unitId);
}

/**
 * The operator publishes (or changes) the community's ladder thresholds. A.S2 gives no team
 * sizes, so these are the operator's parameters, kept with their source; null stays unpublished.
 */
export async function setLadder(
  ctx: ServiceContext,
  principal: Principal,
  communityId: string,
  input: LadderInput,
) {
  await requireCommunityOperator(ctx.db, principal, communityId);
  if (
    input.deskMaxTeamSize !== null &&
    input.officeMaxTeamSize !== null &&
    input.deskMaxTeamSize >= input.officeMaxTeamSize
  )
    throw new AppError('space.ladder_not_ordered', {
      fieldErrors: [
        {
          pointer: '/body/officeMaxTeamSize',
          code: 'space.ladder_not_ordered',
          detail: {
            'zh-Hans': '办公室的团队人数上限须大于工位的上限',
            'zh-Hant': '辦公室的團隊人數上限須大於工位的上限',
            en: "The office's team-size limit must be above the desk's",
          },
        },
      ],
    });
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findLadder(tx, communityId);
    const ladder = await repo.upsertLadder(tx, {
      communityId,
      deskMaxTeamSize: input.deskMaxTeamSize,
      officeMaxTeamSize: input.officeMaxTeamSize,
      source: input.source,
      setBy: ctx.actor.accountId,
      setAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'space_ladder.set',
      subjectType: 'space_community',
      subjectId: communityId,
      before: before
        ? {
            deskMaxTeamSize: before.deskMaxTeamSize,
            officeMaxTeamSize: before.officeMaxTeamSize,
            source: before.source,
          }
        : null,
      after: { ...input, clauses: ['A.S2'] },
    });
    return presentLadder(ladder)!;
  });
}
