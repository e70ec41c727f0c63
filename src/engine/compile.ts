import { addMonths, addYears } from './dates';
import type {
  ConditionNode,
  CriterionTrace,
  Facts,
  IsoDate,
  NumberRef,
  ResolvedParameters,
  TestDefinition,
  Waiver,
} from './types';

/**
 * Condition trees compiled to closures. Each node answers in three values — met, unmet,
 * unknown — and knows which of its facts are still missing. Results are small integers so the
 * hot path allocates nothing until a result object is built.
 */

export const UNMET = 0;
export const MET = 1;
export const UNKNOWN = 2;
export type Tri = typeof UNMET | typeof MET | typeof UNKNOWN;
export const triNames = ['unmet', 'met', 'unknown'] as const;

/** What a compiled closure sees: the evaluation date and the parameter values on that date. */
export interface Env {
  date: IsoDate;
  parameters: ResolvedParameters;
}

/** Facts and parameters an undecided node is waiting for. */
export interface Missing {
  facts: string[];
  parameters: string[];
}

export interface CompiledNode {
  /** The node's id (criteria and any/not groups), or null for an anonymous all group. */
  id: string | null;
  /** Fast path: short-circuits, allocates nothing. */
  test(facts: Facts, env: Env): Tri;
  /** Adds what would decide this (undecided) node: only facts on undecided paths. */
  missing(facts: Facts, env: Env, into: Missing): void;
  /** Evaluates every criterion (no short-circuit) and appends one trace line per node. */
  trace(facts: Facts, env: Env, into: CriterionTrace[], parent: string | null): Tri;
  /** Every fact the node reads. */
  facts: string[];
  parameters: string[];
  /** Leaf criteria, in order (for static checks and descriptions). */
  leaves: CompiledLeaf[];
}

export interface CompiledLeaf extends CompiledNode {
  id: string;
  clause: string;
  seeAlso: string[] | undefined;
  origin: CriterionTrace['origin'];
  /** The operator and its operand, for probes and static checks. */
  definition: TestDefinition | { effectivePeriod: { from?: IsoDate; until?: IsoDate } };
}

/** Reads a dotted fact path from nested objects; undefined when any step is missing. */
export function compileGetter(path: string): (facts: Facts) => unknown {
  const segments = path.split('.');
  if (segments.length === 2) {
    const [a, b] = segments as [string, string];
    return (facts) => {
      const outer = facts[a];
      return outer !== null && typeof outer === 'object'
        ? (outer as Record<string, unknown>)[b]
        : undefined;
    };
  }
  if (segments.length === 3) {
    const [a, b, c] = segments as [string, string, string];
    return (facts) => {
      const outer = facts[a];
      if (outer === null || typeof outer !== 'object') return undefined;
      const inner = (outer as Record<string, unknown>)[b];
      return inner !== null && typeof inner === 'object'
        ? (inner as Record<string, unknown>)[c]
        : undefined;
    };
  }
  return (facts) => {
    let value: unknown = facts;
    for (const segment of segments) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
    return value;
  };
}

/** A number from the policy text, or a parameter's value on the date (null if none). */
export function compileNumber(ref: NumberRef): (env: Env) => number | null {
  if (typeof ref === 'number') return () => ref;
  const id = ref.parameter;
  return (env) => {
    const parameter = env.parameters[id];
    return parameter && parameter.status === 'published' ? parameter.value : null;
  };
}

export function parametersOf(...refs: (NumberRef | undefined)[]): string[] {
  return refs.flatMap((ref) =>
    ref !== undefined && typeof ref === 'object' ? [ref.parameter] : [],
  );
}

function pushUnique(list: string[], value: string) {
  if (!list.includes(value)) list.push(value);
}

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
export function compileLeaf(spec: LeafSpec): CompiledLeaf {
  const { test } = spec;
  const get = compileGetter(test.fact);
  // Each operator: judge(value, facts, env) for a present value, plus its own missing logic.
  let judge: (value: unknown, facts: Facts, env: Env) => Tri;
  let extraFacts: string[] = [];
  let parameters: string[] = [];
  let missingBeyondFact: ((value: unknown, facts: Facts, env: Env, into: Missing) => void) | null =
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
  } else if (test.atLeast !== undefined || test.atMost !== undefined) {
    const low = test.atLeast === undefined ? null : compileNumber(test.atLeast);
    const high = test.atMost === undefined ? null : compileNumber(test.atMost);
    parameters = parametersOf(test.atLeast, test.atMost);
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
      return pending ? UNKNOWN : MET;
    };
    missingBeyondFact = (_value, _facts, env, into) => {
      for (const id of parameters)
        if (env.parameters[id]?.status !== 'published') pushUnique(into.parameters, id);
    };
  } else if (test.withinYearsBefore !== undefined) {
    const years = compileNumber(test.withinYearsBefore);
    parameters = parametersOf(test.withinYearsBefore);
    judge = (value, _facts, env) => {
      if (typeof value !== 'string') return UNMET;
      const span = years(env);
      if (span === null) return UNKNOWN;
      // NOTE: inclusive at both ends — graduating exactly N years before the date is "within".
      return value <= env.date && value >= addYears(env.date, -span) ? MET : UNMET;
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
    const months = compileNumber(test.noWaiverWithin.months);
    const classFact = test.noWaiverWithin.sameClassAs;
    const getClass = compileGetter(classFact);
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
  const getters = facts.map((id) => (id === factId ? get : compileGetter(id)));
  const leaf: CompiledLeaf = {
    id: spec.id,
    clause: spec.clause,
    seeAlso: spec.seeAlso,
    origin: spec.origin,
    definition: test,
    facts,
    parameters,
    leaves: [],
    test(input, env) {
      const value = get(input);
      if (value === undefined || value === null) return UNKNOWN;
      return judge(value, input, env);
    },
    missing(input, env, into) {
      const value = get(input);
      if (value === undefined || value === null) {
        pushUnique(into.facts, factId);
        return;
      }
      if (missingBeyondFact && judge(value, input, env) === UNKNOWN)
        missingBeyondFact(value, input, env, into);
    },
    trace(input, env, into, parent) {
      const result = leaf.test(input, env);
      const values: Record<string, unknown> = {};
      for (let index = 0; index < facts.length; index += 1) {
        const value = getters[index]!(input);
        values[facts[index]!] = value === undefined ? null : value;
      }
      const line: CriterionTrace = {
        id: spec.id,
        kind: 'criterion',
        parent,
        clause: spec.clause,
        result: triNames[result],
        facts: values,
      };
      if (spec.seeAlso) line.seeAlso = spec.seeAlso;
      if (parameters.length > 0) line.parameters = parameterValues(parameters, env);
      if (spec.origin) line.origin = spec.origin;
      into.push(line);
      return result;
    },
  };
  leaf.leaves = [leaf];
  return leaf;
}

export function parameterValues(ids: readonly string[], env: Env): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const id of ids) {
    const parameter = env.parameters[id];
    values[id] = parameter && parameter.status === 'published' ? parameter.value : null;
  }
  return values;
}

/** The policy's effective period as a criterion: never unknown, it reads only the date. */
export function compileEffectivePeriod(
  id: string,
  clause: string,
  period: { from?: IsoDate | undefined; until?: IsoDate | undefined },
): CompiledLeaf {
  const { from, until } = period;
  const inForce = (env: Env) =>
    (from === undefined || env.date >= from) && (until === undefined || env.date <= until);
  const leaf: CompiledLeaf = {
    id,
    clause,
    seeAlso: undefined,
    origin: 'effective-period',
    definition: {
      effectivePeriod: {
        ...(from !== undefined ? { from } : {}),
        ...(until !== undefined ? { until } : {}),
      },
    },
    facts: [],
    parameters: [],
    leaves: [],
    test: (_facts, env) => (inForce(env) ? MET : UNMET),
    missing: () => undefined,
    trace(_facts, env, into, parent) {
      const result = inForce(env) ? MET : UNMET;
      into.push({
        id,
        kind: 'criterion',
        parent,
        clause,
        result: triNames[result],
        facts: {},
        origin: 'effective-period',
      });
      return result;
    },
  };
  leaf.leaves = [leaf];
  return leaf;
}

function collectFacts(children: CompiledNode[]): string[] {
  const all: string[] = [];
  for (const child of children) for (const fact of child.facts) pushUnique(all, fact);
  return all;
}

function collectParameters(children: CompiledNode[]): string[] {
  const all: string[] = [];
  for (const child of children) for (const id of child.parameters) pushUnique(all, id);
  return all;
}

/** Conjunction: unmet as soon as one child is unmet; unknown if any is unknown; else met. */
export function compileAll(children: CompiledNode[], id: string | null = null): CompiledNode {
  const count = children.length;
  return {
    id,
    facts: collectFacts(children),
    parameters: collectParameters(children),
    leaves: children.flatMap((child) => child.leaves),
    test(facts, env) {
      let unknown = false;
      for (let index = 0; index < count; index += 1) {
        const result = children[index]!.test(facts, env);
        if (result === UNMET) return UNMET;
        if (result === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : MET;
    },
    missing(facts, env, into) {
      // Only reached when no child is unmet: every unknown child still matters.
      for (const child of children)
        if (child.test(facts, env) === UNKNOWN) child.missing(facts, env, into);
    },
    trace(facts, env, into, parent) {
      let unmet = false;
      let unknown = false;
      for (const child of children) {
        const result = child.trace(facts, env, into, parent);
        if (result === UNMET) unmet = true;
        else if (result === UNKNOWN) unknown = true;
      }
      return unmet ? UNMET : unknown ? UNKNOWN : MET;
    },
  };
}

/** Disjunction: met as soon as one child is met; unknown if any is unknown; else unmet. */
export function compileAny(
  children: CompiledNode[],
  group: { id: string; clause: string },
): CompiledNode {
  const count = children.length;
  const node: CompiledNode = {
    id: group.id,
    facts: collectFacts(children),
    parameters: collectParameters(children),
    leaves: children.flatMap((child) => child.leaves),
    test(facts, env) {
      let unknown = false;
      for (let index = 0; index < count; index += 1) {
        const result = children[index]!.test(facts, env);
        if (result === MET) return MET;
        if (result === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : UNMET;
    },
    missing(facts, env, into) {
      for (const child of children)
        if (child.test(facts, env) === UNKNOWN) child.missing(facts, env, into);
    },
    trace(facts, env, into, parent) {
      const line: CriterionTrace = {
        id: group.id,
        kind: 'group',
        parent,
        clause: group.clause,
        result: 'unknown',
        facts: {},
      };
      into.push(line);
      let met = false;
      let unknown = false;
      for (const child of children) {
        const result = child.trace(facts, env, into, group.id);
        if (result === MET) met = true;
        else if (result === UNKNOWN) unknown = true;
      }
      const result = met ? MET : unknown ? UNKNOWN : UNMET;
      line.result = triNames[result];
      return result;
    },
  };
  return node;
}

/** Negation: swaps met and unmet; unknown stays unknown. */
export function compileNot(
  child: CompiledNode,
  group: { id: string; clause: string },
): CompiledNode {
  const flip = (result: Tri): Tri => (result === MET ? UNMET : result === UNMET ? MET : UNKNOWN);
  return {
    id: group.id,
    facts: child.facts,
    parameters: child.parameters,
    leaves: child.leaves,
    test: (facts, env) => flip(child.test(facts, env)),
    missing: (facts, env, into) => child.missing(facts, env, into),
    trace(facts, env, into, parent) {
      const line: CriterionTrace = {
        id: group.id,
        kind: 'group',
        parent,
        clause: group.clause,
        result: 'unknown',
        facts: {},
      };
      into.push(line);
      const result = flip(child.trace(facts, env, into, group.id));
      line.result = triNames[result];
      return result;
    },
  };
}

/** Compiles a condition tree as written in a policy file. */
export function compileCondition(node: ConditionNode): CompiledNode {
  if ('all' in node) return compileAll(node.all.map(compileCondition), node.id ?? null);
  if ('any' in node) return compileAny(node.any.map(compileCondition), node);
  if ('not' in node) return compileNot(compileCondition(node.not), node);
  return compileLeaf(node);
}
