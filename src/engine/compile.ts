// Length (about 860 lines): the compiled closures and the generated straight-line code must agree
// node for node (the tests run both), so they are kept side by side; issue #12 may move the code
// generator beside them into its own file.
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

/**
 * Values that depend only on the parameters in force (so on the date): each parameter's value
 * by slot, and memo cells for things computed from them (a benefit's cap, a parameter record).
 * One per set of resolved parameters, shared by every evaluation on that date.
 */
export interface ParameterMemo {
  values: (number | null)[];
  cells: unknown[];
}

/** What a compiled closure sees: the evaluation date and the parameter values on that date. */
export interface Env {
  date: IsoDate;
  parameters: ResolvedParameters;
  memo: ParameterMemo;
}

/** Facts and parameters an undecided node is waiting for. */
export interface Missing {
  facts: string[];
  parameters: string[];
}

/**
 * A situation read into a flat array, one slot per fact (undefined or null: not known). Every
 * compiled closure reads slots, never the nested facts: the facts object is walked once per
 * evaluation, by generated code, instead of once per criterion.
 */
export type Slots = unknown[];

const factPathPattern = /^[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z][A-Za-z0-9-]*)*$/;

/** Where each fact lives in the slot array, and the reader that fills it from a situation. */
export class FactLayout {
  private readonly index = new Map<string, number>();
  readonly ids: string[] = [];
  private reader: ((facts: Facts) => Slots) | null = null;

  constructor(ids: Iterable<string> = []) {
    for (const id of ids) this.slot(id);
  }

  /** The slot of a fact, assigned on first use (only while compiling). */
  slot(id: string): number {
    const known = this.index.get(id);
    if (known !== undefined) return known;
    if (this.reader) throw new Error(`fact layout is fixed; cannot add ${id}`);
    if (!factPathPattern.test(id)) throw new Error(`not a fact path: ${id}`);
    const slot = this.ids.length;
    this.index.set(id, slot);
    this.ids.push(id);
    return slot;
  }

  /** Reads a situation into slots (the layout is fixed from the first read on). */
  read(facts: Facts): Slots {
    this.reader ??= compileSlotReader(this.ids);
    return this.reader(facts);
  }

  private readonly parameterIndex = new Map<string, number>();
  readonly parameterIds: string[] = [];
  private cellCount = 0;
  private readonly memos = new WeakMap<ResolvedParameters, ParameterMemo>();

  /** The slot of a parameter's value in {@link ParameterMemo.values}. */
  parameterSlot(id: string): number {
    const known = this.parameterIndex.get(id);
    if (known !== undefined) return known;
    const slot = this.parameterIds.length;
    this.parameterIndex.set(id, slot);
    this.parameterIds.push(id);
    return slot;
  }

  /** A new memo cell (for a value computed from the parameters only). */
  memoCell(): number {
    return this.cellCount++;
  }

  /** The environment of an evaluation: the date, the parameters and their shared memo. */
  env(date: IsoDate, parameters: ResolvedParameters): Env {
    let memo = this.memos.get(parameters);
    if (!memo) this.memos.set(parameters, (memo = { values: [], cells: [] }));
    if (memo.values.length !== this.parameterIds.length)
      for (let slot = memo.values.length; slot < this.parameterIds.length; slot += 1) {
        const parameter = parameters[this.parameterIds[slot]!];
        memo.values.push(parameter && parameter.status === 'published' ? parameter.value : null);
      }
    // NOTE: cells are filled in any order; growing the array densely up front keeps it a fast
    // packed array (a first write far past the end would make it a slow sparse one).
    while (memo.cells.length < this.cellCount) memo.cells.push(undefined);
    return { date, parameters, memo };
  }
}

/**
 * Generates the reader of a layout: it walks only the keys a situation actually has (`for … in`
 * and a `switch` on the key), so an incomplete situation costs little, and it never looks a key
 * up by a computed name elsewhere. Unknown keys are ignored here (validation refuses them
 * earlier). Fact ids are validated paths, embedded as JSON string literals.
 */
function compileSlotReader(ids: readonly string[]): (facts: Facts) => Slots {
  interface Tree {
    slots: [string, number][];
    children: Map<string, Tree>;
  }
  const root: Tree = { slots: [], children: new Map() };
  ids.forEach((id, slot) => {
    const segments = id.split('.');
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { slots: [], children: new Map() }));
      node = child;
    }
    node.slots.push([segments[segments.length - 1]!, slot]);
  });
  let counter = 0;
  const emit = (node: Tree, source: string): string => {
    const key = `k${counter++}`;
    let cases = '';
    for (const [name, slot] of node.slots)
      cases += `case ${JSON.stringify(name)}: s[${slot}] = ${source}[${key}]; break; `;
    for (const [name, child] of node.children) {
      const inner = `a${counter++}`;
      cases += `case ${JSON.stringify(name)}: { const ${inner} = ${source}[${key}]; if (${inner} !== null && typeof ${inner} === 'object') { ${emit(child, inner)} } break; } `;
    }
    return `for (const ${key} in ${source}) { switch (${key}) { ${cases}} }`;
  };
  const body = `const s = [${ids.map(() => 'undefined').join(', ')}]; if (f !== null && typeof f === 'object' && !Array.isArray(f)) { ${emit(root, 'f')} } return s;`;
  return new Function('f', body) as (facts: Facts) => Slots;
}

/** A reader of one fact's slot. */
export function slotReader(layout: FactLayout, id: string): (slots: Slots) => unknown {
  const slot = layout.slot(id);
  return (slots) => slots[slot];
}

export interface CompiledNode {
  /** The node's id (criteria and any/not groups), or null for an anonymous all group. */
  id: string | null;
  /** Fast path: short-circuits, allocates nothing. */
  test(slots: Slots, env: Env): Tri;
  /** Adds what would decide this (undecided) node: only facts on undecided paths. */
  missing(slots: Slots, env: Env, into: Missing): void;
  /**
   * One pass that both decides and, when the answer is unknown, leaves in `into` the facts (and
   * parameters) that would decide it; when decided, `into` is as it was.
   */
  collect(slots: Slots, env: Env, into: Missing): Tri;
  /** Evaluates every criterion (no short-circuit) and appends one trace line per node. */
  trace(slots: Slots, env: Env, into: CriterionTrace[], parent: string | null): Tri;
  /** Every fact the node reads. */
  facts: string[];
  parameters: string[];
  /** Leaf criteria, in order (for static checks and descriptions). */
  leaves: CompiledLeaf[];
  /** The node's structure, for generating straight-line code ({@link compileTreeCode}). */
  shape: NodeShape;
}

/** A criterion simple enough to be written inline: the fact's slot against a constant. */
export type InlineTest =
  | { slot: number; fact: string; equals: boolean | string }
  | { slot: number; fact: string; oneOf: readonly string[] }
  | { slot: number; fact: string; holds: string }
  | { slot: number; fact: string; holdsNone: readonly string[] }
  | {
      period: { from?: IsoDate | undefined; until?: IsoDate | undefined; parameterSlot: number };
    };

export type NodeShape =
  | { kind: 'all' | 'any' | 'not'; children: CompiledNode[] }
  | { kind: 'leaf'; inline: InlineTest | null };

export interface CompiledLeaf extends CompiledNode {
  id: string;
  clause: string;
  seeAlso: string[] | undefined;
  origin: CriterionTrace['origin'];
  /** The operator and its operand, for probes and static checks. */
  definition:
    TestDefinition | { effectivePeriod: { from?: IsoDate; until?: IsoDate; parameter?: string } };
}

/**
 * Reads a dotted fact path from nested objects; undefined when any step is missing. Generated as
 * straight-line code with literal property names (`f["person"]["hasCompany"]`), which the VM
 * caches by object shape far better than a loop over computed keys. The path is a validated
 * fact id (letters, digits, hyphens and dots only) and is embedded as a JSON string literal.
 */
export function compileGetter(path: string): (facts: Facts) => unknown {
  if (!/^[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z][A-Za-z0-9-]*)*$/.test(path))
    throw new Error(`not a fact path: ${path}`);
  const segments = path.split('.');
  let body = 'let v = f;';
  for (const segment of segments)
    body += ` if (v === null || typeof v !== 'object') return undefined; v = v[${JSON.stringify(segment)}];`;
  body += ' return v;';
  return new Function('f', body) as (facts: Facts) => unknown;
}

/** A number from the policy text, or a parameter's value on the date (null if none). */
export function compileNumber(ref: NumberRef, layout: FactLayout): (env: Env) => number | null {
  if (typeof ref === 'number') return () => ref;
  const slot = layout.parameterSlot(ref.parameter);
  return (env) => env.memo.values[slot]!;
}

/** A number from the policy text or the parameters (not for hot paths). */
export function resolveNumber(ref: NumberRef, parameters: ResolvedParameters): number | null {
  if (typeof ref === 'number') return ref;
  const parameter = parameters[ref.parameter];
  return parameter && parameter.status === 'published' ? parameter.value : null;
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
    // The limit depends only on the date and the span (a parameter): kept in the date's memo.
    const cell = layout.memoCell();
    judge = (value, _facts, env) => {
      if (typeof value !== 'string') return UNMET;
      const span = years(env);
      if (span === null) return UNKNOWN;
      let limit = env.memo.cells[cell] as { date: string; span: number; limit: string } | undefined;
      if (!limit || limit.date !== env.date || limit.span !== span)
        env.memo.cells[cell] = limit = { date: env.date, span, limit: addYears(env.date, -span) };
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
 * The values of some parameters on the env's date, as a record for traces and benefits:
 * computed once per date into a memo cell and shared (treat results as read-only).
 */
export function compileParameterRecord(
  ids: readonly string[],
  layout: FactLayout,
): (env: Env) => Record<string, number | null> {
  const cell = layout.memoCell();
  return (env) => {
    let record = env.memo.cells[cell] as Record<string, number | null> | undefined;
    if (!record) env.memo.cells[cell] = record = computeParameterValues(ids, env);
    return record;
  };
}

export function computeParameterValues(
  ids: readonly string[],
  env: Pick<Env, 'parameters'>,
): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const id of ids) {
    const parameter = env.parameters[id];
    values[id] = parameter && parameter.status === 'published' ? parameter.value : null;
  }
  return values;
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

/**
 * What a conjunction and a disjunction share: the children are read in order and the first one
 * with the deciding result decides the junction (unmet for all, met for any); otherwise it is
 * unknown if any child is unknown, else the other result.
 */
function junction(
  children: CompiledNode[],
  deciding: typeof MET | typeof UNMET,
): Pick<CompiledNode, 'facts' | 'parameters' | 'leaves' | 'test' | 'missing' | 'collect'> {
  const count = children.length;
  const otherwise = deciding === MET ? UNMET : MET;
  return {
    facts: collectFacts(children),
    parameters: collectParameters(children),
    leaves: children.flatMap((child) => child.leaves),
    test(facts, env) {
      let unknown = false;
      for (let index = 0; index < count; index += 1) {
        const result = children[index]!.test(facts, env);
        if (result === deciding) return deciding;
        if (result === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : otherwise;
    },
    missing(facts, env, into) {
      // Only reached when the junction is unknown: no child decides it, every unknown child
      // still matters.
      for (const child of children)
        if (child.test(facts, env) === UNKNOWN) child.missing(facts, env, into);
    },
    collect(facts, env, into) {
      const factsAt = into.facts.length;
      const parametersAt = into.parameters.length;
      let unknown = false;
      for (let index = 0; index < count; index += 1) {
        const result = children[index]!.collect(facts, env, into);
        if (result === deciding) {
          if (into.facts.length !== factsAt) into.facts.length = factsAt;
          if (into.parameters.length !== parametersAt) into.parameters.length = parametersAt;
          return deciding;
        }
        if (result === UNKNOWN) unknown = true;
      }
      return unknown ? UNKNOWN : otherwise;
    },
  };
}

/** The trace line of a named group (any / not); its result is filled in once known. */
function groupLine(group: { id: string; clause: string }, parent: string | null): CriterionTrace {
  return {
    id: group.id,
    kind: 'group',
    parent,
    clause: group.clause,
    seeAlso: undefined,
    result: 'unknown',
    facts: {},
    parameters: undefined,
    origin: undefined,
  };
}

/** Conjunction: unmet as soon as one child is unmet; unknown if any is unknown; else met. */
export function compileAll(children: CompiledNode[], id: string | null = null): CompiledNode {
  return {
    id,
    ...junction(children, UNMET),
    shape: { kind: 'all', children },
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
  return {
    id: group.id,
    ...junction(children, MET),
    shape: { kind: 'any', children },
    trace(facts, env, into, parent) {
      const line = groupLine(group, parent);
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
    shape: { kind: 'not', children: [child] },
    test: (facts, env) => flip(child.test(facts, env)),
    missing: (facts, env, into) => child.missing(facts, env, into),
    collect: (facts, env, into) => flip(child.collect(facts, env, into)),
    trace(facts, env, into, parent) {
      const line = groupLine(group, parent);
      into.push(line);
      const result = flip(child.trace(facts, env, into, group.id));
      line.result = triNames[result];
      return result;
    },
  };
}

/** Compiles a condition tree as written in a policy file. */
export function compileCondition(node: ConditionNode, layout: FactLayout): CompiledNode {
  if ('all' in node)
    return compileAll(
      node.all.map((child) => compileCondition(child, layout)),
      node.id ?? null,
    );
  if ('any' in node)
    return compileAny(
      node.any.map((child) => compileCondition(child, layout)),
      node,
    );
  if ('not' in node) return compileNot(compileCondition(node.not, layout), node);
  return compileLeaf(node, layout);
}

/**
 * Generates one straight-line function per tree for the two hot paths, `test` and `collect`:
 * the tree's structure is unrolled, criteria comparing a fact with a constant are written
 * inline (`s[12] === true`), and only the other criteria are called. The result is the same as
 * the tree of closures it replaces (the tests run both); traces still use the closures. Fact
 * ids and constants come from the validated catalogue and are embedded as JSON literals.
 */
export function compileTreeCode(node: CompiledNode): Pick<CompiledNode, 'test' | 'collect'> {
  const emitter = treeEmitter();
  const testBody = `let t = 2; ${emitter.emit(node, 't', false)} return t;`;
  const collectBody = `let t = 2; ${emitter.emit(node, 't', true)} return t;`;
  const make = new Function(
    'N',
    'S',
    `return { test(s, env) { ${testBody} }, collect(s, env, into) { ${collectBody} } };`,
  ) as (
    calls: CompiledNode[],
    sets: ReadonlySet<unknown>[],
  ) => Pick<CompiledNode, 'test' | 'collect'>;
  return make(emitter.calls, emitter.sets);
}

/**
 * Decides every policy of a catalogue in one generated function: each policy's tree written out
 * in turn, its status into `codes[i]` and the facts it waits for into its own `into[i]`. One
 * function instead of a call per policy lets the VM optimise the whole evaluation as one.
 */
export type CollectAll = (slots: Slots, env: Env, into: Missing[], codes: Uint8Array) => void;

export function compileCatalogueCode(roots: readonly CompiledNode[]): CollectAll {
  const emitter = treeEmitter();
  let body = '';
  roots.forEach((root, index) => {
    body += `{ const into = I[${index}]; if (into.facts.length !== 0) into.facts.length = 0; if (into.parameters.length !== 0) into.parameters.length = 0; let t = 2; ${emitter.emit(root, 't', true)} codes[${index}] = t; }\n`;
  });
  const make = new Function(
    'N',
    'S',
    `return function collectAll(s, env, I, codes) {\n${body}};`,
  ) as (calls: CompiledNode[], sets: ReadonlySet<unknown>[]) => CollectAll;
  return make(emitter.calls, emitter.sets);
}

/** Writes condition trees as JavaScript statements (see {@link compileTreeCode}). */
function treeEmitter() {
  const calls: CompiledNode[] = [];
  const sets: ReadonlySet<unknown>[] = [];
  let counter = 0;
  const fresh = (prefix: string) => `${prefix}${counter++}`;

  const emit = (current: CompiledNode, target: string, collecting: boolean): string => {
    const shape = current.shape;
    if (shape.kind === 'leaf') {
      if (!shape.inline) {
        const index = calls.push(current) - 1;
        return collecting
          ? `${target} = N[${index}].collect(s, env, into);`
          : `${target} = N[${index}].test(s, env);`;
      }
      const inline = shape.inline;
      if ('period' in inline) {
        const checks = [
          inline.period.from !== undefined
            ? `env.date >= ${JSON.stringify(inline.period.from)}`
            : '',
          inline.period.until !== undefined
            ? `env.date <= ${JSON.stringify(inline.period.until)}`
            : '',
          inline.period.parameterSlot >= 0
            ? `env.memo.values[${inline.period.parameterSlot}] !== null`
            : '',
        ].filter(Boolean);
        return `${target} = ${checks.length > 0 ? checks.join(' && ') : 'true'} ? 1 : 0;`;
      }
      let condition: string;
      if ('equals' in inline) condition = `v === ${JSON.stringify(inline.equals)}`;
      else if ('oneOf' in inline) condition = `S[${sets.push(new Set(inline.oneOf)) - 1}].has(v)`;
      else if ('holds' in inline)
        condition = `Array.isArray(v) && v.includes(${JSON.stringify(inline.holds)})`;
      else
        condition = `Array.isArray(v) && ${inline.holdsNone
          .map((id) => `!v.includes(${JSON.stringify(id)})`)
          .join(' && ')}`;
      const fact = JSON.stringify(inline.fact);
      const onMissing = collecting
        ? `if (!into.facts.includes(${fact})) into.facts.push(${fact}); ${target} = 2;`
        : `${target} = 2;`;
      return `{ const v = s[${inline.slot}]; if (v === undefined || v === null) { ${onMissing} } else ${target} = ${condition} ? 1 : 0; }`;
    }
    if (shape.kind === 'not') {
      const inner = fresh('r');
      return `{ let ${inner} = 2; ${emit(shape.children[0]!, inner, collecting)} ${target} = ${inner} === 1 ? 0 : ${inner} === 0 ? 1 : 2; }`;
    }
    // all: unmet decides; any: met decides.
    const decisive = shape.kind === 'all' ? 0 : 1;
    const otherwise = shape.kind === 'all' ? 1 : 0;
    const label = fresh('g');
    const unknown = fresh('u');
    const factsAt = fresh('f');
    const parametersAt = fresh('p');
    let code = `${label}: { let ${unknown} = false;`;
    if (collecting)
      code += ` const ${factsAt} = into.facts.length; const ${parametersAt} = into.parameters.length;`;
    for (const child of shape.children) {
      const result = fresh('r');
      const restore = collecting
        ? `if (into.facts.length !== ${factsAt}) into.facts.length = ${factsAt}; if (into.parameters.length !== ${parametersAt}) into.parameters.length = ${parametersAt};`
        : '';
      code += ` { let ${result} = 2; ${emit(child, result, collecting)} if (${result} === ${decisive}) { ${restore} ${target} = ${decisive}; break ${label}; } if (${result} === 2) ${unknown} = true; }`;
    }
    code += ` ${target} = ${unknown} ? 2 : ${otherwise}; }`;
    return code;
  };
  return { emit, calls, sets };
}
