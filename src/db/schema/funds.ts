import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { organisations } from './people';

/**
 * Introductions to the two industry funds (issue #17 item 4; A.P11 「推動人工智能與具身機器人產業
 * 基金、人工智能終端產業投資基金重點關注和投向OPC社區的高成長性企業」). The source names exactly two
 * funds, so they are a closed list of codes (names in three scripts in src/modules/funds/funds.ts),
 * not a table. Deal flow, not a grant: no public money moves here.
 */
export const fundCodeValues = ['ai-embodied-robotics', 'ai-terminal'] as const;
export type FundCode = (typeof fundCodeValues)[number];

export const fundStageValues = [
  'introduced',
  'meeting',
  'due-diligence',
  'invested',
  'declined',
] as const;
export type FundStage = (typeof fundStageValues)[number];

/** A fund staff account's fund: one fund per account, assigned by an administrator. */
export const fundStaff = pgTable('fund_staff', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  fund: text('fund', { enum: fundCodeValues }).notNull(),
  assignedBy: uuid('assigned_by').references(() => accounts.id),
  assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
});

/** What a fund reads about the company: generated from its record when the request is made. */
export interface FundCompanyProfile {
  name: string;
  creditCode: string;
  community: { id: string; names: { 'zh-Hans': string; 'zh-Hant': string; en: string } } | null;
  team: { teamSize: number; aiTalents: number } | null;
  highGrowth: { evidence: string; markedAt: string } | null;
  recognisedTalents: number;
  benefitsWon: { policyId: string; approvedAt: string | null }[] | null;
  challengeResults: { challengeId: string; outcome: string }[] | null;
  generatedAt: string;
}

/** A company's introduction to one fund and its stage in that fund's pipeline. */
export const fundIntroductions = pgTable(
  'fund_introductions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fund: text('fund', { enum: fundCodeValues }).notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The OPC community the company leased in when it asked (the city's aggregates use it). */
    communityId: uuid('community_id').notNull(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => accounts.id),
    note: text('note'),
    profile: jsonb('profile').$type<FundCompanyProfile>().notNull(),
    stage: text('stage', { enum: fundStageValues }).notNull(),
    /** Declared by the fund when it records an investment; integer fen. */
    investedAmountFen: bigint('invested_amount_fen', { mode: 'bigint' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('fund_introductions_fund_idx').on(table.fund, table.updatedAt),
    index('fund_introductions_organisation_idx').on(table.organisationId),
    // One open introduction of a company to a fund at a time.
    uniqueIndex('fund_introductions_one_open')
      .on(table.fund, table.organisationId)
      .where(sql`${table.stage} not in ('invested', 'declined')`),
    check(
      'fund_introductions_amount_when_invested',
      sql`(${table.stage} = 'invested') = (${table.investedAmountFen} is not null) and coalesce(${table.investedAmountFen}, 1) > 0`,
    ),
  ],
);

/** Each move of an introduction, with its reason: private to the fund and the company. */
export const fundIntroductionEvents = pgTable(
  'fund_introduction_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    introductionId: uuid('introduction_id')
      .notNull()
      .references(() => fundIntroductions.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage', { enum: fundStageValues }),
    toStage: text('to_stage', { enum: fundStageValues }).notNull(),
    reason: text('reason'),
    by: uuid('by').references(() => accounts.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('fund_introduction_events_introduction_idx').on(table.introductionId, table.at),
  ],
);

export type FundStaffRow = typeof fundStaff.$inferSelect;
export type FundIntroductionRow = typeof fundIntroductions.$inferSelect;
export type FundIntroductionEventRow = typeof fundIntroductionEvents.$inferSelect;
