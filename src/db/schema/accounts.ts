import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** The roles of the platform (issue #2). An account may hold several. */
export const roleValues = [
  'founder',
  'community_operator',
  'reviewer',
  'finance_officer',
  'customs_officer',
  'provider',
  // Issue #16 (B.N3): the Shenzhen government's keeper of the Hetao importers' white list.
  'whitelist_officer',
  // Issue #17 (A.P6, A.P7, A.P10): a government department's officer who publishes scenarios
  // and challenges.
  'agency',
  // Issue #17 (A.P11): staff of one of the two industry funds (their pipeline only).
  'fund',
  'admin',
] as const;
export type Role = (typeof roleValues)[number];

export const languageValues = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Language = (typeof languageValues)[number];

export const roleEnum = pgEnum('role', roleValues);
export const accountStatusEnum = pgEnum('account_status', ['active', 'disabled']);

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; the unique index is the duplicate-registration guard. */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    preferredLanguage: text('preferred_language', { enum: languageValues })
      .notNull()
      .default('zh-Hans'),
    status: accountStatusEnum('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Also the administrators' list order (issue #19): a keyset on the address alone.
    uniqueIndex('accounts_email_unique').on(table.email),
    // Their search by a part of the address or name: `ilike '%…%'`, which trigrams serve.
    index('accounts_email_trgm_idx').using('gin', sql`${table.email} gin_trgm_ops`),
    index('accounts_display_name_trgm_idx').using('gin', sql`${table.displayName} gin_trgm_ops`),
  ],
);

export const accountRoles = pgTable(
  'account_roles',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    grantedBy: uuid('granted_by').references(() => accounts.id),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.role] })],
);

/** Browser sessions. Only the SHA-256 of the cookie value is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
    ipAddress: text('ip_address'),
  },
  (table) => [
    uniqueIndex('sessions_token_hash_unique').on(table.tokenHash),
    index('sessions_account_idx').on(table.accountId),
  ],
);

/** Tokens for machine clients (service providers). Shown once; only the hash is kept. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The first characters of the token, shown in lists so a holder can tell tokens apart. */
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    /**
     * The roles its account held when it was made. A request with the token acts with those of
     * them the account still holds: the token never gains a role granted later, and loses one
     * the account loses.
     */
    roles: roleEnum('roles')
      .array()
      .notNull()
      .default(sql`'{}'::role[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('api_tokens_token_hash_unique').on(table.tokenHash),
    index('api_tokens_account_idx').on(table.accountId),
    index('api_tokens_active_idx')
      .on(table.accountId)
      .where(sql`${table.revokedAt} is null`),
  ],
);

/**
 * Attempts counted per key in fixed windows: failed sign-ins per account, per address and per
 * device, registrations per address. In the database, not in one process's memory, so every app
 * server behind a load balancer sees, and enforces, the same counts. Keys hold a hash of the
 * e-mail address, client address or device, never the value itself.
 */
export const attemptCounters = pgTable(
  'attempt_counters',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    /** When the window ends; the next attempt after it starts a new one at 1. */
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('attempt_counters_window_ends_idx').on(table.windowEndsAt)],
);
