import type { SpaceRoute, SpaceUnitKind } from '../../db/schema/spaces';

/**
 * The ladder and allocation rules of issue #14, as pure functions (no database, no clock).
 *
 * A.S2: 「一張辦公桌、一間辦公室、一層辦公樓」的階梯式辦公體系……根據團隊規模，提供低成本創業空間
 * — a desk, an office or a floor by team size. The source gives no team sizes: each community's
 * operator sets them ({@link Ladder}); until both are set, the rung of a team is unpublished.
 *
 * A.S3: 對符合條件的入駐其他產業空間的人工智能創業個人和團隊，可享受最大50平方米的低成本創業空間
 * — in other industrial space, at most 50 m².
 */

/** A.S3: the most low-cost space an AI founder or team in other industrial space may have. */
export const OTHER_INDUSTRIAL_MAX_AREA_M2 = 50;

/** An operator's thresholds: null while the operator has not published them. */
export interface Ladder {
  /** A team of at most this many people gets a desk. */
  deskMaxTeamSize: number | null;
  /** A team of at most this many people (and more than the desk's) gets an office; larger, a floor. */
  officeMaxTeamSize: number | null;
}

export type Rung = SpaceUnitKind | 'unpublished';

/**
 * The rung of the ladder (A.S2) a team of `teamSize` fits, or 'unpublished' when the operator's
 * thresholds do not decide it (no ladder, or the threshold the team size needs is not set).
 */
export function rungForTeamSize(ladder: Ladder | null, teamSize: number): Rung {
  if (!ladder || ladder.deskMaxTeamSize === null) return 'unpublished';
  if (teamSize <= ladder.deskMaxTeamSize) return 'desk';
  if (ladder.officeMaxTeamSize === null) return 'unpublished';
  return teamSize <= ladder.officeMaxTeamSize ? 'office' : 'floor';
}

export type AllocationRefusal =
  /** A.S2: the operator has not published the threshold this team size needs. */
  | 'ladder_unpublished'
  /** A.S2: the unit is not on the rung the team size gives. */
  | 'wrong_rung'
  /** A.S3: more than 50 m² through the other-industrial route. */
  | 'over_other_industrial_cap';

export type AllocationCheck =
  | { ok: true; rung: SpaceUnitKind | null; clauses: string[] }
  | { ok: false; refusal: AllocationRefusal; rung: Rung | null; clauses: string[] };

/**
 * May this unit go to this team by this route? The OPC-community route (A.S2) takes the unit of
 * the team's rung; the other-industrial route (A.S3) takes any unit of at most 50 m² — the
 * source ties that route to area, not to the ladder, so `rung` is null there.
 */
export function checkAllocation(input: {
  route: SpaceRoute;
  teamSize: number;
  ladder: Ladder | null;
  unit: { kind: SpaceUnitKind; areaM2: number };
}): AllocationCheck {
  if (input.route === 'other-industrial') {
    if (input.unit.areaM2 > OTHER_INDUSTRIAL_MAX_AREA_M2)
      return { ok: false, refusal: 'over_other_industrial_cap', rung: null, clauses: ['A.S3'] };
    return { ok: true, rung: null, clauses: ['A.S3'] };
  }
  const rung = rungForTeamSize(input.ladder, input.teamSize);
  if (rung === 'unpublished')
    return { ok: false, refusal: 'ladder_unpublished', rung, clauses: ['A.S2'] };
  if (rung !== input.unit.kind)
    return { ok: false, refusal: 'wrong_rung', rung, clauses: ['A.S2'] };
  return { ok: true, rung, clauses: ['A.S2'] };
}
