import { z } from 'zod';

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

export const budgetLineDetail = budgetLineSchema.extend({
  movements: z.array(
    z.object({
      id: z.uuid(),
      applicationId: z.uuid(),
      kind: z.enum(['reserve', 'consume', 'release']),
      amountFen: z.number().int(),
      occurredAt: z.string(),
    }),
  ),
  reconciled: z.boolean(),
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
