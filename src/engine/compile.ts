// The compiled form every compiler shares: three-valued results, the slot layout a situation is
// read into, the environment of a date, the shape of a compiled node, numbers and parameter
// records. The compilers themselves: compile-criteria.ts (one criterion, the effective period),
// compile-groups.ts (all / any / not, a whole condition tree) and compile-code.ts (the generated
// straight-line code of the hot paths).
import type {
  CriterionTrace,
  Facts,
  IsoDate,
  NumberRef,
  ResolvedParameters,
  TestDefinition,
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
  /** The environment of each date evaluated with these values (see FactLayout.env). */
  envs: Map<IsoDate, Env>;
}

/** What a compiled closure sees: the evaluation date and the parameter values on that date. */
export interface Env {
  date: IsoDate;
  parameters: ResolvedParameters;
  memo: ParameterMemo;
  /** Cells for values computed from the date and the parameters (a date limit), per date. */
  dateCells: unknown[];
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
  /** Memos by content: equal parameter values share one (bounded; cleared when full). */
  private readonly memosByContent = new Map<string, ParameterMemo>();
  private dateCellCount = 0;

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

  /** A new date cell (for a value computed from the date and the parameters: {@link Env}). */
  dateCell(): number {
    return this.dateCellCount++;
  }

  /**
   * The environment of an evaluation: the date, the parameters and their shared memo. One per
   * memo and date, made once and reused (read-only but for its cells), so an evaluation
   * allocates none.
   */
  env(date: IsoDate, parameters: ResolvedParameters): Env {
    let memo = this.memos.get(parameters);
    if (!memo) this.memos.set(parameters, (memo = this.memoOf(parameters)));
    if (memo.values.length !== this.parameterIds.length)
      for (let slot = memo.values.length; slot < this.parameterIds.length; slot += 1) {
        const parameter = parameters[this.parameterIds[slot]!];
        memo.values.push(parameter && parameter.status === 'published' ? parameter.value : null);
      }
    // NOTE: cells are filled in any order; growing the array densely up front keeps it a fast
    // packed array (a first write far past the end would make it a slow sparse one).
    while (memo.cells.length < this.cellCount) memo.cells.push(undefined);
    let env = memo.envs.get(date);
    if (!env) {
      if (memo.envs.size >= 4_096) memo.envs.clear();
      env = { date, parameters, memo, dateCells: [] };
      memo.envs.set(date, env);
    }
    while (env.dateCells.length < this.dateCellCount) env.dateCells.push(undefined);
    return env;
  }

  /**
   * NOTE: a memo holds only what the parameter values determine, so two resolutions with the
   * same values (the same entries in force on two dates — the usual case) share one: its
   * cells stay warm in the CPU cache instead of being computed and kept once per date.
   */
  private memoOf(parameters: ResolvedParameters): ParameterMemo {
    const key = JSON.stringify(parameters);
    let memo = this.memosByContent.get(key);
    if (!memo) {
      if (this.memosByContent.size >= 64) this.memosByContent.clear();
      memo = { values: [], cells: [], envs: new Map() };
      this.memosByContent.set(key, memo);
    }
    return memo;
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

/** Appends a value to a list unless it is already there. */
export function pushUnique(list: string[], value: string) {
  if (!list.includes(value)) list.push(value);
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
