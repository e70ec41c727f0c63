import { z } from 'zod';
import {
  applicationSchema,
  documentSchema,
  eventSchema,
  fen,
  localised,
  payeeSchema,
  policySchema,
} from '../schema';

export const myApplicationListItem = applicationSchema.extend({
  policyName: localised,
  availableActions: z.array(z.enum(['edit', 'submit', 'withdraw', 'delete', 'appeal'])),
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

export const evidenceParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });

export const saveDraftBody = z.strictObject({
  version: z.number().int().min(1),
  facts: z.record(z.string(), z.unknown()).optional(),
  requestedAmountFen: fen.nullable().optional(),
  payee: payeeSchema.nullable().optional(),
});

export const withdrawBody = z.strictObject({ reason: z.string().trim().max(1000).optional() });
export const evidenceResponse = documentSchema;
/** The text field of an evidence upload (multipart, beside its one `file`). */
export const evidenceUploadFields = z.object({
  documentId: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/),
});
