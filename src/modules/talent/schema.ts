import { z } from 'zod';
import {
  talentAchievementKindValues,
  talentJudgementValues,
  talentSubmissionStatusValues,
} from '../../db/schema/talent';
import { isoDateSchema } from '../../shared/iso-date';
import { localisedTextSchema } from '../../shared/localised-text';
import { visibleText } from '../../shared/visible-text';

/**
 * Open talent recognition (issue #17 item 3; A.P1): the request and response contracts. Every
 * request object is strict: a `degree` (or any other unlisted field) is refused with a 400 at
 * that field — A.P1 recognises work, not degrees.
 */

const shortText = (max: number) => visibleText(z.string().trim().min(1, 'text.required').max(max));

const webLink = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(2000)
  .meta({ description: 'An http(s) address anyone on the panel can open' });

const evidenceLinks = z
  .array(webLink)
  .min(1, 'talent.evidence_required')
  .max(20)
  .meta({ description: 'At least one link: A.P1 recognition rests on evidence' });

const openSourceAchievement = z.strictObject({
  kind: z.literal('open-source'),
  title: shortText(200).meta({ description: 'The project or contribution' }),
  repositoryUrls: z.array(webLink).min(1).max(20),
  role: z.enum(['maintainer', 'contributor', 'author']),
  mergedWork: shortText(2000)
    .nullish()
    .transform((value) => value ?? null)
    .meta({ description: 'Merged pull requests or releases, in a few words' }),
  evidenceLinks,
});

const applicationAchievement = z.strictObject({
  kind: z.literal('application'),
  title: shortText(200).meta({ description: 'The product' }),
  description: shortText(2000)
    .nullish()
    .transform((value) => value ?? null),
  users: z
    .number()
    .int()
    .min(0)
    .max(10_000_000_000)
    .nullish()
    .transform((value) => value ?? null),
  annualRevenueFen: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .nullish()
    .transform((value) => value ?? null)
    .meta({ description: 'Revenue over the last twelve months, integer fen (declared)' }),
  evidenceLinks,
});

const competitionAchievement = z.strictObject({
  kind: z.literal('competition'),
  title: shortText(200).meta({ description: 'The competition' }),
  rank: shortText(100).meta({ description: 'Rank or award, as the organiser gives it' }),
  year: z.number().int().min(1950).max(2100),
  evidenceLinks,
});

export const achievementBody = z.discriminatedUnion('kind', [
  openSourceAchievement,
  applicationAchievement,
  competitionAchievement,
]);
export type AchievementInput = z.infer<typeof achievementBody>;

export const submissionBody = z.strictObject({
  statement: shortText(4000)
    .nullish()
    .transform((value) => value ?? null),
  achievements: z.array(achievementBody).min(1).max(20),
});
export type SubmissionInput = z.infer<typeof submissionBody>;

export const reviewBody = z.strictObject({
  judgements: z
    .array(
      z.strictObject({
        criterion: z.string().min(1).max(50),
        judgement: z.enum(talentJudgementValues),
        reason: shortText(2000),
      }),
    )
    .min(1)
    .max(20),
  recommendation: z.enum(['recognise', 'refuse']),
  reason: shortText(4000),
});
export type ReviewInput = z.infer<typeof reviewBody>;

export const decisionBody = z.strictObject({
  outcome: z.enum(['recognise', 'refuse']),
  grounds: shortText(4000).meta({ description: 'Why: the facts the decision rests on' }),
  groundAchievementIds: z
    .array(z.uuid())
    .max(20)
    .default([])
    .meta({ description: 'The achievements a recognition rests on (at least one to recognise)' }),
});
export type DecisionInput = z.infer<typeof decisionBody>;

export const validityBody = z.strictObject({
  effectiveFrom: isoDateSchema,
  months: z.number().int().min(1).max(600),
  sourceText: shortText(8000).meta({ description: 'The notice or decision it comes from' }),
});
export type ValidityInput = z.infer<typeof validityBody>;

export const submissionParams = z.strictObject({ submissionId: z.uuid() });
export const certificateParams = z.strictObject({
  code: z
    .string()
    .regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/, 'talent.certificate_code_format')
    .meta({ description: 'The code printed on the certificate, e.g. 7K2M-QX9P-4HDT' }),
});
export const queueQuery = z.strictObject({
  status: z.enum(talentSubmissionStatusValues).optional(),
});

const kindSchema = z.enum(talentAchievementKindValues).meta({ id: 'TalentAchievementKind' });

export const achievementSchema = z
  .object({
    id: z.uuid(),
    kind: kindSchema,
    title: z.string(),
    details: z.record(z.string(), z.unknown()),
    evidenceLinks: z.array(z.string()),
  })
  .meta({ id: 'TalentAchievement' });

export const reviewSchema = z
  .object({
    id: z.uuid(),
    reviewerAccountId: z.uuid(),
    reviewerName: z.string(),
    judgements: z.array(
      z.object({
        criterion: z.string(),
        judgement: z.enum(talentJudgementValues),
        reason: z.string(),
      }),
    ),
    recommendation: z.enum(['recognise', 'refuse']),
    reason: z.string(),
    reviewedAt: z.string(),
  })
  .meta({ id: 'TalentReview' });

export const recognitionSchema = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    kinds: z.array(kindSchema),
    groundAchievementIds: z.array(z.uuid()),
    grounds: z.string(),
    validFrom: z.string(),
    validUntil: z
      .string()
      .nullable()
      .meta({ description: 'Null: no end (no validity period set)' }),
    certificateCode: z.string(),
    decidedAt: z.string(),
  })
  .meta({ id: 'TalentRecognition' });

export const submissionSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    fullName: z.string(),
    statement: z.string().nullable(),
    status: z.enum(talentSubmissionStatusValues),
    submittedAt: z.string(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
    achievements: z.array(achievementSchema),
    reviews: z
      .array(reviewSchema)
      .meta({ description: "The panel's reviews (panel members only)" }),
    recognition: recognitionSchema.nullable(),
    conflictOfInterest: z
      .boolean()
      .meta({ description: 'For a panel member: the submission is their own or a colleague’s' }),
  })
  .meta({ id: 'TalentSubmission' });

export const submissionSummarySchema = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    status: z.enum(talentSubmissionStatusValues),
    kinds: z.array(kindSchema),
    reviewCount: z.number().int(),
    submittedAt: z.string(),
    conflictOfInterest: z.boolean(),
  })
  .meta({ id: 'TalentSubmissionSummary' });

export const rubricSchema = z
  .object({
    clause: z.literal('A.P1'),
    criteria: z.array(
      z.object({
        id: z.string(),
        clause: z.string(),
        label: localisedTextSchema,
        guidance: localisedTextSchema,
      }),
    ),
    judgements: z.array(z.enum(talentJudgementValues)),
    note: localisedTextSchema,
    kinds: z.array(z.object({ kind: kindSchema, label: localisedTextSchema })),
  })
  .meta({ id: 'TalentRubric' });

export const certificateSchema = z
  .object({
    code: z.string(),
    fullName: z.string(),
    kinds: z.array(kindSchema),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    status: z.enum(['valid', 'expired']),
    clause: z.literal('A.P1'),
    decidedAt: z.string(),
  })
  .meta({ id: 'TalentCertificate' });

export const distributionSchema = z
  .object({
    onDate: z.string(),
    recognisedPeople: z.number().int(),
    byKind: z.array(
      z.object({ kind: kindSchema, label: localisedTextSchema, people: z.number().int() }),
    ),
  })
  .meta({ id: 'TalentDistribution' });

export const validitySchema = z
  .object({
    id: z.uuid(),
    effectiveFrom: z.string(),
    months: z.number().int(),
    sourceText: z.string(),
    setAt: z.string(),
  })
  .meta({ id: 'TalentValidityPeriod' });

export const validityOverviewSchema = z
  .object({
    inForce: validitySchema.nullable().meta({
      description: 'Null: unpublished — recognitions are recorded with no end date',
    }),
    history: z.array(validitySchema),
  })
  .meta({ id: 'TalentValidityOverview' });
