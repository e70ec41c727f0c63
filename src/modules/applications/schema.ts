/**
 * Schemas both sides of the workflow share: the application, its documents, timeline events and
 * policy as shown. The founder's requests are in `applying/schema.ts`, the officers' in
 * `review/schema.ts`.
 */
import { z } from 'zod';
import { applicationStatusValues } from '../../db/schema/applications';

export const localised = z.object({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), en: z.string() });
export const fen = z.number().int().min(0).max(1_000_000_000_000);

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

export const documentSchema = z.object({
  id: z.uuid(),
  documentId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const eventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  action: z.string(),
  fromStatus: applicationStatusSchema.nullable(),
  toStatus: applicationStatusSchema,
  actorKind: z.enum(['applicant', 'officer', 'system']),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const policySchema = z.object({
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

export const applicationParams = z.strictObject({ id: z.uuid() });
export const reasonsBody = z.strictObject({
  reasons: z.string().trim().min(1, 'text.required').max(4000),
});

// Settings ------------------------------------------------------------------------------------

export const closeSettledResponse = z.object({ closed: z.number().int() });
