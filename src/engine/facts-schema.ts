import { z } from 'zod';
import type { Catalogue } from './catalogue';
import { isIsoDate } from './dates';
import type { FactDefinition, FactSubject, Language } from './types';

/**
 * The Zod schema of a situation, built from the fact vocabulary: nested strict objects (an
 * unknown fact is an error, not ignored), every fact optional, null meaning "not known". The
 * same schema validates API bodies and CLI input and, through z.toJSONSchema, is the published
 * JSON Schema of the facts. Messages are keys the HTTP layer localises.
 */
export function buildFactsSchema(catalogue: Catalogue, language: Language = 'en') {
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
              on: z.string().refine(isIsoDate, 'date.invalid'),
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
  return build(tree) as z.ZodType<Partial<Record<FactSubject, Record<string, unknown>>>>;
}
