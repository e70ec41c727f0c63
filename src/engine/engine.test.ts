import { describe, expect, it } from 'vitest';
import { readCatalogueSource } from '../../policies/read-catalogue';
import {
  addDays,
  addMonths,
  addYears,
  applyRate,
  chooseNextQuestion,
  evaluate,
  isIsoDate,
  loadCatalogue,
  parameterTimeline,
  resolveParameter,
  resolveParameters,
  summarise,
  type Facts,
  type ParameterEntry,
} from './index';
import { FactLayout, MET, UNKNOWN, UNMET } from './compile';
import { compileCondition } from './compile-groups';

const catalogue = loadCatalogue(readCatalogueSource());
const timelines = new Map(catalogue.parameters.map((p) => [p.id, parameterTimeline(p)]));
const on = (date: string) => resolveParameters(timelines, date);
const DATE = '2026-03-01';

describe('calendar arithmetic (no Date object in the engine)', () => {
  it('adds days exactly like UTC dates do, across months, years and leap days', () => {
    let date = '1999-12-25';
    let reference = Date.UTC(1999, 11, 25);
    for (let step = 0; step < 4000; step += 1) {
      const days = ((step * 37) % 400) - 150;
      date = addDays(date, days);
      reference += days * 86_400_000;
      expect(date).toBe(new Date(reference).toISOString().slice(0, 10));
    }
  });

  it('adds months keeping the day, or the month end when the day does not exist', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addYears('2028-02-29', -5)).toBe('2023-02-28');
    expect(addMonths('2023-03-01', 36)).toBe('2026-03-01');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-10')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-10')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
});

describe('money in fen', () => {
  it('applies a rate in basis points exactly, rounding down, for any safe amount', () => {
    for (const amount of [0, 1, 3, 9_999, 10_001, 123_456_789, 2 ** 52, Number.MAX_SAFE_INTEGER])
      for (const rate of [1, 3000, 5000, 6000, 9999, 10_000]) {
        const exact = (BigInt(amount) * BigInt(rate)) / 10_000n;
        expect(BigInt(applyRate(amount, rate))).toBe(exact);
      }
  });
});

describe('dated parameters', () => {
  const definition = {
    values: [
      {
        effectiveFrom: '2026-01-01',
        status: 'unpublished',
        value: null,
        source: { clauses: ['A.P2'], document: 'plan' },
        origin: 'catalogue',
      },
    ] as ParameterEntry[],
  };
  const admin = (
    effectiveFrom: string,
    status: ParameterEntry['status'],
    value: number | null,
    enteredAt: string,
  ): ParameterEntry => ({
    effectiveFrom,
    status,
    value,
    source: { clauses: ['A.P2'], document: 'published notice' },
    origin: 'admin',
    enteredAt,
  });

  it('is unpublished until a value is entered, then the value from its date, and can end', () => {
    const timeline = parameterTimeline(definition, [
      admin('2026-07-01', 'published', 5_000_000, '2026-06-01T00:00:00Z'),
      admin('2027-01-01', 'ended', null, '2026-06-02T00:00:00Z'),
    ]);
    expect(resolveParameter('p', timeline, '2025-12-31').status).toBe('none');
    expect(resolveParameter('p', timeline, '2026-06-30')).toMatchObject({
      status: 'unpublished',
      value: null,
    });
    expect(resolveParameter('p', timeline, '2026-07-01')).toMatchObject({
      status: 'published',
      value: 5_000_000,
      effectiveFrom: '2026-07-01',
      source: { document: 'published notice' },
    });
    expect(resolveParameter('p', timeline, '2027-01-01')).toMatchObject({
      status: 'none',
      value: null,
    });
  });

  it('lets a later entry with the same date correct an earlier one', () => {
    const timeline = parameterTimeline(definition, [
      admin('2026-07-01', 'published', 6_000_000, '2026-06-05T00:00:00Z'),
      admin('2026-07-01', 'published', 5_000_000, '2026-06-01T00:00:00Z'),
    ]);
    expect(resolveParameter('p', timeline, '2026-08-01').value).toBe(6_000_000);
  });

  it('lets an administrator value replace the catalogue value of the same date', () => {
    const timeline = parameterTimeline(definition, [
      admin('2026-01-01', 'published', 1, '2026-01-02T00:00:00Z'),
    ]);
    expect(resolveParameter('p', timeline, '2026-01-01').value).toBe(1);
  });
});

describe('three-valued conditions', () => {
  const label = { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' };
  const layout = new FactLayout();
  const compiled = compileCondition(
    {
      any: [
        { id: 'a', label, clause: 'A.P1', test: { fact: 'person.hasCompany', is: true } },
        {
          not: { id: 'b', label, clause: 'A.P1', test: { fact: 'person.newlyArrived', is: true } },
          id: 'not-b',
          label,
          clause: 'A.P1',
        },
      ],
      id: 'group',
      label,
      clause: 'A.P1',
    },
    layout,
  );
  // The compiled closures read slots; these helpers take facts like the rest of the engine.
  const node = {
    test: (facts: Facts, env: any) => compiled.test(layout.read(facts), env),
    missing: (facts: Facts, env: any, into: any) => compiled.missing(layout.read(facts), env, into),
    trace: (facts: Facts, env: any, into: any, parent: null) =>
      compiled.trace(layout.read(facts), env, into, parent),
  };
  const env = { date: DATE, parameters: on(DATE) };

  it('any: one met member is enough; unknown while none is met and one is unknown', () => {
    expect(node.test({ person: { hasCompany: true } }, env)).toBe(MET);
    expect(node.test({ person: { newlyArrived: false } }, env)).toBe(MET);
    expect(node.test({ person: { hasCompany: false, newlyArrived: true } }, env)).toBe(UNMET);
    expect(node.test({ person: { hasCompany: false } }, env)).toBe(UNKNOWN);
    const missing = { facts: [] as string[], parameters: [] as string[] };
    node.missing({ person: { hasCompany: false } }, env, missing);
    expect(missing.facts).toEqual(['person.newlyArrived']);
  });

  it('null is "not known", like an absent fact', () => {
    expect(node.test({ person: { hasCompany: null, newlyArrived: null } }, env)).toBe(UNKNOWN);
  });

  it('traces groups with their members beneath them', () => {
    const trace: any[] = [];
    node.trace({ person: { hasCompany: false, newlyArrived: false } }, env, trace, null);
    expect(trace.map((line) => [line.id, line.kind, line.parent, line.result])).toEqual([
      ['group', 'group', null, 'met'],
      ['a', 'criterion', 'group', 'unmet'],
      ['not-b', 'group', 'group', 'met'],
      ['b', 'criterion', 'not-b', 'unmet'],
    ]);
  });
});

describe('evaluating the catalogue', () => {
  const founder: Facts = {
    person: { hasCompany: true, meetsYouthTalentConditions: true, benefitsReceived: [] },
    company: {
      isStartup: true,
      plannedPurchase: { compute: { planned: true, amountFen: 50_000_000, relatedParty: false } },
    },
  };

  it('keeps both A.P8 housing benefits eligible and says to choose one; the summary counts one', () => {
    const { results } = evaluate(catalogue, {
      facts: founder,
      date: DATE,
      parameters: on(DATE),
      policies: ['housing.transitional', 'housing.allowance'],
    });
    for (const result of results) {
      expect(result.status).toBe('eligible');
      expect(result.reasons).toContainEqual({
        code: 'exclusive-choose-one',
        policies: [
          result.policyId === 'housing.allowance' ? 'housing.transitional' : 'housing.allowance',
        ],
      });
    }
    const summary = summarise(results);
    // Two cards, two benefits; the total counts the choose-one pair once.
    expect(summary.benefitCount).toBe(2);
    expect(summary.alternativeCount).toBe(1);
    expect(summary.maxAmountFen).toBe(3_000_000);
  });

  it('adds up the money still possible, loans apart', () => {
    const { results } = evaluate(catalogue, { facts: founder, date: DATE, parameters: on(DATE) });
    const summary = summarise(results);
    const possible = results.filter((result) => result.status !== 'ineligible');
    expect(summary.eligible + summary.unknown).toBe(possible.length);
    expect(summary.maxLoanPrincipalFen).toBe(60_000_000 + 500_000_000);
    // voucher.compute 60 % of ¥500,000 = ¥300,000 is inside the total
    expect(results.find((r) => r.policyId === 'voucher.compute')!.benefit.maxAmountFen).toBe(
      30_000_000,
    );
    expect(summary.maxAmountFen).toBeGreaterThan(30_000_000);
  });

  it('without a trace returns no criteria, and the same answer', () => {
    const traced = evaluate(catalogue, {
      facts: founder,
      date: DATE,
      parameters: on(DATE),
      trace: true,
    });
    const untraced = evaluate(catalogue, { facts: founder, date: DATE, parameters: on(DATE) });
    expect(untraced.results.every((result) => result.criteria.length === 0)).toBe(true);
    expect(untraced.results.map((r) => [r.policyId, r.status, r.missingFacts, r.benefit])).toEqual(
      traced.results.map((r) => [r.policyId, r.status, r.missingFacts, r.benefit]),
    );
  });

  it('never changes the facts it is given', () => {
    const frozen = structuredClone(founder);
    const deepFreeze = (value: any): any => {
      if (value && typeof value === 'object') {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
      }
      return value;
    };
    deepFreeze(frozen);
    expect(() =>
      evaluate(catalogue, { facts: frozen, date: DATE, parameters: on(DATE), trace: true }),
    ).not.toThrow();
    expect(frozen).toEqual(founder);
  });
});

describe('the next question', () => {
  it('starts with whether you have a company: it settles the most money', () => {
    const choice = chooseNextQuestion(catalogue, { facts: {}, date: DATE, parameters: on(DATE) });
    expect(choice).toMatchObject({ factId: 'person.hasCompany', purpose: 'eligibility' });
    expect(choice!.policies).toContain('voucher.compute');
  });

  it('never asks a skipped fact', () => {
    const choice = chooseNextQuestion(catalogue, {
      facts: {},
      date: DATE,
      parameters: on(DATE),
      skip: ['person.hasCompany'],
    });
    expect(choice!.factId).not.toBe('person.hasCompany');
  });

  it('for Hetao alone asks about the importer and the goods', () => {
    const choice = chooseNextQuestion(catalogue, {
      facts: {},
      date: DATE,
      parameters: on(DATE),
      policies: ['hetao.research-import-exemption'],
    });
    expect(choice!.factId).toMatch(/^(importer|goods)\./);
  });

  it('once every status is settled, asks what refines an amount (the planned purchase)', () => {
    const choice = chooseNextQuestion(catalogue, {
      facts: {
        person: { hasCompany: true },
        company: {
          isStartup: true,
          plannedPurchase: { compute: { planned: true, relatedParty: false } },
          vouchersReceivedFen: { compute: 0 },
        },
      },
      date: DATE,
      parameters: on(DATE),
      policies: ['voucher.compute'],
    });
    expect(choice).toMatchObject({
      factId: 'company.plannedPurchase.compute.amountFen',
      purpose: 'amount',
    });
  });

  it('has nothing to ask when everything is decided', () => {
    const choice = chooseNextQuestion(catalogue, {
      facts: { person: { hasCompany: false } },
      date: DATE,
      parameters: on(DATE),
      policies: ['consortium.challenge', 'voucher.model'],
    });
    expect(choice).toBeNull();
  });

  it('asks a fact that settles money before one that settles none', () => {
    // Only the returnee funding (¥1,000,000) and recognition (no money) are open.
    const choice = chooseNextQuestion(catalogue, {
      facts: { person: { talentRecognized: false, benefitsReceived: [] } },
      date: DATE,
      parameters: on(DATE),
      policies: ['talent.recognition', 'startup.returnee-funding'],
    });
    expect(choice!.policies).toEqual(['startup.returnee-funding']);
  });
});
