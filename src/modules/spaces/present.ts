import type {
  spaceApplications,
  spaceLadders,
  spaceLeases,
  spaceUnitRents,
  spaceUnits,
} from '../../db/schema/spaces';
import { shenzhenDistricts } from './districts';
import type { Rung } from './ladder';
import type * as repo from './repo';

type CommunityRow = NonNullable<Awaited<ReturnType<typeof repo.findCommunity>>>;

export function presentLadder(ladder: typeof spaceLadders.$inferSelect | null) {
  if (!ladder) return null;
  return {
    deskMaxTeamSize: ladder.deskMaxTeamSize,
    officeMaxTeamSize: ladder.officeMaxTeamSize,
    source: ladder.source,
    setAt: ladder.setAt.toISOString(),
  };
}

export function presentCommunity(row: CommunityRow) {
  const { community } = row;
  return {
    id: community.id,
    names: {
      'zh-Hans': community.nameZhHans,
      'zh-Hant': community.nameZhHant,
      en: community.nameEn,
    },
    district: community.districtCode
      ? { code: community.districtCode, names: shenzhenDistricts[community.districtCode] }
      : null,
    address: community.address,
    operator:
      community.operatorOrganisationId && row.operatorName !== null
        ? { organisationId: community.operatorOrganisationId, name: row.operatorName }
        : null,
    grossAreaM2: community.grossAreaM2,
    belowAreaReason: community.belowAreaReason,
    status: community.status,
    plannedOpeningOn: community.plannedOpeningOn,
    openedOn: community.openedOn,
    closesOn: community.closesOn,
    firstBatch: community.firstBatch,
    clauses: community.clauses,
    demo: community.demo,
    ladder: presentLadder(row.ladder),
  };
}

type RentRow = typeof spaceUnitRents.$inferSelect;

function presentRent(rent: RentRow | undefined) {
  if (!rent) return null;
  return {
    kind: rent.kind,
    monthlyRentFen: rent.monthlyRentFen,
    effectiveFrom: rent.effectiveFrom,
    source: rent.source,
  };
}

/** A unit with the rents in force (the newest of each kind already in effect) and occupancy. */
export function presentUnit(
  unit: typeof spaceUnits.$inferSelect,
  rentsNewestFirst: RentRow[],
  occupied: boolean,
) {
  return {
    id: unit.id,
    communityId: unit.communityId,
    kind: unit.kind,
    label: unit.label,
    areaM2: unit.areaM2,
    seats: unit.seats,
    available: unit.available,
    occupied,
    marketReferenceRent: presentRent(
      rentsNewestFirst.find((rent) => rent.kind === 'market_reference'),
    ),
    lowCostRent: presentRent(rentsNewestFirst.find((rent) => rent.kind === 'low_cost')),
  };
}

export function presentApplication(
  application: typeof spaceApplications.$inferSelect,
  organisationName: string,
  placing: { rung: Rung | null; waitingPosition: number | null },
) {
  return {
    id: application.id,
    communityId: application.communityId,
    organisationId: application.organisationId,
    organisationName,
    route: application.route,
    teamSize: application.teamSize,
    aiFounderCount: application.aiFounderCount,
    status: application.status,
    decisionReason: application.decisionReason,
    decidedAt: application.decidedAt?.toISOString() ?? null,
    rung: placing.rung,
    waitingPosition: placing.waitingPosition,
    clauses: application.clauses,
    createdAt: application.createdAt.toISOString(),
  };
}

type LeaseRow = typeof spaceLeases.$inferSelect;

/** A term's dated rent with its id (where the figure came from). */
function presentTermRent(rent: RentRow | undefined) {
  return rent ? { id: rent.id, ...presentRent(rent)! } : null;
}

/**
 * A lease's terms, earliest first: the recorded rows, or — for a lease that never changed terms
 * and has none — the one term the lease row holds.
 */
export function presentLeaseTerms(
  lease: LeaseRow,
  terms: repo.LeaseTermRow[],
  rentsById: Map<string, RentRow>,
) {
  if (terms.length === 0)
    return [
      {
        startsOn: lease.startsOn,
        monthlyRentFen: lease.monthlyRentFen,
        monthlySubsidyFen: lease.monthlySubsidyFen,
        reason: 'allocated' as const,
        marketReferenceRent: null,
        lowCostRent: null,
      },
    ];
  return terms.map((term) => ({
    startsOn: term.startsOn,
    monthlyRentFen: term.monthlyRentFen,
    monthlySubsidyFen: term.monthlySubsidyFen,
    reason: term.reason,
    marketReferenceRent: presentTermRent(
      term.marketRentId ? rentsById.get(term.marketRentId) : undefined,
    ),
    lowCostRent: presentTermRent(
      term.lowCostRentId ? rentsById.get(term.lowCostRentId) : undefined,
    ),
  }));
}

export function presentLease(
  lease: LeaseRow,
  unit: { label: string; kind: (typeof spaceUnits.$inferSelect)['kind'] },
  organisationName: string,
  terms: ReturnType<typeof presentLeaseTerms>,
) {
  return {
    id: lease.id,
    unitId: lease.unitId,
    unitLabel: unit.label,
    unitKind: unit.kind,
    communityId: lease.communityId,
    organisationId: lease.organisationId,
    applicationId: lease.applicationId,
    route: lease.route,
    startsOn: lease.startsOn,
    endsOn: lease.endsOn,
    movedOutOn: lease.movedOutOn,
    monthlyRentFen: lease.monthlyRentFen,
    monthlySubsidyFen: lease.monthlySubsidyFen,
    status: lease.status,
    clauses: lease.clauses,
    organisationName,
    terms,
  };
}
