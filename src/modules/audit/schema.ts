import { z } from 'zod';
import { isoDateTimeSchema } from '../../shared/iso-date';

export const auditQuery = z.strictObject({
  actorAccountId: z.uuid().optional(),
  /** Prefix match: `role.` finds role.granted and role.revoked. */
  action: z.string().trim().max(100).optional(),
  subjectType: z.string().trim().max(50).optional(),
  subjectId: z.string().trim().max(100).optional(),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
  beforeSeq: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const auditEntry = z
  .object({
    seq: z.number().int(),
    occurredAt: z.iso.datetime(),
    actorAccountId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

export const auditPage = z.object({
  items: z.array(auditEntry),
  /** Pass as beforeSeq to get the next (older) page; null on the last page. */
  nextBeforeSeq: z.number().int().nullable(),
});

export const auditVerification = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  brokenAtSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});
