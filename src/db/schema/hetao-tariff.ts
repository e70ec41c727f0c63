import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

/**
 * The customs tariff table (issue #16 item 3): versions customs imports, each with its title,
 * source document and effective date, holding ad valorem rates per HS code (8 or 10 digits).
 * OPC Hub ships no rates: every rate here was imported by a customs officer from a source they
 * name. Rates are exact decimal fractions as text ("0.13" for 13 %), read by `tax.ts`'s
 * `parseRate`, never floats.
 */

/** A tariff version: imported as a draft, then published (in force from its effective date) or discarded. */
export const hetaoTariffVersionStatusValues = ['draft', 'published', 'discarded'] as const;
export type HetaoTariffVersionStatus = (typeof hetaoTariffVersionStatusValues)[number];

const RATE_PATTERN = `'^(0(\\.[0-9]{1,12})?|1(\\.0{1,12})?)$'`;

export const hetaoTariffVersions = pgTable(
  'hetao_tariff_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** The document the rates come from (e.g. the State Council Tariff Commission's notice). */
    sourceDocument: text('source_document').notNull(),
    /** First day the rates are in force. */
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    notes: text('notes'),
    status: text('status', { enum: hetaoTariffVersionStatusValues }).notNull(),
    rowCount: integer('row_count').notNull(),
    importedBy: uuid('imported_by')
      .notNull()
      .references(() => accounts.id),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by').references(() => accounts.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [
    index('hetao_tariff_versions_in_force_idx').on(table.status, table.effectiveDate),
    index('hetao_tariff_versions_order_idx').on(table.importedAt, table.id),
  ],
);

export const hetaoTariffRates = pgTable(
  'hetao_tariff_rates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => hetaoTariffVersions.id, { onDelete: 'cascade' }),
    /** 8 or 10 digits, no dots. */
    hsCode: text('hs_code').notNull(),
    /** The source line's description, if the file gives one. */
    description: text('description'),
    dutyRate: text('duty_rate').notNull(),
    vatRate: text('vat_rate').notNull(),
    /** Only for goods that carry consumption tax (below 1). */
    consumptionRate: text('consumption_rate'),
    /** The 1-based line of the imported file. */
    sourceLine: integer('source_line').notNull(),
  },
  (table) => [
    uniqueIndex('hetao_tariff_rates_version_code').on(table.versionId, table.hsCode),
    index('hetao_tariff_rates_code_idx').on(table.hsCode),
    check('hetao_tariff_rates_hs_code', sql`${table.hsCode} ~ '^([0-9]{8}|[0-9]{10})$'`),
    check('hetao_tariff_rates_duty_rate', sql`${table.dutyRate} ~ ${sql.raw(RATE_PATTERN)}`),
    check('hetao_tariff_rates_vat_rate', sql`${table.vatRate} ~ ${sql.raw(RATE_PATTERN)}`),
    check(
      'hetao_tariff_rates_consumption_rate',
      sql`${table.consumptionRate} is null or ${table.consumptionRate} ~ '^0(\\.[0-9]{1,12})?$'`,
    ),
  ],
);
