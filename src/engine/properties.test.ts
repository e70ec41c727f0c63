import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCatalogueSource } from '../../policies/read-catalogue';
import type { CompiledNode, Missing } from './compile';
import { compileAll } from './compile-groups';
import {
  addDays,
  chooseNextQuestion,
  evaluate,
  loadCatalogue,
  parameterTimeline,
  resolveParameters,
  withFact,
  type FactDefinition,
  type Facts,
  type PolicyResult,
  type ResolvedParameters,
} from './index';

/**
 * Properties the engine must keep for every situation, checked on random ones built from the
 * real fact vocabulary (every fact present or missing, every value type):
 *   - adding a fact never turns a decided result back to unknown (nor changes it);
 *   - an unmet criterion stays unmet, a met one met, whatever else is added;
 *   - the order of keys in the facts never matters;
 *   - missing facts are absent from the situation, and answering next-question always ends.
 */

const catalogue = loadCatalogue(readCatalogueSource());
const timelines = new Map(catalogue.parameters.map((p) => [p.id, parameterTimeline(p)]));
const policyIds = catalogue.policies.map((policy) => policy.definition.id);

const dateArbitrary = fc
  .integer({ min: 0, max: 365 * 14 })
  .map((offset) => addDays('2014-01-01', offset));
const evaluationDate = fc
  .integer({ min: 0, max: 365 * 3 })
  .map((offset) => addDays('2025-06-01', offset));

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
      return fc.array(fc.record({ class: fc.constantFrom(...options), on: dateArbitrary }), {
        maxLength: 2,
      });
  }
}

/** A situation: each fact of the vocabulary present (with a valid value) or missing. */
const situationArbitrary: fc.Arbitrary<Facts> = fc
  .tuple(
    ...catalogue.facts.map((fact) => fc.option(valueArbitrary(fact), { nil: undefined, freq: 2 })),
  )
  .map((values) => {
    let facts: Facts = {};
    catalogue.facts.forEach((fact, index) => {
      if (values[index] !== undefined) facts = withFact(facts, fact.id, values[index]);
    });
    return facts;
  });

/** A fact not yet in the situation, with a value. */
const additionArbitrary = fc.integer({ min: 0, max: catalogue.facts.length - 1 }).chain((index) =>
  valueArbitrary(catalogue.facts[index]!).map((value) => ({
    fact: catalogue.facts[index]!,
    value,
  })),
);

function get(facts: Facts, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as any)[key] : undefined),
      facts,
    );
}

function run(facts: Facts, date: string) {
  return evaluate(catalogue, {
    facts,
    date,
    parameters: resolveParameters(timelines, date),
    trace: true,
  });
}

/** The same object with the keys of every nested object in reverse (or shuffled) order. */
function reorder(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item) => reorder(item, seed));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const order =
    seed % 2 === 0
      ? keys.reverse()
      : keys.sort((a, b) => ((a.length * seed) % 7) - ((b.length * seed) % 7));
  return Object.fromEntries(order.map((key) => [key, reorder((value as any)[key], seed + 1)]));
}

/** Some parameters not published on the date (an administrator withdrew their values). */
const parameterIds = catalogue.parameters.map((parameter) => parameter.id);
const unpublishedArbitrary = fc.oneof(
  { weight: 2, arbitrary: fc.constant<string[]>([]) },
  { weight: 1, arbitrary: fc.subarray(parameterIds, { maxLength: 6 }) },
);

function withUnpublished(parameters: ResolvedParameters, ids: readonly string[]) {
  if (ids.length === 0) return parameters;
  const changed: ResolvedParameters = { ...parameters };
  for (const id of ids) changed[id] = { ...changed[id]!, status: 'unpublished', value: null };
  return changed;
}

describe('engine properties', () => {
  it('adding a fact never turns a decided result back to unknown, nor changes it', () => {
    fc.assert(
      fc.property(
        situationArbitrary,
        additionArbitrary,
        evaluationDate,
        (facts, addition, date) => {
          fc.pre(get(facts, addition.fact.id) === undefined);
          const before = run(facts, date).results;
          const after = run(withFact(facts, addition.fact.id, addition.value), date).results;
          before.forEach((result, index) => {
            if (result.status !== 'unknown') expect(after[index]!.status).toBe(result.status);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('an unmet criterion stays unmet (and a met one met) whatever else is added', () => {
    fc.assert(
      fc.property(
        situationArbitrary,
        fc.array(additionArbitrary, { minLength: 1, maxLength: 6 }),
        evaluationDate,
        (facts, additions, date) => {
          let extended = facts;
          for (const { fact, value } of additions)
            if (get(extended, fact.id) === undefined) extended = withFact(extended, fact.id, value);
          const before = run(facts, date).results;
          const after = run(extended, date).results;
          before.forEach((result, index) => {
            result.criteria.forEach((line, lineIndex) => {
              if (line.result !== 'unknown')
                expect(after[index]!.criteria[lineIndex]!.result).toBe(line.result);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('key order never matters', () => {
    fc.assert(
      fc.property(
        situationArbitrary,
        evaluationDate,
        fc.integer({ min: 1, max: 50 }),
        (facts, date, seed) => {
          expect(run(reorder(facts, seed) as Facts, date)).toEqual(run(facts, date));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the one-function path (whole catalogue, no trace) answers exactly like policy by policy', () => {
    const ids = catalogue.policies.map((policy) => policy.definition.id);
    fc.assert(
      fc.property(situationArbitrary, evaluationDate, (facts, date) => {
        const parameters = resolveParameters(timelines, date);
        const whole = evaluate(catalogue, { facts, date, parameters });
        const byPolicy = evaluate(catalogue, { facts, date, parameters, policies: ids });
        expect(whole).toEqual(byPolicy);
      }),
      { numRuns: 300 },
    );
  });

  it('untraced answers (shared where plainly ineligible) say all that traced ones do', () => {
    const answer = (result: PolicyResult) => ({ ...result, criteria: [] });
    fc.assert(
      fc.property(situationArbitrary, evaluationDate, (facts, date) => {
        const parameters = resolveParameters(timelines, date);
        const untraced = evaluate(catalogue, { facts, date, parameters });
        const traced = evaluate(catalogue, { facts, date, parameters, trace: true });
        expect(untraced.results.map(answer)).toEqual(traced.results.map(answer));
      }),
      { numRuns: 300 },
    );
  });

  // The compiled form (compile-code.ts: generated straight-line code, one function for the
  // whole catalogue) against the closures it was generated from (compile-criteria.ts,
  // compile-groups.ts), which remain the reference and what traces are made of.
  it('the generated code decides and collects exactly as the closures it is made from', () => {
    const closures = catalogue.policies.map((policy) =>
      compileAll((policy.root.shape as { children: CompiledNode[] }).children),
    );
    fc.assert(
      fc.property(
        situationArbitrary,
        evaluationDate,
        unpublishedArbitrary,
        (facts, date, unpublished) => {
          const parameters = withUnpublished(resolveParameters(timelines, date), unpublished);
          const env = catalogue.layout.env(date, parameters);
          const slots = catalogue.layout.read(facts);
          const all: (Missing | null)[] = catalogue.policies.map(() => null);
          const codes = new Uint8Array(catalogue.policies.length);
          catalogue.collectAll(slots, env, all, codes);
          catalogue.policies.forEach((policy, index) => {
            const closure = closures[index]!;
            const expected = closure.test(slots, env);
            expect(policy.root.test(slots, env)).toBe(expected);
            const byClosure: Missing = { facts: [], parameters: [] };
            const byCode: Missing = { facts: [], parameters: [] };
            expect(closure.collect(slots, env, byClosure)).toBe(expected);
            expect(policy.root.collect(slots, env, byCode)).toBe(expected);
            expect(byCode).toEqual(byClosure);
            // The closures' other way to the same list: missing() after test().
            const byMissing: Missing = { facts: [], parameters: [] };
            if (expected === 2) closure.missing(slots, env, byMissing);
            expect(byMissing).toEqual(byClosure);
            expect(codes[index]).toBe(expected);
            expect(all[index]).toEqual(expected === 2 ? byClosure : null);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('with values unpublished, untraced (compiled, shared reasons) answers as traced (closures)', () => {
    const answer = (result: PolicyResult) => ({ ...result, criteria: [] });
    fc.assert(
      fc.property(
        situationArbitrary,
        evaluationDate,
        unpublishedArbitrary,
        (facts, date, unpublished) => {
          const parameters = withUnpublished(resolveParameters(timelines, date), unpublished);
          const untraced = evaluate(catalogue, { facts, date, parameters });
          const traced = evaluate(catalogue, { facts, date, parameters, trace: true });
          expect(untraced.results.map(answer)).toEqual(traced.results.map(answer));
          // Each traced status is what its trace's lines decide (the compiled path has no trace).
          traced.results.forEach((result, index) => {
            const top = result.criteria.filter((line) => line.parent === null);
            const decided = top.some((line) => line.result === 'unmet')
              ? 'ineligible'
              : top.some((line) => line.result === 'unknown')
                ? 'unknown'
                : 'eligible';
            expect(decided).toBe(untraced.results[index]!.status);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists as missing only facts the situation does not have, and only for unknown results', () => {
    fc.assert(
      fc.property(situationArbitrary, evaluationDate, (facts, date) => {
        for (const result of run(facts, date).results) {
          if (result.status !== 'unknown') expect(result.missingFacts).toEqual([]);
          for (const fact of result.missingFacts) {
            expect(get(facts, fact) ?? null).toBeNull();
            expect(catalogue.policyIndex.get(result.policyId)!.reads).toContain(fact);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answering the next question, whatever the answers, ends with every status decided', () => {
    fc.assert(
      fc.property(
        fc.infiniteStream(fc.integer({ min: 0, max: 1_000_000 })),
        evaluationDate,
        (choices, date) => {
          const parameters = resolveParameters(timelines, date);
          let facts: Facts = {};
          const stream = choices[Symbol.iterator]();
          for (let step = 0; step <= catalogue.facts.length; step += 1) {
            const choice = chooseNextQuestion(catalogue, { facts, date, parameters });
            if (!choice) {
              const results = evaluate(catalogue, { facts, date, parameters }).results;
              for (const result of results) expect(result.missingFacts).toEqual([]);
              return;
            }
            expect(get(facts, choice.factId)).toBeUndefined();
            const fact = catalogue.factIndex.get(choice.factId)!;
            const sample = fc.sample(valueArbitrary(fact), {
              numRuns: 1,
              seed: stream.next().value as number,
            })[0];
            facts = withFact(facts, choice.factId, sample);
          }
          throw new Error('next-question did not end within one question per fact');
        },
      ),
      { numRuns: 60 },
    );
  });
});
