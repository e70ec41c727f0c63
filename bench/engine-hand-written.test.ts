import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCatalogueSource } from '../policies/read-catalogue';
import {
  addDays,
  evaluate,
  loadCatalogue,
  parameterTimeline,
  resolveParameters,
  withFact,
  type FactDefinition,
  type Facts,
} from '../src/engine';
import { evaluateByHand, handContext, handDisagreement } from './engine-hand-written';
import { makeSituations } from './situations';

/**
 * The hand-written baseline of `bench:engine` must stay the same conditions as the catalogue:
 * on the bench's own situations and on random ones from the whole fact vocabulary (dates from
 * before the Hetao notice to after plan A ends), it answers exactly as the engine does — status,
 * most money, missing facts in the same order.
 */

const catalogue = loadCatalogue(readCatalogueSource());
const timelines = new Map(catalogue.parameters.map((p) => [p.id, parameterTimeline(p)]));
const policyIds = catalogue.policies.map((policy) => policy.definition.id);

function disagreement(facts: Facts, date: string): string | null {
  const parameters = resolveParameters(timelines, date);
  const engine = evaluate(catalogue, { facts, date, parameters }).results;
  return handDisagreement(engine, evaluateByHand(facts, handContext(date, parameters)));
}

const dateArbitrary = fc
  .integer({ min: 0, max: 365 * 14 })
  .map((offset) => addDays('2014-01-01', offset));

function valueArbitrary(fact: FactDefinition): fc.Arbitrary<unknown> {
  const options = (fact.options ?? []).map((option) => option.value);
  switch (fact.type) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...options);
    case 'date':
      return dateArbitrary;
    case 'integer':
      return fc.integer({ min: fact.min ?? 0, max: Math.min(fact.max ?? 200, 200) });
    case 'money':
      return fc.oneof(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constant(100_000_000));
    case 'policy-list':
      return fc.subarray(policyIds, { maxLength: 4 });
    case 'achievement-list':
      return fc.array(
        fc.record({ kind: fc.constantFrom(...options), description: fc.constant('work') }),
        { maxLength: 2 },
      );
    case 'waiver-list':
      return fc.array(
        fc.record({
          class: fc.constantFrom(...options),
          on: fc.integer({ min: 0, max: 365 * 3 }).map((days) => addDays('2025-06-01', days)),
        }),
        { maxLength: 2 },
      );
  }
}

const situationArbitrary: fc.Arbitrary<Facts> = fc
  .tuple(
    ...catalogue.facts.map((fact) => fc.option(valueArbitrary(fact), { nil: undefined, freq: 3 })),
  )
  .map((values) => {
    let facts: Facts = {};
    catalogue.facts.forEach((fact, index) => {
      if (values[index] !== undefined) facts = withFact(facts, fact.id, values[index]);
    });
    return facts;
  });

describe('the hand-written baseline of bench:engine', () => {
  it('agrees with the engine on the bench situations', () => {
    const situations = makeSituations(5_000, catalogue, 20_260_210);
    let mismatches = 0;
    let first: string | null = null;
    for (const situation of situations) {
      const found = disagreement(situation.facts, situation.date);
      if (found) {
        mismatches += 1;
        first ??= `${found} in ${JSON.stringify(situation)}`;
      }
    }
    expect(first).toBeNull();
    expect(mismatches).toBe(0);
  });

  it('agrees with the engine on random situations over the whole vocabulary and any date', () => {
    fc.assert(
      fc.property(
        situationArbitrary,
        fc.integer({ min: 0, max: 365 * 3 }).map((days) => addDays('2025-06-01', days)),
        (facts, date) => {
          expect(disagreement(facts, date)).toBeNull();
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
