import { z } from 'zod';
import { fundCodeValues, fundStageValues } from '../../db/schema/funds';
import { localisedTextSchema } from '../../shared/localised-text';
import { visibleText } from '../../shared/visible-text';

/** Fund introductions (issue #17 item 4; A.P11): request and response contracts. */

const shortText = (max: number) => visibleText(z.string().trim().min(1, 'text.required').max(max));

export const fundCodeSchema = z.enum(fundCodeValues).meta({ id: 'FundCode' });
export const fundStageSchema = z.enum(fundStageValues).meta({ id: 'FundStage' });

export const introductionParams = z.strictObject({ introductionId: z.uuid() });
export const staffParams = z.strictObject({ accountId: z.uuid() });

export const requestBody = z.strictObject({
  organisationId: z.uuid(),
  fund: fundCodeSchema,
  note: shortText(2000)
    .nullish()
    .transform((value) => value ?? null)
    .meta({ description: 'A note to the fund (private to the fund and the company)' }),
});
export type RequestInput = z.infer<typeof requestBody>;

export const moveBody = z.strictObject({
  stage: z.enum(['meeting', 'due-diligence', 'invested', 'declined']),
  reason: shortText(4000).meta({ description: 'Private to the fund and the company' }),
  investedAmountFen: z
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .nullish()
    .transform((value) => value ?? null)
    .meta({ description: 'Integer fen; required when the stage is invested, refused otherwise' }),
});
export type MoveInput = z.infer<typeof moveBody>;

export const staffBody = z.strictObject({ fund: fundCodeSchema });

export const fundSchema = z
  .object({ code: fundCodeSchema, names: localisedTextSchema, clause: z.literal('A.P11') })
  .meta({ id: 'Fund' });

export const profileSchema = z
  .object({
    name: z.string(),
    creditCode: z.string(),
    community: z.object({ id: z.uuid(), names: localisedTextSchema }).nullable(),
    team: z.object({ teamSize: z.number().int(), aiTalents: z.number().int() }).nullable(),
    highGrowth: z.object({ evidence: z.string(), markedAt: z.string() }).nullable(),
    recognisedTalents: z
      .number()
      .int()
      .meta({ description: 'Members holding a valid talent recognition (A.P1)' }),
    benefitsWon: z
      .array(z.object({ policyId: z.string(), approvedAt: z.string().nullable() }))
      .nullable()
      .meta({ description: 'Null: not available from the applications module yet' }),
    challengeResults: z
      .array(z.object({ challengeId: z.string(), outcome: z.string() }))
      .nullable()
      .meta({ description: 'Null: not available from the scenarios module yet' }),
    generatedAt: z.string(),
  })
  .meta({ id: 'FundCompanyProfile' });

export const eventSchema = z
  .object({
    fromStage: fundStageSchema.nullable(),
    toStage: fundStageSchema,
    reason: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'FundIntroductionEvent' });

export const introductionSchema = z
  .object({
    id: z.uuid(),
    fund: fundCodeSchema,
    fundNames: localisedTextSchema,
    organisationId: z.uuid(),
    communityId: z.uuid(),
    stage: fundStageSchema,
    note: z.string().nullable(),
    investedAmountFen: z.number().int().nullable(),
    profile: profileSchema,
    events: z.array(eventSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'FundIntroduction' });

export const staffSchema = z
  .object({
    accountId: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    fund: fundCodeSchema,
    assignedAt: z.string(),
  })
  .meta({ id: 'FundStaff' });

export const aggregateSchema = z
  .object({
    communities: z.array(
      z.object({
        communityId: z.uuid(),
        names: localisedTextSchema.nullable(),
        byStage: z.record(fundStageSchema, z.number().int()),
        introductions: z.number().int(),
        investedAmountFen: z.number().int(),
      }),
    ),
    totals: z.object({
      introductions: z.number().int(),
      invested: z.number().int(),
      investedAmountFen: z.number().int(),
    }),
  })
  .meta({ id: 'FundAggregate' });
