/**
 * A lease's money from a unit's dated rents, as pure functions (no database, no clock).
 *
 * A unit carries two dated monthly rents, each with its source: the market reference rent and the
 * low-cost rent (A.S2「低成本創業空間」). The company pays the low-cost rent; the difference to the
 * market reference is the subsidy the low cost implies. The source gives neither figure: both are
 * the operator's records, and nothing here invents one.
 */

/** A dated rent, as recorded. */
export interface DatedRent {
  id: string;
  unitId: string;
  kind: 'market_reference' | 'low_cost';
  monthlyRentFen: number;
  effectiveFrom: string;
  source: string;
}

/** The newest rent of each kind in force on `day` (its effective date on or before the day). */
export function rentsInForce(rents: readonly DatedRent[], unitId: string, day: string) {
  const newest = (kind: DatedRent['kind']) =>
    rents
      .filter((rent) => rent.unitId === unitId && rent.kind === kind && rent.effectiveFrom <= day)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
  return { marketReference: newest('market_reference'), lowCost: newest('low_cost') };
}

/**
 * The lease terms the rents in force give: the rent is the market reference and the subsidy its
 * difference to the low-cost rent. With only one of them recorded (or a low-cost rent above the
 * market reference) the rent is the one recorded and there is no subsidy — the same rule the
 * operator's allocation form suggests. With neither: null, nothing to set terms from.
 */
export function termsFromRents(rents: {
  marketReference: DatedRent | null;
  lowCost: DatedRent | null;
}): { monthlyRentFen: number; monthlySubsidyFen: number } | null {
  const market = rents.marketReference?.monthlyRentFen ?? null;
  const lowCost = rents.lowCost?.monthlyRentFen ?? null;
  if (market !== null && lowCost !== null && lowCost <= market)
    return { monthlyRentFen: market, monthlySubsidyFen: market - lowCost };
  const rent = lowCost ?? market;
  return rent === null ? null : { monthlyRentFen: rent, monthlySubsidyFen: 0 };
}
