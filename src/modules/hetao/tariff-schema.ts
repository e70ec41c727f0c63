import { z } from 'zod';
import { hetaoTariffVersionStatusValues } from '../../db/schema/hetao-tariff';
import { isoDateSchema as isoDate } from '../../shared/iso-date';

/** Request and response contracts of the tariff table (issue #16 item 3). */

const text = (max: number) => z.string().trim().min(1, 'text.required').max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value));

export const tariffVersionStatusSchema = z
  .enum(hetaoTariffVersionStatusValues)
  .meta({ id: 'HetaoTariffVersionStatus' });

export const tariffIdParams = z.strictObject({ id: z.uuid() });

/** The form fields that come with an imported file. */
export const tariffImportFields = z.strictObject({
  title: text(200),
  sourceDocument: text(500),
  effectiveDate: z.string().trim().pipe(isoDate),
  notes: optionalText(2000).optional(),
});
export type TariffImportFields = z.infer<typeof tariffImportFields>;

export const tariffVersionSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    sourceDocument: z.string(),
    effectiveDate: z.string(),
    notes: z.string().nullable(),
    status: tariffVersionStatusSchema,
    rowCount: z.number().int(),
    importedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'HetaoTariffVersion' });

const rateRowSchema = z.object({
  hsCode: z.string(),
  description: z.string().nullable(),
  dutyRate: z.string().describe('A decimal fraction: 0.13 is 13 %'),
  vatRate: z.string(),
  consumptionRate: z.string().nullable().describe('Null: the goods carry no consumption tax'),
  sourceLine: z.number().int(),
});

export const tariffVersionDetailSchema = z.object({
  version: tariffVersionSchema,
  rates: z.array(rateRowSchema).describe('The first 500 rates, by code'),
});

export const tariffImportResultSchema = z.object({
  version: tariffVersionSchema,
  fileKind: z.enum(['csv', 'xlsx']),
  warnings: z.array(z.object({ line: z.number().int(), column: z.string(), message: z.string() })),
});

export const ratesQuery = z.strictObject({
  hs: z
    .string()
    .trim()
    .transform((value) => value.replace(/[.\s]/g, ''))
    .pipe(z.string().regex(/^(\d{8}|\d{10})$/, 'hetao.hs_code_format')),
  on: isoDate.optional().describe('The day (China time); default today'),
});

export const ratesInForceSchema = z
  .object({
    hsCode: z.string().describe('The code asked for'),
    matchedCode: z
      .string()
      .describe('The table row that answered: the code itself, or its 8-digit tariff line'),
    onDate: z.string(),
    description: z.string().nullable(),
    dutyRate: z.string(),
    vatRate: z.string(),
    consumptionRate: z.string().nullable(),
    version: z.object({
      id: z.uuid(),
      title: z.string(),
      sourceDocument: z.string(),
      effectiveDate: z.string(),
    }),
  })
  .meta({ id: 'HetaoTariffRatesInForce' });
