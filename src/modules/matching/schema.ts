import { z } from 'zod';

const text3 = z.object({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), en: z.string() });

export const importTargetSchema = z.object({
  id: z
    .string()
    .describe('`profile.*` for a profile field, otherwise a fact id of policies/facts.yaml'),
  kind: z.enum(['profile', 'fact']),
  type: z.string(),
  label: text3,
  required: z.boolean(),
});

const fileProblemSchema = z.object({
  line: z.number().int(),
  column: z.string(),
  message: z.string(),
});

export const importPreviewSchema = z.object({
  fileKind: z.enum(['csv', 'xlsx']),
  header: z.array(z.string()),
  rowCount: z.number().int(),
  sample: z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) })),
  suggestedMapping: z.record(z.string(), z.string()),
  warnings: z.array(fileProblemSchema),
});

export const importSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  fileName: z.string(),
  fileKind: z.string(),
  sha256: z.string(),
  mapping: z.record(z.string(), z.string()),
  rowCount: z.number().int(),
  createdCount: z.number().int(),
  updatedCount: z.number().int(),
  unchangedCount: z.number().int(),
  importedAt: z.string(),
  importedByName: z
    .string()
    .nullable()
    .describe('Display name of the account that imported it (null when unknown)'),
});

export const runSchema = z.object({
  id: z.uuid(),
  trigger: z.enum(['manual', 'import', 'profile', 'parameter', 'nightly']),
  cause: z.string().nullable(),
  policies: z.array(z.string()).nullable(),
  status: z.enum(['running', 'finished', 'failed']),
  evaluatedOn: z.string(),
  catalogueHash: z.string(),
  parameterVersion: z.string(),
  batchesTotal: z.number().int(),
  batchesDone: z.number().int(),
  profilesTotal: z.number().int(),
  profilesMatched: z.number().int(),
  resultsWritten: z.number().int(),
  resultsChanged: z.number().int(),
  pushCandidates: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const importResultSchema = z.object({
  import: importSchema,
  run: runSchema.nullable(),
  warnings: z.array(fileProblemSchema),
});

export const runBody = z.object({
  policies: z
    .array(z.string())
    .min(1)
    .optional()
    .describe('Only these policies; absent: the whole catalogue'),
});

export const idParams = z.object({ id: z.uuid() });
export const profileParams = z.object({ id: z.coerce.number().int().positive() });

export const profilesQuery = z.object({
  after: z.coerce.number().int().nonnegative().optional(),
  search: z.string().max(100).optional(),
});

const profileSummarySchema = z.object({
  id: z.number().int(),
  creditCode: z.string(),
  name: z.string(),
  foundedOn: z.string().nullable(),
  district: z.string().nullable(),
  size: z.string().nullable(),
  industry: z.string().nullable(),
  updatedAt: z.string(),
});

export const profilePageSchema = z.object({
  items: z.array(profileSummarySchema),
  next: z.string().nullable(),
});

const provenanceSchema = z.union([
  z.object({
    source: z.literal('declared'),
    subject: z.enum(['organisation', 'person']),
    subjectId: z.string(),
    updatedAt: z.string().nullable(),
  }),
  z.object({ source: z.literal('imported'), importId: z.string(), version: z.number().int() }),
]);

export const profileSchema = profileSummarySchema.extend({
  organisationId: z.string().nullable(),
  facts: z.array(z.object({ fact: z.string(), value: z.unknown(), provenance: provenanceSchema })),
  results: z.array(
    z.object({
      policyId: z.string(),
      name: z.string(),
      status: z.enum(['eligible', 'ineligible', 'unknown']),
      maxAmountFen: z.number().int().nullable(),
      missingFacts: z.array(z.string()),
      evaluatedOn: z.string(),
      catalogueHash: z.string(),
      parameterVersion: z.string(),
      runId: z.string().nullable(),
      updatedAt: z.string(),
    }),
  ),
  pushCandidates: z.array(
    z.object({
      policyId: z.string(),
      name: z.string(),
      reason: z.enum(['eligible', 'one_fact_away']),
      maxAmountFen: z.number().int().nullable(),
      missingFact: z.string().nullable(),
      createdAt: z.string(),
      sentAt: z.string().nullable(),
    }),
  ),
});
