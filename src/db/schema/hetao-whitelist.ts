import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { organisations } from './people';

/**
 * The Hetao importers' white list (issue #16 item 1; B.N3: "eligible importers are put on a white
 * list by the Shenzhen government, filed with the three ministries; only white-listed importers
 * get the exemption"; who is eligible: B.E1). An institution applies; the list keeper
 * (`whitelist_officer`) lists it for a validity period, asks for more, refuses, suspends, removes
 * or reinstates. Dates are `date` (China time), instants `timestamptz`.
 */

/**
 * B.E1's three kinds of eligible importer: an enterprise with independent legal personality
 * registered inside the customs-supervised area; a public institution (事业单位) doing research
 * inside the area; a science and technology private non-enterprise unit registered inside it.
 */
export const hetaoWhiteListEntityTypeValues = [
  'enterprise',
  'public_institution',
  'private_non_enterprise_unit',
] as const;
export type HetaoWhiteListEntityType = (typeof hetaoWhiteListEntityTypeValues)[number];

/**
 * An application: submitted, returned for more information, then listed or refused; withdrawn
 * by the applicant while it is live (submitted or more_information_requested).
 */
export const hetaoWhiteListApplicationStatusValues = [
  'submitted',
  'more_information_requested',
  'listed',
  'refused',
  'withdrawn',
] as const;
export type HetaoWhiteListApplicationStatus =
  (typeof hetaoWhiteListApplicationStatusValues)[number];

/**
 * A white-list entry. `listed` entries past their `validUntil` are shown as expired (derived,
 * never stored); `superseded` is an expired entry replaced by a new listing of the same
 * organisation.
 */
export const hetaoWhiteListEntryStatusValues = [
  'listed',
  'suspended',
  'removed',
  'superseded',
] as const;
export type HetaoWhiteListEntryStatus = (typeof hetaoWhiteListEntryStatusValues)[number];

/** One contact person of an applying institution. */
export interface HetaoWhiteListContact {
  name: string;
  role?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
}

export const hetaoWhiteListApplications = pgTable(
  'hetao_white_list_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status', { enum: hetaoWhiteListApplicationStatusValues }).notNull(),
    entityType: text('entity_type', { enum: hetaoWhiteListEntityTypeValues }).notNull(),
    /** B.E1: registered inside the customs-supervised area — a fact the applicant declares. */
    registeredInSupervisedArea: boolean('registered_in_supervised_area').notNull(),
    /** The registered address inside the Hetao Shenzhen park's supervised area. */
    supervisedAreaAddress: text('supervised_area_address').notNull(),
    researchActivities: text('research_activities').notNull(),
    contacts: jsonb('contacts').$type<HetaoWhiteListContact[]>().notNull(),
    /** The officer's request for more information (while more_information_requested). */
    informationRequest: text('information_request'),
    /** The applicant's answer to the last request. */
    informationResponse: text('information_response'),
    /** The officer's reasons when refused. */
    refusalReasons: text('refusal_reasons'),
    /** The entry a listing created. */
    entryId: uuid('entry_id'),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => accounts.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // One live application per organisation.
    uniqueIndex('hetao_white_list_applications_one_live')
      .on(table.organisationId)
      .where(sql`${table.status} in ('submitted', 'more_information_requested')`),
    index('hetao_white_list_applications_status_idx').on(table.status, table.submittedAt, table.id),
  ],
);

/** A document uploaded with an application. The file lives under <dataDir>/uploads/hetao/. */
export const hetaoWhiteListDocuments = pgTable(
  'hetao_white_list_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => hetaoWhiteListApplications.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** Sniffed from the first bytes, never taken from the client. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storagePath: text('storage_path').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('hetao_white_list_documents_application_idx').on(table.applicationId)],
);

export const hetaoWhiteListEntries = pgTable(
  'hetao_white_list_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => hetaoWhiteListApplications.id),
    status: text('status', { enum: hetaoWhiteListEntryStatusValues }).notNull(),
    entityType: text('entity_type', { enum: hetaoWhiteListEntityTypeValues }).notNull(),
    /** First day on the list (inclusive). */
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** Last day on the list (inclusive); null: no end date set. */
    validUntil: date('valid_until', { mode: 'string' }),
    /** B.N3: the reference of the filing with the three ministries, as the officer enters it. */
    filingReference: text('filing_reference'),
    /** First day of the current suspension (while suspended). */
    suspendedFrom: date('suspended_from', { mode: 'string' }),
    /** First day off the list after removal. */
    removedFrom: date('removed_from', { mode: 'string' }),
    /** The officer's reasons for the last suspension, removal or reinstatement. */
    statusReason: text('status_reason'),
    listedBy: uuid('listed_by')
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // At most one entry in force (listed or suspended) per organisation.
    uniqueIndex('hetao_white_list_entries_one_current')
      .on(table.organisationId)
      .where(sql`${table.status} in ('listed', 'suspended')`),
    index('hetao_white_list_entries_organisation_idx').on(table.organisationId),
    index('hetao_white_list_entries_order_idx').on(table.validFrom, table.id),
    check(
      'hetao_white_list_entries_validity',
      sql`${table.validUntil} is null or ${table.validUntil} >= ${table.validFrom}`,
    ),
  ],
);
