import { describe, expect, it } from 'vitest';
import { readCatalogueSource } from '../../policies/read-catalogue';
import {
  evaluate,
  isProvisionalAmount,
  loadCatalogue,
  parameterTimeline,
  resolveParameters,
  summarise,
  type Facts,
  type ResolvedParameters,
} from './index';

/**
 * The summary's counts and total (issue #10 items 3 and 4): one definition of each count — the
 * web's "N benefits", the API's `benefitCount` and the CLI's "N 项待遇（A 项符合，B 项待确定）"
 * all read it — and a demonstration or unpublished amount is set beside the total, never in it.
 */

const catalogue = loadCatalogue(readCatalogueSource());
const timelines = new Map(catalogue.parameters.map((p) => [p.id, parameterTimeline(p)]));
const DATE = '2026-12-07';

/** The parameters on the date, with the settlement tiers entered as the demo seed enters them. */
function withTiers(document: string): ResolvedParameters {
  const parameters = { ...resolveParameters(timelines, DATE) };
  for (const [id, value] of [
    ['talent.settlement-subsidy.tier-phd-fen', 10_000_000],
    ['talent.settlement-subsidy.tier-master-fen', 6_000_000],
    ['talent.settlement-subsidy.tier-bachelor-fen', 3_000_000],
  ] as const)
    parameters[id] = {
      id,
      status: 'published',
      value,
      effectiveFrom: '2026-01-01',
      source: { clauses: ['A.P2'], document },
    };
  return parameters;
}

const demo = withTiers('DEMO DATA — not policy. Illustrative value entered by the demo seed.');
const published = withTiers('深圳市人才引进实施办法（示例文号）');

const founder: Facts = {
  person: {
    hasCompany: true,
    highestDegree: 'phd',
    graduationDate: '2024-06-30',
    newlyArrived: true,
    meetsYouthTalentConditions: true,
    benefitsReceived: [],
  },
  company: { isStartup: true, teamSize: 1 },
};

describe('the summary', () => {
  it('counts every benefit still possible once, so that eligible + unknown = N = the cards', () => {
    for (const facts of [{}, founder, { person: { hasCompany: false } }] as Facts[]) {
      const { results } = evaluate(catalogue, { facts, date: DATE, parameters: demo });
      const summary = summarise(results);
      const cards = results.filter((result) => result.status !== 'ineligible');
      expect(summary.benefitCount).toBe(cards.length);
      expect(summary.benefitCount).toBe(summary.eligible + summary.unknown);
      expect(summary.eligible + summary.unknown + summary.ineligible).toBe(results.length);
      // The choose-one housing pair is one card each, counted once in the money.
      const housing = cards.filter((result) => result.exclusivity?.group);
      expect(summary.alternativeCount).toBe(Math.max(0, housing.length - 1));
    }
  });

  it('sets a demonstration tier beside the total, never inside it', () => {
    const demoRun = evaluate(catalogue, { facts: founder, date: DATE, parameters: demo });
    const subsidy = demoRun.results.find((r) => r.policyId === 'talent.settlement-subsidy')!;
    expect(subsidy.status).toBe('eligible');
    expect(subsidy.benefit.maxAmountFen).toBe(10_000_000);
    expect(isProvisionalAmount(subsidy.benefit)).toBe(true);
    const withDemo = summarise(demoRun.results);
    expect(withDemo.provisionalAmountFen).toBe(10_000_000);
    expect(withDemo.provisionalCount).toBe(1);

    // The same value from a real document is policy: it is in the total.
    const realRun = evaluate(catalogue, { facts: founder, date: DATE, parameters: published });
    const withReal = summarise(realRun.results);
    expect(withReal.provisionalAmountFen).toBe(0);
    expect(withReal.maxAmountFen - withDemo.maxAmountFen).toBe(10_000_000);
  });

  it('sets an unpublished tier beside the total as well', () => {
    const { results } = evaluate(catalogue, {
      facts: founder,
      date: DATE,
      parameters: resolveParameters(timelines, DATE),
    });
    const subsidy = results.find((r) => r.policyId === 'talent.settlement-subsidy')!;
    expect(subsidy.benefit.amountBasis).toBe('unpublished');
    const summary = summarise(results);
    expect(summary.provisionalCount).toBeGreaterThanOrEqual(1);
    expect(summary.provisionalAmountFen).toBe(10_000_000); // the ceiling A.P2 states
  });
});
