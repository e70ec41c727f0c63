import { z } from 'zod';
import { cursorParam } from '../../shared/keyset';

export const budgetLineSchema = z
  .object({
    id: z.uuid(),
    policyId: z.string(),
    year: z.number().int(),
    totalFen: z.number().int(),
    reservedFen: z.number().int(),
    consumedFen: z.number().int(),
    remainingFen: z.number().int(),
    note: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'BudgetLine' });

export const budgetMovementSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    /** The application's human reference (OPC-000042). */
    applicationReference: z.string(),
    kind: z.enum(['reserve', 'consume', 'release']),
    amountFen: z.number().int(),
    occurredAt: z.string(),
  })
  .meta({ id: 'BudgetMovement' });

export const budgetLineDetail = budgetLineSchema.extend({
  movements: z
    .array(budgetMovementSchema)
    .describe(
      'The first page of the ledger, oldest first (at most `limit` movements); the rest from `/budgets/{id}/movements?cursor=movementsNextCursor`',
    ),
  movementsNextCursor: z
    .string()
    .nullable()
    .describe("The cursor of the ledger's next page; null when `movements` is the whole ledger"),
  reconciled: z
    .boolean()
    .describe("Whether the whole ledger (every page) sums to the line's reserved and consumed"),
});

/** A page of a line's ledger, oldest first. */
export const budgetMovementPage = z.object({
  items: z.array(budgetMovementSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

/** The ledger is paged: 100 movements unless asked, at most 500. */
export const movementPageQuery = z.strictObject({
  cursor: cursorParam,
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const budgetListQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const createBudgetLineBody = z.strictObject({
  policyId: z.string().trim().min(1, 'text.required').max(100),
  year: z.number().int().min(2000).max(2100),
  totalFen: z.number().int().min(0).max(1_000_000_000_000),
  note: z.string().trim().max(500).optional(),
});

export const updateBudgetLineBody = z.strictObject({
  totalFen: z.number().int().min(0).max(1_000_000_000_000).optional(),
  note: z.string().trim().max(500).optional(),
});

export const budgetParams = z.strictObject({ id: z.uuid() });
