// The static checks of loading the catalogue: criteria that can never be true, conjunctions that
// contradict themselves and exclusivity that contradicts a criterion, found by trying each
// fact's representative answers on every date a parameter value changes.
import type { Catalogue, CatalogueProblem } from './catalogue';
import { MET, UNMET, type CompiledLeaf, type CompiledNode, type Env } from './compile';
import { compileCondition } from './compile-groups';
import type { CompiledPolicy } from './compile-policy';
import { parameterTimeline, resolveParameters } from './parameters';
import { probeValues, withFact } from './probes';
import type { ConditionNode, IsoDate, ParameterEntry } from './types';

/**
 * Finds criteria that can never be true, and conjunctions whose criteria on one fact contradict
 * each other (`hasCompany is true` and `hasCompany is false`), by trying each fact's
 * representative answers on every date a parameter value changes.
 */
export function checkPolicyCanHold(
  catalogue: Catalogue,
  policy: CompiledPolicy,
): Omit<CatalogueProblem, 'file'>[] {
  const problems: Omit<CatalogueProblem, 'file'>[] = [];
  const dates = new Set<IsoDate>(['2026-06-30']);
  for (const parameter of catalogue.parameters)
    for (const entry of parameter.values) dates.add(entry.effectiveFrom);
  const timelines = new Map<string, ParameterEntry[]>(
    catalogue.parameters.map((parameter) => [parameter.id, parameterTimeline(parameter)]),
  );
  const envs: Env[] = [...dates].map((date) =>
    catalogue.layout.env(date, resolveParameters(timelines, date)),
  );
  const neverTrue = new Map<string, string>();
  for (const leaf of policy.root.leaves) {
    if (leaf.origin === 'effective-period') continue;
    if (!envs.some((env) => leafCan(catalogue, leaf, env, MET)))
      neverTrue.set(leaf.id, `criterion "${leaf.id}" can never be true`);
  }
  for (const message of neverTrue.values()) problems.push({ path: '/conditions', message });
  if (
    neverTrue.size === 0 &&
    !envs.some((env) => nodeCanBeTrue(catalogue, policy.definition.conditions, env))
  )
    problems.push({
      path: '/conditions',
      message: 'the conditions contradict each other: they can never all be true',
    });
  if (policy.exclusiveWith.length > 0)
    for (const leaf of policy.root.leaves) {
      const test = leaf.definition;
      if (
        'fact' in test &&
        test.contains !== undefined &&
        policy.exclusiveWith.includes(test.contains)
      )
        problems.push({
          path: '/exclusivityGroup',
          message: `conflicting exclusivity: criterion "${leaf.id}" requires having received ${test.contains}, which this policy excludes`,
        });
    }
  return problems;
}

/** Is there an answer to the leaf's facts that gives `wanted`? */
function leafCan(catalogue: Catalogue, leaf: CompiledLeaf, env: Env, wanted: number): boolean {
  const readers = [leaf];
  const valueSets = leaf.facts.map((id) => {
    const fact = catalogue.factIndex.get(id);
    return fact ? probeValues(fact, readers, env) : [];
  });
  let combinations: Record<string, unknown>[] = [{}];
  leaf.facts.forEach((id, index) => {
    combinations = combinations.flatMap((facts) =>
      valueSets[index]!.map((value) => withFact(facts, id, value)),
    );
  });
  return combinations.some((facts) => leaf.test(catalogue.layout.read(facts), env) === wanted);
}

function nodeCanBeTrue(catalogue: Catalogue, node: ConditionNode, env: Env): boolean {
  return nodeCan(catalogue, compileCondition(node, catalogue.layout), node, env, MET);
}

function nodeCan(
  catalogue: Catalogue,
  compiled: CompiledNode,
  node: ConditionNode,
  env: Env,
  wanted: typeof MET | typeof UNMET,
): boolean {
  if ('test' in node) return leafCan(catalogue, compiled as CompiledLeaf, env, wanted);
  if ('not' in node)
    return nodeCan(
      catalogue,
      compileCondition(node.not, catalogue.layout),
      node.not,
      env,
      wanted === MET ? UNMET : MET,
    );
  const children = ('all' in node ? node.all : node.any).map((child) => ({
    node: child,
    compiled: compileCondition(child, catalogue.layout),
  }));
  const conjunction = 'all' in node === (wanted === MET);
  if (!conjunction)
    return children.some((child) => nodeCan(catalogue, child.compiled, child.node, env, wanted));
  if (!children.every((child) => nodeCan(catalogue, child.compiled, child.node, env, wanted)))
    return false;
  // Sibling criteria on the same single fact must be satisfiable by one answer together.
  const byFact = new Map<string, CompiledLeaf[]>();
  for (const child of children)
    if ('test' in child.node && child.compiled.facts.length === 1) {
      const fact = child.compiled.facts[0]!;
      byFact.set(fact, [...(byFact.get(fact) ?? []), child.compiled as CompiledLeaf]);
    }
  for (const [id, leaves] of byFact) {
    if (leaves.length < 2) continue;
    const fact = catalogue.factIndex.get(id);
    if (!fact) continue;
    const ok = probeValues(fact, leaves, env).some((value) => {
      const slots = catalogue.layout.read(withFact({}, id, value));
      return leaves.every((leaf) => leaf.test(slots, env) === wanted);
    });
    if (!ok) return false;
  }
  return true;
}
