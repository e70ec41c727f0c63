import { z } from 'zod';
import { parameterStatuses } from '../../engine';
import { isoDateSchema } from '../../shared/iso-date';
import { localisedTextSchema } from '../../shared/localised-text';
import { getCatalogue, getFactsSchema } from './catalogue';

/**
 * The rules module's contracts: request and response schemas of the API, and the types other
 * modules (applications, issue #4) use through service.ts. The facts schema is built from the
 * fact vocabulary in policies/facts.yaml, so the API, the CLI and the published JSON Schema
 * can never disagree about which facts exist.
 */

const { catalogue } = getCatalogue();
const policyIds = catalogue.policies.map((policy) => policy.definition.id) as [string, ...string[]];
const factIds = catalogue.facts.map((fact) => fact.id) as [string, ...string[]];

export const policyIdSchema = z.enum(policyIds).meta({ id: 'PolicyId' });
export const factIdSchema = z.enum(factIds).meta({ id: 'FactId' });

/** A situation: nested objects keyed like the fact ids; absent or null means not known. */
export const factsSchema = getFactsSchema('en').meta({ id: 'Facts' });
export type FactsInput = z.infer<typeof factsSchema>;

// --- evaluations -------------------------------------------------------------------------------

/** The optional parts of an evaluation result (`include`). */
export const evaluationParts = ['trace', 'labels', 'citations'] as const;
export type EvaluationPart = (typeof evaluationParts)[number];

export const evaluationBody = z.strictObject({
  facts: factsSchema.default({}),
  /** The date the rules are applied on; today in Shenzhen when absent. */
  date: isoDateSchema.optional(),
  /** Only these policies; the whole catalogue when absent. */
  policies: z.array(policyIdSchema).min(1).optional(),
  /** Per-criterion trace (default on). `include`, when given, decides instead. */
  trace: z.boolean().default(true),
  /**
   * The parts of each result to send besides `policyId`, `status`, `missingFacts`, `benefit`,
   * `reasons`, `exclusivity` and `discretionary` (always sent). Absent: everything, as the
   * navigator needs it.
   */
  include: z
    .array(z.enum(evaluationParts))
    .max(evaluationParts.length)
    .optional()
    .describe(
      'Parts of each result to send beyond the core answer (policyId, status, missingFacts, benefit, reasons, exclusivity, discretionary). ' +
        "Absent: all of them — the navigator's answer, about 31 KB for the whole catalogue (measured in zh-Hans). " +
        '`trace`: the per-criterion trace (`criteria`), about 13 KB, most of the answer and of its cost; ' +
        "`labels`: the policy `name`, each criterion's `label` and each reason's `message` in the request's language (about 1.3 KB without the trace, more with it); " +
        "`citations`: the clause ids (`citations`, and each criterion's `clause` and `seeAlso`), under 1 KB without the trace. " +
        '`[]`: the core answer only, about 10 KB, for machine clients.',
    ),
});
export type EvaluationBody = z.input<typeof evaluationBody>;

export const criterionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['criterion', 'group']),
    parent: z.string().nullable(),
    /** With `labels` (the default). */
    label: z.string().optional(),
    /** With `citations` (the default). */
    clause: z.string().optional(),
    seeAlso: z.array(z.string()).optional(),
    result: z.enum(['met', 'unmet', 'unknown']),
    facts: z.record(z.string(), z.unknown()),
    parameters: z.record(z.string(), z.number().nullable()).optional(),
    origin: z.enum(['effective-period', 'one-time', 'exclusivity']).optional(),
  })
  .meta({ id: 'EvaluationCriterion' });

export const benefitResultSchema = z
  .object({
    kind: z.string(),
    maxAmountFen: z.number().int().nullable(),
    amountBasis: z.enum(['cap', 'computed', 'fixed', 'unpublished', 'not-money']),
    pendingFacts: z.array(z.string()),
    parameters: z.record(z.string(), z.number().nullable()),
  })
  .catchall(z.unknown())
  .meta({ id: 'BenefitResult' });

export const reasonSchema = z
  .object({
    code: z.enum([
      'not-in-force',
      'already-received',
      'exclusive-received',
      'exclusive-choose-one',
      'parameter-unpublished',
      'discretionary',
    ]),
    policies: z.array(z.string()).optional(),
    parameters: z.array(z.string()).optional(),
    /** With `labels` (the default). */
    message: z.string().optional(),
  })
  .meta({ id: 'EvaluationReason' });

export const policyResultSchema = z
  .object({
    policyId: z.string(),
    /** With `labels` (the default). */
    name: z.string().optional(),
    status: z.enum(['eligible', 'ineligible', 'unknown']),
    missingFacts: z.array(z.string()),
    benefit: benefitResultSchema,
    /** With `trace` (the default; empty when `trace: false`). */
    criteria: z.array(criterionSchema).optional(),
    /** With `citations` (the default). */
    citations: z.array(z.string()).optional(),
    reasons: z.array(reasonSchema),
    exclusivity: z.object({ group: z.string(), with: z.array(z.string()) }).nullable(),
    discretionary: z.boolean(),
  })
  .meta({ id: 'PolicyResult' });
export type PresentedPolicyResult = z.infer<typeof policyResultSchema>;

export const summarySchema = z
  .object({
    eligible: z.number().int(),
    unknown: z.number().int(),
    ineligible: z.number().int(),
    benefitCount: z
      .number()
      .int()
      .describe('Benefits still possible (eligible + unknown), one per policy, loans included'),
    alternativeCount: z
      .number()
      .int()
      .describe('Of those, choose-one alternatives (A.P8) left out of maxAmountFen'),
    maxAmountFen: z
      .number()
      .int()
      .describe('Published money still possible, one per exclusivity group; no demo values'),
    eligibleAmountFen: z.number().int(),
    provisionalAmountFen: z
      .number()
      .int()
      .describe('Amounts resting on demo data or unpublished values: beside the total, not in it'),
    provisionalCount: z.number().int(),
    maxLoanPrincipalFen: z.number().int(),
  })
  .meta({ id: 'EvaluationSummary' });

export const evaluationResponse = z
  .object({
    date: z.string(),
    language: z.enum(['zh-Hans', 'zh-Hant', 'en']),
    catalogueVersion: z.string(),
    results: z.array(policyResultSchema),
    summary: summarySchema,
  })
  .meta({ id: 'Evaluation' });
export type EvaluationResponse = z.infer<typeof evaluationResponse>;

// --- next question -----------------------------------------------------------------------------

export const nextQuestionBody = z.strictObject({
  facts: factsSchema.default({}),
  date: isoDateSchema.optional(),
  policies: z.array(policyIdSchema).min(1).optional(),
  /** Facts the person chose to skip for now: never asked again in this run. */
  skip: z.array(factIdSchema).max(factIds.length).optional(),
});

export const optionSchema = z.object({ value: z.string(), label: z.string() });

export const questionSchema = z
  .object({
    factId: z.string(),
    subject: z.enum(['person', 'company', 'importer', 'goods']),
    type: z.string(),
    text: z.string(),
    help: z.string().nullable(),
    options: z.array(optionSchema),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    purpose: z.enum(['eligibility', 'amount']),
    policies: z.array(z.string()),
    stakeFen: z.number().int(),
    expectedSettledFen: z.number().int(),
    storedInProfile: z.boolean(),
  })
  .meta({ id: 'Question' });
export type Question = z.infer<typeof questionSchema>;

export const nextQuestionResponse = z
  .object({
    date: z.string(),
    language: z.enum(['zh-Hans', 'zh-Hant', 'en']),
    question: questionSchema.nullable(),
    summary: summarySchema,
    results: z.array(policyResultSchema),
  })
  .meta({ id: 'NextQuestion' });

// --- catalogue ---------------------------------------------------------------------------------

export const dateQuery = z.strictObject({ date: isoDateSchema.optional() });
export const policyParams = z.strictObject({ id: z.string().max(100) });

export const clauseSchema = z
  .object({
    id: z.string(),
    secondary: z.boolean(),
    original: z.string(),
    text: localisedTextSchema,
    source: localisedTextSchema,
  })
  .meta({ id: 'Clause' });

export const parameterSourceSchema = z.object({
  clauses: z.array(z.string()),
  document: z.string(),
  url: z.string().optional(),
});

export const resolvedParameterSchema = z
  .object({
    id: z.string(),
    label: localisedTextSchema,
    unit: z.string(),
    status: z.enum(['published', 'unpublished', 'none']),
    value: z.number().int().nullable(),
    effectiveFrom: z.string().nullable(),
    source: parameterSourceSchema.nullable(),
  })
  .meta({ id: 'ParameterOnDate' });

export const factQuestionSchema = z
  .object({
    id: z.string(),
    /** The same as id: the dotted path of the fact in a situation. */
    path: z.string(),
    subject: z.enum(['person', 'company', 'importer', 'goods']),
    type: z.string(),
    question: localisedTextSchema,
    help: localisedTextSchema.nullable(),
    options: z.array(z.object({ value: z.string(), label: localisedTextSchema })),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    storedInProfile: z.boolean(),
    /** eligibility: decides the status; amount: only refines the amount. */
    purpose: z.enum(['eligibility', 'amount']),
  })
  .meta({ id: 'FactQuestion' });

export const policySummarySchema = z
  .object({
    id: z.string(),
    name: localisedTextSchema,
    summary: localisedTextSchema,
    audience: z.enum(['person', 'company', 'importer']),
    category: z.string(),
    clauses: z.array(z.object({ id: z.string(), text: localisedTextSchema })),
    benefit: benefitResultSchema,
    oneTime: z.boolean(),
    exclusivityGroup: z.string().nullable(),
    exclusiveWith: z.array(z.string()),
    discretionary: z.boolean(),
    effective: z
      .object({ from: z.string().nullable(), until: z.string().nullable(), clause: z.string() })
      .nullable(),
    version: z.object({ policyHash: z.string(), catalogueHash: z.string(), file: z.string() }),
  })
  .meta({ id: 'PolicySummary' });
export type PolicySummary = z.infer<typeof policySummarySchema>;

export const policyListResponse = z.object({
  date: z.string(),
  policies: z.array(policySummarySchema),
});

export const conditionLineSchema = z.object({
  id: z.string(),
  kind: z.enum(['criterion', 'group']),
  parent: z.string().nullable(),
  label: localisedTextSchema,
  clause: z.string(),
  seeAlso: z.array(z.string()),
  facts: z.array(z.string()),
  origin: z.enum(['effective-period', 'one-time', 'exclusivity']).nullable(),
});

export const policyDescriptionSchema = policySummarySchema
  .extend({
    date: z.string(),
    clauses: z.array(clauseSchema),
    criteria: z.array(conditionLineSchema),
    documents: z.array(
      z.object({
        id: z.string(),
        label: localisedTextSchema,
        required: z.boolean(),
        verifies: z.array(z.string()),
      }),
    ),
    facts: z.array(factQuestionSchema),
    parameters: z.array(resolvedParameterSchema),
  })
  .meta({ id: 'PolicyDescription' });
export type PolicyDescription = z.infer<typeof policyDescriptionSchema>;

// --- parameters --------------------------------------------------------------------------------

export const parameterEntrySchema = z
  .object({
    effectiveFrom: z.string(),
    status: z.enum(parameterStatuses),
    value: z.number().int().nullable(),
    source: parameterSourceSchema,
    note: z.string().nullable(),
    origin: z.enum(['catalogue', 'admin']),
    enteredAt: z.string().nullable(),
    enteredBy: z.string().nullable(),
  })
  .meta({ id: 'ParameterEntry' });

export const parameterSchema = z
  .object({
    id: z.string(),
    label: localisedTextSchema,
    unit: z.string(),
    clauses: z.array(z.string()),
    min: z.number().int(),
    max: z.number().int().nullable(),
    atMost: z.string().nullable(),
    usedBy: z.array(z.string()),
    current: resolvedParameterSchema,
    timeline: z.array(parameterEntrySchema),
  })
  .meta({ id: 'Parameter' });

export const parameterListResponse = z.object({
  date: z.string(),
  parameters: z.array(parameterSchema),
});

export const parameterParams = z.strictObject({ id: z.string().max(100) });

export const parameterValueBody = z
  .strictObject({
    effectiveFrom: isoDateSchema,
    status: z.enum(parameterStatuses),
    /** Required when published; in the parameter's unit (fen, basis points, months, …). */
    value: z.number().int().nullable().optional(),
    source: z.strictObject({
      clauses: z.array(z.string().max(20)).min(1).max(20),
      document: z.string().trim().min(1, 'text.required').max(500),
      url: z.url().max(2000).optional(),
    }),
    note: z.string().trim().max(2000).optional(),
  })
  .superRefine((body, context) => {
    if (body.status === 'published' && (body.value === undefined || body.value === null))
      context.addIssue({ code: 'custom', path: ['value'], message: 'rules.value_required' });
    if (body.status !== 'published' && body.value !== undefined && body.value !== null)
      context.addIssue({ code: 'custom', path: ['value'], message: 'rules.value_not_allowed' });
  });
export type ParameterValueBody = z.infer<typeof parameterValueBody>;

// --- facts schema and profiles -----------------------------------------------------------------

export const factsSchemaQuery = z.strictObject({
  lang: z.enum(['zh-Hans', 'zh-Hant', 'en']).optional(),
});

export const factProfileQuery = z.strictObject({ organisationId: z.uuid().optional() });

export const factProfileBody = z.strictObject({
  /** The facts as told: a profile keeps what the person said, never what it implies. */
  facts: getFactsSchema('en', true),
  /** Which of your organisations the company and importer facts belong to (default: the first you founded). */
  organisationId: z.uuid().optional(),
});

export const recordedFactSchema = z
  .object({
    fact: z.string().meta({ examples: ['importer.whiteListed'] }),
    value: z.unknown(),
    source: z.object({
      kind: z.string().meta({ examples: ['hetao-white-list', 'space-lease'] }),
      id: z.string(),
      since: z.string().nullable(),
      until: z.string().nullable(),
      label: localisedTextSchema,
    }),
  })
  .meta({ id: 'RecordedFact' });

export const factProfileSchema = z
  .object({
    personId: z.uuid(),
    organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    /**
     * The facts to evaluate with: what the person told, with the facts platform records give laid
     * over it (a record wins; the declaration stays stored).
     */
    facts: z.record(z.string(), z.record(z.string(), z.unknown())),
    /** The facts that come from records (the white list, a lease, a mark…), with their sources. */
    recorded: z.array(recordedFactSchema),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'FactProfile' });
export type FactProfile = z.infer<typeof factProfileSchema>;

// --- snapshots (issue #4 stores these with applications) ---------------------------------------

export const evaluationSnapshotSchema = z
  .object({
    snapshotVersion: z.literal(1),
    engine: z.string(),
    policyId: z.string(),
    policyHash: z.string(),
    catalogueHash: z.string(),
    policyFile: z.string(),
    /** The policy exactly as it was applied (so a later edit of the file changes nothing). */
    policy: z.record(z.string(), z.unknown()),
    /** The benefits this one excludes, with their names (for the exclusivity criterion). */
    exclusiveWith: z.array(z.object({ id: z.string(), name: localisedTextSchema })),
    /** Every parameter the policy uses, as it stood on the date, with its source. */
    parameters: z.record(
      z.string(),
      z.object({
        id: z.string(),
        label: localisedTextSchema,
        status: z.enum(['published', 'unpublished', 'none']),
        value: z.number().int().nullable(),
        effectiveFrom: z.string().nullable(),
        source: parameterSourceSchema.nullable(),
      }),
    ),
    facts: z.record(z.string(), z.unknown()),
    date: z.string(),
    language: z.enum(['zh-Hans', 'zh-Hant', 'en']),
    evaluatedAt: z.string(),
    result: policyResultSchema,
  })
  .meta({ id: 'EvaluationSnapshot' });
export type EvaluationSnapshot = z.infer<typeof evaluationSnapshotSchema>;
