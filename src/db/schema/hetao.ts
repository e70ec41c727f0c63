import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { organisations, people } from './people';

/**
 * The Hetao Shenzhen Park research-goods desk (issue 5): the tax-free list as versioned data,
 * the consultation window with customs, importers' suggestions and advance-ruling tracking.
 * Clause ids refer to ../shared/policy-source/CLAUSES.md, part B.
 */

/** B.L1: the six categories of 《免稅科研貨物清單》. */
export const hetaoCategoryValues = [
  'equipment',
  'apparatus',
  'consumables',
  'literature',
  'specimens',
  'animals',
] as const;
export type HetaoCategory = (typeof hetaoCategoryValues)[number];

/** B.N5: kept under the usual supervision period, or written off (核銷) when consumed. */
export const hetaoRegimeValues = ['supervision-period', 'write-off'] as const;
export type HetaoRegime = (typeof hetaoRegimeValues)[number];

/** A list version: drafted, published (at most one at a time), superseded, or discarded. */
export const hetaoListVersionStatusValues = [
  'draft',
  'published',
  'superseded',
  'discarded',
] as const;
export type HetaoListVersionStatus = (typeof hetaoListVersionStatusValues)[number];

/** A consultation question (B.C1). */
export const hetaoQuestionStatusValues = ['open', 'answered', 'published', 'withdrawn'] as const;
export type HetaoQuestionStatus = (typeof hetaoQuestionStatusValues)[number];

/** A group of importers' suggestions for one heading (B.L3). */
export const hetaoSuggestionGroupStatusValues = ['open', 'pulled', 'included', 'declined'] as const;
export type HetaoSuggestionGroupStatus = (typeof hetaoSuggestionGroupStatusValues)[number];

/** An advance-ruling (預裁定) request tracked by the desk (B.N8). */
export const hetaoRulingStatusValues = [
  'draft',
  'filed',
  'accepted',
  'not_accepted',
  'ruled',
  'published',
  'withdrawn',
] as const;
export type HetaoRulingStatus = (typeof hetaoRulingStatusValues)[number];

export const hetaoCategoryEnum = pgEnum('hetao_category', hetaoCategoryValues);
export const hetaoRegimeEnum = pgEnum('hetao_regime', hetaoRegimeValues);
export const hetaoListVersionStatusEnum = pgEnum(
  'hetao_list_version_status',
  hetaoListVersionStatusValues,
);
export const hetaoQuestionStatusEnum = pgEnum('hetao_question_status', hetaoQuestionStatusValues);
export const hetaoSuggestionGroupStatusEnum = pgEnum(
  'hetao_suggestion_group_status',
  hetaoSuggestionGroupStatusValues,
);
export const hetaoRulingStatusEnum = pgEnum('hetao_ruling_status', hetaoRulingStatusValues);

/** One version of the list. Items belong to exactly one version; versions are never edited once published. */
export const hetaoListVersions = pgTable(
  'hetao_list_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** The issuing document, e.g. 財關稅〔2026〕1號 (B.N1). */
    issuingDocument: text('issuing_document'),
    effectiveDate: date('effective_date', { mode: 'string' }),
    status: hetaoListVersionStatusEnum('status').notNull().default('draft'),
    /** True for the platform's working list, modelled on B.L1 while the official attachment is unavailable. */
    isWorkingList: boolean('is_working_list').notNull().default(false),
    /** Where the content comes from (a file name, a notice, "working list"). */
    source: text('source').notNull(),
    notes: text('notes'),
    /** Warnings from the import that created this version (derived names, defaulted regimes, …). */
    importWarnings: jsonb('import_warnings')
      .$type<{ line: number; column: string; code: string; message: string }[]>()
      .notNull()
      .default([]),
    /** The version this one was copied from or is compared with by default. */
    basedOnVersionId: uuid('based_on_version_id'),
    /** Set only for the bundled working list, so loading it twice is impossible. */
    seedKey: text('seed_key'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => accounts.id),
  },
  (table) => [
    uniqueIndex('hetao_list_versions_seed_key_unique').on(table.seedKey),
    // NOTE: one published version and one open draft at a time: "the current list" and "the next list".
    uniqueIndex('hetao_list_versions_one_published')
      .on(table.status)
      .where(sql`${table.status} = 'published'`),
    uniqueIndex('hetao_list_versions_one_draft')
      .on(table.status)
      .where(sql`${table.status} = 'draft'`),
  ],
);

/** One item of a list version: a category, names and the tariff codes it covers. */
export const hetaoListItems = pgTable(
  'hetao_list_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => hetaoListVersions.id, { onDelete: 'cascade' }),
    /** Stable across versions (the `item_id` column of the import format); diffs match on it. */
    itemId: text('item_id').notNull(),
    position: integer('position').notNull(),
    category: hetaoCategoryEnum('category').notNull(),
    nameZhHans: text('name_zh_hans').notNull(),
    nameZhHant: text('name_zh_hant').notNull(),
    nameEn: text('name_en'),
    /** HS code prefixes (2–10 digits, no dots) or inclusive ranges `a..b`. */
    includes: jsonb('includes').$type<string[]>().notNull(),
    excludes: jsonb('excludes').$type<string[]>().notNull().default([]),
    regime: hetaoRegimeEnum('regime').notNull(),
    notes: text('notes'),
    source: text('source'),
  },
  (table) => [
    uniqueIndex('hetao_list_items_version_item_unique').on(table.versionId, table.itemId),
    index('hetao_list_items_version_position_idx').on(table.versionId, table.position),
  ],
);

/**
 * Desk-wide settings and the lookup-sources generation counter (one row, id = 1). The generation
 * is bumped whenever a list version or a precedent is published or retracted, so every process
 * knows its cached lookup sources are stale.
 */
export const hetaoDeskState = pgTable('hetao_desk_state', {
  id: integer('id').primaryKey(),
  sourcesGeneration: integer('sources_generation').notNull().default(0),
  /** Service target for answering a question, in working days. Set by customs; not from the policy source. */
  answerSlaWorkingDays: integer('answer_sla_working_days').notNull().default(5),
  /** Public holidays (YYYY-MM-DD) that are not working days. */
  holidays: jsonb('holidays').$type<string[]>().notNull().default([]),
  /** Weekend days that are working days (調休 make-up days). */
  extraWorkingDays: jsonb('extra_working_days').$type<string[]>().notNull().default([]),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A question to customs through the consultation window (B.C1). */
export const hetaoQuestions = pgTable(
  'hetao_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human reference number, shown as HT-Q-000123. */
    number: integer('number').generatedAlwaysAsIdentity().notNull(),
    askerAccountId: uuid('asker_account_id')
      .notNull()
      .references(() => accounts.id),
    askerPersonId: uuid('asker_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** The importer: an organisation the asker belongs to. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    description: text('description').notNull(),
    /** Digits only (2–10), as proposed by the importer. */
    proposedCode: text('proposed_code'),
    status: hetaoQuestionStatusEnum('status').notNull().default('open'),
    /** Answer due date (working days after asking, Asia/Shanghai), fixed when asked. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    answerCode: text('answer_code'),
    answerCovered: boolean('answer_covered'),
    answerReasoning: text('answer_reasoning'),
    answerListVersionId: uuid('answer_list_version_id').references(() => hetaoListVersions.id),
    answerListItemId: text('answer_list_item_id'),
    answeredBy: uuid('answered_by').references(() => accounts.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('hetao_questions_number_unique').on(table.number),
    // The lists' keyset orders (issue #19): an asker's questions newest first, and customs'
    // queue of one status by due date, then the order asked.
    index('hetao_questions_asker_created_idx').on(
      table.askerAccountId,
      // NOTE: DESC NULLS FIRST is what `order by … desc` means; drizzle's bare .desc() is NULLS LAST.
      table.createdAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index('hetao_questions_status_due_created_idx').on(
      table.status,
      table.dueOn,
      table.createdAt,
      table.id,
    ),
  ],
);

/** A datasheet uploaded with a question. The file lives under <dataDir>/uploads/hetao/. */
export const hetaoAttachments = pgTable(
  'hetao_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => hetaoQuestions.id, { onDelete: 'cascade' }),
    /** The uploader's file name, cleaned; shown only to the asker and customs. */
    fileName: text('file_name').notNull(),
    /** Sniffed from the first bytes, never taken from the client. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** Relative to the uploads root. */
    storagePath: text('storage_path').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('hetao_attachments_question_idx').on(table.questionId)],
);

/** An answer published, anonymised, for everyone — and for the lookup to cite. */
export const hetaoPrecedents = pgTable(
  'hetao_precedents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').generatedAlwaysAsIdentity().notNull(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => hetaoQuestions.id),
    /** Anonymised question text. */
    question: text('question').notNull(),
    hsCode: text('hs_code').notNull(),
    covered: boolean('covered').notNull(),
    /** Anonymised reasoning. */
    reasoning: text('reasoning').notNull(),
    listVersionId: uuid('list_version_id').references(() => hetaoListVersions.id),
    listItemId: text('list_item_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by').references(() => accounts.id),
    retractedAt: timestamp('retracted_at', { withTimezone: true }),
    retractedReason: text('retracted_reason'),
  },
  (table) => [
    uniqueIndex('hetao_precedents_number_unique').on(table.number),
    // One live precedent per question; a retracted one may be followed by a new publication.
    uniqueIndex('hetao_precedents_live_question_unique')
      .on(table.questionId)
      .where(sql`${table.retractedAt} is null`),
    // The public list pages live precedents newest first by keyset (issue #19); its search
    // `q` is `ilike '%…%'` on the texts (trigram) or a code prefix (`like '…%'`, which a
    // text_pattern_ops B-tree serves under any collation).
    index('hetao_precedents_live_published_idx')
      .on(table.publishedAt.desc().nullsFirst(), table.id.desc().nullsFirst())
      .where(sql`${table.retractedAt} is null`),
    index('hetao_precedents_live_question_trgm_idx')
      .using('gin', sql`${table.question} gin_trgm_ops`)
      .where(sql`${table.retractedAt} is null`),
    index('hetao_precedents_live_reasoning_trgm_idx')
      .using('gin', sql`${table.reasoning} gin_trgm_ops`)
      .where(sql`${table.retractedAt} is null`),
    index('hetao_precedents_live_hs_code_prefix_idx')
      .on(table.hsCode.op('text_pattern_ops'))
      .where(sql`${table.retractedAt} is null`),
  ],
);

/** Suggestions for the same 4-digit heading are grouped; customs pulls a group into a draft (B.L3). */
export const hetaoSuggestionGroups = pgTable(
  'hetao_suggestion_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The 4-digit HS heading. */
    heading: text('heading').notNull(),
    status: hetaoSuggestionGroupStatusEnum('status').notNull().default('open'),
    pulledIntoVersionId: uuid('pulled_into_version_id').references(() => hetaoListVersions.id),
    pulledItemId: text('pulled_item_id'),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // NOTE: new suggestions for a heading join its live group (open, or pulled into the draft
    // and not yet published); once included or declined, a new group starts.
    uniqueIndex('hetao_suggestion_groups_live_heading_unique')
      .on(table.heading)
      .where(sql`${table.status} in ('open', 'pulled')`),
  ],
);

export const hetaoSuggestions = pgTable(
  'hetao_suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => hetaoSuggestionGroups.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** Digits only, 2–10; its first four digits are the group's heading. */
    code: text('code').notNull(),
    category: hetaoCategoryEnum('category'),
    goods: text('goods').notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('hetao_suggestions_group_idx').on(table.groupId)],
);

/** "+1": another importer supports a suggestion group. */
export const hetaoSuggestionSupports = pgTable(
  'hetao_suggestion_supports',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => hetaoSuggestionGroups.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.groupId, table.accountId] })],
);

/** An advance-ruling (預裁定) request, tracked with the dates of B.N8. */
export const hetaoAdvanceRulings = pgTable(
  'hetao_advance_rulings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').generatedAlwaysAsIdentity().notNull(),
    applicantAccountId: uuid('applicant_account_id')
      .notNull()
      .references(() => accounts.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    questionId: uuid('question_id').references(() => hetaoQuestions.id),
    goods: text('goods').notNull(),
    proposedCode: text('proposed_code'),
    plannedImportOn: date('planned_import_on', { mode: 'string' }).notNull(),
    status: hetaoRulingStatusEnum('status').notNull().default('draft'),
    /** Customs' own reference, once known. */
    customsReference: text('customs_reference'),
    filedOn: date('filed_on', { mode: 'string' }),
    /** filedOn + 10 days (B.N8). */
    acceptanceDueOn: date('acceptance_due_on', { mode: 'string' }),
    acceptanceDecidedOn: date('acceptance_decided_on', { mode: 'string' }),
    notAcceptedReason: text('not_accepted_reason'),
    decidedOn: date('decided_on', { mode: 'string' }),
    rulingCode: text('ruling_code'),
    rulingText: text('ruling_text'),
    /** Decisions are published unless they hold trade secrets (B.N8). */
    tradeSecret: boolean('trade_secret').notNull().default(false),
    /** decidedOn + 3 years (B.N8). */
    validUntil: date('valid_until', { mode: 'string' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('hetao_advance_rulings_number_unique').on(table.number),
    index('hetao_advance_rulings_applicant_idx').on(table.applicantAccountId),
  ],
);
