import {
  bigint,
  date,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { organisations, people } from './people';

export const ruleParameterStatusValues = ['published', 'unpublished', 'ended'] as const;
export type RuleParameterStatus = (typeof ruleParameterStatusValues)[number];
export const ruleParameterStatusEnum = pgEnum('rule_parameter_status', ruleParameterStatusValues);

/**
 * Dated parameter values entered by administrators (issue #3 item 2). The catalogue's own values
 * live in policies/parameters.yaml; a row here takes effect from `effective_from` and wins over
 * an earlier value (or, on the same date, over the catalogue's). Rows are never changed: a new
 * value, an end or a return to "unpublished" is a new row, and each is audited.
 */
export const ruleParameterValues = pgTable(
  'rule_parameter_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parameterId: text('parameter_id').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    status: ruleParameterStatusEnum('status').notNull(),
    /** In the parameter's unit (fen for money, basis points for rates); null unless published. */
    value: bigint('value', { mode: 'number' }),
    sourceClauses: jsonb('source_clauses').$type<string[]>().notNull(),
    sourceDocument: text('source_document').notNull(),
    sourceUrl: text('source_url'),
    note: text('note'),
    enteredBy: uuid('entered_by').references(() => accounts.id, { onDelete: 'set null' }),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('rule_parameter_values_parameter_idx').on(table.parameterId, table.effectiveFrom),
  ],
);

/**
 * What a person has told us about themselves (the `person.*` facts), so nothing is asked twice:
 * the navigator and application forms prefill from it and save to it.
 */
export const personFactProfiles = pgTable('person_fact_profiles', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  facts: jsonb('facts').$type<Record<string, unknown>>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => accounts.id, { onDelete: 'set null' }),
});

/** An organisation's facts: `{ company: {…}, importer: {…} }`, kept by its founders. */
export const organisationFactProfiles = pgTable('organisation_fact_profiles', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  facts: jsonb('facts').$type<Record<string, unknown>>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => accounts.id, { onDelete: 'set null' }),
});
