import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
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
import { organisations } from './people';

/**
 * Government scenarios and technology challenges (issue #17 items 1–2; A.P6, A.P7, A.P10).
 *
 * A department's officer (the `agency` role) publishes a scenario (A.P6: city governance and
 * public services); companies propose; the officer shortlists, pilots and records a product *in
 * use*, and may recognise a demonstration project (A.P7). A challenge (揭榜挂帅, A.P10) is
 * published with its goals and budget ceiling; a lead organisation forms a consortium by
 * invitation, submits before the deadline, a panel scores, a winner is chosen and its milestones
 * accepted over time. Money is integer fen; deadlines are China dates (the last day, inclusive).
 *
 * NOTE: organisation kinds have no "government department": the publishing department is a name
 * in three languages on each scenario and challenge, and the acting officer the `agency` account.
 */

/** A text in the three languages served (the same shape as the API's `LocalisedText`). */
type LocalisedText = { 'zh-Hans': string; 'zh-Hant': string; en: string };

export const scenarioDomainValues = ['city-governance', 'public-services'] as const;
export type ScenarioDomain = (typeof scenarioDomainValues)[number];

export const scenarioProposalStatusValues = [
  'submitted',
  'shortlisted',
  'declined',
  'piloting',
  'in_use',
] as const;
export type ScenarioProposalStatus = (typeof scenarioProposalStatusValues)[number];

/** One criterion of a published rubric: the source gives none, so no weights are invented. */
export interface RubricCriterion {
  id: string;
  label: LocalisedText;
}

/** A.P10: a successful challenge receives at most ¥30,000,000, in fen. */
export const CHALLENGE_BUDGET_CEILING_FEN = 3_000_000_000;

export const scenarios = pgTable(
  'scenarios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: jsonb('title').$type<LocalisedText>().notNull(),
    problem: jsonb('problem').$type<LocalisedText>().notNull(),
    dataAndAccess: jsonb('data_and_access').$type<LocalisedText>().notNull(),
    department: jsonb('department').$type<LocalisedText>().notNull(),
    domain: text('domain', { enum: scenarioDomainValues }).notNull(),
    timelineStartsOn: date('timeline_starts_on', { mode: 'string' }).notNull(),
    timelineEndsOn: date('timeline_ends_on', { mode: 'string' }).notNull(),
    /** The last China day a proposal is taken (inclusive). */
    proposalsCloseOn: date('proposals_close_on', { mode: 'string' }).notNull(),
    contact: text('contact').notNull(),
    /** The demonstration rubric (A.P7) published with the scenario: criteria, no weights. */
    demonstrationCriteria: jsonb('demonstration_criteria').$type<RubricCriterion[]>().notNull(),
    demo: boolean('demo').notNull().default(false),
    publishedBy: uuid('published_by').references(() => accounts.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('scenarios_published_idx').on(table.publishedAt, table.id),
    check('scenarios_timeline_ordered', sql`${table.timelineStartsOn} <= ${table.timelineEndsOn}`),
  ],
);

/** A founder's subscription to new scenarios of a domain (told when one is published). */
export const scenarioSubscriptions = pgTable(
  'scenario_subscriptions',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    domain: text('domain', { enum: scenarioDomainValues }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.accountId, table.domain] })],
);

export const scenarioProposals = pgTable(
  'scenario_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scenarioId: uuid('scenario_id')
      .notNull()
      .references(() => scenarios.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    proposerAccountId: uuid('proposer_account_id').references(() => accounts.id),
    summary: text('summary').notNull(),
    approach: text('approach').notNull(),
    team: text('team').notNull(),
    status: text('status', { enum: scenarioProposalStatusValues }).notNull(),
    /** The officer's reason for the latest decision (shortlist, decline, pilot, in use). */
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    pilotStartedOn: date('pilot_started_on', { mode: 'string' }),
    /** A.P6: the day the product went into actual use in the government scenario. */
    inUseSince: date('in_use_since', { mode: 'string' }),
    inUseRecordedAt: timestamp('in_use_recorded_at', { withTimezone: true }),
    /** The `scenario.gov-deployment` application started from the in-use record, if any. */
    deploymentApplicationId: uuid('deployment_application_id'),
    /** The `scenario.demonstration` application started from the recognition, if any. */
    demonstrationApplicationId: uuid('demonstration_application_id'),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('scenario_proposals_scenario_organisation_unique').on(
      table.scenarioId,
      table.organisationId,
    ),
    index('scenario_proposals_organisation_idx').on(table.organisationId),
  ],
);

export const scenarioAttachmentPurposeValues = ['proposal', 'in-use-evidence'] as const;

/** A proposal's attachment (by its company) or the officer's evidence of use. */
export const scenarioAttachments = pgTable(
  'scenario_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => scenarioProposals.id),
    purpose: text('purpose', { enum: scenarioAttachmentPurposeValues }).notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => accounts.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('scenario_attachments_proposal_idx').on(table.proposalId)],
);

/** The officer's judgement on one criterion of the demonstration rubric, with its reason. */
export interface CriterionJudgement {
  criterionId: string;
  met: boolean;
  reason: string;
}

/** A.P7: a demonstration project recognised (or not) from a proposal, criterion by criterion. */
export const scenarioDemonstrations = pgTable(
  'scenario_demonstrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => scenarioProposals.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    judgements: jsonb('judgements').$type<CriterionJudgement[]>().notNull(),
    recognised: boolean('recognised').notNull(),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('scenario_demonstrations_proposal_unique').on(table.proposalId)],
);

// ---------------------------------------------------------------------------------------------
// Challenges (揭榜挂帅, A.P10)

export interface ChallengePhase {
  name: LocalisedText;
  endsOn: string;
}

/** A panel criterion with the highest score the agency declared for it. */
export interface ScoredCriterion {
  id: string;
  label: LocalisedText;
  maxScore: number;
}

export const challengeStatusValues = ['open', 'awarded'] as const;

export const challenges = pgTable(
  'challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: jsonb('title').$type<LocalisedText>().notNull(),
    goals: jsonb('goals').$type<LocalisedText>().notNull(),
    department: jsonb('department').$type<LocalisedText>().notNull(),
    budgetCeilingFen: bigint('budget_ceiling_fen', { mode: 'number' }).notNull(),
    phases: jsonb('phases').$type<ChallengePhase[]>().notNull(),
    /** The last China day a consortium may submit (揭榜), inclusive. */
    submissionDeadlineOn: date('submission_deadline_on', { mode: 'string' }).notNull(),
    criteria: jsonb('criteria').$type<ScoredCriterion[]>().notNull(),
    status: text('status', { enum: challengeStatusValues }).notNull(),
    winnerConsortiumId: uuid('winner_consortium_id'),
    winnerReason: text('winner_reason'),
    awardedAt: timestamp('awarded_at', { withTimezone: true }),
    demo: boolean('demo').notNull().default(false),
    publishedBy: uuid('published_by').references(() => accounts.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('challenges_published_idx').on(table.publishedAt, table.id),
    check(
      'challenges_budget_within_ceiling',
      sql`${table.budgetCeilingFen} > 0 and ${table.budgetCeilingFen} <= ${sql.raw(String(CHALLENGE_BUDGET_CEILING_FEN))}`,
    ),
  ],
);

export const challengeConsortiumStatusValues = [
  'forming',
  'submitted',
  'won',
  'not_selected',
] as const;

export const challengeConsortia = pgTable(
  'challenge_consortia',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challenges.id),
    leadOrganisationId: uuid('lead_organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdBy: uuid('created_by').references(() => accounts.id),
    proposal: text('proposal').notNull(),
    status: text('status', { enum: challengeConsortiumStatusValues }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The lead's `consortium.challenge` application opened by the win, if started. */
    fundingApplicationId: uuid('funding_application_id'),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('challenge_consortia_challenge_lead_unique').on(
      table.challengeId,
      table.leadOrganisationId,
    ),
  ],
);

/**
 * What a member brings. Organisation kinds have `research_institution` but no "start-up": the
 * start-up role is declared here and verified by the agency (A.P10 defines neither).
 */
export const consortiumMemberRoleValues = [
  'lead',
  'research-partner',
  'start-up',
  'other',
] as const;
export const consortiumMemberStatusValues = ['invited', 'accepted', 'declined'] as const;

export const challengeConsortiumMembers = pgTable(
  'challenge_consortium_members',
  {
    consortiumId: uuid('consortium_id')
      .notNull()
      .references(() => challengeConsortia.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The roles the member declares: a lead may also be the start-up or the research partner. */
    roles: jsonb('roles').$type<(typeof consortiumMemberRoleValues)[number][]>().notNull(),
    status: text('status', { enum: consortiumMemberStatusValues }).notNull(),
    invitedBy: uuid('invited_by').references(() => accounts.id),
    respondedBy: uuid('responded_by').references(() => accounts.id),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    startupVerifiedBy: uuid('startup_verified_by').references(() => accounts.id),
    startupVerifiedAt: timestamp('startup_verified_at', { withTimezone: true }),
    startupVerificationNote: text('startup_verification_note'),
  },
  (table) => [
    primaryKey({ columns: [table.consortiumId, table.organisationId] }),
    index('challenge_consortium_members_organisation_idx').on(table.organisationId),
  ],
);

/** The panel of a challenge: reviewer accounts the agency assigned. */
export const challengePanelMembers = pgTable(
  'challenge_panel_members',
  {
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challenges.id),
    reviewerAccountId: uuid('reviewer_account_id')
      .notNull()
      .references(() => accounts.id),
    assignedBy: uuid('assigned_by').references(() => accounts.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.challengeId, table.reviewerAccountId] })],
);

/** A conflict of interest a panel member declared on a consortium: they may not score it. */
export const challengeConflicts = pgTable(
  'challenge_conflicts',
  {
    consortiumId: uuid('consortium_id')
      .notNull()
      .references(() => challengeConsortia.id),
    reviewerAccountId: uuid('reviewer_account_id')
      .notNull()
      .references(() => accounts.id),
    reason: text('reason').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.consortiumId, table.reviewerAccountId] })],
);

export const challengeScores = pgTable(
  'challenge_scores',
  {
    consortiumId: uuid('consortium_id')
      .notNull()
      .references(() => challengeConsortia.id),
    reviewerAccountId: uuid('reviewer_account_id')
      .notNull()
      .references(() => accounts.id),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    comment: text('comment').notNull(),
    scoredAt: timestamp('scored_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.consortiumId, table.reviewerAccountId] })],
);

export const challengeMilestoneStatusValues = ['pending', 'accepted', 'not_accepted'] as const;

/** The winning consortium's milestones, accepted (驗收) by the agency over time. */
export const challengeMilestones = pgTable(
  'challenge_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    challengeId: uuid('challenge_id')
      .notNull()
      .references(() => challenges.id),
    consortiumId: uuid('consortium_id')
      .notNull()
      .references(() => challengeConsortia.id),
    sequence: integer('sequence').notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: challengeMilestoneStatusValues }).notNull(),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('challenge_milestones_consortium_sequence_unique').on(
      table.consortiumId,
      table.sequence,
    ),
  ],
);
