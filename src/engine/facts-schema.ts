import { z } from 'zod';
import type { Catalogue } from './catalogue';
import { isIsoDate } from './dates';
import { applyImpliedFacts, findFactContradictions } from './implied-facts';
import type { FactDefinition, Facts, FactSubject, Language } from './types';

/**
 * The Zod schema of a situation, built from the fact vocabulary: nested strict objects (an
 * unknown fact is an error, not ignored), every fact optional, null meaning "not known". The
 * same schema validates API bodies and CLI input and, through z.toJSONSchema, is the published
 * JSON Schema of the facts. Messages are keys the HTTP layer localises.
 */
export function buildFactsSchema(
  catalogue: Catalogue,
  language: Language = 'en',
  /** false: the facts as told, contradictions still refused (what a profile keeps). */
  withImplied = true,
) {
  const policyIds = catalogue.policies.map((policy) => policy.definition.id) as [
    string,
    ...string[],
  ];
  const leaf = (fact: FactDefinition): z.ZodType => {
    let schema: z.ZodType;
    switch (fact.type) {
      case 'boolean':
        schema = z.boolean();
        break;
      case 'enum':
        schema = z.enum(fact.options!.map((option) => option.value) as [string, ...string[]]);
        break;
      case 'date':
        schema = z.string().refine(isIsoDate, 'date.invalid');
        break;
      case 'integer':
        schema = z
          .number()
          .int()
          .min(fact.min ?? 0)
          .max(fact.max ?? 1_000_000);
        break;
      case 'money':
        schema = z
          .number()
          .int()
          .min(fact.min ?? 0)
          .max(fact.max ?? Number.MAX_SAFE_INTEGER);
        break;
      case 'policy-list':
        schema = z.array(z.enum(policyIds)).max(policyIds.length * 2);
        break;
      case 'achievement-list':
        schema = z
          .array(
            z.strictObject({
              kind: z.enum(fact.options!.map((option) => option.value) as [string, ...string[]]),
              description: z.string().trim().min(1).max(2000),
              evidenceUrl: z.url().max(2000).optional(),
            }),
          )
          .max(50);
        break;
      case 'waiver-list':
        schema = z
          .array(
            z.strictObject({
              class: z.enum(fact.options!.map((option) => option.value) as [string, ...string[]]),
              on: z
                .string()
                .refine(isIsoDate, 'date.invalid')
                // NOTE: B.N6's bar runs from a waiver of the exemption, which cannot predate
                // the notice that created it (B.N1, B.D1): an earlier date is impossible input.
                .refine(
                  (on) => fact.notBefore === undefined || on >= fact.notBefore.date,
                  'facts.waiver_before_notice',
                ),
            }),
          )
          .max(50);
        break;
    }
    return schema
      .nullable()
      .optional()
      .meta({
        title: fact.id,
        description: fact.question[language],
        'x-question': fact.question,
        'x-type': fact.type,
        'x-stored-in-profile': fact.storedInProfile,
        ...(fact.help ? { 'x-help': fact.help } : {}),
        ...(fact.options ? { 'x-options': fact.options } : {}),
        ...(fact.implied ? { 'x-implied': fact.implied } : {}),
      });
  };

  type Tree = { [key: string]: Tree | FactDefinition };
  const tree: Tree = {};
  for (const fact of catalogue.facts) {
    const segments = fact.id.split('.');
    let node = tree;
    for (const segment of segments.slice(0, -1)) node = (node[segment] ??= {}) as Tree;
    node[segments[segments.length - 1]!] = fact;
  }
  const build = (node: Tree): z.ZodType =>
    z.strictObject(
      Object.fromEntries(
        Object.entries(node).map(([key, child]) => [
          key,
          'type' in child && typeof child.type === 'string'
            ? leaf(child as FactDefinition)
            : build(child as Tree).optional(),
        ]),
      ),
    );
  // Contradictions are refused, naming both paths; then what the answers imply is filled in
  // (implied-facts.ts), so every reader of the schema evaluates the same situation.
  const told = build(tree).superRefine((facts, context) => {
    for (const contradiction of findFactContradictions(catalogue, facts as Facts))
      for (const path of [contradiction.fact.split('.'), [contradiction.impliedBy]])
        context.addIssue({ code: 'custom', path, message: 'facts.contradiction' });
  });
  return (withImplied
    ? told.transform((facts) => applyImpliedFacts(catalogue, facts as Facts))
    : told) as unknown as z.ZodType<Partial<Record<FactSubject, Record<string, unknown>>>>;
}
