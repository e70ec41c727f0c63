import { z } from 'zod';
import { hetaoLedgerMovementKindValues } from '../../db/schema/hetao-ledger';
import { isoDateSchema as isoDate } from '../../shared/iso-date';
import { localisedTextSchema } from '../../shared/localised-text';
import { categorySchema, regimeSchema } from './schema';

/** Contracts of the electronic ledger of exempt goods (issue #16 items 4, 5; B.N4–B.N12). */

export const ledgerStatusSchema = z
  .enum(['in-supervision', 'held', 'released', 'written-off', 'moved'])
  .meta({ id: 'HetaoLedgerStatus' });
export const movementKindSchema = z
  .enum(hetaoLedgerMovementKindValues)
  .meta({ id: 'HetaoLedgerMovementKind' });

export const movementSchema = z
  .object({
    id: z.uuid(),
    kind: movementKindSchema,
    quantity: z.number(),
    occurredOn: isoDate,
    researchUse: z.string().nullable(),
    reason: z.string().nullable(),
    recipient: z.string().nullable(),
    monthsServed: z.number().int().nullable(),
    taxableValueFen: z.number().int().nullable(),
    dutyFen: z.number().int().nullable(),
    consumptionTaxFen: z.number().int().nullable(),
    vatFen: z.number().int().nullable(),
    /** The tax now due (B.N7, B.N10, B.N12); null for write-offs and forced transfers. */
    dueFen: z.number().int().nullable(),
    /** How the due amount was computed, with its clauses. */
    explanation: localisedTextSchema.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'HetaoLedgerMovement' });

export const ledgerItemSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    declarationId: z.uuid(),
    declarationNumber: z.string(),
    lineId: z.uuid(),
    description: z.string(),
    hsCode: z.string(),
    listItemId: z.string(),
    category: categorySchema,
    regime: regimeSchema,
    unit: z.string(),
    quantityDeclared: z.number(),
    quantityWrittenOff: z.number(),
    quantityMoved: z.number(),
    quantityHeld: z.number(),
    valueFen: z.number().int(),
    /** The tax the line was spared at import (B.N11). */
    taxSparedFen: z.number().int(),
    releasedOn: isoDate,
    supervisionYears: z.number().int().nullable(),
    supervisionEndsOn: isoDate.nullable(),
    supervisionSource: z.record(z.string(), z.unknown()).nullable(),
    status: ledgerStatusSchema,
    biosafety: z.boolean(),
    permitReference: z.string().nullable(),
    /** Tax recorded as due on this item (sum of its moves). */
    dueFen: z.number().int(),
    movements: z.array(movementSchema),
  })
  .meta({ id: 'HetaoLedgerItem' });

export const ledgerQuery = z.strictObject({
  organisationId: z.uuid().optional(),
  status: ledgerStatusSchema.optional(),
  /** Only items with tax due. */
  due: z.enum(['true', 'false']).optional(),
  biosafety: z.enum(['true', 'false']).optional(),
});

export const writeOffBody = z.strictObject({
  quantity: z.number(),
  researchUse: z.string().trim().min(1).max(1000),
  writtenOffOn: isoDate.optional(),
});
export type WriteOffBody = z.infer<typeof writeOffBody>;

export const moveBody = z.strictObject({
  kind: z.enum(['second-line', 'other-use', 'transfer', 'forced-transfer']),
  /** Defaults to everything held. */
  quantity: z.number().optional(),
  movedOn: isoDate.optional(),
  reason: z.string().trim().max(1000).optional(),
  /** Transfers (B.N12): who receives the goods. */
  recipient: z.string().trim().max(200).optional(),
});
export type MoveBody = z.infer<typeof moveBody>;

const todoSchema = z.object({
  kind: z.enum(['write-off-pending', 'supervision-ending', 'biosafety-permit', 'tax-due']),
  itemId: z.uuid(),
  description: z.string(),
  date: isoDate.nullable(),
  amountFen: z.number().int().nullable(),
  permitReference: z.string().nullable(),
});

export const ledgerSummarySchema = z
  .object({
    organisationId: z.uuid(),
    year: z.number().int(),
    /** Tax spared by the declarations dated this year (B.N11), in fen. */
    taxSparedThisYearFen: z.number().int(),
    counts: z.object({
      'in-supervision': z.number().int(),
      held: z.number().int(),
      released: z.number().int(),
      'written-off': z.number().int(),
      moved: z.number().int(),
      due: z.number().int(),
    }),
    dueFen: z.number().int(),
    /** Items leaving supervision within this many days are listed (a display window). */
    supervisionWindowDays: z.number().int(),
    todo: z.array(todoSchema),
  })
  .meta({ id: 'HetaoLedgerSummary' });

export const ledgerExportQuery = z.strictObject({
  sheet: z.enum(['declarations', 'ledger', 'biosafety', 'due']).default('ledger'),
});
