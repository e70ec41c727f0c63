import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

/**
 * Policy finds the company (issue #15): profiles imported from registration data, matched
 * against the catalogue by batch jobs, their results, and the candidates for pushes.
 */

/** Where an imported column goes: a profile field, or a fact of policies/facts.yaml. */
export type MatchingImportTarget = string;

/**
 * One import of registration data (CSV or Excel). Versioned: `version` counts imports, and the
 * column mapping used is kept with it, so every imported fact can name the import it came from.
 */
export const matchingImports = pgTable(
  'matching_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    fileKind: text('file_kind').notNull(),
    sha256: text('sha256').notNull(),
    /** Column header → target (`profile.name`, `company.foundedOn`, …); unmapped columns omitted. */
    mapping: jsonb('mapping').$type<Record<string, MatchingImportTarget>>().notNull(),
    rowCount: integer('row_count').notNull(),
    createdCount: integer('created_count').notNull(),
    updatedCount: integer('updated_count').notNull(),
    unchangedCount: integer('unchanged_count').notNull(),
    importedBy: uuid('imported_by').references(() => accounts.id, { onDelete: 'set null' }),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('matching_imports_version_unique').on(table.version)],
);

/** Where one imported fact came from: the import and its version. */
export interface ImportedFactSource {
  importId: string;
  version: number;
}

/**
 * A company's matching profile, keyed by its unified social credit code. The organisation need
 * not be on the platform yet: it is linked by credit code when one registers (read-time join),
 * and its founders' own fact profiles then win over these facts, field by field.
 */
export const matchingProfiles = pgTable(
  'matching_profiles',
  {
    /** A dense number, so a run can split the profiles into id ranges, one job per range. */
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    foundedOn: date('founded_on', { mode: 'string' }),
    /** A Shenzhen district code (spaces/districts.ts). */
    district: text('district'),
    size: text('size'),
    industry: text('industry'),
    /** Imported facts, nested like a situation (`{ company: { isAiCompany: true } }`). */
    facts: jsonb('facts').$type<Record<string, unknown>>().notNull().default({}),
    /** Fact id → the import that last gave it. */
    factSources: jsonb('fact_sources')
      .$type<Record<string, ImportedFactSource>>()
      .notNull()
      .default({}),
    lastImportId: uuid('last_import_id').references(() => matchingImports.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('matching_profiles_credit_code_unique').on(table.creditCode)],
);

export const matchingRunTriggerValues = [
  'manual',
  'import',
  'profile',
  'parameter',
  'nightly',
] as const;
export type MatchingRunTrigger = (typeof matchingRunTriggerValues)[number];
export const matchingRunStatusValues = ['running', 'finished', 'failed'] as const;
export type MatchingRunStatus = (typeof matchingRunStatusValues)[number];

/**
 * A match run: some profiles (or all) against some policies (or all) on a date, split into
 * batches, each a queue job. Progress is counted as batches finish (one row update each).
 */
export const matchingRuns = pgTable(
  'matching_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trigger: text('trigger').$type<MatchingRunTrigger>().notNull(),
    /** The policies matched; null: the whole catalogue. */
    policies: jsonb('policies').$type<string[] | null>(),
    /** What set it off: the parameter id, the import id, the organisation id. */
    cause: text('cause'),
    status: text('status').$type<MatchingRunStatus>().notNull().default('running'),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    catalogueHash: text('catalogue_hash').notNull(),
    parameterVersion: text('parameter_version').notNull(),
    batchesTotal: integer('batches_total').notNull(),
    batchesDone: integer('batches_done').notNull().default(0),
    profilesTotal: integer('profiles_total').notNull(),
    profilesMatched: integer('profiles_matched').notNull().default(0),
    resultsWritten: integer('results_written').notNull().default(0),
    resultsChanged: integer('results_changed').notNull().default(0),
    pushCandidates: integer('push_candidates').notNull().default(0),
    requestedBy: uuid('requested_by').references(() => accounts.id, { onDelete: 'set null' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('matching_runs_started_idx').on(table.startedAt)],
);

/**
 * One finished batch of a run: the profile id range it covered and the worker that did it. The
 * primary key makes a batch count once even if a retried job runs it again.
 */
export const matchingRunBatches = pgTable(
  'matching_run_batches',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => matchingRuns.id, { onDelete: 'cascade' }),
    batch: integer('batch').notNull(),
    firstProfileId: bigint('first_profile_id', { mode: 'number' }).notNull(),
    lastProfileId: bigint('last_profile_id', { mode: 'number' }).notNull(),
    profiles: integer('profiles').notNull(),
    worker: text('worker').notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.runId, table.batch] })],
);

/** The latest result of each profile for each policy. */
export const matchingResults = pgTable(
  'matching_results',
  {
    profileId: bigint('profile_id', { mode: 'number' })
      .notNull()
      .references(() => matchingProfiles.id, { onDelete: 'cascade' }),
    policyId: text('policy_id').notNull(),
    status: text('status').$type<'eligible' | 'ineligible' | 'unknown'>().notNull(),
    maxAmountFen: bigint('max_amount_fen', { mode: 'number' }),
    missingFacts: jsonb('missing_facts').$type<string[]>().notNull(),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    catalogueHash: text('catalogue_hash').notNull(),
    parameterVersion: text('parameter_version').notNull(),
    runId: uuid('run_id').references(() => matchingRuns.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.profileId, table.policyId] }),
    index('matching_results_policy_status_idx').on(table.policyId, table.status),
  ],
);

export const matchingPushReasonValues = ['eligible', 'one_fact_away'] as const;
export type MatchingPushReason = (typeof matchingPushReasonValues)[number];

/**
 * Groundwork for pushes (issue #15 item 3): a result that became eligible, or unknown with one
 * missing fact and money at stake. Unique per profile, policy and reason: never pushed twice.
 * Sending (inbox, e-mail digest) reads the unsent rows; it is not built yet.
 */
export const matchingPushCandidates = pgTable(
  'matching_push_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: bigint('profile_id', { mode: 'number' })
      .notNull()
      .references(() => matchingProfiles.id, { onDelete: 'cascade' }),
    policyId: text('policy_id').notNull(),
    reason: text('reason').$type<MatchingPushReason>().notNull(),
    maxAmountFen: bigint('max_amount_fen', { mode: 'number' }),
    missingFact: text('missing_fact'),
    runId: uuid('run_id').references(() => matchingRuns.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Not sent because every person who would get it has opted out of benefit pushes. */
    suppressedAt: timestamp('suppressed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('matching_push_candidates_unique').on(
      table.profileId,
      table.policyId,
      table.reason,
    ),
    index('matching_push_candidates_unsent_idx')
      .on(table.createdAt)
      .where(sql`${table.sentAt} is null`),
  ],
);

/**
 * A person's choice about benefit pushes (issue #15 item 3: an opt-out honoured everywhere). No
 * row: pushes are on. Kept per account, since an account is what a push is addressed to.
 */
export const matchingPushPreferences = pgTable('matching_push_preferences', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  benefitPushes: boolean('benefit_pushes').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
