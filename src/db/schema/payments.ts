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
import { voucherStatements } from './vouchers';

export const paymentLineStatusValues = ['scheduled', 'paid', 'failed'] as const;
export type PaymentLineStatus = (typeof paymentLineStatusValues)[number];

/** A batch of payments handed to the bank or treasury as one file. */
export const paymentBatches = pgTable(
  'payment_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    lineCount: integer('line_count').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    exportedAt: timestamp('exported_at', { withTimezone: true }),
    lastImportAt: timestamp('last_import_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('payment_batches_reference_unique').on(table.reference),
    // The batch list's keyset order, newest first (issue #19).
    index('payment_batches_created_idx').on(
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
  ],
);

/**
 * One payment: of one approved application (paid once), of one monthly allowance instalment
 * (`instalment_id` set; see allowances.ts), or of one provider's voucher statement (`statement_id`). The partial unique indexes are the "never twice"
 * guarantee: a one-payment application has at most one live (scheduled or paid) line and at most
 * one paid line; an instalment likewise.
 */
export const paymentLines = pgTable(
  'payment_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => paymentBatches.id),
    lineNumber: integer('line_number').notNull(),
    /** The application paid; null on a line that pays a voucher statement (`statement_id`). */
    applicationId: uuid('application_id').references(() => applications.id),
    /** The application's reference, or the voucher statement's. */
    applicationReference: text('application_reference').notNull(),
    /** The voucher statement this line pays a provider (issue #13); null for an application. */
    statementId: uuid('statement_id').references(() => voucherStatements.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    payeeName: text('payee_name').notNull(),
    bankName: text('bank_name').notNull(),
    accountNumber: text('account_number').notNull(),
    /** The allowance instalment this line pays; null for a one-payment application. */
    instalmentId: uuid('instalment_id').references(() => allowanceInstalments.id),
    /** YYYY-MM of the instalment paid (on the bank file); null for a one-payment application. */
    period: text('period'),
    status: text('status', { enum: paymentLineStatusValues }).notNull().default('scheduled'),
    bankReference: text('bank_reference'),
    failureReason: text('failure_reason'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (table) => [
    index('payment_lines_batch_idx').on(table.batchId),
    uniqueIndex('payment_lines_batch_line_unique').on(table.batchId, table.lineNumber),
    uniqueIndex('payment_lines_one_live_per_application')
      .on(table.applicationId)
      .where(sql`${table.status} in ('scheduled', 'paid') and ${table.instalmentId} is null`),
    uniqueIndex('payment_lines_paid_once')
      .on(table.applicationId)
      .where(sql`${table.status} = 'paid' and ${table.instalmentId} is null`),
    uniqueIndex('payment_lines_one_live_per_instalment')
      .on(table.instalmentId)
      .where(sql`${table.status} in ('scheduled', 'paid') and ${table.instalmentId} is not null`),
    check(
      'payment_lines_instalment_has_period',
      sql`(${table.instalmentId} is null) = (${table.period} is null)`,
    ),
    check('payment_lines_amount_positive', sql`${table.amountFen} > 0`),
    // A line pays an application (or one of its instalments) or a voucher statement, never both.
    check(
      'payment_lines_pays_one_thing',
      sql`(${table.applicationId} is null) <> (${table.statementId} is null)`,
    ),
    // A statement is paid once, like an application.
    uniqueIndex('payment_lines_one_live_per_statement')
      .on(table.statementId)
      .where(sql`${table.status} in ('scheduled', 'paid') and ${table.statementId} is not null`),
  ],
);
