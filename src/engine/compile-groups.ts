// Compiling the groups of a condition tree — all, any, not — and a whole tree as written in a
// policy file, into closures that decide, list what is missing and trace.
import {
  MET,
  UNKNOWN,
  UNMET,
  pushUnique,
  triNames,
  type CompiledNode,
  type FactLayout,
  type Tri,
} from './compile';
import { compileLeaf } from './compile-criteria';
import type { ConditionNode, CriterionTrace } from './types';

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
