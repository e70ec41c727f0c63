import { sql } from 'drizzle-orm';
import {
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts, type Language } from './accounts';

export const organisationKindValues = [
  'company',
  'research_institution',
  'private_non_enterprise_unit',
] as const;
export type OrganisationKind = (typeof organisationKindValues)[number];

export const membershipRoleValues = ['founder', 'member'] as const;
export type MembershipRole = (typeof membershipRoleValues)[number];

export const organisationKindEnum = pgEnum('organisation_kind', organisationKindValues);
export const membershipRoleEnum = pgEnum('membership_role', membershipRoleValues);

/** A natural person. Linked to at most one account; officers may also record people. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    fullName: text('full_name').notNull(),
    phone: text('phone'),
    contactEmail: text('contact_email'),
    languages: jsonb('languages').$type<Language[]>().notNull().default(['zh-Hans']),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('people_account_unique').on(table.accountId),
    // The review queue searches applicants by a part of their name (issue #19).
    index('people_full_name_trgm_idx').using('gin', sql`${table.fullName} gin_trgm_ops`),
    // One or two characters (a surname) match from the start of the name (applications/repo.ts).
    index('people_full_name_prefix_idx').using(
      'btree',
      sql`lower(${table.fullName}) text_pattern_ops`,
    ),
  ],
);

/** A company, research institution or private non-enterprise unit, keyed by its 统一社会信用代码. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    kind: organisationKindEnum('kind').notNull(),
    registeredAddress: text('registered_address'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('organisations_credit_code_unique').on(table.creditCode),
    // The review queue searches applying companies by a part of their name (issue #19).
    index('organisations_name_trgm_idx').using('gin', sql`${table.name} gin_trgm_ops`),
    index('organisations_name_prefix_idx').using(
      'btree',
      sql`lower(${table.name}) text_pattern_ops`,
    ),
    // The staff directory (issue #19): its keyset order, and its search by a part of the code.
    index('organisations_name_id_idx').on(table.name, table.id),
    index('organisations_credit_code_trgm_idx').using('gin', sql`${table.creditCode} gin_trgm_ops`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: membershipRoleEnum('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.personId, table.organisationId] }),
    index('memberships_organisation_idx').on(table.organisationId),
  ],
);

export const invitationStatusValues = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationStatus = (typeof invitationStatusValues)[number];
export const invitationStatusEnum = pgEnum('invitation_status', invitationStatusValues);

/**
 * An invitation to join an organisation, addressed to an e-mail address (issue #11). Membership
 * makes reviewers recuse themselves, so it is never created by one side alone: a founder invites,
 * the holder of the address accepts (a `memberships` row) or declines; a founder may withdraw it.
 * The address need not have an account yet: the invitation waits for one registered with it.
 */
export const membershipInvitations = pgTable(
  'membership_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Lower case, as the inviter typed it; compared with the account's sign-in address. */
    email: text('email').notNull(),
    role: membershipRoleEnum('role').notNull(),
    status: invitationStatusEnum('status').notNull().default('pending'),
    invitedBy: uuid('invited_by').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    respondedBy: uuid('responded_by').references(() => accounts.id, { onDelete: 'set null' }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('membership_invitations_one_pending')
      .on(table.organisationId, table.email)
      .where(sql`${table.status} = 'pending'`),
    index('membership_invitations_email_idx').on(table.email),
  ],
);
