import { z } from 'zod';
import { isoDateTimeSchema } from '../../shared/iso-date';
import { cursorParam } from '../../shared/keyset';

export const auditQuery = z.strictObject({
  actorAccountId: z.uuid().optional(),
  /**
   * Prefix match: `role.` finds role.granted and role.revoked. Rows stored under an older name
   * of an action are found by its current name and by the old one.
   */
  action: z.string().trim().max(100).optional(),
  subjectType: z.string().trim().max(50).optional(),
  subjectId: z.string().trim().max(100).optional(),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
  beforeSeq: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Deprecated: use cursor. Rows with a lower seq; ignored when a cursor is given.'),
  cursor: cursorParam,
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const auditEntry = z
  .object({
    seq: z.number().int(),
    occurredAt: z.iso.datetime(),
    actorAccountId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string().meta({
      description:
        'What happened, dotted with the verb last in the past tense (`application.approved`). A row written under an older name is listed under the current one; `storedAction` then holds the name it was stored and hashed under.',
    }),
    storedAction: z.string().optional().meta({
      description:
        'Present only when the row was written under an older action name: the name as stored, which the row hash covers.',
    }),
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
  nextCursor: z
    .string()
    .nullable()
    .describe('Pass as `cursor` for the next (older) page; null on the last page'),
});

export const auditVerification = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  brokenAtSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});
