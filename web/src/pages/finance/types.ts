/**
 * Shapes of the payments and budgets API (src/modules/{payments,budgets}/schema.ts), from the
 * OpenAPI types.
 */
import type { ApiResponse, ApiSchema } from '../../api/openapi-client';

export type Batch = ApiSchema<'PaymentBatch'>;
export type BatchDetail = ApiResponse<'/payments/batches/{id}'>;
/** `period` is the YYYY-MM of the monthly allowance instalment a line pays; null for one payment. */
export type BatchLine = BatchDetail['lines'][number];
export type BudgetLine = ApiSchema<'BudgetLine'>;
/** An approved application waiting for a payment batch. */
export type Payable = ApiResponse<'/payments/payable'>[number];
/** A budget line with the first page of its ledger (`movementsNextCursor` for the next). */
export type BudgetLineDetail = ApiResponse<'/budgets/{id}'>;
/** A reserve, consume or release on a budget line's ledger. */
export type BudgetMovement = ApiSchema<'BudgetMovement'>;
