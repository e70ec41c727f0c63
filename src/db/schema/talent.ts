import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { people } from './people';

/**
 * Open talent recognition (issue #17 item 3; A.P1 「建立開放多元的人才評價體系，淡化學歷因素，對在
 * 人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，予以重點政策支持」).
 * A person submits achievements of three kinds with evidence; a panel of reviewers records a
 * judgement per published criterion with reasons; a reviewer records the decision with its
 * grounds. NOTE: there is no degree, school or qualification column anywhere here, on purpose.
 */

export const talentAchievementKindValues = ['open-source', 'application', 'competition'] as const;
export type TalentAchievementKind = (typeof talentAchievementKindValues)[number];

export const talentSubmissionStatusValues = ['submitted', 'recognised', 'refused'] as const;
export type TalentSubmissionStatus = (typeof talentSubmissionStatusValues)[number];

/** A person's request to be recognised, with a short statement; decided once. */
export const talentSubmissions = pgTable(
  'talent_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    statement: text('statement'),
    status: text('status', { enum: talentSubmissionStatusValues }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
  },
  (table) => [
    index('talent_submissions_account_idx').on(table.accountId, table.submittedAt),
    index('talent_submissions_status_idx').on(table.status, table.submittedAt),
    // One open submission per person at a time.
    uniqueIndex('talent_submissions_one_open')
      .on(table.personId)
      .where(sql`${table.status} = 'submitted'`),
  ],
);

/** Kind-specific details of an achievement (see talent/schema.ts for each kind's fields). */
export type TalentAchievementDetails = Record<string, string | number | boolean | string[] | null>;

/** One achievement of a submission, with at least one evidence link (A.P1: recognition on evidence). */
export const talentAchievements = pgTable(
  'talent_achievements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => talentSubmissions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: talentAchievementKindValues }).notNull(),
    title: text('title').notNull(),
    details: jsonb('details').$type<TalentAchievementDetails>().notNull(),
    evidenceLinks: jsonb('evidence_links').$type<string[]>().notNull(),
  },
  (table) => [
    uniqueIndex('talent_achievements_position_unique').on(table.submissionId, table.position),
    check('talent_achievements_has_evidence', sql`jsonb_array_length(${table.evidenceLinks}) > 0`),
  ],
);

export const talentJudgementValues = ['meets', 'does-not-meet', 'cannot-tell'] as const;
export type TalentJudgement = (typeof talentJudgementValues)[number];

export interface TalentCriterionJudgement {
  criterion: string;
  judgement: TalentJudgement;
  reason: string;
}

/** A panel member's review: a judgement with reasons for each published criterion. One each. */
export const talentReviews = pgTable(
  'talent_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => talentSubmissions.id, { onDelete: 'cascade' }),
    reviewerAccountId: uuid('reviewer_account_id')
      .notNull()
      .references(() => accounts.id),
    judgements: jsonb('judgements').$type<TalentCriterionJudgement[]>().notNull(),
    recommendation: text('recommendation', { enum: ['recognise', 'refuse'] }).notNull(),
    reason: text('reason').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('talent_reviews_one_per_reviewer').on(table.submissionId, table.reviewerAccountId),
  ],
);

/**
 * A recognition: the decision, its grounds (the achievements it rests on, and why), its validity
 * and the certificate's public verification code. `validUntil` null: no end (no validity period
 * was set when it was decided; the source gives none).
 */
export const talentRecognitions = pgTable(
  'talent_recognitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => talentSubmissions.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    fullName: text('full_name').notNull(),
    kinds: jsonb('kinds').$type<TalentAchievementKind[]>().notNull(),
    groundAchievementIds: jsonb('ground_achievement_ids').$type<string[]>().notNull(),
    grounds: text('grounds').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    validityId: uuid('validity_id').references(() => talentValidityPeriods.id),
    certificateCode: text('certificate_code').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('talent_recognitions_submission_unique').on(table.submissionId),
    uniqueIndex('talent_recognitions_code_unique').on(table.certificateCode),
    index('talent_recognitions_person_idx').on(table.personId, table.validFrom),
    index('talent_recognitions_account_idx').on(table.accountId, table.validFrom),
  ],
);

/**
 * An administrator's dated validity period for recognitions decided from `effectiveFrom` on, in
 * months, with its source text. The source (A.P1) gives none. Append-only; one per date.
 */
export const talentValidityPeriods = pgTable(
  'talent_validity_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    months: integer('months').notNull(),
    sourceText: text('source_text').notNull(),
    setBy: uuid('set_by').references(() => accounts.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('talent_validity_periods_from_unique').on(table.effectiveFrom),
    check('talent_validity_periods_months_positive', sql`${table.months} > 0`),
  ],
);
