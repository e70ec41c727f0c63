import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { applications } from './applications';
import { organisations } from './people';

/**
 * Compute, model and corpus vouchers (issue #13; A.P9, A.V1) as a double-entry ledger in plain
 * PostgreSQL. Every movement of a fen is one row of {@link voucherTransfers}: it debits one
 * account and credits another by the same positive amount, so the ledger balances by
 * construction. Account balances are kept beside their entries and checked by the database
 * (`balance_fen >= 0` unless the account is a funding source); a trigger refuses any UPDATE or
 * DELETE of a transfer (migration `add_voucher_ledger`).
 */

export const voucherKindValues = ['compute', 'model', 'corpus'] as const;
export type VoucherKind = (typeof voucherKindValues)[number];
export const voucherKindEnum = pgEnum('voucher_kind', voucherKindValues);

/**
 * What an account holds. `funding` is the city's side (it goes negative as pools are funded);
 * `pool` a programme budget (kind × year); `grant` one company's voucher grant; `held` a company's
 * holds of a kind; `receivable` what the platform owes a provider for captured redemptions;
 * `settling` statements issued and not yet paid; `paid` what reached providers' banks.
 */
export const voucherAccountTypeValues = [
  'funding',
  'pool',
  'grant',
  'held',
  'receivable',
  'settling',
  'paid',
] as const;
export type VoucherAccountType = (typeof voucherAccountTypeValues)[number];

export const voucherAccounts = pgTable(
  'voucher_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Readable and unique: `pool:compute:2026`, `grant:<grant id>`, `receivable:<provider>:model`. */
    code: text('code').notNull(),
    type: text('type', { enum: voucherAccountTypeValues }).notNull(),
    kind: voucherKindEnum('kind').notNull(),
    balanceFen: bigint('balance_fen', { mode: 'number' }).notNull().default(0),
    /** Only the city's funding source may go below zero. */
    allowNegative: boolean('allow_negative').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('voucher_accounts_code_unique').on(table.code),
    check('voucher_accounts_not_negative', sql`${table.allowNegative} or ${table.balanceFen} >= 0`),
    check(
      'voucher_accounts_only_funding_negative',
      sql`not ${table.allowNegative} or ${table.type} = 'funding'`,
    ),
  ],
);

export const voucherTransferTypeValues = [
  'fund',
  'issue',
  'hold',
  'capture',
  'release',
  'refund',
  'expire',
  'revoke',
  'settle',
  'pay',
] as const;
export type VoucherTransferType = (typeof voucherTransferTypeValues)[number];

/** One balanced movement: `amount_fen` leaves the debit account and reaches the credit account. */
export const voucherTransfers = pgTable(
  'voucher_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type', { enum: voucherTransferTypeValues }).notNull(),
    kind: voucherKindEnum('kind').notNull(),
    debitAccountId: uuid('debit_account_id')
      .notNull()
      .references(() => voucherAccounts.id),
    creditAccountId: uuid('credit_account_id')
      .notNull()
      .references(() => voucherAccounts.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    grantId: uuid('grant_id'),
    contractId: uuid('contract_id'),
    statementId: uuid('statement_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check('voucher_transfers_amount_positive', sql`${table.amountFen} > 0`),
    check(
      'voucher_transfers_two_accounts',
      sql`${table.debitAccountId} <> ${table.creditAccountId}`,
    ),
    index('voucher_transfers_contract_idx').on(table.contractId),
    index('voucher_transfers_grant_idx').on(table.grantId),
    index('voucher_transfers_statement_idx').on(table.statementId),
    index('voucher_transfers_type_created_idx').on(table.type, table.createdAt),
  ],
);

export const voucherProviderStatusValues = ['active', 'suspended', 'removed'] as const;
export type VoucherProviderStatus = (typeof voucherProviderStatusValues)[number];

/** A registered provider (A.V1: vouchers are redeemed at registered providers only). */
export const voucherProviders = pgTable(
  'voucher_providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kinds: jsonb('kinds').$type<VoucherKind[]>().notNull(),
    status: text('status', { enum: voucherProviderStatusValues }).notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** Where statements are paid (the payments module's bank file). */
    payeeName: text('payee_name').notNull(),
    bankName: text('bank_name').notNull(),
    accountNumber: text('account_number').notNull(),
    statusReason: text('status_reason'),
    registeredBy: uuid('registered_by').references(() => accounts.id),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('voucher_providers_organisation_unique').on(table.organisationId)],
);

/**
 * A.V1: a company's grants of a kind never exceed the kind's per-company cap in total. One row
 * per company and kind, raised by each grant under the database's check, whatever the order in
 * which approvals arrive.
 */
export const voucherEntitlements = pgTable(
  'voucher_entitlements',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: voucherKindEnum('kind').notNull(),
    capFen: bigint('cap_fen', { mode: 'number' }).notNull(),
    grantedFen: bigint('granted_fen', { mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.organisationId, table.kind] }),
    check('voucher_entitlements_within_cap', sql`${table.grantedFen} <= ${table.capFen}`),
  ],
);

/** A voucher issued to a company by an approved application. */
export const voucherGrants = pgTable(
  'voucher_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: voucherKindEnum('kind').notNull(),
    applicationId: uuid('application_id').references(() => applications.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** A.V1: start-ups are paid a higher share of a compute contract (as verified on approval). */
    startup: boolean('startup').notNull(),
    clauses: jsonb('clauses').$type<string[]>().notNull(),
    /** Null while the validity parameter is unpublished: the source gives none. */
    validUntil: date('valid_until', { mode: 'string' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => voucherAccounts.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('voucher_grants_application_unique').on(table.applicationId),
    index('voucher_grants_organisation_idx').on(table.organisationId, table.kind),
    check('voucher_grants_amount_positive', sql`${table.amountFen} > 0`),
  ],
);

export const voucherContractStatusValues = [
  'awaiting_company',
  'declined',
  'confirmed',
  'held',
  'voided',
  'captured',
] as const;
export type VoucherContractStatus = (typeof voucherContractStatusValues)[number];

/**
 * A purchase contract a provider registered for a company's voucher: the unit of redemption.
 * Amounts: `held_fen` placed on hold, `captured_fen` taken on delivery, `refunded_fen` given back
 * before settlement; the checks are the two-phase rules (captured ≤ held, refunded ≤ captured).
 */
export const voucherContracts = pgTable(
  'voucher_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => voucherProviders.id),
    contractNumber: text('contract_number').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: voucherKindEnum('kind').notNull(),
    contractAmountFen: bigint('contract_amount_fen', { mode: 'number' }).notNull(),
    contractDate: date('contract_date', { mode: 'string' }).notNull(),
    description: text('description'),
    status: text('status', { enum: voucherContractStatusValues }).notNull(),
    providerDeclaresRelated: boolean('provider_declares_related').notNull(),
    companyDeclaresRelated: boolean('company_declares_related'),
    declineReason: text('decline_reason'),
    /** The share applied (basis points) and the subsidy it gave, fixed when the hold is placed. */
    rateBp: integer('rate_bp'),
    heldFen: bigint('held_fen', { mode: 'number' }).notNull().default(0),
    capturedFen: bigint('captured_fen', { mode: 'number' }).notNull().default(0),
    refundedFen: bigint('refunded_fen', { mode: 'number' }).notNull().default(0),
    invoiceNumber: text('invoice_number'),
    deliveryProof: text('delivery_proof'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => accounts.id),
    heldAt: timestamp('held_at', { withTimezone: true }),
    capturedAt: timestamp('captured_at', { withTimezone: true }),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    // A.V1: one contract is subsidised once — per provider, by its contract number.
    uniqueIndex('voucher_contracts_number_unique').on(table.providerId, table.contractNumber),
    index('voucher_contracts_organisation_idx').on(table.organisationId, table.registeredAt),
    index('voucher_contracts_provider_idx').on(table.providerId, table.registeredAt),
    check('voucher_contracts_amount_positive', sql`${table.contractAmountFen} > 0`),
    check(
      'voucher_contracts_two_phase',
      sql`${table.heldFen} >= 0 and ${table.capturedFen} <= ${table.heldFen} and ${table.refundedFen} >= 0 and ${table.refundedFen} <= ${table.capturedFen}`,
    ),
  ],
);

/**
 * Which grants a hold drew on (a company's grants of a kind are used earliest expiry first), so
 * a capture, release or refund returns each fen to the grant it came from.
 */
export const voucherHoldLegs = pgTable(
  'voucher_hold_legs',
  {
    contractId: uuid('contract_id')
      .notNull()
      .references(() => voucherContracts.id),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => voucherGrants.id),
    heldFen: bigint('held_fen', { mode: 'number' }).notNull(),
    capturedFen: bigint('captured_fen', { mode: 'number' }).notNull().default(0),
    refundedFen: bigint('refunded_fen', { mode: 'number' }).notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.contractId, table.grantId] }),
    check(
      'voucher_hold_legs_two_phase',
      sql`${table.heldFen} > 0 and ${table.capturedFen} >= 0 and ${table.capturedFen} <= ${table.heldFen} and ${table.refundedFen} >= 0 and ${table.refundedFen} <= ${table.capturedFen}`,
    ),
  ],
);

export const voucherStatementStatusValues = ['issued', 'scheduled', 'paid'] as const;
export type VoucherStatementStatus = (typeof voucherStatementStatusValues)[number];

/** A provider's statement for a period: captured − refunded, paid through a payment batch. */
export const voucherStatements = pgTable(
  'voucher_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => voucherProviders.id),
    /** `YYYY-MM` (China time) of the movements it covers. */
    period: text('period').notNull(),
    capturedFen: bigint('captured_fen', { mode: 'number' }).notNull(),
    refundedFen: bigint('refunded_fen', { mode: 'number' }).notNull(),
    netFen: bigint('net_fen', { mode: 'number' }).notNull(),
    status: text('status', { enum: voucherStatementStatusValues }).notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('voucher_statements_reference_unique').on(table.reference),
    uniqueIndex('voucher_statements_provider_period_unique').on(table.providerId, table.period),
    check(
      'voucher_statements_net',
      sql`${table.netFen} = ${table.capturedFen} - ${table.refundedFen} and ${table.netFen} >= 0`,
    ),
  ],
);

/** Each capture and refund is on at most one statement: a fen is never settled twice. */
export const voucherStatementEntries = pgTable(
  'voucher_statement_entries',
  {
    transferId: uuid('transfer_id')
      .primaryKey()
      .references(() => voucherTransfers.id),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => voucherStatements.id),
  },
  (table) => [index('voucher_statement_entries_statement_idx').on(table.statementId)],
);

/**
 * Idempotency keys of provider calls (issue #13 item 5, after Stripe's): the first answer to a
 * key is stored in the transaction that made its effect, so a retry — even after a crash or a
 * restart — gets that answer and no second effect. Kept at least 24 hours.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** Whose key: `account:<id>`; keys of different callers never meet. */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the operation and its canonical request: the same key with another is a 422. */
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status').notNull(),
    responseBody: jsonb('response_body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.scope, table.key] }),
    index('idempotency_keys_created_idx').on(table.createdAt),
  ],
);

/**
 * The voucher commands' audit rows (register, confirm, decline, hold, capture, void, refund),
 * written in the command's transaction like every audit row — but without taking the audit
 * chain's single head lock, which would run every redemption in the city one at a time
 * (`bench:vouchers` measured 74 audited commits a second at most). `seq` comes from a sequence,
 * so rows are written concurrently; a sealer links them into the audit chain shortly after
 * commit (`voucher_command_seals`, one `voucher_commands.sealed` audit row per seal, carrying a
 * SHA-256 over the rows it covers). STYLE.md, "the audit chain's single head". Append-only.
 */
export const voucherCommandLog = pgTable(
  'voucher_command_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorLabel: text('actor_label').notNull(),
    requestId: text('request_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    after: jsonb('after'),
  },
  (table) => [index('voucher_command_log_subject_idx').on(table.subjectType, table.subjectId)],
);

/** Each seal: the command rows `from_seq`…`to_seq` (those present), hashed into the audit chain. */
export const voucherCommandSeals = pgTable('voucher_command_seals', {
  toSeq: bigint('to_seq', { mode: 'number' }).primaryKey(),
  fromSeq: bigint('from_seq', { mode: 'number' }).notNull(),
  rows: integer('rows').notNull(),
  hash: text('hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull(),
});
