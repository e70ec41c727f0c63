import {
  COMMUNITY_AREA_IN_PRINCIPLE_M2,
  type ShenzhenDistrictCode,
  type SpaceCommunityStatus,
} from '../../db/schema/spaces';
import { daysBetween } from '../../shared/china-time';

/**
 * The city's 2027 targets (A.T1–A.T4) computed from the records: pure functions, no database and
 * no clock (the day is an input), so the figures are tested as data.
 *
 * - A.T1 「到2027年底，深圳將建成超10家面積均不少於1萬平方米…的OPC社區」: communities open on the
 *   day whose recorded gross area is at least 10,000 m².
 * - A.T2 「培育超千家高成長性人工智能創業企業」: resident companies marked high-growth — only once
 *   an administrator has published a definition (the source gives none); until then, null.
 * - A.T3 「集聚超萬名人工智能創新創業人才」: founders and staff counted as AI talents in resident
 *   companies, from each company's newest declaration.
 * - A.T4 「到2027年底，全市OPC社區面積超過50萬平方米」: the recorded gross area of open communities.
 *
 * NOTE: demo records are never counted (they are labelled demo data, not the city's), and a
 * community whose area is not recorded counts for neither A.T1 nor A.T4: how many there are is
 * reported beside the figures rather than guessed.
 */

export const TARGET_IDS = ['A.T1', 'A.T2', 'A.T3', 'A.T4'] as const;
export type TargetId = (typeof TARGET_IDS)[number];

export const TARGET_DEADLINE = '2027-12-31';

export interface TargetDefinition {
  id: TargetId;
  /** The source says 超 / 超過: "more than" this. */
  target: number;
  unit: 'communities' | 'companies' | 'people' | 'm2';
}

export const targetDefinitions: readonly TargetDefinition[] = [
  { id: 'A.T1', target: 10, unit: 'communities' },
  { id: 'A.T2', target: 1_000, unit: 'companies' },
  { id: 'A.T3', target: 10_000, unit: 'people' },
  { id: 'A.T4', target: 500_000, unit: 'm2' },
];

export interface CommunityFact {
  id: string;
  districtCode: ShenzhenDistrictCode | null;
  grossAreaM2: number | null;
  status: SpaceCommunityStatus;
  openedOn: string | null;
  closesOn: string | null;
  demo: boolean;
}

/** A company leasing in a community on the day (one row per company and community). */
export interface ResidenceFact {
  organisationId: string;
  communityId: string;
  districtCode: ShenzhenDistrictCode | null;
  demo: boolean;
}

export interface TargetFacts {
  day: string;
  communities: readonly CommunityFact[];
  residences: readonly ResidenceFact[];
  /** Each company's AI talents (founders + staff) from its newest declaration. */
  aiTalentsByOrganisation: ReadonlyMap<string, number>;
  /** Companies whose newest high-growth mark says yes. */
  highGrowthOrganisations: ReadonlySet<string>;
  /** Is a definition of high growth in force on the day? */
  highGrowthDefinitionPublished: boolean;
}

export type Figures = Record<TargetId, number | null>;

export interface DistrictFigures {
  /** Null: communities whose district is not recorded. */
  districtCode: ShenzhenDistrictCode | null;
  figures: Figures;
}

export interface Coverage {
  /** Open communities counted (not demo). */
  openCommunities: number;
  /** Of them, those with no recorded gross area: counted for neither A.T1 nor A.T4. */
  openCommunitiesWithoutArea: number;
  /** Open communities under 10,000 m² (A.S1's "in principle" exceptions): in A.T4, not A.T1. */
  openCommunitiesBelowArea: number;
  /** Demo communities, never counted. */
  demoCommunitiesExcluded: number;
  /** Companies leasing in a (non-demo) community on the day. */
  residentCompanies: number;
  /** Of them, those with no team declaration yet: no talents counted for them. */
  residentsWithoutRecord: number;
}

/** Is the community open on the day (status open, opened by then, not past its closing day)? */
export function isOpenOn(community: CommunityFact, day: string): boolean {
  return (
    community.status === 'open' &&
    (community.openedOn === null || community.openedOn <= day) &&
    (community.closesOn === null || community.closesOn >= day)
  );
}

function roundArea(m2: number): number {
  return Math.round(m2 * 100) / 100;
}

function figuresOf(
  facts: TargetFacts,
  communities: readonly CommunityFact[],
  residences: readonly ResidenceFact[],
): Figures {
  const open = communities.filter((community) => isOpenOn(community, facts.day));
  const residents = new Set(residences.map((residence) => residence.organisationId));
  let talents = 0;
  let highGrowth = 0;
  for (const organisationId of residents) {
    talents += facts.aiTalentsByOrganisation.get(organisationId) ?? 0;
    if (facts.highGrowthOrganisations.has(organisationId)) highGrowth += 1;
  }
  return {
    'A.T1': open.filter(
      (community) =>
        community.grossAreaM2 !== null && community.grossAreaM2 >= COMMUNITY_AREA_IN_PRINCIPLE_M2,
    ).length,
    'A.T2': facts.highGrowthDefinitionPublished ? highGrowth : null,
    'A.T3': talents,
    'A.T4': roundArea(open.reduce((sum, community) => sum + (community.grossAreaM2 ?? 0), 0)),
  };
}

/** The four figures for the city, by district, and what was not counted. */
export function computeTargetFigures(facts: TargetFacts): {
  figures: Figures;
  districts: DistrictFigures[];
  coverage: Coverage;
} {
  const communities = facts.communities.filter((community) => !community.demo);
  const residences = facts.residences.filter((residence) => !residence.demo);
  const open = communities.filter((community) => isOpenOn(community, facts.day));
  const residents = new Set(residences.map((residence) => residence.organisationId));

  const districtCodes = new Set<ShenzhenDistrictCode | null>();
  for (const community of communities) districtCodes.add(community.districtCode);
  for (const residence of residences) districtCodes.add(residence.districtCode);
  const districts = [...districtCodes]
    .sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map((districtCode) => ({
      districtCode,
      figures: figuresOf(
        facts,
        communities.filter((community) => community.districtCode === districtCode),
        residences.filter((residence) => residence.districtCode === districtCode),
      ),
    }));

  return {
    figures: figuresOf(facts, communities, residences),
    districts,
    coverage: {
      openCommunities: open.length,
      openCommunitiesWithoutArea: open.filter((community) => community.grossAreaM2 === null).length,
      openCommunitiesBelowArea: open.filter(
        (community) =>
          community.grossAreaM2 !== null && community.grossAreaM2 < COMMUNITY_AREA_IN_PRINCIPLE_M2,
      ).length,
      demoCommunitiesExcluded: facts.communities.length - communities.length,
      residentCompanies: residents.size,
      residentsWithoutRecord: [...residents].filter(
        (organisationId) => !facts.aiTalentsByOrganisation.has(organisationId),
      ).length,
    },
  };
}

export interface HistoryPoint {
  /** The day the snapshot was taken. */
  takenOn: string;
  value: number;
}

export type Projection =
  | { value: number; reason: null; slopePerDay: number }
  | { value: null; reason: 'too_few_snapshots' | 'definition_unpublished'; slopePerDay: null };

/**
 * The figure on `until` at the current pace: the least-squares line through the snapshots
 * (days on the x axis), never below zero. Fewer than two snapshots on different days: no pace,
 * so null with the reason. Counts are rounded to whole units, areas to 0.01 m².
 */
export function projectLinear(
  points: readonly HistoryPoint[],
  until: string,
  unit: TargetDefinition['unit'],
): Projection {
  const days = new Set(points.map((point) => point.takenOn));
  if (points.length < 2 || days.size < 2)
    return { value: null, reason: 'too_few_snapshots', slopePerDay: null };
  const origin = points[0]!.takenOn;
  const xs = points.map((point) => daysBetween(origin, point.takenOn));
  const ys = points.map((point) => point.value);
  const n = points.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (let index = 0; index < n; index += 1) {
    covariance += (xs[index]! - meanX) * (ys[index]! - meanY);
    variance += (xs[index]! - meanX) ** 2;
  }
  const slopePerDay = covariance / variance;
  const raw = meanY + slopePerDay * (daysBetween(origin, until) - meanX);
  const clamped = Math.max(0, raw);
  const value = unit === 'm2' ? roundArea(clamped) : Math.round(clamped);
  return { value, reason: null, slopePerDay };
}

/** The newest snapshot of each month, oldest month first: the monthly history. */
export function monthlyHistory<T extends { takenOn: string }>(snapshots: readonly T[]): T[] {
  const byMonth = new Map<string, T>();
  for (const snapshot of [...snapshots].sort((a, b) => a.takenOn.localeCompare(b.takenOn)))
    byMonth.set(snapshot.takenOn.slice(0, 7), snapshot);
  return [...byMonth.values()];
}
