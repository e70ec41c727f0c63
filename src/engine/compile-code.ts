// The generated straight-line code of the hot paths: one function per condition tree, and one
// for the whole catalogue. It must agree node for node with the closures it replaces
// (compile-criteria.ts, compile-groups.ts); the tests run both.
import type { CompiledNode, Env, Missing, Slots } from './compile';

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
 * in turn as the straight-line `test` (no list touched), its status into `codes[i]`; only for a
 * policy left undecided does it then run that policy's generated `collect` into a new
 * {@link Missing}, left in `into[i]` (null otherwise) for the result to keep as it is. One
 * function instead of a call per policy lets the VM optimise the whole evaluation as one, and
 * the decided results (most of them) cost no list at all.
 */
export type CollectAll = (
  slots: Slots,
  env: Env,
  into: (Missing | null)[],
  codes: Uint8Array,
) => void;

export function compileCatalogueCode(
  roots: readonly Pick<CompiledNode, 'test' | 'collect' | 'shape'>[],
): CollectAll {
  const emitter = treeEmitter();
  let body = '';
  roots.forEach((root, index) => {
    body += `{ let t = 2; ${emitter.emit(root as CompiledNode, 't', false)} codes[${index}] = t; I[${index}] = t === 2 ? M(${index}, s, env) : null; }\n`;
  });
  // The facts (and parameters) an undecided policy waits for, by its generated collect.
  const missingOf = (index: number, slots: Slots, env: Env): Missing => {
    const into: Missing = { facts: [], parameters: [] };
    roots[index]!.collect(slots, env, into);
    return into;
  };
  const make = new Function(
    'N',
    'S',
    'M',
    `return function collectAll(s, env, I, codes) {\n${body}};`,
  ) as (
    calls: CompiledNode[],
    sets: ReadonlySet<unknown>[],
    missing: typeof missingOf,
  ) => CollectAll;
  return make(emitter.calls, emitter.sets, missingOf);
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
