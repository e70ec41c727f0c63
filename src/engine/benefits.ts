import { compileGetter, compileNumber, parametersOf, parameterValues, type Env } from './compile';
import type { BenefitDefinition, BenefitResult, Facts } from './types';

/**
 * What a benefit is worth, computed from the parameters on the date and (for vouchers, tiers,
 * space rungs) the facts. Money is integer fen throughout. A value the source gives only as a
 * ceiling is a cap; a value that is not published yet is reported as such, never guessed.
 */
export interface CompiledBenefit {
  compute(facts: Facts, env: Env): BenefitResult;
  /** Facts that refine the amount (not the eligibility). */
  facts: string[];
  parameters: string[];
}

/** `amount × basisPoints / 10 000`, rounded down, exact for any safe integer amount. */
export function applyRate(amountFen: number, basisPoints: number): number {
  const whole = Math.floor(amountFen / 10_000);
  const rest = amountFen - whole * 10_000;
  return whole * basisPoints + Math.floor((rest * basisPoints) / 10_000);
}

function isKnown(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function compileBenefit(definition: BenefitDefinition): CompiledBenefit {
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
      const cap = compileNumber(definition.capFen);
      const parameters = parametersOf(definition.capFen);
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
            parameters: parameterValues(parameters, env),
          };
        },
      };
    }
    case 'tiered-money': {
      const cap = compileNumber(definition.capFen);
      const getTier = compileGetter(definition.tierFact);
      const tiers = definition.tiers.map((tier) => ({
        value: tier.value,
        amount: compileNumber(tier.amountFen),
      }));
      const parameters = parametersOf(
        definition.capFen,
        ...definition.tiers.map((t) => t.amountFen),
      );
      return {
        facts: [definition.tierFact],
        parameters,
        compute(facts, env) {
          const capFen = cap(env);
          const tier = getTier(facts);
          const table = tiers.map((entry) => {
            const amountFen = entry.amount(env);
            return { tier: entry.value, amountFen, published: amountFen !== null };
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
            pendingFacts: isKnown(tier) ? [] : [definition.tierFact],
            parameters: parameterValues(parameters, env),
            statutoryCapFen: capFen,
            tier: isKnown(tier) ? tier : null,
            tierAmountFen: own ? own.amountFen : null,
            tiers: table,
          };
        },
      };
    }
    case 'loan': {
      const principal = compileNumber(definition.maxPrincipalFen);
      const parameters = parametersOf(definition.maxPrincipalFen);
      return {
        facts: [],
        parameters,
        compute: (_facts, env) => ({
          kind: 'loan',
          maxAmountFen: null,
          amountBasis: 'not-money',
          pendingFacts: [],
          parameters: parameterValues(parameters, env),
          maxPrincipalFen: principal(env),
          interestSubsidy: definition.interestSubsidy,
        }),
      };
    }
    case 'voucher': {
      const cap = compileNumber(definition.capFen);
      const rate = compileNumber(definition.rateBp);
      const startupRate =
        definition.startupRateBp === undefined ? null : compileNumber(definition.startupRateBp);
      const getStartup = definition.startupFact ? compileGetter(definition.startupFact) : null;
      const getPurchase = compileGetter(definition.purchaseAmountFact);
      const parameters = parametersOf(
        definition.capFen,
        definition.rateBp,
        definition.startupRateBp,
      );
      const facts = [
        definition.purchaseAmountFact,
        ...(definition.startupFact ? [definition.startupFact] : []),
      ];
      return {
        facts,
        parameters,
        compute(input, env) {
          const capFen = cap(env);
          const pendingFacts: string[] = [];
          let rateBp = rate(env);
          if (startupRate && getStartup) {
            const startup = getStartup(input);
            if (startup === true) rateBp = startupRate(env);
            else if (!isKnown(startup)) {
              // Not yet known whether the start-up rate applies: the higher rate bounds it.
              const higher = startupRate(env);
              rateBp = rateBp === null || higher === null ? null : Math.max(rateBp, higher);
              pendingFacts.push(definition.startupFact!);
            }
          }
          const purchase = getPurchase(input);
          let maxAmountFen = capFen;
          if (typeof purchase === 'number' && rateBp !== null) {
            const byRate = applyRate(purchase, rateBp);
            maxAmountFen = capFen === null ? byRate : Math.min(capFen, byRate);
          } else if (!isKnown(purchase)) {
            pendingFacts.unshift(definition.purchaseAmountFact);
          }
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
            parameters: parameterValues(parameters, env),
            statutoryCapFen: capFen,
            rateBp,
            plannedPurchaseFen: typeof purchase === 'number' ? purchase : null,
          };
        },
      };
    }
    case 'space': {
      const area = definition.maxAreaM2 === undefined ? null : compileNumber(definition.maxAreaM2);
      const ladder = definition.ladder;
      const getTeamSize = ladder ? compileGetter(ladder.teamSizeFact) : null;
      const rungs = ladder
        ? ladder.rungs.map((rung) => ({
            rung: rung.rung,
            maxTeamSize: rung.maxTeamSize === undefined ? null : compileNumber(rung.maxTeamSize),
          }))
        : [];
      const parameters = parametersOf(
        definition.maxAreaM2,
        ...(ladder ? ladder.rungs.map((rung) => rung.maxTeamSize) : []),
      );
      return {
        facts: ladder ? [ladder.teamSizeFact] : [],
        parameters,
        compute(facts, env) {
          let rung: string | null = null;
          const pendingFacts: string[] = [];
          if (ladder && getTeamSize) {
            const teamSize = getTeamSize(facts);
            if (typeof teamSize !== 'number') pendingFacts.push(ladder.teamSizeFact);
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
            parameters: parameterValues(parameters, env),
            setting: definition.setting,
            maxAreaM2: area ? area(env) : null,
            ladder: ladder ? ladder.rungs.map((entry) => entry.rung) : null,
            rung,
          };
        },
      };
    }
    case 'housing-in-kind': {
      const months = compileNumber(definition.maxMonths);
      const share = compileNumber(definition.rentShareBp);
      const parameters = parametersOf(definition.maxMonths, definition.rentShareBp);
      return {
        facts: [],
        parameters,
        compute: (_facts, env) => ({
          kind: 'housing-in-kind',
          maxAmountFen: null,
          amountBasis: 'not-money',
          pendingFacts: [],
          parameters: parameterValues(parameters, env),
          maxMonths: months(env),
          rentShareOfMarketBp: share(env),
        }),
      };
    }
    case 'allowance': {
      const monthly = compileNumber(definition.monthlyFen);
      const afterTax = compileNumber(definition.monthlyAfterTaxFen);
      const months = compileNumber(definition.maxMonths);
      const parameters = parametersOf(
        definition.monthlyFen,
        definition.monthlyAfterTaxFen,
        definition.maxMonths,
      );
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
            parameters: parameterValues(parameters, env),
            monthlyFen,
            monthlyAfterTaxFen: afterTax(env),
            maxMonths,
          };
        },
      };
    }
    case 'tax-exemption': {
      const getCategory = compileGetter(definition.categoryFact);
      return {
        facts: [definition.categoryFact],
        parameters: [],
        compute(facts) {
          const category = getCategory(facts);
          const known = typeof category === 'string';
          return {
            kind: 'tax-exemption',
            maxAmountFen: null,
            amountBasis: 'not-money',
            pendingFacts: known ? [] : [definition.categoryFact],
            parameters: {},
            taxes: definition.taxes,
            category: known ? category : null,
            supervision: known ? (definition.supervision[category] ?? null) : null,
          };
        },
      };
    }
  }
}
