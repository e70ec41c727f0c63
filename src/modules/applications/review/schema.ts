import { z } from 'zod';
import { cursorParam, deprecatedOffsetParam, nextCursorField } from '../../../shared/keyset';
import {
  applicationSchema,
  applicationStatusSchema,
  documentSchema,
  eventSchema,
  fen,
  localised,
  policySchema,
} from '../schema';

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
  cursor: cursorParam,
  offset: deprecatedOffsetParam,
});

export const queueResponse = z.object({
  today: z.string(),
  total: z.number().int().describe('Applications matching the filters, on all pages'),
  nextCursor: nextCursorField,
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
