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
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { organisations, people } from './people';

/**
 * The states of an application (issue #4). The one transition table that moves between them is
 * `src/modules/applications/state-machine.ts`; the database only stores where each one is.
 */
export const applicationStatusValues = [
  'draft',
  'submitted',
  'screening',
  'in_review',
  'returned',
  'approved',
  'rejected',
  'appealed',
  'payment_scheduled',
  'payment_failed',
  'paid',
  'withdrawn',
  'closed',
] as const;
export type ApplicationStatus = (typeof applicationStatusValues)[number];
export const applicationStatusEnum = pgEnum('application_status', applicationStatusValues);

/** The states in which an application waits for the officers: the review queue (issue #19). */
export const reviewQueueStatuses = [
  'submitted',
  'in_review',
  'appealed',
] as const satisfies readonly ApplicationStatus[];

/** Who the benefit is claimed for: the person applying or their organisation. */
export const claimSubjectValues = ['person', 'organisation'] as const;
export type ClaimSubject = (typeof claimSubjectValues)[number];

export const applicationReferenceSequence = pgSequence('application_reference_seq', {
  startWith: 1,
});

/** Where the money goes when an approved benefit is paid (money benefits only). */
export interface PayeeDetails {
  accountName: string;
  bankName: string;
  accountNumber: string;
}

/** An officer's recommendation, kept until the decision (four eyes: approver ≠ recommender). */
export interface Recommendation {
  action: 'approve' | 'reject';
  amountFen: number | null;
  note: string;
  byAccountId: string;
  at: string;
}

/** What an officer (or the screening) asked the applicant for when sending it back. */
export interface InformationRequest {
  kind: 'screening' | 'officer';
  message: string;
  facts: string[];
  documents: string[];
  at: string;
}

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human reference shown to applicants and on payment files, e.g. OPC-000042. */
    reference: text('reference')
      .notNull()
      .default(sql`'OPC-' || lpad(nextval('application_reference_seq')::text, 6, '0')`),
    policyId: text('policy_id').notNull(),
    applicantAccountId: uuid('applicant_account_id')
      .notNull()
      .references(() => accounts.id),
    applicantPersonId: uuid('applicant_person_id')
      .notNull()
      .references(() => people.id),
    /** The company applying (company policies); null for benefits to a person. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    claimSubject: text('claim_subject', { enum: claimSubjectValues }).notNull(),
    status: applicationStatusEnum('status').notNull().default('draft'),
    /** The applicant's answers (same shape as the engine's facts), saved as they type. */
    facts: jsonb('facts').$type<Record<string, unknown>>().notNull().default({}),
    requestedAmountFen: bigint('requested_amount_fen', { mode: 'number' }),
    payee: jsonb('payee').$type<PayeeDetails | null>(),
    /** The engine's result at the last submission (what screening saw). */
    evaluation: jsonb('evaluation').$type<Record<string, unknown> | null>(),
    /** The evaluation snapshot stored at submission: replayable years later. */
    snapshot: jsonb('snapshot').$type<Record<string, unknown> | null>(),
    /** The benefit cap from the snapshot, in fen; null when the benefit has no money cap. */
    capFen: bigint('cap_fen', { mode: 'number' }),
    /** Whether an approval of this benefit is paid out by the platform's finance officers. */
    paidByPlatform: boolean('paid_by_platform').notNull().default(false),
    pendingRequest: jsonb('pending_request').$type<InformationRequest | null>(),
    assignedReviewerId: uuid('assigned_reviewer_id').references(() => accounts.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    recommendation: jsonb('recommendation').$type<Recommendation | null>(),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReasons: text('decision_reasons'),
    approvedAmountFen: bigint('approved_amount_fen', { mode: 'number' }),
    budgetLineId: uuid('budget_line_id'),
    /** Officers who may not decide this application again (the one whose rejection is appealed). */
    excludedOfficerIds: jsonb('excluded_officer_ids').$type<string[]>().notNull().default([]),
    appealDeadline: timestamp('appeal_deadline', { withTimezone: true }),
    appealCount: integer('appeal_count').notNull().default(0),
    appealReasons: text('appeal_reasons'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    dueOn: date('due_on', { mode: 'string' }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Bumped on every change; clients send it back to avoid overwriting a newer draft. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('applications_reference_unique').on(table.reference),
    index('applications_applicant_idx').on(table.applicantAccountId),
    index('applications_person_idx').on(table.applicantPersonId),
    index('applications_organisation_idx').on(table.organisationId),
    index('applications_policy_status_idx').on(table.policyId, table.status),
    // "Assigned to me" in the review queue counts a reviewer's waiting applications from the
    // index alone, without reading the years of finished ones assigned to them (issue #19).
    index('applications_reviewer_status_idx').on(table.assignedReviewerId, table.status),
    // The review queue (issue #19): its filter on status and its keyset order (due date, nulls
    // last, then submission, then id), so a page is read in order and the next one starts after
    // the last key instead of at an offset.
    index('applications_queue_idx').on(table.status, table.dueOn, table.submittedAt, table.id),
    // The whole queue (every waiting state, the default view) in its order: its first page reads
    // the first rows of this index instead of sorting every waiting application.
    index('applications_review_queue_idx')
      .on(table.dueOn, table.submittedAt, table.id)
      .where(
        sql`${table.status} in (${sql.raw(reviewQueueStatuses.map((status) => `'${status}'`).join(', '))})`,
      ),
    // Finance's payable list (payments/repo.ts): the approved and failed ones in the order of
    // their decision, read from the start of this index instead of among every application.
    index('applications_payable_idx')
      .on(table.decidedAt, table.id)
      .where(sql`${table.status} in ('approved', 'payment_failed')`),
    // Officers search the queue by a part of the reference ("000042"): trigrams serve `ilike '%…%'`.
    index('applications_reference_trgm_idx').using('gin', sql`${table.reference} gin_trgm_ops`),
    check(
      'applications_approved_amount_within_cap',
      sql`${table.approvedAmountFen} is null or ${table.capFen} is null or ${table.approvedAmountFen} <= ${table.capFen}`,
    ),
    check(
      'applications_amounts_not_negative',
      sql`coalesce(${table.approvedAmountFen}, 0) >= 0 and coalesce(${table.requestedAmountFen}, 0) >= 0`,
    ),
  ],
);

/** The applicant's timeline: one row per transition or request, in order. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    fromStatus: applicationStatusEnum('from_status'),
    toStatus: applicationStatusEnum('to_status').notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorKind: text('actor_kind', { enum: ['applicant', 'officer', 'system'] }).notNull(),
    /** Reasons, requests, amounts — what the applicant (or officer) is shown for this step. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** Officer-only notes (assignment, recusal) are hidden from the applicant's timeline. */
    visibleToApplicant: boolean('visible_to_applicant').notNull().default(true),
  },
  (table) => [index('application_events_application_idx').on(table.applicationId)],
);

/** Evidence files. The bytes live in the evidence storage (disk or S3) under `storageKey`. */
export const applicationDocuments = pgTable(
  'application_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    /** The policy's evidence document id this file is for, or `other`. */
    documentId: text('document_id').notNull(),
    fileName: text('file_name').notNull(),
    /** Sniffed from the bytes, never taken from the client. */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => accounts.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (table) => [index('application_documents_application_idx').on(table.applicationId)],
);

/** A reviewer's rubric scores for a discretionary programme (one row per reviewer). */
export const reviewScores = pgTable(
  'review_scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    reviewerAccountId: uuid('reviewer_account_id')
      .notNull()
      .references(() => accounts.id),
    rubricId: text('rubric_id').notNull(),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    weightedTotal: integer('weighted_total').notNull(),
    comment: text('comment').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('review_scores_application_reviewer_unique').on(
      table.applicationId,
      table.reviewerAccountId,
    ),
  ],
);

/**
 * A conflict of interest a reviewer declared on an application (issue #11): it recuses them like
 * a confirmed membership does. Only the reviewer declares their own; it is not withdrawn.
 */
export const reviewerRecusals = pgTable(
  'reviewer_recusals',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    reviewerAccountId: uuid('reviewer_account_id')
      .notNull()
      .references(() => accounts.id),
    reason: text('reason').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.applicationId, table.reviewerAccountId] })],
);

/**
 * One-time and exclusive benefits, enforced by the database: an approval inserts its claim keys
 * (`once:<policy>` for one-time benefits, `group:<exclusivity group>` for either-or benefits);
 * the unique index refuses a second holder, whatever races. A rejection or revocation deletes them.
 */
export const benefitClaims = pgTable(
  'benefit_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectType: text('subject_type', { enum: claimSubjectValues }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    claimKey: text('claim_key').notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    policyId: text('policy_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('benefit_claims_subject_key_unique').on(
      table.subjectType,
      table.subjectId,
      table.claimKey,
    ),
    index('benefit_claims_application_idx').on(table.applicationId),
  ],
);

/** Working-day SLA, appeal period and public holidays: data an administrator maintains. */
export const workflowSettings = pgTable('workflow_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: uuid('updated_by').references(() => accounts.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
