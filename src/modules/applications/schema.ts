import { z } from 'zod';
import { applicationStatusValues } from '../../db/schema/applications';

const localised = z.object({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), en: z.string() });
const fen = z.number().int().min(0).max(1_000_000_000_000);

export const applicationStatusSchema = z
  .enum(applicationStatusValues)
  .meta({ id: 'ApplicationStatus' });

export const payeeSchema = z.strictObject({
  accountName: z.string().trim().min(1, 'text.required').max(100),
  bankName: z.string().trim().min(1, 'text.required').max(100),
  accountNumber: z
    .string()
    .trim()
    .regex(/^[0-9 ]{8,34}$/, 'payee.account_number')
    .transform((value) => value.replace(/ /g, '')),
});

export const applicationSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    policyId: z.string(),
    status: applicationStatusSchema,
    organisationId: z.uuid().nullable(),
    claimSubject: z.enum(['person', 'organisation']),
    facts: z.record(z.string(), z.unknown()),
    requestedAmountFen: z.number().int().nullable(),
    payee: z
      .object({ accountName: z.string(), bankName: z.string(), accountNumber: z.string() })
      .nullable(),
    capFen: z.number().int().nullable(),
    paidByPlatform: z.boolean(),
    pendingRequest: z
      .object({
        kind: z.enum(['screening', 'officer']),
        message: z.string(),
        facts: z.array(z.string()),
        documents: z.array(z.string()),
        at: z.string(),
      })
      .nullable(),
    approvedAmountFen: z.number().int().nullable(),
    decisionReasons: z.string().nullable(),
    decidedAt: z.string().nullable(),
    appealDeadline: z.string().nullable(),
    appealCount: z.number().int(),
    submittedAt: z.string().nullable(),
    dueOn: z.string().nullable(),
    paidAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Application' });

export const myApplicationListItem = applicationSchema.extend({
  policyName: localised,
  availableActions: z.array(z.enum(['edit', 'submit', 'withdraw', 'delete', 'appeal'])),
});

const documentSchema = z.object({
  id: z.uuid(),
  documentId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

const eventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  action: z.string(),
  fromStatus: applicationStatusSchema.nullable(),
  toStatus: applicationStatusSchema,
  actorKind: z.enum(['applicant', 'officer', 'system']),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

const policySchema = z.object({
  id: z.string(),
  name: localised,
  audience: z.enum(['person', 'company', 'importer']),
  benefitKind: z.string(),
  capFen: z.number().int().nullable(),
  paidByPlatform: z.boolean(),
  oneTime: z.boolean(),
  exclusivityGroup: z.string().nullable(),
  discretionary: z.boolean(),
  clauses: z.array(z.object({ id: z.string(), text: z.string() })),
  evidence: z.array(z.object({ id: z.string(), label: localised, required: z.boolean() })),
  facts: z.array(
    z.object({
      path: z.string(),
      question: z.string(),
      type: z.string(),
      options: z.array(z.object({ value: z.string(), label: z.string() })),
    }),
  ),
});

export const myApplicationDetail = z.object({
  application: applicationSchema,
  policy: policySchema,
  documents: z.array(documentSchema),
  timeline: z.array(eventSchema),
  availableActions: z.array(z.enum(['edit', 'submit', 'withdraw', 'delete', 'appeal'])),
  evaluation: z
    .object({ status: z.unknown(), missingFacts: z.unknown(), criteria: z.unknown() })
    .nullable(),
});

export const startApplicationBody = z.strictObject({
  policyId: z.string().trim().min(1, 'text.required').max(100),
  organisationId: z.uuid().nullable().optional(),
});
export const startApplicationResponse = z.object({
  application: applicationSchema,
  resumed: z.boolean(),
});

export const applicationParams = z.strictObject({ id: z.uuid() });
export const evidenceParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });

export const saveDraftBody = z.strictObject({
  version: z.number().int().min(1),
  facts: z.record(z.string(), z.unknown()).optional(),
  requestedAmountFen: fen.nullable().optional(),
  payee: payeeSchema.nullable().optional(),
});

export const withdrawBody = z.strictObject({ reason: z.string().trim().max(1000).optional() });
export const reasonsBody = z.strictObject({
  reasons: z.string().trim().min(1, 'text.required').max(4000),
});

export const evidenceResponse = documentSchema;

// Review ------------------------------------------------------------------------------------

export const queueQuery = z.strictObject({
  policyId: z.string().max(100).optional(),
  status: z.enum(['in_review', 'appealed', 'submitted', 'all_open']).optional(),
  assigned: z.enum(['me', 'unassigned', 'any']).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const queueResponse = z.object({
  today: z.string(),
  total: z.number().int(),
  items: z.array(
    z.object({
      id: z.uuid(),
      reference: z.string(),
      policyId: z.string(),
      policyName: localised,
      status: applicationStatusSchema,
      applicantName: z.string(),
      organisationName: z.string().nullable(),
      submittedAt: z.string().nullable(),
      dueOn: z.string().nullable(),
      workingDaysLeft: z.number().int().nullable(),
      overdue: z.boolean(),
      assignedReviewerId: z.uuid().nullable(),
      assignedReviewerName: z.string().nullable(),
      capFen: z.number().int().nullable(),
      requestedAmountFen: z.number().int().nullable(),
      recommendation: z.unknown(),
      recused: z.boolean(),
    }),
  ),
});

export const reviewDetailResponse = z.object({
  application: applicationSchema,
  applicant: z.object({ displayName: z.string(), email: z.string() }),
  policy: policySchema,
  documents: z.array(documentSchema),
  timeline: z.array(eventSchema),
  evaluation: z.unknown(),
  snapshot: z.unknown(),
  rubric: z.unknown(),
  scores: z.array(
    z.object({
      reviewerAccountId: z.uuid(),
      reviewerName: z.string(),
      scores: z.record(z.string(), z.number()),
      weightedTotal: z.number(),
      comment: z.string(),
      updatedAt: z.string(),
    }),
  ),
  recommendation: z.unknown().describe('action, amountFen, note, byAccountId, byName, at'),
  cap: z.object({
    source: z.string().nullable().describe('the document the tier amount comes from'),
    placeholder: z.boolean().describe('a demo or test value, not a published one'),
  }),
  recusal: z.string().nullable(),
  excluded: z.boolean(),
  workingDaysLeft: z.number().int().nullable(),
  availableActions: z.array(z.string()),
});

export const assignBody = z.strictObject({
  applicationIds: z.array(z.uuid()).min(1).max(200),
  reviewerAccountId: z.uuid(),
});
export const assignResponse = z.object({
  results: z.array(
    z.object({
      applicationId: z.uuid(),
      outcome: z.enum(['assigned', 'recused', 'not_assignable', 'not_found']),
    }),
  ),
});

export const reviewersResponse = z.array(
  z.object({ id: z.uuid(), email: z.string(), displayName: z.string() }),
);

export const scoreBody = z.strictObject({
  scores: z.record(z.string().max(100), z.number()),
  comment: z.string().trim().max(4000).optional(),
});
export const scoreResponse = z.object({ rubricId: z.string(), weightedTotal: z.number() });

export const recommendBody = z.strictObject({
  action: z.enum(['approve', 'reject']),
  amountFen: fen.nullable().optional(),
  note: z.string().trim().min(1, 'text.required').max(4000),
});

/** A reviewer's own declaration of a conflict of interest (recuses them from the application). */
export const declareRecusalBody = z.strictObject({
  reason: z.string().trim().min(1, 'text.required').max(2000),
});

export const decisionBody = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('approve'),
    amountFen: fen.nullable().optional(),
    reasons: z.string().trim().max(4000).optional(),
  }),
  z.strictObject({
    decision: z.literal('reject'),
    reasons: z.string().trim().min(1, 'text.required').max(4000),
  }),
  z.strictObject({
    decision: z.literal('return'),
    reasons: z.string().trim().min(1, 'text.required').max(4000),
    requestFacts: z.array(z.string().max(200)).max(50).optional(),
    requestDocuments: z.array(z.string().max(100)).max(50).optional(),
  }),
]);

export const appealDecisionBody = z.strictObject({
  outcome: z.enum(['grant', 'dismiss']),
  reasons: z.string().trim().min(1, 'text.required').max(4000),
});

export const replayResponse = z.object({
  stored: z.object({ status: z.unknown(), capFen: z.number().int().nullable() }),
  replayed: z.object({ status: z.string(), capFen: z.number().int().nullable() }),
  matches: z.boolean(),
  result: z.unknown(),
});

// Settings ------------------------------------------------------------------------------------

export const closeSettledResponse = z.object({ closed: z.number().int() });
