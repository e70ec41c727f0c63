import { describe, expect, it } from 'vitest';
import { readCatalogueSource } from '../../policies/read-catalogue';
import { applyImpliedFacts } from './implied-facts';
import {
  evaluate,
  loadCatalogue,
  parameterTimeline,
  resolveParameters,
  summarise,
  type Facts,
} from './index';

const catalogue = loadCatalogue(readCatalogueSource());
const timelines = new Map(catalogue.parameters.map((p) => [p.id, parameterTimeline(p)]));
const DATE = '2026-03-01';
const VOUCHERS = ['voucher.compute', 'voucher.model', 'voucher.corpus'];

function vouchers(facts: Facts) {
  const result = evaluate(catalogue, {
    facts: applyImpliedFacts(catalogue, facts),
    date: DATE,
    parameters: resolveParameters(timelines, DATE),
    policies: VOUCHERS,
  });
  return Object.fromEntries(
    result.results.map((r) => [
      r.policyId,
      { status: r.status, max: r.status === 'eligible' ? r.benefit.maxAmountFen : null },
    ]),
  );
}

const company = (plannedPurchase: Record<string, unknown>): Facts => ({
  person: { hasCompany: true },
  company: { isStartup: false, benefitsReceived: [], plannedPurchase },
});

describe('the planned purchase: one choice then, a block per voucher kind now', () => {
  it('reads the single choice as the block of the kind it names, and no other kind planned', () => {
    const legacy = company({ kind: 'model', amountFen: 100_000_000, relatedParty: false });
    expect(applyImpliedFacts(catalogue, legacy)).toMatchObject({
      company: {
        plannedPurchase: {
          compute: { planned: false },
          model: { planned: true, amountFen: 100_000_000, relatedParty: false },
          corpus: { planned: false },
        },
      },
    });
    // 30 % of ¥1,000,000 for models; the other two are not planned.
    expect(vouchers(legacy)).toEqual({
      'voucher.compute': { status: 'ineligible', max: null },
      'voucher.model': { status: 'eligible', max: 30_000_000 },
      'voucher.corpus': { status: 'ineligible', max: null },
    });
  });

  it('keeps an amount told before the kind for every kind, as when one fact served them all', () => {
    const implied = applyImpliedFacts(catalogue, company({ amountFen: 100_000_000 }));
    expect(implied).toMatchObject({
      company: {
        plannedPurchase: {
          compute: { amountFen: 100_000_000 },
          model: { amountFen: 100_000_000 },
          corpus: { amountFen: 100_000_000 },
        },
      },
    });
    expect(
      (implied.company as { plannedPurchase: { compute: object } }).plannedPurchase.compute,
    ).not.toHaveProperty('planned');
  });

  it('lets a company explore several kinds at once, each with its own contract', () => {
    const both = company({
      compute: { planned: true, amountFen: 400_000_000, relatedParty: false },
      model: { planned: true, amountFen: 100_000_000, relatedParty: false },
      corpus: { planned: false },
    });
    expect(vouchers(both)).toEqual({
      'voucher.compute': { status: 'eligible', max: 200_000_000 },
      'voucher.model': { status: 'eligible', max: 30_000_000 },
      'voucher.corpus': { status: 'ineligible', max: null },
    });
    const all = evaluate(catalogue, {
      facts: applyImpliedFacts(catalogue, both),
      date: DATE,
      parameters: resolveParameters(timelines, DATE),
      policies: VOUCHERS,
    });
    expect(summarise(all.results).maxAmountFen).toBe(230_000_000);
  });

  it('never overrides an answer given for a kind', () => {
    const given = company({
      kind: 'compute',
      amountFen: 400_000_000,
      relatedParty: false,
      model: { planned: true, amountFen: 20_000_000, relatedParty: true },
    });
    expect(vouchers(given)).toMatchObject({
      'voucher.compute': { status: 'eligible', max: 200_000_000 },
      'voucher.model': { status: 'ineligible' },
    });
  });
});
