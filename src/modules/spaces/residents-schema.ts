import { z } from 'zod';
import { localisedTextSchema } from '../../shared/localised-text';
import { isoDateSchema } from '../../shared/iso-date';
import { visibleText } from '../../shared/visible-text';

/**
 * Residents' records (issue #14 item 4): a resident company's team (A.T3) and its high-growth
 * mark (A.T2), and the administrator's dated definition of high growth.
 */

const shortText = (max: number) => visibleText(z.string().trim().min(1, 'text.required').max(max));
const headcount = z.number().int().min(0).max(100_000);

export const residentParams = z.strictObject({ organisationId: z.uuid() });

export const residentRecordBody = z.strictObject({
  teamSize: z.number().int().min(1).max(100_000),
  aiFounderCount: headcount.meta({
    description: 'Founders counted as AI founders and innovators (A.T3)',
  }),
  aiStaffCount: headcount.meta({
    description: 'Staff other than founders counted as AI innovators (A.T3)',
  }),
  source: shortText(1000).nullable().optional().default(null),
});
export type ResidentRecordInput = z.infer<typeof residentRecordBody>;

export const highGrowthMarkBody = z.strictObject({
  highGrowth: z.boolean(),
  evidence: shortText(4000).meta({ description: 'What shows it, under the definition in force' }),
});
export type HighGrowthMarkInput = z.infer<typeof highGrowthMarkBody>;

export const highGrowthDefinitionBody = z.strictObject({
  effectiveFrom: isoDateSchema,
  definition: z.strictObject({
    'zh-Hans': shortText(4000),
    'zh-Hant': shortText(4000),
    en: shortText(4000),
  }),
  sourceText: shortText(8000).meta({
    description: 'The text the definition comes from (a notice or a decision), quoted',
  }),
});
export type HighGrowthDefinitionInput = z.infer<typeof highGrowthDefinitionBody>;

export const residentRecordSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    teamSize: z.number().int(),
    aiFounderCount: z.number().int(),
    aiStaffCount: z.number().int(),
    aiTalents: z.number().int().meta({ description: 'aiFounderCount + aiStaffCount (A.T3)' }),
    declaredAs: z.enum(['company', 'operator', 'admin']),
    source: z.string().nullable(),
    setBy: z.uuid().nullable(),
    setAt: z.string(),
  })
  .meta({ id: 'ResidentRecord' });

export const highGrowthDefinitionSchema = z
  .object({
    id: z.uuid(),
    effectiveFrom: z.string(),
    definition: localisedTextSchema,
    sourceText: z.string(),
    publishedBy: z.uuid().nullable(),
    publishedAt: z.string(),
  })
  .meta({ id: 'HighGrowthDefinition' });

export const highGrowthMarkSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    highGrowth: z.boolean(),
    evidence: z.string(),
    definitionId: z.uuid(),
    setBy: z.uuid().nullable(),
    setAt: z.string(),
  })
  .meta({ id: 'HighGrowthMark' });

export const residentSchema = z
  .object({
    organisationId: z.uuid(),
    name: z.string(),
    resident: z.boolean().meta({ description: 'Holds a lease in a community today' }),
    record: residentRecordSchema.nullable(),
    highGrowth: highGrowthMarkSchema.nullable(),
    history: z.object({
      records: z.array(residentRecordSchema),
      highGrowthMarks: z.array(highGrowthMarkSchema),
    }),
  })
  .meta({ id: 'Resident' });

export const communityResidentSchema = z
  .object({
    organisationId: z.uuid(),
    name: z.string(),
    record: residentRecordSchema.nullable().meta({ description: 'The newest team declaration' }),
    highGrowth: highGrowthMarkSchema.nullable().meta({ description: 'The newest mark' }),
  })
  .meta({ id: 'CommunityResident' });
