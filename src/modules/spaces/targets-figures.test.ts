/**
 * The targets' figures as data (issue #14 item 5; A.T1–A.T4): which communities and residents
 * count, the unpublished definition of high growth, and the projection at the current pace.
 */
import { describe, expect, it } from 'vitest';
import {
  computeTargetFigures,
  monthlyHistory,
  projectLinear,
  type CommunityFact,
  type TargetFacts,
} from './targets-figures';

const day = '2026-12-08';

function community(overrides: Partial<CommunityFact> & { id: string }): CommunityFact {
  return {
    districtCode: 'nanshan',
    grossAreaM2: 12_000,
    status: 'open',
    openedOn: null,
    closesOn: null,
    demo: false,
    ...overrides,
  };
}

function facts(overrides: Partial<TargetFacts> = {}): TargetFacts {
  return {
    day,
    communities: [],
    residences: [],
    aiTalentsByOrganisation: new Map(),
    highGrowthOrganisations: new Set(),
    highGrowthDefinitionPublished: false,
    ...overrides,
  };
}

describe('A.T1 and A.T4: communities and their area', () => {
  const communities = [
    community({ id: 'open-12k', grossAreaM2: 12_000 }),
    community({ id: 'open-9k', grossAreaM2: 9_000, districtCode: 'futian' }),
    community({ id: 'closed-15k', grossAreaM2: 15_000, status: 'closed' }),
    community({ id: 'planned-20k', grossAreaM2: 20_000, status: 'planned' }),
    community({ id: 'open-unknown', grossAreaM2: null, districtCode: null }),
    community({ id: 'demo-50k', grossAreaM2: 50_000, demo: true }),
    community({ id: 'past-closing', grossAreaM2: 30_000, closesOn: '2026-12-07' }),
    community({ id: 'opens-later', grossAreaM2: 30_000, openedOn: '2026-12-09' }),
  ];
  const result = computeTargetFigures(facts({ communities }));

  it('an open community of 12,000 m² counts for A.T1, one of 9,000 m² does not', () => {
    expect(result.figures['A.T1']).toBe(1);
  });

  it('A.T4 adds the recorded area of open communities only: closed, planned, demo and unknown areas add nothing', () => {
    expect(result.figures['A.T4']).toBe(21_000);
  });

  it('says how many open communities have no recorded area, and how many demo ones were left out', () => {
    expect(result.coverage).toMatchObject({
      openCommunities: 3,
      openCommunitiesWithoutArea: 1,
      openCommunitiesBelowArea: 1,
      demoCommunitiesExcluded: 1,
    });
  });

  it('breaks the figures down by district, the unrecorded district last', () => {
    expect(result.districts.map((district) => district.districtCode)).toEqual([
      'futian',
      'nanshan',
      null,
    ]);
    expect(result.districts[0]!.figures).toMatchObject({ 'A.T1': 0, 'A.T4': 9_000 });
    expect(result.districts[1]!.figures).toMatchObject({ 'A.T1': 1, 'A.T4': 12_000 });
  });
});

describe('A.T2 and A.T3: resident companies', () => {
  const base = {
    communities: [community({ id: 'c1' }), community({ id: 'c2', districtCode: 'futian' })],
    residences: [
      { organisationId: 'a', communityId: 'c1', districtCode: 'nanshan' as const, demo: false },
      { organisationId: 'a', communityId: 'c2', districtCode: 'futian' as const, demo: false },
      { organisationId: 'b', communityId: 'c1', districtCode: 'nanshan' as const, demo: false },
      { organisationId: 'demo', communityId: 'd', districtCode: 'nanshan' as const, demo: true },
    ],
    aiTalentsByOrganisation: new Map([
      ['a', 3],
      ['demo', 50],
    ]),
    highGrowthOrganisations: new Set(['a', 'demo']),
  };

  it('A.T2 is null ("definition unpublished") until a definition is in force, never a number', () => {
    const result = computeTargetFigures(facts(base));
    expect(result.figures['A.T2']).toBeNull();
    expect(result.districts.every((district) => district.figures['A.T2'] === null)).toBe(true);
  });

  it('once a definition is published, counts each resident marked high-growth once', () => {
    const result = computeTargetFigures(facts({ ...base, highGrowthDefinitionPublished: true }));
    expect(result.figures['A.T2']).toBe(1);
  });

  it('A.T3 adds each resident company’s AI talents once; residents without a record add none and are counted', () => {
    const result = computeTargetFigures(facts(base));
    expect(result.figures['A.T3']).toBe(3);
    expect(result.coverage).toMatchObject({ residentCompanies: 2, residentsWithoutRecord: 1 });
  });
});

describe('the projection to 2027-12-31', () => {
  it('is null with a reason when there are fewer than two snapshots on different days', () => {
    expect(projectLinear([], '2027-12-31', 'communities')).toMatchObject({
      value: null,
      reason: 'too_few_snapshots',
    });
    expect(
      projectLinear(
        [
          { takenOn: '2026-12-01', value: 1 },
          { takenOn: '2026-12-01', value: 2 },
        ],
        '2027-12-31',
        'communities',
      ).value,
    ).toBeNull();
  });

  it('follows the line through the snapshots', () => {
    // 10 people on 2027-01-01, 20 on 2027-01-31: ten more every 30 days.
    const projection = projectLinear(
      [
        { takenOn: '2027-01-01', value: 10 },
        { takenOn: '2027-01-31', value: 20 },
      ],
      '2027-03-02',
      'people',
    );
    expect(projection).toMatchObject({ value: 30, reason: null });
  });

  it('fits a least-squares line through more points and keeps areas to 0.01 m²', () => {
    const projection = projectLinear(
      [
        { takenOn: '2027-01-01', value: 0 },
        { takenOn: '2027-01-02', value: 1.5 },
        { takenOn: '2027-01-03', value: 2.5 },
      ],
      '2027-01-04',
      'm2',
    );
    expect(projection.value).toBeCloseTo(3.83, 2);
  });

  it('never projects below zero', () => {
    expect(
      projectLinear(
        [
          { takenOn: '2027-01-01', value: 10 },
          { takenOn: '2027-01-02', value: 5 },
        ],
        '2027-12-31',
        'companies',
      ).value,
    ).toBe(0);
  });

  it('the monthly history keeps the newest snapshot of each month', () => {
    expect(
      monthlyHistory([
        { takenOn: '2026-11-30' },
        { takenOn: '2026-11-01' },
        { takenOn: '2026-12-02' },
      ]).map((snapshot) => snapshot.takenOn),
    ).toEqual(['2026-11-30', '2026-12-02']);
  });
});
