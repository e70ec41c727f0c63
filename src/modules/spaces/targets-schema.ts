import { z } from 'zod';
import { localisedTextSchema } from '../../shared/localised-text';
import { isoDateSchema } from '../../shared/iso-date';
import { districtCodeSchema } from './schema';
import { highGrowthDefinitionSchema } from './residents-schema';

/** The city's 2027 targets (issue #14 item 5; A.T1–A.T4): the contract of `GET /targets`. */

export const targetIdSchema = z.enum(['A.T1', 'A.T2', 'A.T3', 'A.T4']).meta({ id: 'TargetId' });

export const targetsQuery = z.strictObject({
  date: isoDateSchema.optional().meta({ description: 'The day (China time); today when omitted' }),
});

export const targetsExportQuery = targetsQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

const figuresSchema = z
  .object({
    'A.T1': z.number().nullable(),
    'A.T2': z.number().nullable(),
    'A.T3': z.number().nullable(),
    'A.T4': z.number().nullable(),
  })
  .meta({ id: 'TargetFigures' });

export const targetSchema = z
  .object({
    id: targetIdSchema,
    clause: z.string().meta({ description: 'The clause cited (the target’s id in the register)' }),
    target: z.number().meta({ description: 'The source says "more than" this (超 / 超過)' }),
    unit: z.enum(['communities', 'companies', 'people', 'm2']),
    actual: z
      .number()
      .nullable()
      .meta({ description: 'The figure from the records; null with `actualReason`' }),
    projection2027: z
      .number()
      .nullable()
      .meta({ description: 'On 2027-12-31 at the snapshots’ pace; null with `projectionReason`' }),
    comparison: z.literal('more_than'),
    quote: localisedTextSchema.extend({ original: z.string() }),
    actualReason: z.enum(['definition_unpublished']).nullable(),
    projectionReason: z.enum(['too_few_snapshots', 'definition_unpublished']).nullable(),
    history: z.array(
      z.object({ month: z.string(), takenOn: z.string(), actual: z.number().nullable() }),
    ),
  })
  .meta({ id: 'Target' });

export const targetsSchema = z
  .object({
    date: z.string(),
    targets: z.array(targetSchema),
    deadline: z.string(),
    highGrowthDefinition: highGrowthDefinitionSchema.nullable(),
    districts: z.array(
      z.object({
        districtCode: districtCodeSchema.nullable(),
        names: localisedTextSchema.nullable(),
        figures: figuresSchema,
      }),
    ),
    coverage: z.object({
      openCommunities: z.number().int(),
      openCommunitiesWithoutArea: z.number().int(),
      openCommunitiesBelowArea: z.number().int(),
      demoCommunitiesExcluded: z.number().int(),
      residentCompanies: z.number().int(),
      residentsWithoutRecord: z.number().int(),
    }),
  })
  .meta({ id: 'Targets' });

export const snapshotSchema = z
  .object({
    takenOn: z.string(),
    figures: z.array(z.object({ id: targetIdSchema, actual: z.number().nullable() })),
  })
  .meta({ id: 'TargetSnapshot' });
