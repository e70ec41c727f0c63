import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { organisations } from './people';

/**
 * OPC communities and their space (issue #14; A.S0–A.S3, A.T1, A.T4): the register of
 * communities, their units on the desk → office → floor ladder (A.S2), each operator's ladder
 * thresholds, companies' applications and leases. Areas are square metres with two decimals;
 * rents and subsidies are monthly integer fen; dates are `date`, instants `timestamptz`.
 */

/**
 * Shenzhen's nine administrative districts and the Dapeng New District (a functional area run
 * like one). The codes are stable API values; the names in three scripts live in the spaces
 * module (`districts.ts`).
 */
export const shenzhenDistrictCodeValues = [
  'futian',
  'luohu',
  'nanshan',
  'yantian',
  'baoan',
  'longgang',
  'longhua',
  'pingshan',
  'guangming',
  'dapeng',
] as const;
export type ShenzhenDistrictCode = (typeof shenzhenDistrictCodeValues)[number];

export const spaceCommunityStatusValues = ['planned', 'opening', 'open', 'closed'] as const;
export type SpaceCommunityStatus = (typeof spaceCommunityStatusValues)[number];

/** A.S1: a community is "in principle" at least 10,000 m²; below that a reason is recorded. */
export const COMMUNITY_AREA_IN_PRINCIPLE_M2 = 10_000;

const districtList = sql.raw(shenzhenDistrictCodeValues.map((code) => `'${code}'`).join(', '));

export const spaceCommunities = pgTable(
  'space_communities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nameZhHans: text('name_zh_hans').notNull(),
    nameZhHant: text('name_zh_hant').notNull(),
    nameEn: text('name_en').notNull(),
    /** Null when the source does not say which district (A.S0 names three, not which is where). */
    districtCode: text('district_code', { enum: shenzhenDistrictCodeValues }),
    address: text('address'),
    /** The organisation that runs the community; null while not recorded. */
    operatorOrganisationId: uuid('operator_organisation_id').references(() => organisations.id),
    /** Gross floor area in m²; null while unknown (never a guess). */
    grossAreaM2: numeric('gross_area_m2', { precision: 12, scale: 2, mode: 'number' }),
    /** A.S1 ("in principle ≥ 10,000 m²"): why a smaller community is still one. */
    belowAreaReason: text('below_area_reason'),
    status: text('status', { enum: spaceCommunityStatusValues }).notNull(),
    plannedOpeningOn: date('planned_opening_on', { mode: 'string' }),
    openedOn: date('opened_on', { mode: 'string' }),
    /** The last day leases may run to (a closing community, or a fixed-term site). */
    closesOn: date('closes_on', { mode: 'string' }),
    firstBatch: boolean('first_batch').notNull().default(false),
    clauses: jsonb('clauses').$type<string[]>().notNull(),
    /** Demo data (issue #14 item 1): shown as such, never counted as a real record. */
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check(
      'space_communities_area_positive',
      sql`${table.grossAreaM2} is null or ${table.grossAreaM2} > 0`,
    ),
    check(
      'space_communities_small_needs_reason',
      sql`${table.grossAreaM2} is null or ${table.grossAreaM2} >= ${sql.raw(String(COMMUNITY_AREA_IN_PRINCIPLE_M2))} or ${table.belowAreaReason} is not null`,
    ),
    check(
      'space_communities_district_known',
      sql`${table.districtCode} is null or ${table.districtCode} in (${districtList})`,
    ),
    index('space_communities_operator_idx').on(table.operatorOrganisationId),
  ],
);

export const spaceUnitKindValues = ['desk', 'office', 'floor'] as const;
export type SpaceUnitKind = (typeof spaceUnitKindValues)[number];

/** A desk, an office or a floor of a community (A.S2's ladder). */
export const spaceUnits = pgTable(
  'space_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => spaceCommunities.id),
    kind: text('kind', { enum: spaceUnitKindValues }).notNull(),
    /** The operator's own label: "A-12", "3F". */
    label: text('label').notNull(),
    areaM2: numeric('area_m2', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    seats: integer('seats').notNull(),
    /** False while the operator takes the unit out of use; leases decide occupancy. */
    available: boolean('available').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('space_units_community_label_unique').on(table.communityId, table.label),
    check('space_units_area_positive', sql`${table.areaM2} > 0`),
    check('space_units_seats_positive', sql`${table.seats} > 0`),
  ],
);

export const spaceRentKindValues = ['market_reference', 'low_cost'] as const;
export type SpaceRentKind = (typeof spaceRentKindValues)[number];

/** A dated monthly rent of a unit with its source: the market reference or the low-cost rent. */
export const spaceUnitRents = pgTable(
  'space_unit_rents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => spaceUnits.id),
    kind: text('kind', { enum: spaceRentKindValues }).notNull(),
    monthlyRentFen: bigint('monthly_rent_fen', { mode: 'number' }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    enteredBy: uuid('entered_by').references(() => accounts.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('space_unit_rents_unit_kind_from_unique').on(
      table.unitId,
      table.kind,
      table.effectiveFrom,
    ),
    check('space_unit_rents_not_negative', sql`${table.monthlyRentFen} >= 0`),
  ],
);

/**
 * A community operator's ladder (A.S2: space "by team size"; the source gives no sizes, so they
 * are the operator's parameters). A team of at most `deskMaxTeamSize` gets a desk, at most
 * `officeMaxTeamSize` an office, a larger one a floor. No row, or a null, is unpublished.
 */
export const spaceLadders = pgTable(
  'space_ladders',
  {
    communityId: uuid('community_id')
      .primaryKey()
      .references(() => spaceCommunities.id),
    deskMaxTeamSize: integer('desk_max_team_size'),
    officeMaxTeamSize: integer('office_max_team_size'),
    source: text('source').notNull(),
    setBy: uuid('set_by').references(() => accounts.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check(
      'space_ladders_positive',
      sql`(${table.deskMaxTeamSize} is null or ${table.deskMaxTeamSize} > 0) and (${table.officeMaxTeamSize} is null or ${table.officeMaxTeamSize} > 0)`,
    ),
    check(
      'space_ladders_ordered',
      sql`${table.deskMaxTeamSize} is null or ${table.officeMaxTeamSize} is null or ${table.deskMaxTeamSize} < ${table.officeMaxTeamSize}`,
    ),
  ],
);

/** A.S2 admission to an OPC community, or A.S3 low-cost space in another industrial space. */
export const spaceRouteValues = ['opc-community', 'other-industrial'] as const;
export type SpaceRoute = (typeof spaceRouteValues)[number];

export const spaceApplicationStatusValues = [
  'submitted',
  'admitted',
  'declined',
  'allocated',
] as const;
export type SpaceApplicationStatus = (typeof spaceApplicationStatusValues)[number];

/** A company's application for space in a community. */
export const spaceApplications = pgTable(
  'space_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => spaceCommunities.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    applicantAccountId: uuid('applicant_account_id').references(() => accounts.id),
    route: text('route', { enum: spaceRouteValues }).notNull(),
    teamSize: integer('team_size').notNull(),
    aiFounderCount: integer('ai_founder_count').notNull(),
    status: text('status', { enum: spaceApplicationStatusValues }).notNull(),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    clauses: jsonb('clauses').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('space_applications_community_idx').on(table.communityId, table.status, table.decidedAt),
    index('space_applications_organisation_idx').on(table.organisationId),
    /** The applications queue, keyset-paged by (created_at, id). */
    index('space_applications_community_created_idx').on(
      table.communityId,
      table.createdAt,
      table.id,
    ),
    /**
     * A service rule (no clause): one live application (submitted or admitted) per company and
     * community. The service refuses a second with a 409; this index holds under a race.
     */
    uniqueIndex('space_applications_one_live_unique')
      .on(table.communityId, table.organisationId)
      .where(sql`${table.status} in ('submitted', 'admitted')`),
    check('space_applications_team_positive', sql`${table.teamSize} > 0`),
    check(
      'space_applications_founders_in_team',
      sql`${table.aiFounderCount} >= 0 and ${table.aiFounderCount} <= ${table.teamSize}`,
    ),
  ],
);

export const spaceLeaseStatusValues = ['active', 'ended'] as const;
export type SpaceLeaseStatus = (typeof spaceLeaseStatusValues)[number];

/**
 * A company's lease of a unit, both ends inclusive. NOTE: no two leases of one unit overlap; the
 * spaces service holds the unit's row lock while it checks and writes (an exclusion constraint
 * would need btree_gist loaded into PGlite, which the database client does not do yet).
 */
export const spaceLeases = pgTable(
  'space_leases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => spaceUnits.id),
    communityId: uuid('community_id')
      .notNull()
      .references(() => spaceCommunities.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    applicationId: uuid('application_id').references(() => spaceApplications.id),
    route: text('route', { enum: spaceRouteValues }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** The day the company moved out, when before `endsOn`; the lease's last day. */
    movedOutOn: date('moved_out_on', { mode: 'string' }),
    monthlyRentFen: bigint('monthly_rent_fen', { mode: 'number' }).notNull(),
    monthlySubsidyFen: bigint('monthly_subsidy_fen', { mode: 'number' }).notNull(),
    status: text('status', { enum: spaceLeaseStatusValues }).notNull(),
    clauses: jsonb('clauses').$type<string[]>().notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('space_leases_unit_idx').on(table.unitId, table.startsOn),
    index('space_leases_community_idx').on(table.communityId, table.endsOn),
    /** The community's leases, keyset-paged by (starts_on, id). */
    index('space_leases_community_start_idx').on(table.communityId, table.startsOn, table.id),
    index('space_leases_organisation_idx').on(table.organisationId),
    check('space_leases_dates_ordered', sql`${table.startsOn} <= ${table.endsOn}`),
    check(
      'space_leases_moved_out_within',
      sql`${table.movedOutOn} is null or (${table.movedOutOn} >= ${table.startsOn} and ${table.movedOutOn} <= ${table.endsOn})`,
    ),
    check(
      'space_leases_money_not_negative',
      sql`${table.monthlyRentFen} >= 0 and ${table.monthlySubsidyFen} >= 0 and ${table.monthlySubsidyFen} <= ${table.monthlyRentFen}`,
    ),
  ],
);

/**
 * A lease's terms over time: the monthly rent and subsidy from `startsOn` until the next term's
 * start (or the lease's end). A renewal at new terms adds a row from the renewal's first day, its
 * figures taken from the unit's dated rents in force that day (`marketRentId`, `lowCostRentId`);
 * earlier rows stay, so old terms remain visible. The lease row's own rent and subsidy are the
 * newest term's. A lease with no row here has had one term: the lease row's.
 */
export const spaceLeaseTerms = pgTable(
  'space_lease_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => spaceLeases.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    monthlyRentFen: bigint('monthly_rent_fen', { mode: 'number' }).notNull(),
    monthlySubsidyFen: bigint('monthly_subsidy_fen', { mode: 'number' }).notNull(),
    /** The dated rents the figures come from; null for terms the operator entered. */
    marketRentId: uuid('market_rent_id').references(() => spaceUnitRents.id),
    lowCostRentId: uuid('low_cost_rent_id').references(() => spaceUnitRents.id),
    /** Why this term: 'allocated', 'renewed_at_new_terms', 'moved_up'. */
    reason: text('reason', { enum: ['allocated', 'renewed_at_new_terms', 'moved_up'] }).notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('space_lease_terms_lease_start_unique').on(table.leaseId, table.startsOn),
    check(
      'space_lease_terms_money_not_negative',
      sql`${table.monthlyRentFen} >= 0 and ${table.monthlySubsidyFen} >= 0 and ${table.monthlySubsidyFen} <= ${table.monthlyRentFen}`,
    ),
  ],
);

export const spaceMoveUpRequestStatusValues = ['requested', 'moved', 'declined'] as const;
export type SpaceMoveUpRequestStatus = (typeof spaceMoveUpRequestStatusValues)[number];

/**
 * A resident's request to move up the ladder (A.S2) when its team has grown: made by the company
 * (or offered by the operator), carried out by the operator, who allocates a unit of the higher
 * rung and ends the old lease in one transaction (`movedToLeaseId`). At most one open per lease.
 */
export const spaceMoveUpRequests = pgTable(
  'space_move_up_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => spaceLeases.id),
    communityId: uuid('community_id')
      .notNull()
      .references(() => spaceCommunities.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The declared team size the request rests on (the resident's newest record). */
    teamSize: integer('team_size').notNull(),
    /** The rung that team size fits under the community's ladder when asked. */
    rung: text('rung', { enum: spaceUnitKindValues }).notNull(),
    status: text('status', { enum: spaceMoveUpRequestStatusValues }).notNull(),
    requestedAs: text('requested_as', { enum: ['company', 'operator'] }).notNull(),
    requestedBy: uuid('requested_by').references(() => accounts.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decisionReason: text('decision_reason'),
    movedToLeaseId: uuid('moved_to_lease_id').references(() => spaceLeases.id),
    resolvedBy: uuid('resolved_by').references(() => accounts.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (table) => [
    index('space_move_up_requests_community_idx').on(table.communityId, table.status),
    uniqueIndex('space_move_up_requests_one_open_unique')
      .on(table.leaseId)
      .where(sql`${table.status} = 'requested'`),
    check('space_move_up_requests_team_positive', sql`${table.teamSize} > 0`),
  ],
);

// --- Residents' records and the 2027 targets (issue #14 items 4 and 5; A.T1–A.T4) ---------------

export const spaceResidentDeclarerValues = ['company', 'operator', 'admin'] as const;
export type SpaceResidentDeclarer = (typeof spaceResidentDeclarerValues)[number];

/**
 * A resident company's team as declared (A.T3: 集聚超萬名人工智能創新創業人才): its team size and
 * how many of its founders and staff count as AI talents. Append-only: the newest row in force is
 * the record, and every earlier one stays with who set it and when.
 */
export const spaceResidentRecords = pgTable(
  'space_resident_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    teamSize: integer('team_size').notNull(),
    aiFounderCount: integer('ai_founder_count').notNull(),
    aiStaffCount: integer('ai_staff_count').notNull(),
    /** Who declared it: the company itself, a community operator, or an administrator. */
    declaredAs: text('declared_as', { enum: spaceResidentDeclarerValues }).notNull(),
    source: text('source'),
    setBy: uuid('set_by').references(() => accounts.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('space_resident_records_organisation_idx').on(table.organisationId, table.setAt),
    check('space_resident_records_team_positive', sql`${table.teamSize} > 0`),
    check(
      'space_resident_records_talents_in_team',
      sql`${table.aiFounderCount} >= 0 and ${table.aiStaffCount} >= 0 and ${table.aiFounderCount} + ${table.aiStaffCount} <= ${table.teamSize}`,
    ),
  ],
);

/**
 * An administrator's dated definition of a "high-growth" AI start-up (A.T2: 培育超千家高成長性
 * 人工智能創業企業). The source does not define high growth: until a definition is in force the
 * A.T2 figure is "definition unpublished", never a number. Append-only.
 */
export const spaceHighGrowthDefinitions = pgTable(
  'space_high_growth_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    definitionZhHans: text('definition_zh_hans').notNull(),
    definitionZhHant: text('definition_zh_hant').notNull(),
    definitionEn: text('definition_en').notNull(),
    /** The text the definition comes from (a notice, a decision), quoted. */
    sourceText: text('source_text').notNull(),
    publishedBy: uuid('published_by').references(() => accounts.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('space_high_growth_definitions_from_unique').on(table.effectiveFrom)],
);

/** A resident company marked high-growth (or no longer) with its evidence. Append-only. */
export const spaceHighGrowthMarks = pgTable(
  'space_high_growth_marks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    highGrowth: boolean('high_growth').notNull(),
    evidence: text('evidence').notNull(),
    /** The definition in force when the mark was set. */
    definitionId: uuid('definition_id')
      .notNull()
      .references(() => spaceHighGrowthDefinitions.id),
    setBy: uuid('set_by').references(() => accounts.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('space_high_growth_marks_organisation_idx').on(table.organisationId, table.setAt),
  ],
);

/**
 * The targets' figures on one day (issue #14 item 5): written once a month by the server's upkeep
 * and on demand by an administrator; the monthly history and the projection read them.
 */
export const spaceTargetSnapshots = pgTable('space_target_snapshots', {
  takenOn: date('taken_on', { mode: 'string' }).primaryKey(),
  /** `{ "A.T1": number | null, … }`: null where the figure could not be given (A.T2 unpublished). */
  figures: jsonb('figures').$type<Record<string, number | null>>().notNull(),
  takenBy: text('taken_by').notNull(),
  takenAt: timestamp('taken_at', { withTimezone: true }).notNull(),
});
