import { describe, expect, it } from 'vitest';
import type { SpaceRoute, SpaceUnitKind } from '../../db/schema/spaces';
import { checkAllocation, rungForTeamSize, type Ladder } from './ladder';

// Test ladders only: the source publishes no thresholds (A.S2), operators set their own.
const published: Ladder = { deskMaxTeamSize: 2, officeMaxTeamSize: 10 };
const deskOnly: Ladder = { deskMaxTeamSize: 3, officeMaxTeamSize: null };
const officeOnly: Ladder = { deskMaxTeamSize: null, officeMaxTeamSize: 8 };

describe('rungForTeamSize (A.S2)', () => {
  const cases: [Ladder | null, number, ReturnType<typeof rungForTeamSize>][] = [
    [null, 1, 'unpublished'],
    [published, 1, 'desk'],
    [published, 2, 'desk'],
    [published, 3, 'office'],
    [published, 10, 'office'],
    [published, 11, 'floor'],
    [published, 500, 'floor'],
    [deskOnly, 3, 'desk'],
    [deskOnly, 4, 'unpublished'],
    [officeOnly, 1, 'unpublished'],
    [officeOnly, 20, 'unpublished'],
  ];
  it.each(cases)('ladder %o, team of %i → %s', (ladder, teamSize, expected) => {
    expect(rungForTeamSize(ladder, teamSize)).toBe(expected);
  });
});

describe('checkAllocation: team size, ladder, route and unit → rung or refusal', () => {
  const cases: {
    route: SpaceRoute;
    teamSize: number;
    ladder: Ladder | null;
    unit: { kind: SpaceUnitKind; areaM2: number };
    expected: string;
  }[] = [
    {
      route: 'opc-community',
      teamSize: 1,
      ladder: published,
      unit: { kind: 'desk', areaM2: 6 },
      expected: 'desk',
    },
    {
      route: 'opc-community',
      teamSize: 5,
      ladder: published,
      unit: { kind: 'office', areaM2: 40 },
      expected: 'office',
    },
    {
      route: 'opc-community',
      teamSize: 30,
      ladder: published,
      unit: { kind: 'floor', areaM2: 800 },
      expected: 'floor',
    },
    {
      route: 'opc-community',
      teamSize: 5,
      ladder: published,
      unit: { kind: 'desk', areaM2: 6 },
      expected: 'wrong_rung',
    },
    {
      route: 'opc-community',
      teamSize: 1,
      ladder: published,
      unit: { kind: 'floor', areaM2: 800 },
      expected: 'wrong_rung',
    },
    {
      route: 'opc-community',
      teamSize: 1,
      ladder: null,
      unit: { kind: 'desk', areaM2: 6 },
      expected: 'ladder_unpublished',
    },
    {
      route: 'opc-community',
      teamSize: 5,
      ladder: deskOnly,
      unit: { kind: 'office', areaM2: 40 },
      expected: 'ladder_unpublished',
    },
    // A.S3: up to 50 m² — 50 is in, anything above is out, whatever the ladder says.
    {
      route: 'other-industrial',
      teamSize: 3,
      ladder: null,
      unit: { kind: 'office', areaM2: 50 },
      expected: 'any',
    },
    {
      route: 'other-industrial',
      teamSize: 3,
      ladder: published,
      unit: { kind: 'office', areaM2: 50.01 },
      expected: 'over_other_industrial_cap',
    },
    {
      route: 'other-industrial',
      teamSize: 30,
      ladder: published,
      unit: { kind: 'floor', areaM2: 800 },
      expected: 'over_other_industrial_cap',
    },
    {
      route: 'other-industrial',
      teamSize: 1,
      ladder: published,
      unit: { kind: 'desk', areaM2: 6 },
      expected: 'any',
    },
  ];
  it.each(cases)('$route, team of $teamSize, $unit.kind of $unit.areaM2 m² → $expected', (c) => {
    const result = checkAllocation(c);
    const outcome = result.ok ? (result.rung ?? 'any') : result.refusal;
    expect(outcome).toBe(c.expected);
    expect(result.clauses).toEqual([c.route === 'other-industrial' ? 'A.S3' : 'A.S2']);
  });
});
