import {
  compileNumber,
  compileParameterRecord,
  parametersOf,
  slotReader,
  type Env,
  type FactLayout,
  type Slots,
} from './compile';
import type { BenefitDefinition, BenefitResult } from './types';

/**
 * What a benefit is worth, computed from the parameters on the date and (for vouchers, tiers,
 * space rungs) the facts. Money is integer fen throughout. A value the source gives only as a
 * ceiling is a cap; a value that is not published yet is reported as such, never guessed.
 */
export interface CompiledBenefit {
  compute(slots: Slots, env: Env): BenefitResult;
  /**
   * The benefit as it stands with no facts (caps and ceilings only), once per date: what an
   * ineligible result shows, since amounts computed for someone who cannot have it mean nothing.
   */
  base(env: Env): BenefitResult;
  /** The memo cell holding {@link base} once computed for a date (a shortcut for hot paths). */
  baseCell: number;
  /** Facts that refine the amount (not the eligibility). */
  facts: string[];
  parameters: string[];
  /**
   * The benefit flags something about the facts that holds whether or not it can be had (B.R1:
   * goods of human or animal origin), so an ineligible result is computed from the facts too.
   */
  flagsFacts?: boolean;
}

/** `source`: the document the tier's value comes from (shown with the amount), when it has one. */
type TierTable = {
  tier: string;
  amountFen: number | null;
  published: boolean;
  source: string | null;
}[];

/** `amount × basisPoints / 10 000`, rounded down, exact for any safe integer amount. */
export function applyRate(amountFen: number, basisPoints: number): number {
  const whole = Math.floor(amountFen / 10_000);
  const rest = amountFen - whole * 10_000;
  return whole * basisPoints + Math.floor((rest * basisPoints) / 10_000);
}

function isKnown(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * Compiles a benefit. A benefit that reads no fact (a cap, a loan, housing, the allowance) is
 * the same for every situation on a date: it is computed once per set of resolved parameters
 * and shared (results are read-only).
 */
export function compileBenefit(definition: BenefitDefinition, layout: FactLayout): CompiledBenefit {
  const compiled = compileBenefitUncached(definition, layout);
  const cell = layout.memoCell();
  const noFacts: Slots = [];
  const base = (env: Env) => {
    let result = env.memo.cells[cell] as BenefitResult | undefined;
    if (!result) env.memo.cells[cell] = result = compiled.compute(noFacts, env);
    return result;
  };
  // A benefit that reads no fact is the same for every situation on a date.
  return compiled.facts.length > 0
    ? { ...compiled, base, baseCell: cell }
    : { ...compiled, base, baseCell: cell, compute: (_facts, env) => base(env) };
}

function compileBenefitUncached(
  definition: BenefitDefinition,
  layout: FactLayout,
): Omit<CompiledBenefit, 'base' | 'baseCell'> {
  switch (definition.kind) {
    case 'recognition':
    case 'introduction': {
      const extra = definition.kind === 'introduction' ? { funds: definition.funds } : {};
      return {
        facts: [],
        parameters: [],
        compute: () => ({
          kind: definition.kind,
          maxAmountFen: null,
          amountBasis: 'not-money',
          pendingFacts: [],
          parameters: {},
          ...extra,
        }),
      };
    }
    case 'money': {
      const cap = compileNumber(definition.capFen, layout);
      const parameters = parametersOf(definition.capFen);
      const readParameters = compileParameterRecord(parameters, layout);
      return {
        facts: [],
        parameters,
        compute(_facts, env) {
          const capFen = cap(env);
          return {
            kind: 'money',
            purpose: definition.purpose,
            maxAmountFen: capFen,
            amountBasis: capFen === null ? 'unpublished' : 'cap',
            pendingFacts: [],
            parameters: readParameters(env),
          };
        },
      };
    }
    case 'tiered-money': {
      const cap = compileNumber(definition.capFen, layout);
      const getTier = slotReader(layout, definition.tierFact);
      const tiers = definition.tiers.map((tier) => ({
        value: tier.value,
        amount: compileNumber(tier.amountFen, layout),
        parameter: typeof tier.amountFen === 'number' ? null : tier.amountFen.parameter,
      }));
      const parameters = parametersOf(
        definition.capFen,
        ...definition.tiers.map((t) => t.amountFen),
      );
      const readParameters = compileParameterRecord(parameters, layout);
      const noPending: string[] = [];
      const tierPending = [definition.tierFact];
      // The tier table depends on the parameters only: one per date, shared.
      const tableCell = layout.memoCell();
      return {
        facts: [definition.tierFact],
        parameters,
        compute(facts, env) {
          const capFen = cap(env);
          const tier = getTier(facts);
          let table = env.memo.cells[tableCell] as TierTable | undefined;
          if (!table)
            env.memo.cells[tableCell] = table = tiers.map((entry) => {
              const amountFen = entry.amount(env);
              const source =
                entry.parameter !== null && amountFen !== null
                  ? (env.parameters[entry.parameter]?.source?.document ?? null)
                  : null;
              return { tier: entry.value, amountFen, published: amountFen !== null, source };
            });
          const own = isKnown(tier) ? table.find((entry) => entry.tier === tier) : undefined;
          let maxAmountFen = capFen;
          let amountBasis: BenefitResult['amountBasis'] = capFen === null ? 'unpublished' : 'cap';
          if (own && own.amountFen !== null) {
            maxAmountFen = capFen === null ? own.amountFen : Math.min(own.amountFen, capFen);
            amountBasis = 'fixed';
          } else if (own) {
            // The tier is known but its value is not published: the statutory ceiling still holds.
            amountBasis = 'unpublished';
          }
          return {
            kind: 'tiered-money',
            maxAmountFen,
            amountBasis,
            pendingFacts: isKnown(tier) ? noPending : tierPending,
            parameters: readParameters(env),
            statutoryCapFen: capFen,
            tier: isKnown(tier) ? tier : null,
            tierAmountFen: own ? own.amountFen : null,
            tiers: table,
          };
        },
      };
    }
    case 'loan': {
      const principal = compileNumber(definition.maxPrincipalFen, layout);
      const parameters = parametersOf(definition.maxPrincipalFen);
      const readParameters = compileParameterRecord(parameters, layout);
      return {
        facts: [],
        parameters,
        compute: (_facts, env) => ({
          kind: 'loan',
          maxAmountFen: null,
          amountBasis: 'not-money',
          pendingFacts: [],
          parameters: readParameters(env),
          maxPrincipalFen: principal(env),
          interestSubsidy: definition.interestSubsidy,
        }),
      };
    }
    case 'voucher': {
      const cap = compileNumber(definition.capFen, layout);
      const rate = compileNumber(definition.rateBp, layout);
      const startupRate =
        definition.startupRateBp === undefined
          ? null
          : compileNumber(definition.startupRateBp, layout);
      const getStartup = definition.startupFact ? slotReader(layout, definition.startupFact) : null;
      const getPurchase = slotReader(layout, definition.purchaseAmountFact);
      const getReceived = definition.receivedFact
        ? slotReader(layout, definition.receivedFact)
        : null;
      const parameters = parametersOf(
        definition.capFen,
        definition.rateBp,
        definition.startupRateBp,
      );
      const readParameters = compileParameterRecord(parameters, layout);
      const facts = [
        definition.purchaseAmountFact,
        ...(definition.startupFact ? [definition.startupFact] : []),
      ];
      // The four possible lists of facts still refining the amount, made once and shared.
      const pendingLists: string[][] = [
        [],
        [definition.purchaseAmountFact],
        definition.startupFact ? [definition.startupFact] : [],
        [
          definition.purchaseAmountFact,
          ...(definition.startupFact ? [definition.startupFact] : []),
        ],
      ];
      return {
        facts,
        parameters,
        compute(input, env) {
          const capFen = cap(env);
          let startupPending = false;
          let rateBp = rate(env);
          if (startupRate && getStartup) {
            const startup = getStartup(input);
            if (startup === true) rateBp = startupRate(env);
            else if (!isKnown(startup)) {
              // Not yet known whether the start-up rate applies: the higher rate bounds it.
              const higher = startupRate(env);
              rateBp = rateBp === null || higher === null ? null : Math.max(rateBp, higher);
              startupPending = true;
            }
          }
          // A.V1: the cap is per company and cumulative — what the company has already had of
          // this kind counts against it, and the headroom left is the most this voucher can be.
          const received = getReceived ? getReceived(input) : null;
          const receivedFen = typeof received === 'number' ? received : null;
          const headroomFen =
            capFen === null ? null : Math.max(0, capFen - (receivedFen === null ? 0 : receivedFen));
          const purchase = getPurchase(input);
          let maxAmountFen = headroomFen;
          let purchasePending = false;
          if (typeof purchase === 'number' && rateBp !== null) {
            const byRate = applyRate(purchase, rateBp);
            maxAmountFen = headroomFen === null ? byRate : Math.min(headroomFen, byRate);
          } else if (!isKnown(purchase)) {
            purchasePending = true;
          }
          const pendingFacts = pendingLists[(purchasePending ? 1 : 0) + (startupPending ? 2 : 0)]!;
          const amountBasis: BenefitResult['amountBasis'] =
            capFen === null || rateBp === null
              ? 'unpublished'
              : pendingFacts.length === 0
                ? 'computed'
                : 'cap';
          return {
            kind: 'voucher',
            voucher: definition.voucher,
            maxAmountFen,
            amountBasis,
            pendingFacts,
            parameters: readParameters(env),
            statutoryCapFen: capFen,
            receivedFen,
            headroomFen,
            rateBp,
            plannedPurchaseFen: typeof purchase === 'number' ? purchase : null,
          };
        },
      };
    }
    case 'space': {
      const area =
        definition.maxAreaM2 === undefined ? null : compileNumber(definition.maxAreaM2, layout);
      const ladder = definition.ladder;
      const getTeamSize = ladder ? slotReader(layout, ladder.teamSizeFact) : null;
      const rungs = ladder
        ? ladder.rungs.map((rung) => ({
            rung: rung.rung,
            maxTeamSize:
              rung.maxTeamSize === undefined ? null : compileNumber(rung.maxTeamSize, layout),
          }))
        : [];
      const parameters = parametersOf(
        definition.maxAreaM2,
        ...(ladder ? ladder.rungs.map((rung) => rung.maxTeamSize) : []),
      );
      const readParameters = compileParameterRecord(parameters, layout);
      const ladderRungs = ladder ? ladder.rungs.map((entry) => entry.rung) : null;
      const noPending: string[] = [];
      const teamSizePending = ladder ? [ladder.teamSizeFact] : [];
      return {
        facts: ladder ? [ladder.teamSizeFact] : [],
        parameters,
        compute(facts, env) {
          let rung: string | null = null;
          let pendingFacts: string[] = noPending;
          if (ladder && getTeamSize) {
            const teamSize = getTeamSize(facts);
            if (typeof teamSize !== 'number') pendingFacts = teamSizePending;
            else {
              // The first rung whose team-size limit holds; an unpublished limit stops the walk:
              // the community operator decides the rung.
              for (const entry of rungs) {
                if (entry.maxTeamSize === null) {
                  rung = entry.rung;
                  break;
                }
                const limit = entry.maxTeamSize(env);
                if (limit === null) break;
                if (teamSize <= limit) {
                  rung = entry.rung;
                  break;
                }
              }
            }
          }
          return {
            kind: 'space',
            maxAmountFen: null,
            amountBasis: 'not-money',
            pendingFacts,
            parameters: readParameters(env),
            setting: definition.setting,
            maxAreaM2: area ? area(env) : null,
            ladder: ladderRungs,
            rung,
          };
        },
      };
    }
    case 'housing-in-kind': {
      const months = compileNumber(definition.maxMonths, layout);
      const share = compileNumber(definition.rentShareBp, layout);
      const parameters = parametersOf(definition.maxMonths, definition.rentShareBp);
      const readParameters = compileParameterRecord(parameters, layout);
      return {
        facts: [],
        parameters,
        compute: (_facts, env) => ({
          kind: 'housing-in-kind',
          maxAmountFen: null,
          amountBasis: 'not-money',
          pendingFacts: [],
          parameters: readParameters(env),
          maxMonths: months(env),
          rentShareOfMarketBp: share(env),
        }),
      };
    }
    case 'allowance': {
      const monthly = compileNumber(definition.monthlyFen, layout);
      const afterTax = compileNumber(definition.monthlyAfterTaxFen, layout);
      const months = compileNumber(definition.maxMonths, layout);
      const parameters = parametersOf(
        definition.monthlyFen,
        definition.monthlyAfterTaxFen,
        definition.maxMonths,
      );
      const readParameters = compileParameterRecord(parameters, layout);
      return {
        facts: [],
        parameters,
        compute(_facts, env) {
          const monthlyFen = monthly(env);
          const maxMonths = months(env);
          const total = monthlyFen === null || maxMonths === null ? null : monthlyFen * maxMonths;
          return {
            kind: 'allowance',
            maxAmountFen: total,
            amountBasis: total === null ? 'unpublished' : 'cap',
            pendingFacts: [],
            parameters: readParameters(env),
            monthlyFen,
            monthlyAfterTaxFen: afterTax(env),
            maxMonths,
          };
        },
      };
    }
    case 'tax-exemption': {
      type Regime = 'supervised-period' | 'write-off';
      const getCategory = slotReader(layout, definition.categoryFact);
      // B.N5: a category the notice splits is decided by another fact (equipment and its repair
      // parts stay supervised; other parts consumed in research may be written off).
      const splits = new Map<
        string,
        { fact: string; read: (slots: Slots) => unknown; regimes: Record<string, Regime> }
      >();
      for (const [category, regime] of Object.entries(definition.supervision))
        if (typeof regime !== 'string')
          splits.set(category, { ...regime, read: slotReader(layout, regime.fact) });
      // B.R1: a flag on the benefit, never a condition of it.
      const biosafety = definition.biosafety;
      const getOrigin = biosafety ? slotReader(layout, biosafety.originFact) : null;
      const flaggedOrigins = new Set(biosafety?.origins);
      const flaggedCategories = new Set(biosafety?.categories);
      const flags = biosafety
        ? ([true, false, null] as const).map((flagged) => ({ flagged, clause: biosafety.clause }))
        : [];
      const facts = [
        ...new Set([
          definition.categoryFact,
          ...[...splits.values()].map((split) => split.fact),
          ...(biosafety ? [biosafety.originFact] : []),
        ]),
      ];
      // The lists of facts still pending, made once per combination and shared: by the split
      // fact pending (or none), then by category and origin pending (no string key to build).
      const pendingLists = new Map<string | null, (string[] | undefined)[]>();
      const pendingOf = (category: boolean, split: string | null, origin: boolean) => {
        let lists = pendingLists.get(split);
        if (!lists) pendingLists.set(split, (lists = [undefined, undefined, undefined, undefined]));
        const index = (category ? 1 : 0) + (origin ? 2 : 0);
        let list = lists[index];
        if (!list)
          lists[index] = list = [
            ...(category ? [definition.categoryFact] : []),
            ...(split ? [split] : []),
            ...(origin && biosafety ? [biosafety.originFact] : []),
          ];
        return list;
      };
      return {
        facts,
        parameters: [],
        flagsFacts: biosafety !== undefined,
        compute(slots) {
          const category = getCategory(slots);
          const known = typeof category === 'string';
          let supervision: Regime | null = null;
          let splitPending: string | null = null;
          if (known) {
            const regime = definition.supervision[category];
            if (typeof regime === 'string') supervision = regime;
            else if (regime) {
              const split = splits.get(category)!;
              const value = split.read(slots);
              if (typeof value === 'string') supervision = split.regimes[value] ?? null;
              else splitPending = split.fact;
            }
          }
          let flagged: boolean | null = null;
          if (getOrigin) {
            const origin = getOrigin(slots);
            if (known && flaggedCategories.has(category)) flagged = true;
            else if (typeof origin === 'string') flagged = flaggedOrigins.has(origin);
          }
          return {
            kind: 'tax-exemption',
            maxAmountFen: null,
            amountBasis: 'not-money',
            pendingFacts: pendingOf(
              !known,
              splitPending,
              biosafety !== undefined && flagged === null,
            ),
            parameters: {},
            taxes: definition.taxes,
            category: known ? category : null,
            supervision,
            ...(biosafety
              ? { biosafety: flags[flagged === true ? 0 : flagged === false ? 1 : 2] }
              : {}),
          };
        },
      };
    }
  }
}
