import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { allowanceInstalments } from './allowances';
import { applications } from './applications';

/**
 * A budget line: what may be approved for one policy in one year. An approval reserves, a payment
 * consumes (reserved → consumed), a rejection or revocation releases. A monthly allowance reserves
 * its whole schedule at approval, then consumes per paid and releases per stopped instalment. Approvals lock the row
 * (`SELECT … FOR UPDATE`) so parallel approvals queue and never overspend; the check constraint is
 * the last line of defence.
 */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    policyId: text('policy_id').notNull(),
    year: integer('year').notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    reservedFen: bigint('reserved_fen', { mode: 'number' }).notNull().default(0),
    consumedFen: bigint('consumed_fen', { mode: 'number' }).notNull().default(0),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('budget_lines_policy_year_unique').on(table.policyId, table.year),
    check(
      'budget_lines_amounts_valid',
      sql`${table.totalFen} >= 0 and ${table.reservedFen} >= 0 and ${table.consumedFen} >= 0 and ${table.reservedFen} + ${table.consumedFen} <= ${table.totalFen}`,
    ),
  ],
);

export const budgetMovementKindValues = ['reserve', 'consume', 'release'] as const;
export type BudgetMovementKind = (typeof budgetMovementKindValues)[number];

/** The ledger behind a budget line's totals: every reserve, consume and release, in order. */
export const budgetMovements = pgTable(
  'budget_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    budgetLineId: uuid('budget_line_id')
      .notNull()
      .references(() => budgetLines.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    /** The monthly allowance instalment paid or stopped; null for a one-payment application. */
    instalmentId: uuid('instalment_id').references(() => allowanceInstalments.id),
    kind: text('kind', { enum: budgetMovementKindValues }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    actorAccountId: uuid('actor_account_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    // The ledger of a line in its keyset order (issue #19): serves the page of movements and the
    // line's sums. It replaces the index on budget_line_id alone, of which it is a prefix.
    index('budget_movements_line_occurred_idx').on(table.budgetLineId, table.occurredAt, table.id),
    index('budget_movements_application_idx').on(table.applicationId),
    // A payment consumes an application's reservation once, ever…
    uniqueIndex('budget_movements_consume_once')
      .on(table.applicationId)
      .where(sql`${table.kind} = 'consume' and ${table.instalmentId} is null`),
    // …and a monthly instalment is consumed (paid) or released (stopped) once, ever.
    uniqueIndex('budget_movements_instalment_once')
      .on(table.instalmentId, table.kind)
      .where(sql`${table.instalmentId} is not null`),
    check('budget_movements_amount_positive', sql`${table.amountFen} > 0`),
  ],
);
