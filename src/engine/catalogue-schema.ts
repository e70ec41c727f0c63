import { z } from 'zod';
import { isIsoDate } from './dates';
import {
  audiences,
  factSubjects,
  factTypes,
  parameterStatuses,
  parameterUnits,
  type BenefitDefinition,
  type ConditionNode,
  type TestDefinition,
} from './types';

/**
 * The strict schemas the catalogue files are read through. Every object is strict, so a
 * misspelt or unknown field is an error rather than silently ignored; references between
 * files (clause ids, fact ids, parameter ids, policy ids) are checked afterwards by
 * `loadCatalogue`, which knows all the files.
 */

const idPattern = /^[a-z][a-zA-Z0-9-]*(\.[a-z][a-zA-Z0-9-]*)*$/;
const clauseIdPattern = /^[AB]\.[A-Z]+\d*$/;

export const textSchema = z.strictObject({
  'zh-Hans': z.string().trim().min(1),
  'zh-Hant': z.string().trim().min(1),
  en: z.string().trim().min(1),
});

export const isoDateSchema = z.string().refine(isIsoDate, 'expected a date written YYYY-MM-DD');
const clauseIdSchema = z.string().regex(clauseIdPattern, 'expected a clause id such as A.P5');
const dottedIdSchema = z
  .string()
  .regex(idPattern, 'expected a dotted id such as person.hasCompany');

// --- the list of policies ---

export const catalogueFileSchema = z.strictObject({
  policies: z.array(dottedIdSchema).min(1),
});

// --- facts -------------------------------------------------------------------------------------

export const factDefinitionSchema = z.strictObject({
  id: dottedIdSchema,
  type: z.enum(factTypes),
  question: textSchema,
  help: textSchema.optional(),
  options: z.array(z.strictObject({ value: z.string().min(1), label: textSchema })).optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  storedInProfile: z.boolean().default(true),
  notBefore: z
    .strictObject({ date: isoDateSchema, clauses: z.array(clauseIdSchema).min(1) })
    .optional(),
  implied: z
    .strictObject({
      value: z.union([z.boolean(), z.number().int()]).optional(),
      whenDescribed: z.enum(factSubjects).optional(),
      whenListLacks: z.strictObject({ fact: dottedIdSchema, value: dottedIdSchema }).optional(),
      whenEnum: z.strictObject({ fact: dottedIdSchema, value: z.string().min(1) }).optional(),
      copyOf: dottedIdSchema.optional(),
    })
    .refine(
      (implied) =>
        [implied.whenDescribed, implied.whenListLacks, implied.whenEnum].filter(
          (when) => when !== undefined,
        ).length === 1,
      'an implication has exactly one of whenDescribed / whenListLacks / whenEnum',
    )
    .refine(
      (implied) =>
        implied.whenEnum !== undefined
          ? implied.value === undefined
          : implied.value !== undefined && implied.copyOf === undefined,
      'whenDescribed / whenListLacks imply a value; whenEnum implies a yes/no or copies copyOf',
    )
    .optional(),
});

export const factsFileSchema = z.strictObject({
  facts: z.array(factDefinitionSchema).min(1),
});

// --- clauses -----------------------------------------------------------------------------------

export const clauseSchema = z.strictObject({
  id: clauseIdSchema,
  secondary: z.boolean(),
  original: z.string().min(1),
  text: textSchema,
});

export const clausesFileSchema = z.strictObject({
  sources: z.strictObject({ A: textSchema, B: textSchema }),
  clauses: z.array(clauseSchema).min(1),
});

// --- parameters --------------------------------------------------------------------------------

export const parameterSourceSchema = z.strictObject({
  clauses: z.array(clauseIdSchema).min(1, 'a value must cite at least one clause'),
  document: z.string().trim().min(1),
  url: z.url().optional(),
});

export const parameterEntrySchema = z
  .strictObject({
    effectiveFrom: isoDateSchema,
    status: z.enum(parameterStatuses),
    value: z.number().int().nullable().default(null),
    source: parameterSourceSchema,
    note: z.string().optional(),
  })
  .superRefine((entry, context) => {
    if (entry.status === 'published' && entry.value === null)
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a published value needs a value',
      });
    if (entry.status !== 'published' && entry.value !== null)
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: `an ${entry.status} entry carries no value`,
      });
  });

export const parameterDefinitionSchema = z.strictObject({
  id: dottedIdSchema,
  label: textSchema,
  unit: z.enum(parameterUnits),
  clauses: z.array(clauseIdSchema).min(1, 'a parameter must cite at least one clause'),
  min: z.number().int().default(0),
  max: z.number().int().optional(),
  atMost: dottedIdSchema.optional(),
  values: z.array(parameterEntrySchema).min(1),
});

export const parametersFileSchema = z.strictObject({
  parameters: z.array(parameterDefinitionSchema).min(1),
});

// --- policies ----------------------------------------------------------------------------------

const numberRefSchema = z.union([z.number().int(), z.strictObject({ parameter: dottedIdSchema })]);

const operatorKeys = [
  'is',
  'equals',
  'in',
  'atLeast',
  'atMost',
  'below',
  'withinYearsBefore',
  'contains',
  'excludes',
  'hasItemOfKind',
  'noWaiverWithin',
] as const;

export const testSchema: z.ZodType<TestDefinition> = z
  .strictObject({
    fact: dottedIdSchema,
    is: z.boolean().optional(),
    equals: z.string().optional(),
    in: z.array(z.string()).optional(),
    atLeast: numberRefSchema.optional(),
    atMost: numberRefSchema.optional(),
    below: numberRefSchema.optional(),
    withinYearsBefore: numberRefSchema.optional(),
    contains: z.string().optional(),
    excludes: z.string().optional(),
    hasItemOfKind: z.array(z.string()).optional(),
    noWaiverWithin: z
      .strictObject({ months: numberRefSchema, sameClassAs: dottedIdSchema })
      .optional(),
  })
  .superRefine((test, context) => {
    const used = operatorKeys.filter((key) => test[key] !== undefined);
    // atLeast with atMost or below may go together (a range); every other operator stands alone.
    const range = used.every((key) => key === 'atLeast' || key === 'atMost' || key === 'below');
    if (used.length === 0 || (used.length > 1 && !range))
      context.addIssue({
        code: 'custom',
        message: `a test needs exactly one operator (${operatorKeys.join(', ')}); found ${
          used.join(', ') || 'none'
        }`,
      });
  });

const nodeKeys = ['all', 'any', 'not', 'test'] as const;

/**
 * A condition node: `{all: [...]}`, `{any: [...], id, label, clause}`, `{not: node, id, label,
 * clause}` or a criterion `{id, label, clause, seeAlso?, test}`. One strict object with a
 * refinement (rather than a union) so an unknown field is reported where it is.
 */
export const conditionNodeSchema: z.ZodType<ConditionNode> = z.lazy(
  () =>
    z
      .strictObject({
        all: z.array(conditionNodeSchema).min(1).optional(),
        any: z.array(conditionNodeSchema).min(2).optional(),
        not: conditionNodeSchema.optional(),
        id: z
          .string()
          .regex(/^[a-z][a-z0-9-]*$/)
          .optional(),
        label: textSchema.optional(),
        clause: clauseIdSchema.optional(),
        seeAlso: z.array(clauseIdSchema).optional(),
        test: testSchema.optional(),
      })
      .superRefine((node, context) => {
        const kinds = nodeKeys.filter((key) => node[key] !== undefined);
        if (kinds.length !== 1) {
          context.addIssue({
            code: 'custom',
            message: `a condition is exactly one of all / any / not / a criterion with a test; found ${
              kinds.join(', ') || 'none'
            }`,
          });
          return;
        }
        const kind = kinds[0];
        if (kind !== 'all') {
          for (const key of ['id', 'label', 'clause'] as const)
            if (node[key] === undefined)
              context.addIssue({
                code: 'custom',
                path: [key],
                message:
                  key === 'clause'
                    ? 'a criterion must cite the clause it encodes'
                    : `a${kind === 'test' ? ' criterion' : `n ${kind} group`} needs ${key}`,
              });
        } else if (node.clause !== undefined || node.test !== undefined) {
          context.addIssue({ code: 'custom', message: 'an all group has no clause of its own' });
        }
        if (kind !== 'test' && node.seeAlso !== undefined)
          context.addIssue({
            code: 'custom',
            path: ['seeAlso'],
            message: 'seeAlso is for criteria',
          });
      }) as unknown as z.ZodType<ConditionNode>,
);

const benefitSchema: z.ZodType<BenefitDefinition> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('recognition') }),
  z.strictObject({
    kind: z.literal('money'),
    purpose: z.enum(['award', 'rnd-funding', 'startup-funding', 'funding']),
    capFen: numberRefSchema,
  }),
  z.strictObject({
    kind: z.literal('tiered-money'),
    capFen: numberRefSchema,
    tierFact: dottedIdSchema,
    tiers: z.array(z.strictObject({ value: z.string(), amountFen: numberRefSchema })).min(1),
  }),
  z.strictObject({
    kind: z.literal('loan'),
    maxPrincipalFen: numberRefSchema,
    interestSubsidy: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('voucher'),
    voucher: z.enum(['compute', 'model', 'corpus']),
    capFen: numberRefSchema,
    rateBp: numberRefSchema,
    startupRateBp: numberRefSchema.optional(),
    startupFact: dottedIdSchema.optional(),
    purchaseAmountFact: dottedIdSchema,
    receivedFact: dottedIdSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('space'),
    setting: z.enum(['opc-community', 'other-industrial-space']),
    maxAreaM2: numberRefSchema.optional(),
    ladder: z
      .strictObject({
        teamSizeFact: dottedIdSchema,
        rungs: z
          .array(z.strictObject({ rung: z.string(), maxTeamSize: numberRefSchema.optional() }))
          .min(1),
      })
      .optional(),
  }),
  z.strictObject({
    kind: z.literal('housing-in-kind'),
    maxMonths: numberRefSchema,
    rentShareBp: numberRefSchema,
  }),
  z.strictObject({
    kind: z.literal('allowance'),
    monthlyFen: numberRefSchema,
    monthlyAfterTaxFen: numberRefSchema,
    maxMonths: numberRefSchema,
  }),
  z.strictObject({
    kind: z.literal('tax-exemption'),
    taxes: z.array(z.string()).min(1),
    categoryFact: dottedIdSchema,
    supervision: z.record(
      z.string(),
      z.union([
        z.enum(['supervised-period', 'write-off']),
        z.strictObject({
          fact: dottedIdSchema,
          clause: clauseIdSchema,
          regimes: z.record(z.string(), z.enum(['supervised-period', 'write-off'])),
        }),
      ]),
    ),
    biosafety: z
      .strictObject({
        clause: clauseIdSchema,
        originFact: dottedIdSchema,
        origins: z.array(z.string()).min(1),
        categories: z.array(z.string()),
      })
      .optional(),
  }),
  z.strictObject({ kind: z.literal('introduction'), funds: z.array(textSchema).min(1) }),
]);

export const policySchema = z
  .strictObject({
    id: dottedIdSchema,
    name: textSchema,
    summary: textSchema,
    clauses: z.array(clauseIdSchema).min(1, 'a policy must cite at least one clause'),
    for: z.enum(audiences),
    category: z.string().min(1),
    discretionary: z.boolean(),
    oneTime: z.boolean(),
    exclusivityGroup: dottedIdSchema.optional(),
    effective: z
      .strictObject({
        from: isoDateSchema.optional(),
        until: isoDateSchema.optional(),
        /** In force while this `in-force` parameter has a published value (an extendable period). */
        parameter: dottedIdSchema.optional(),
        clause: clauseIdSchema,
        seeAlso: z.array(clauseIdSchema).optional(),
      })
      .optional(),
    conditions: conditionNodeSchema,
    benefit: benefitSchema,
    documents: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z][a-z0-9-]*$/),
          label: textSchema,
          required: z.boolean(),
          verifies: z.array(dottedIdSchema).optional(),
        }),
      )
      .min(1, 'a policy lists the documents an application needs'),
  })
  .superRefine((policy, context) => {
    if (policy.oneTime && policy.for === 'importer')
      context.addIssue({
        code: 'custom',
        path: ['oneTime'],
        message: 'importers have no benefits-received fact, so a one-time rule cannot apply',
      });
  });

/** A test case beside a policy: a situation on a date and what the engine must answer. */
export const policyCaseSchema = z.strictObject({
  name: z.string().min(1),
  date: isoDateSchema,
  facts: z.record(z.string(), z.unknown()),
  parameters: z
    .record(z.string(), z.union([z.number().int(), z.literal('unpublished'), z.literal('none')]))
    .optional(),
  expect: z.strictObject({
    status: z.enum(['eligible', 'ineligible', 'unknown']),
    missingFacts: z.array(z.string()).optional(),
    maxAmountFen: z.number().int().nullable().optional(),
    amountBasis: z.enum(['cap', 'computed', 'fixed', 'unpublished', 'not-money']).optional(),
    criteria: z.record(z.string(), z.enum(['met', 'unmet', 'unknown'])).optional(),
    reasons: z.array(z.string()).optional(),
    benefit: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const policyCasesFileSchema = z.strictObject({
  policy: dottedIdSchema,
  cases: z.array(policyCaseSchema).min(1),
});

export { factSubjects };
