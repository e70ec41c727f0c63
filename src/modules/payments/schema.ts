import { z } from 'zod';
import { cursorParam } from '../../shared/keyset';

export const paymentBatchSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    totalFen: z.number().int(),
    lineCount: z.number().int(),
    scheduledFen: z.number().int(),
    paidFen: z.number().int(),
    failedFen: z.number().int(),
    reconciled: z.boolean(),
    createdAt: z.string(),
    exportedAt: z.string().nullable(),
    lastImportAt: z.string().nullable(),
  })
  .meta({ id: 'PaymentBatch' });

export const paymentLineSchema = z.object({
  id: z.uuid(),
  lineNumber: z.number().int(),
  /** The application paid; null on a line that pays a voucher statement. */
  applicationId: z.uuid().nullable(),
  /** The application's reference, or the voucher statement's. */
  applicationReference: z.string(),
  /** The voucher statement this line pays a provider (issue #13); else null. */
  statementId: z.uuid().nullable(),
  /** The monthly allowance instalment this line pays, and its month (YYYY-MM); else null. */
  instalmentId: z.uuid().nullable(),
  period: z.string().nullable(),
  amountFen: z.number().int(),
  payeeName: z.string(),
  bankName: z.string(),
  accountNumber: z.string(),
  status: z.enum(['scheduled', 'paid', 'failed']),
  bankReference: z.string().nullable(),
  failureReason: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});

export const paymentBatchDetail = paymentBatchSchema.extend({
  lines: z
    .array(paymentLineSchema)
    .describe(
      'The first page of the lines, by line number (at most `limit`); the rest from `/payments/batches/{id}/lines?cursor=linesNextCursor`. The totals cover every line.',
    ),
  linesNextCursor: z
    .string()
    .nullable()
    .describe('The cursor of the next page of lines; null when `lines` holds them all'),
});

/** A page of a batch's lines, by line number. */
export const paymentLinePage = z.object({
  items: z.array(paymentLineSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

/**
 * A page of a list. The default is what the lists returned before they were paged (200), so
 * their existing clients see the same; a client that wants more follows the next page.
 */
export const pageQuery = z.strictObject({
  cursor: cursorParam,
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const payableSchema = z.array(
  z.object({
    id: z.uuid(),
    reference: z.string(),
    policyId: z.string(),
    status: z.string(),
    approvedAmountFen: z.number().int(),
    payeeName: z.string().nullable(),
    decidedAt: z.string().nullable(),
  }),
);

/**
 * Nothing named: everything payable (applications, due instalments, issued voucher statements).
 * Named: only the applications, instalments and statements named.
 */
export const buildBatchBody = z.strictObject({
  applicationIds: z.array(z.uuid()).min(1).max(1000).optional(),
  instalmentIds: z.array(z.uuid()).min(1).max(5000).optional(),
  statementIds: z.array(z.uuid()).min(1).max(1000).optional(),
});

export const batchParams = z.strictObject({ id: z.uuid() });
export const exportQuery = z.strictObject({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const importResponse = z.object({
  summary: z.object({
    paid: z.number().int(),
    failed: z.number().int(),
    alreadyRecorded: z.number().int(),
    paidFen: z.number().int(),
    failedFen: z.number().int(),
    leftScheduled: z.number().int(),
  }),
  batch: paymentBatchDetail,
});
