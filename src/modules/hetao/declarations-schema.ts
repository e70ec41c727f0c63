import { z } from 'zod';
import { hetaoPartUseValues, hetaoSupervisionClassValues } from '../../db/schema/hetao-ledger';
import { isoDateSchema as isoDate } from '../../shared/iso-date';
import { categorySchema, regimeSchema } from './schema';

/**
 * Contracts of first-line declarations and the B.N6 elections (issue #16 items 2, 3, 6). Rates
 * are decimal fractions written as strings ("0.13" for 13 %), read exactly by tax.ts; values are
 * integer fen. Range checks (a negative value, a rate above 100 %, a missing permit) are made by
 * the service, so each refusal names its clause as well as its field.
 */

export const partUseSchema = z.enum(hetaoPartUseValues).meta({ id: 'HetaoPartUse' });
export const supervisionClassSchema = z
  .enum(hetaoSupervisionClassValues)
  .meta({ id: 'HetaoSupervisionClass' });
export const goodsClassSchema = z
  .enum(['equipment-parts', 'apparatus', 'consumables', 'literature', 'specimens', 'animals'])
  .meta({ id: 'HetaoGoodsClass' });

const rateText = z.string().trim().max(20);

export const declarationLineInput = z.strictObject({
  description: z.string().trim().min(1).max(500),
  /** 8 or 10 digits; dots and spaces are stripped. */
  hsCode: z.string().trim().max(20),
  /** An item id of the published goods list (the lookup's `listItemId`). */
  listItemId: z.string().trim().min(1).max(64),
  /** Optional: taken from the list item; a different one is refused. */
  category: categorySchema.optional(),
  /** Required for the "equipment and spare parts" category (B.N5). */
  partUse: partUseSchema.optional(),
  supervisionClass: supervisionClassSchema.optional(),
  quantity: z.number(),
  unit: z.string().trim().min(1).max(20),
  /** The customs value in fen — or `foreignAmount` + `currency` + `exchangeRate`. */
  valueFen: z.number().int().optional(),
  foreignAmount: z.string().trim().max(30).optional(),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** Yuan per one unit of the currency on the day (an input: 7.1234). */
  exchangeRate: z.string().trim().max(30).optional(),
  /** Rates as decimal fractions; when absent the tariff table's rates on the day are used. */
  dutyRate: rateText.optional(),
  vatRate: rateText.optional(),
  consumptionRate: rateText.optional(),
  biosafety: z.boolean().optional(),
  permitReference: z.string().trim().max(200).optional(),
});
export type DeclarationLineInput = z.infer<typeof declarationLineInput>;

export const createDeclarationBody = z.strictObject({
  organisationId: z.uuid().optional(),
  declarationNumber: z.string().trim().min(1).max(40),
  declaredOn: isoDate,
  /** Defaults to `declaredOn`. */
  releasedOn: isoDate.optional(),
  lines: z.array(declarationLineInput).min(1).max(200),
});
export type CreateDeclarationBody = z.infer<typeof createDeclarationBody>;

const taxSchema = {
  dutyFen: z.number().int(),
  consumptionTaxFen: z.number().int(),
  vatFen: z.number().int(),
  totalFen: z.number().int(),
};

export const declarationLineSchema = z
  .object({
    id: z.uuid(),
    lineNumber: z.number().int(),
    description: z.string(),
    hsCode: z.string(),
    listItemId: z.string(),
    category: categorySchema,
    partUse: partUseSchema.nullable(),
    quantity: z.number(),
    unit: z.string(),
    valueFen: z.number().int(),
    currency: z.string().nullable(),
    foreignAmount: z.string().nullable(),
    exchangeRate: z.string().nullable(),
    dutyRate: z.string(),
    consumptionRate: z.string().nullable(),
    vatRate: z.string(),
    ratesSource: z.enum(['input', 'tariff']),
    tariffRates: z.record(z.string(), z.unknown()).nullable(),
    ...taxSchema,
    regime: regimeSchema,
    regimeSource: z.enum(['category', 'importer-choice']),
    supervisionClass: supervisionClassSchema,
    biosafety: z.boolean(),
    biosafetySource: z.enum(['declared', 'lookup']).nullable(),
    permitReference: z.string().nullable(),
    ledgerItemId: z.uuid().nullable(),
  })
  .meta({ id: 'HetaoDeclarationLine' });

export const declarationSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    declarationNumber: z.string(),
    declaredOn: isoDate,
    releasedOn: isoDate,
    whiteListEntryId: z.uuid(),
    listVersionId: z.uuid(),
    source: z.enum(['form', 'csv', 'xlsx']),
    ...taxSchema,
    createdAt: z.iso.datetime(),
    lines: z.array(declarationLineSchema),
    /** How the taxes were computed and rounded (B.N11). */
    rounding: z.string(),
  })
  .meta({ id: 'HetaoDeclaration' });

export const declarationSummarySchema = declarationSchema
  .omit({ lines: true })
  .extend({ lineCount: z.number().int() })
  .meta({ id: 'HetaoDeclarationSummary' });

export const declarationsQuery = z.strictObject({
  organisationId: z.uuid().optional(),
});

export const importDeclarationResultSchema = z
  .object({ declarations: z.array(declarationSummarySchema) })
  .meta({ id: 'HetaoDeclarationImport' });

// B.N6 elections

export const createElectionBody = z.strictObject({
  organisationId: z.uuid().optional(),
  goodsClass: goodsClassSchema,
  electedOn: isoDate,
  reason: z.string().trim().max(1000).optional(),
});
export type CreateElectionBody = z.infer<typeof createElectionBody>;

export const electionSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    goodsClass: goodsClassSchema,
    electedOn: isoDate,
    /** The first day the class may be claimed again (B.N6, 36 months). */
    barredUntil: isoDate,
    barredToday: z.boolean(),
    reason: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'HetaoClassElection' });
