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
import { hetaoCategoryValues, hetaoRegimeValues } from './hetao';
import { organisations } from './people';

/**
 * Hetao first-line declarations and the electronic ledger of exempt goods (issue #16 items 2–6;
 * B.N3–B.N7, B.N9–B.N12, B.R1 of shared/policy-source/CLAUSES.md). Money is integer fen, rates
 * exact decimal strings ("0.13"), quantities numeric with 3 decimals (a write-off may be 12.5 mL).
 */

/** B.N5 "其他零配件": whether an equipment-category line is the equipment, a repair part, or a part consumed in research. */
export const hetaoPartUseValues = [
  'not-a-part',
  'equipment-repair',
  'consumed-in-research',
] as const;
export type HetaoPartUse = (typeof hetaoPartUseValues)[number];

/** B.N9: the supervision class of the goods (ships/aircraft 8 years, vehicles 6, all other 3). */
export const hetaoSupervisionClassValues = [
  'other-goods',
  'motor-vehicles',
  'ships-aircraft',
] as const;
export type HetaoSupervisionClass = (typeof hetaoSupervisionClassValues)[number];

/** A first-line import declaration of a white-listed importer (B.N3, B.E2). */
export const hetaoDeclarations = pgTable(
  'hetao_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The customs declaration number (报关单号) as the importer gives it. */
    declarationNumber: text('declaration_number').notNull(),
    declaredOn: date('declared_on', { mode: 'string' }).notNull(),
    /** B.N9: supervision is counted from release; the importer enters it (defaults to declaredOn). */
    releasedOn: date('released_on', { mode: 'string' }).notNull(),
    /** The white-list entry in force on declaredOn (B.N3), from the white-list service. */
    whiteListEntryId: uuid('white_list_entry_id').notNull(),
    listVersionId: uuid('list_version_id').notNull(),
    source: text('source', { enum: ['form', 'csv', 'xlsx'] }).notNull(),
    dutyFen: bigint('duty_fen', { mode: 'number' }).notNull(),
    consumptionTaxFen: bigint('consumption_tax_fen', { mode: 'number' }).notNull(),
    vatFen: bigint('vat_fen', { mode: 'number' }).notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('hetao_declarations_number_uq').on(table.organisationId, table.declarationNumber),
    index('hetao_declarations_declared_idx').on(table.declaredOn),
  ],
);

/** One line of a declaration with the taxes it spares (B.N11) and its regime (B.N5). */
export const hetaoDeclarationLines = pgTable(
  'hetao_declaration_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    declarationId: uuid('declaration_id')
      .notNull()
      .references(() => hetaoDeclarations.id),
    lineNumber: integer('line_number').notNull(),
    description: text('description').notNull(),
    hsCode: text('hs_code').notNull(),
    listItemId: text('list_item_id').notNull(),
    category: text('category', { enum: hetaoCategoryValues }).notNull(),
    partUse: text('part_use', { enum: hetaoPartUseValues }),
    quantity: numeric('quantity', { precision: 18, scale: 3, mode: 'number' }).notNull(),
    unit: text('unit').notNull(),
    /** The customs value in fen: entered, or computed from the foreign amount × rate. */
    valueFen: bigint('value_fen', { mode: 'number' }).notNull(),
    currency: text('currency'),
    foreignAmount: text('foreign_amount'),
    /** Yuan per one unit of `currency` on the day, as the importer entered it. */
    exchangeRate: text('exchange_rate'),
    dutyRate: text('duty_rate').notNull(),
    consumptionRate: text('consumption_rate'),
    vatRate: text('vat_rate').notNull(),
    /** Which rates were used: the importer's per-line inputs, or the tariff table's. */
    ratesSource: text('rates_source', { enum: ['input', 'tariff'] }).notNull(),
    /** The tariff table's rates on the day, when it had some (kept even when the inputs won). */
    tariffRates: jsonb('tariff_rates').$type<Record<string, unknown> | null>(),
    dutyFen: bigint('duty_fen', { mode: 'number' }).notNull(),
    consumptionTaxFen: bigint('consumption_tax_fen', { mode: 'number' }).notNull(),
    vatFen: bigint('vat_fen', { mode: 'number' }).notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    regime: text('regime', { enum: hetaoRegimeValues }).notNull(),
    /** `category`: B.N5 fixes it; `importer-choice`: the importer chose (equipment parts). */
    regimeSource: text('regime_source', { enum: ['category', 'importer-choice'] }).notNull(),
    supervisionClass: text('supervision_class', { enum: hetaoSupervisionClassValues }).notNull(),
    biosafety: boolean('biosafety').notNull(),
    /** `declared`: the importer ticked it; `lookup`: the goods lookup flags the goods (B.R1). */
    biosafetySource: text('biosafety_source', { enum: ['declared', 'lookup'] }),
    permitReference: text('permit_reference'),
  },
  (table) => [
    uniqueIndex('hetao_declaration_lines_number_uq').on(table.declarationId, table.lineNumber),
    check('hetao_declaration_lines_value', sql`${table.valueFen} >= 0`),
    check('hetao_declaration_lines_quantity', sql`${table.quantity} > 0`),
    check(
      'hetao_declaration_lines_permit',
      sql`not ${table.biosafety} or ${table.permitReference} is not null`,
    ),
  ],
);

/**
 * An exempt line in the electronic ledger (B.N4). Quantities: held = declared − written off −
 * moved, never negative — checked here and, under the row lock, in the service.
 */
export const hetaoLedgerItems = pgTable(
  'hetao_ledger_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lineId: uuid('line_id')
      .notNull()
      .references(() => hetaoDeclarationLines.id),
    declarationId: uuid('declaration_id')
      .notNull()
      .references(() => hetaoDeclarations.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    regime: text('regime', { enum: hetaoRegimeValues }).notNull(),
    quantityDeclared: numeric('quantity_declared', {
      precision: 18,
      scale: 3,
      mode: 'number',
    }).notNull(),
    quantityWrittenOff: numeric('quantity_written_off', {
      precision: 18,
      scale: 3,
      mode: 'number',
    }).notNull(),
    quantityMoved: numeric('quantity_moved', { precision: 18, scale: 3, mode: 'number' }).notNull(),
    quantityHeld: numeric('quantity_held', { precision: 18, scale: 3, mode: 'number' }).notNull(),
    releasedOn: date('released_on', { mode: 'string' }).notNull(),
    /** B.N9, supervised items only: the years and the day supervision ends (release + years). */
    supervisionYears: integer('supervision_years'),
    supervisionEndsOn: date('supervision_ends_on', { mode: 'string' }),
    /** The dated parameter's source, as it stood when the item was recorded. */
    supervisionSource: jsonb('supervision_source').$type<Record<string, unknown> | null>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('hetao_ledger_items_line_uq').on(table.lineId),
    index('hetao_ledger_items_organisation_idx').on(table.organisationId),
    check(
      'hetao_ledger_items_balance',
      sql`${table.quantityHeld} = ${table.quantityDeclared} - ${table.quantityWrittenOff} - ${table.quantityMoved}`,
    ),
    check(
      'hetao_ledger_items_non_negative',
      sql`${table.quantityHeld} >= 0 and ${table.quantityWrittenOff} >= 0 and ${table.quantityMoved} >= 0`,
    ),
  ],
);

export const hetaoLedgerMovementKindValues = [
  'write-off',
  'second-line',
  'other-use',
  'transfer',
  'forced-transfer',
] as const;
export type HetaoLedgerMovementKind = (typeof hetaoLedgerMovementKindValues)[number];

/** A write-off (B.N5), a move through the second line or to other use (B.N7), a transfer (B.N12). */
export const hetaoLedgerMovements = pgTable(
  'hetao_ledger_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => hetaoLedgerItems.id),
    kind: text('kind', { enum: hetaoLedgerMovementKindValues }).notNull(),
    quantity: numeric('quantity', { precision: 18, scale: 3, mode: 'number' }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** Write-offs: the research the goods were consumed in. */
    researchUse: text('research_use'),
    /** Moves and transfers: why; a forced transfer: the bankruptcy or deregistration. */
    reason: text('reason'),
    /** Transfers: who receives the goods. */
    recipient: text('recipient'),
    /** B.N10: months since release, counted as the customs measures count them. */
    monthsServed: integer('months_served'),
    /** The dutiable value of the back tax (B.N10), and the taxes now due (B.N11). */
    taxableValueFen: bigint('taxable_value_fen', { mode: 'number' }),
    dutyFen: bigint('duty_fen', { mode: 'number' }),
    consumptionTaxFen: bigint('consumption_tax_fen', { mode: 'number' }),
    vatFen: bigint('vat_fen', { mode: 'number' }),
    dueFen: bigint('due_fen', { mode: 'number' }),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('hetao_ledger_movements_item_idx').on(table.itemId),
    check('hetao_ledger_movements_quantity', sql`${table.quantity} > 0`),
  ],
);

/** B.N6: an importer chose to pay the tax for a class of goods on a date (barred 36 months). */
export const hetaoClassElections = pgTable(
  'hetao_class_elections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The classes of the engine's `importer.waivedClasses` (policies/facts.yaml). */
    goodsClass: text('goods_class', {
      enum: ['equipment-parts', 'apparatus', 'consumables', 'literature', 'specimens', 'animals'],
    }).notNull(),
    electedOn: date('elected_on', { mode: 'string' }).notNull(),
    reason: text('reason'),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('hetao_class_elections_organisation_idx').on(table.organisationId)],
);
