import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
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
import { applications } from './applications';
import { people } from './people';

/**
 * Monthly allowances (issue #9 item 12, A.P8: ¥1,250 a month for at most 24 months). An approval
 * of an `allowance` benefit creates one schedule and its instalments; finance pays the instalments
 * whose month has come in the ordinary payment batches, one line per instalment.
 *
 *   schedule:    active ─(every instalment paid)→ completed
 *                active ─stop (officer; transitional housing approved; revocation)→ stopped
 *   instalment:  scheduled ─(in a batch)→ in_payment ─paid→ paid
 *                                                    ─failed→ scheduled (paid again in a later batch)
 *                                                    ─failed after a stop from its month→ stopped
 *                scheduled ─stop→ stopped
 *
 * NOTE: "payable" is not stored: an instalment is payable when it is `scheduled` and its month
 * (Shenzhen's calendar) has come. It is a function of the clock, so storing it would need a
 * monthly sweep and could lag behind the calendar; the API presents it as a status of its own.
 */
export const allowanceScheduleStatusValues = ['active', 'completed', 'stopped'] as const;
export type AllowanceScheduleStatus = (typeof allowanceScheduleStatusValues)[number];

export const allowanceInstalmentStatusValues = [
  'scheduled',
  'in_payment',
  'paid',
  'stopped',
] as const;
export type AllowanceInstalmentStatus = (typeof allowanceInstalmentStatusValues)[number];

/** Why a schedule stopped: an officer (no longer qualifies), the either-or benefit, revocation. */
export const allowanceStopCauseValues = ['officer', 'exclusive_benefit', 'revoked'] as const;
export type AllowanceStopCause = (typeof allowanceStopCauseValues)[number];

/** Where the monthly amount and the number of months came from: the decision's snapshot. */
export interface AllowanceTermsSource {
  monthlyFen: { parameterId: string | null; value: number; effectiveFrom: string | null };
  maxMonths: { parameterId: string | null; value: number; effectiveFrom: string | null };
  /** When the evaluation whose snapshot these come from was made. */
  evaluatedAt: string | null;
}

const MONTH_PATTERN = `'^[0-9]{4}-(0[1-9]|1[0-2])$'`;

export const allowanceSchedules = pgTable(
  'allowance_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    /** The person paid (either-or and "one instalment per person per month" are per person). */
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    policyId: text('policy_id').notNull(),
    /**
     * The budget line the approval reserved the whole schedule on; instalments consume from it
     * as they are paid and stopped ones release to it. NOTE: no foreign key, like
     * applications.budget_line_id (the budget schema refers to this one).
     */
    budgetLineId: uuid('budget_line_id').notNull(),
    monthlyFen: bigint('monthly_fen', { mode: 'number' }).notNull(),
    months: integer('months').notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    /** YYYY-MM, Shenzhen's calendar: the month of the first instalment. */
    firstMonth: text('first_month').notNull(),
    terms: jsonb('terms').$type<AllowanceTermsSource>().notNull(),
    status: text('status', { enum: allowanceScheduleStatusValues }).notNull().default('active'),
    /** Instalments of this month and later that were not yet paid are stopped. */
    stoppedFromMonth: text('stopped_from_month'),
    stopCause: text('stop_cause', { enum: allowanceStopCauseValues }),
    stopReason: text('stop_reason'),
    stoppedBy: uuid('stopped_by').references(() => accounts.id),
    /** The application whose approval stopped this one (A.P8: transitional housing instead). */
    stoppedByApplicationId: uuid('stopped_by_application_id').references(() => applications.id),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('allowance_schedules_application_unique').on(table.applicationId),
    index('allowance_schedules_person_idx').on(table.personId),
    check(
      'allowance_schedules_amounts_valid',
      sql`${table.monthlyFen} > 0 and ${table.months} > 0 and ${table.totalFen} = ${table.monthlyFen} * ${table.months}`,
    ),
    check(
      'allowance_schedules_first_month_format',
      sql`${table.firstMonth} ~ ${sql.raw(MONTH_PATTERN)}`,
    ),
    check(
      'allowance_schedules_stop_recorded',
      sql`(${table.status} = 'stopped') = (${table.stoppedAt} is not null and ${table.stoppedFromMonth} is not null and ${table.stopCause} is not null)`,
    ),
  ],
);

export const allowanceInstalments = pgTable(
  'allowance_instalments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => allowanceSchedules.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** 1 … months. */
    sequence: integer('sequence').notNull(),
    /** YYYY-MM, Shenzhen's calendar: the month this instalment is for and becomes payable in. */
    month: text('month').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    status: text('status', { enum: allowanceInstalmentStatusValues })
      .notNull()
      .default('scheduled'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('allowance_instalments_schedule_sequence_unique').on(
      table.scheduleId,
      table.sequence,
    ),
    // One instalment per person per month, whatever schedules they have had.
    uniqueIndex('allowance_instalments_one_per_person_month')
      .on(table.personId, table.month)
      .where(sql`${table.status} <> 'stopped'`),
    index('allowance_instalments_due_idx').on(table.status, table.month),
    index('allowance_instalments_application_idx').on(table.applicationId),
    check('allowance_instalments_amount_positive', sql`${table.amountFen} > 0`),
    check('allowance_instalments_month_format', sql`${table.month} ~ ${sql.raw(MONTH_PATTERN)}`),
  ],
);
