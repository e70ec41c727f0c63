// Compiling one criterion (a fact tested by an operator) and the effective period of a policy
// into closures, with the inline shape the code generator (compile-code.ts) writes out.
import { addMonths, addYears } from './dates';
import {
  MET,
  UNKNOWN,
  UNMET,
  compileNumber,
  compileParameterRecord,
  parametersOf,
  pushUnique,
  slotReader,
  triNames,
  type CompiledLeaf,
  type Env,
  type FactLayout,
  type InlineTest,
  type Missing,
  type Slots,
  type Tri,
} from './compile';
import type { CriterionTrace, IsoDate, TestDefinition, Waiver } from './types';

interface LeafSpec {
  id: string;
  clause: string;
  seeAlso?: string[] | undefined;
  origin?: CriterionTrace['origin'];
  test: TestDefinition;
}

/**
 * Compiles one criterion. The operator decides how a value is judged; a missing fact (absent
 * or null) is always unknown, never false — the engine never turns "not told" into "no".
 */
export function compileLeaf(spec: LeafSpec, layout: FactLayout): CompiledLeaf {
  const { test } = spec;
  const slot = layout.slot(test.fact);
  // Each operator: judge(value, slots, env) for a present value, plus its own missing logic.
  let judge: (value: unknown, slots: Slots, env: Env) => Tri;
  let extraFacts: string[] = [];
  let parameters: string[] = [];
  let missingBeyondFact: ((value: unknown, slots: Slots, env: Env, into: Missing) => void) | null =
    null;

  if (test.is !== undefined) {
    const expected = test.is;
    judge = (value) => (value === expected ? MET : UNMET);
  } else if (test.equals !== undefined) {
    const expected = test.equals;
    judge = (value) => (value === expected ? MET : UNMET);
  } else if (test.in !== undefined) {
    const allowed = new Set<unknown>(test.in);
    judge = (value) => (allowed.has(value) ? MET : UNMET);
  } else if (test.atLeast !== undefined || test.atMost !== undefined || test.below !== undefined) {
    const low = test.atLeast === undefined ? null : compileNumber(test.atLeast, layout);
    const high = test.atMost === undefined ? null : compileNumber(test.atMost, layout);
    const under = test.below === undefined ? null : compileNumber(test.below, layout);
    parameters = parametersOf(test.atLeast, test.atMost, test.below);
    judge = (value, _facts, env) => {
      if (typeof value !== 'number') return UNMET;
      let pending = false;
      if (low) {
        const bound = low(env);
        if (bound === null) pending = true;
        else if (value < bound) return UNMET;
      }
      if (high) {
        const bound = high(env);
        if (bound === null) pending = true;
        else if (value > bound) return UNMET;
      }
      if (under) {
        const bound = under(env);
        if (bound === null) pending = true;
        else if (value >= bound) return UNMET;
      }
      return pending ? UNKNOWN : MET;
    };
    missingBeyondFact = (_value, _facts, env, into) => {
      for (const id of parameters)
        if (env.parameters[id]?.status !== 'published') pushUnique(into.parameters, id);
    };
  } else if (test.withinYearsBefore !== undefined) {
    const years = compileNumber(test.withinYearsBefore, layout);
    parameters = parametersOf(test.withinYearsBefore);
    // The limit depends only on the date and the span (a parameter): kept in the date's cells.
    const cell = layout.dateCell();
    judge = (value, _facts, env) => {
      if (typeof value !== 'string') return UNMET;
      const span = years(env);
      if (span === null) return UNKNOWN;
      let limit = env.dateCells[cell] as { date: string; span: number; limit: string } | undefined;
      if (!limit || limit.date !== env.date || limit.span !== span)
        env.dateCells[cell] = limit = { date: env.date, span, limit: addYears(env.date, -span) };
      // NOTE: inclusive at both ends — graduating exactly N years before the date is "within".
      return value <= env.date && value >= limit.limit ? MET : UNMET;
    };
    missingBeyondFact = (_value, _facts, _env, into) => {
      for (const id of parameters) pushUnique(into.parameters, id);
    };
  } else if (test.contains !== undefined) {
    const wanted = test.contains;
    judge = (value) => (Array.isArray(value) && value.includes(wanted) ? MET : UNMET);
  } else if (test.excludes !== undefined) {
    const unwanted = test.excludes;
    judge = (value) => (Array.isArray(value) && !value.includes(unwanted) ? MET : UNMET);
  } else if (test.excludesAll !== undefined) {
    const unwanted = test.excludesAll;
    judge = (value) =>
      Array.isArray(value) && !unwanted.some((id) => value.includes(id)) ? MET : UNMET;
  } else if (test.hasItemOfKind !== undefined) {
    const kinds = new Set<unknown>(test.hasItemOfKind);
    judge = (value) =>
      Array.isArray(value) &&
      value.some((item) => item !== null && typeof item === 'object' && kinds.has(item.kind))
        ? MET
        : UNMET;
  } else if (test.noWaiverWithin !== undefined) {
    const months = compileNumber(test.noWaiverWithin.months, layout);
    const classFact = test.noWaiverWithin.sameClassAs;
    const getClass = slotReader(layout, classFact);
    parameters = parametersOf(test.noWaiverWithin.months);
    extraFacts = [classFact];
    // Waivers still barring a new claim on the date: waived on D, barred until D + N months.
    const recentWaivers = (value: unknown, env: Env, span: number): Waiver[] =>
      Array.isArray(value)
        ? (value as Waiver[]).filter(
            (waiver) => waiver.on <= env.date && addMonths(waiver.on, span) > env.date,
          )
        : [];
    judge = (value, facts, env) => {
      if (!Array.isArray(value)) return UNMET;
      const span = months(env);
      if (span === null) return value.length === 0 ? MET : UNKNOWN;
      const recent = recentWaivers(value, env, span);
      if (recent.length === 0) return MET;
      const goodsClass = getClass(facts);
      if (goodsClass === undefined || goodsClass === null) return UNKNOWN;
      return recent.some((waiver) => waiver.class === goodsClass) ? UNMET : MET;
    };
    missingBeyondFact = (value, facts, env, into) => {
      const span = months(env);
      if (span === null) {
        for (const id of parameters) pushUnique(into.parameters, id);
        return;
      }
      const goodsClass = getClass(facts);
      if (
        (goodsClass === undefined || goodsClass === null) &&
        recentWaivers(value, env, span).length > 0
      )
        pushUnique(into.facts, classFact);
    };
  } else {
    throw new Error(`criterion ${spec.id}: test has no operator`);
  }

  const factId = test.fact;
  const facts = [factId, ...extraFacts];
  // `is` and `equals` (most criteria) compare with a constant: no judge call on the hot path.
  const expected: unknown = test.is !== undefined ? test.is : test.equals;
  const constant = expected !== undefined;
  const readValues = compileValueRecord(facts, layout);
  const readParameters = parameters.length > 0 ? compileParameterRecord(parameters, layout) : null;
  const inline: InlineTest | null = constant
    ? { slot, fact: factId, equals: expected as boolean | string }
    : test.in !== undefined
      ? { slot, fact: factId, oneOf: test.in }
      : test.contains !== undefined
        ? { slot, fact: factId, holds: test.contains }
        : test.excludes !== undefined || test.excludesAll !== undefined
          ? { slot, fact: factId, holdsNone: test.excludesAll ?? [test.excludes!] }
          : null;
  const leaf: CompiledLeaf = {
    id: spec.id,
    clause: spec.clause,
    seeAlso: spec.seeAlso,
    origin: spec.origin,
    definition: test,
    facts,
    parameters,
    leaves: [],
    shape: { kind: 'leaf', inline },
    test: constant
      ? (input) => {
          const value = input[slot];
          if (value === undefined || value === null) return UNKNOWN;
          return value === expected ? MET : UNMET;
        }
      : (input, env) => {
          const value = input[slot];
          if (value === undefined || value === null) return UNKNOWN;
          return judge(value, input, env);
        },
    missing(input, env, into) {
      const value = input[slot];
      if (value === undefined || value === null) {
        pushUnique(into.facts, factId);
        return;
      }
      if (missingBeyondFact && judge(value, input, env) === UNKNOWN)
        missingBeyondFact(value, input, env, into);
    },
    collect: constant
      ? (input, _env, into) => {
          const value = input[slot];
          if (value === undefined || value === null) {
            pushUnique(into.facts, factId);
            return UNKNOWN;
          }
          return value === expected ? MET : UNMET;
        }
      : (input, env, into) => {
          const value = input[slot];
          if (value === undefined || value === null) {
            pushUnique(into.facts, factId);
            return UNKNOWN;
          }
          const result = judge(value, input, env);
          if (result === UNKNOWN && missingBeyondFact) missingBeyondFact(value, input, env, into);
          return result;
        },
    trace(input, env, into, parent) {
      const result = leaf.test(input, env);
      // One fixed shape for every line (absent members are undefined, dropped from JSON).
      into.push({
        id: spec.id,
        kind: 'criterion',
        parent,
        clause: spec.clause,
        seeAlso: spec.seeAlso,
        result: triNames[result],
        facts: readValues(input),
        parameters: readParameters ? readParameters(env) : undefined,
        origin: spec.origin,
      });
      return result;
    },
  };
  leaf.leaves = [leaf];
  return leaf;
}

/**
 * `{ "person.hasCompany": value, … }` for a trace line, built by generated code so every record
 * of a criterion has one fixed shape (records filled key by key with dotted names become slow
 * dictionaries). A value not known is null.
 */
function compileValueRecord(
  ids: readonly string[],
  layout: FactLayout,
): (slots: Slots) => Record<string, unknown> {
  const entries = ids.map((id) => {
    const slot = layout.slot(id);
    return `${JSON.stringify(id)}: s[${slot}] === undefined ? null : s[${slot}]`;
  });
  return new Function('s', `return { ${entries.join(', ')} };`) as (
    slots: Slots,
  ) => Record<string, unknown>;
}

/**
 * The policy's effective period as a criterion: never unknown, it reads only the date — fixed
 * dates, or (`parameter`) whether that dated parameter has a published value on the date, so an
 * administrator can extend or end the period with its source and no deploy.
 */
export function compileEffectivePeriod(
  id: string,
  clause: string,
  period: {
    from?: IsoDate | undefined;
    until?: IsoDate | undefined;
    parameter?: string | undefined;
    seeAlso?: string[] | undefined;
  },
  layout: FactLayout,
): CompiledLeaf {
  const { from, until, parameter } = period;
  const slot = parameter === undefined ? -1 : layout.parameterSlot(parameter);
  const inForce = (env: Env) =>
    (from === undefined || env.date >= from) &&
    (until === undefined || env.date <= until) &&
    (slot < 0 || env.memo.values[slot] !== null);
  const seeAlso = period.seeAlso;
  const leaf: CompiledLeaf = {
    id,
    clause,
    seeAlso,
    origin: 'effective-period',
    definition: {
      effectivePeriod: {
        ...(from !== undefined ? { from } : {}),
        ...(until !== undefined ? { until } : {}),
        ...(parameter !== undefined ? { parameter } : {}),
      },
    },
    facts: [],
    // Listed so a snapshot keeps the period's value (a replay must know the plan was in force).
    parameters: parameter === undefined ? [] : [parameter],
    leaves: [],
    shape: { kind: 'leaf', inline: { period: { from, until, parameterSlot: slot } } },
    test: (_facts, env) => (inForce(env) ? MET : UNMET),
    missing: () => undefined,
    collect: (_facts, env) => (inForce(env) ? MET : UNMET),
    trace(_facts, env, into, parent) {
      const result = inForce(env) ? MET : UNMET;
      into.push({
        id,
        kind: 'criterion',
        parent,
        clause,
        seeAlso,
        result: triNames[result],
        facts: {},
        parameters: parameter === undefined ? undefined : { [parameter]: env.memo.values[slot]! },
        origin: 'effective-period',
      });
      return result;
    },
  };
  leaf.leaves = [leaf];
  return leaf;
}
