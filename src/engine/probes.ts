import { resolveNumber, type CompiledLeaf, type Env } from './compile';
import { addDays, addYears } from './dates';
import type { FactDefinition, Facts } from './types';

/**
 * Representative answers for a fact: enough values that every criterion reading it can come
 * out met and unmet where that is possible. Used by the static checks at load (can this
 * criterion ever be true?) and by next-question (how much money would an answer settle?).
 */
export function probeValues(
  fact: FactDefinition,
  readers: readonly CompiledLeaf[],
  env: Env,
): unknown[] {
  switch (fact.type) {
    case 'boolean':
      return [true, false];
    case 'enum':
      return (fact.options ?? []).map((option) => option.value);
    case 'integer':
    case 'money': {
      const values = new Set<number>([fact.min ?? 0]);
      if (fact.max !== undefined) values.add(fact.max);
      for (const leaf of readers) {
        if (!('fact' in leaf.definition) || leaf.definition.fact !== fact.id) continue;
        for (const ref of [
          leaf.definition.atLeast,
          leaf.definition.atMost,
          leaf.definition.below,
        ]) {
          if (ref === undefined) continue;
          const bound = resolveNumber(ref, env.parameters);
          if (bound !== null) for (const value of [bound - 1, bound, bound + 1]) values.add(value);
        }
      }
      return [...values].filter(
        (value) =>
          value >= (fact.min ?? Number.MIN_SAFE_INTEGER) &&
          value <= (fact.max ?? Number.MAX_SAFE_INTEGER),
      );
    }
    case 'date': {
      const values = new Set<string>([env.date, addDays(env.date, 1)]);
      for (const leaf of readers) {
        if (!('fact' in leaf.definition) || leaf.definition.fact !== fact.id) continue;
        const ref = leaf.definition.withinYearsBefore;
        if (ref === undefined) continue;
        const years = resolveNumber(ref, env.parameters);
        if (years === null) continue;
        const limit = addYears(env.date, -years);
        values.add(limit);
        values.add(addDays(limit, -1));
      }
      return [...values];
    }
    case 'policy-list': {
      const mentioned = new Set<string>();
      for (const leaf of readers) {
        if (!('fact' in leaf.definition) || leaf.definition.fact !== fact.id) continue;
        const test = leaf.definition;
        for (const id of [test.contains, test.excludes, ...(test.excludesAll ?? [])])
          if (id !== undefined) mentioned.add(id);
      }
      return [[], ...[...mentioned].map((id) => [id])];
    }
    case 'achievement-list':
      return [
        [],
        ...(fact.options ?? []).map((option) => [
          { kind: option.value, description: 'probe', evidenceUrl: 'https://example.org/' },
        ]),
      ];
    case 'waiver-list':
      return [[], ...(fact.options ?? []).map((option) => [{ class: option.value, on: env.date }])];
  }
}

/** A copy of the facts with one fact set (the objects on its path are copied, nothing else). */
export function withFact(facts: Facts, path: string, value: unknown): Facts {
  const segments = path.split('.');
  const root: Facts = { ...facts };
  let target: Record<string, unknown> = root;
  for (let index = 0; index < segments.length - 1; index += 1) {
    const segment = segments[index]!;
    const current = target[segment];
    const copy: Record<string, unknown> =
      current !== null && typeof current === 'object' && !Array.isArray(current)
        ? { ...(current as Record<string, unknown>) }
        : {};
    target[segment] = copy;
    target = copy;
  }
  target[segments[segments.length - 1]!] = value;
  return root;
}
