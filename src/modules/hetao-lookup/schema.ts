import { z } from 'zod';
import { localisedTextSchema } from '../../shared/localised-text';
import { LIST_CATEGORIES, SUPERVISION_REGIMES } from '../hetao/list-format';

/** GET /hetao/lookup: the free-text query and an optional proposed code. */
export const lookupQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .describe('Product name, brand or catalogue line, in zh-Hans, zh-Hant or English'),
  code: z
    .string()
    .trim()
    .regex(/^\d{4}(?:\.?\d{2}){0,3}$/, 'hetao_lookup.code_format')
    .optional()
    .describe('A tariff code you propose: 4–10 digits, dots allowed (3821.00, 38210000)'),
});
export type LookupQueryInput = z.infer<typeof lookupQuery>;

const localisedText = localisedTextSchema;
const script = z.enum(['zh-Hans', 'zh-Hant', 'en']);

const lookupReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('words'), matched: z.array(z.string()), text: localisedText }),
  z.object({
    kind: z.literal('dictionary'),
    entryId: z.string(),
    label: localisedText,
    matched: z.string(),
    reason: localisedText,
    contested: localisedText.nullable(),
    text: localisedText,
  }),
  z.object({
    kind: z.literal('precedent'),
    precedentId: z.string(),
    reference: z.string().nullable(),
    question: z.string(),
    covered: z.boolean(),
    reasoning: z.string(),
    publishedAt: z.string(),
    listItemId: z.string().nullable(),
    similarity: z.number(),
    text: localisedText,
  }),
  z.object({ kind: z.literal('code'), code: z.string(), text: localisedText }),
  z.object({
    kind: z.literal('list-exclusions'),
    code: z.string(),
    excludedLines: z.array(z.string()),
    text: localisedText,
  }),
]);

const lookupCandidate = z.object({
  hsCode: z.string().describe('2, 4, 6 or 8 digits, no dots'),
  description: z.object({
    zh: z.string().nullable(),
    zhHant: z.string().nullable(),
    en: z.string(),
  }),
  descriptionSource: z.object({
    zh: z.enum(['national-line', 'derived']).nullable(),
    en: z.enum(['hs2022-paraphrase', 'china-customs']),
  }),
  listItemId: z.string().nullable(),
  listItem: z
    .object({
      itemId: z.string(),
      name: z.object({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), en: z.string().nullable() }),
      category: z.enum(LIST_CATEGORIES),
      regime: z.enum(SUPERVISION_REGIMES),
    })
    .nullable(),
  category: z.enum(LIST_CATEGORIES).nullable(),
  coverage: z.enum(['full', 'partial', 'none']),
  score: z.number().min(0).max(1),
  reasons: z.array(lookupReason),
});

/** The lookup's answer (see src/modules/hetao-lookup/README.md). */
export const lookupResponse = z
  .object({
    verdict: z.enum(['listed', 'not-listed', 'uncertain']),
    script: script.describe('The script of the query; answer in it'),
    summary: localisedText,
    candidates: z.array(lookupCandidate),
    flags: z.array(
      z.object({
        kind: z.enum(['biosafety', 'excluded']),
        reason: localisedText,
        clause: z.string().describe('biosafety: B.R1; excluded: B.N2'),
        origin: z
          .enum(['human', 'animal', 'human-or-animal', 'microbial'])
          .optional()
          .describe('biosafety: where the goods come from'),
      }),
    ),
    normalised: z.string(),
    tokens: z.array(z.string()),
    quantities: z.array(z.object({ value: z.number(), unit: z.string() })),
    catalogueNumbers: z.array(z.string()),
    listVersion: z.object({
      id: z.string(),
      title: z.string(),
      isWorkingList: z.boolean(),
      /** The day the list version is in force from (YYYY-MM-DD), not the day it was loaded. */
      effectiveDate: z.string().nullable(),
    }),
    clauses: z.array(
      z.object({
        id: z.string(),
        quote: z.string(),
        meaning: localisedText,
        secondary: z.boolean(),
      }),
    ),
    askCustoms: z.object({ question: z.string(), code: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'HetaoLookupResult' });
