import { z } from 'zod';
import {
  CHALLENGE_BUDGET_CEILING_FEN,
  challengeConsortiumStatusValues,
  challengeMilestoneStatusValues,
  challengeStatusValues,
  consortiumMemberRoleValues,
  consortiumMemberStatusValues,
  scenarioAttachmentPurposeValues,
  scenarioDomainValues,
  scenarioProposalStatusValues,
} from '../../db/schema/scenarios';
import { localisedTextSchema } from '../../shared/localised-text';
import { visibleText } from '../../shared/visible-text';

/** Request and response schemas of scenarios (A.P6, A.P7) and challenges (A.P10). */

const text = (max: number) => visibleText(z.string().trim().min(1, 'text.required').max(max));
const dateField = z.iso.date();
const threeLanguages = (max: number) =>
  z.strictObject({ 'zh-Hans': text(max), 'zh-Hant': text(max), en: text(max) });
const criterionId = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);

export const scenarioDomainSchema = z.enum(scenarioDomainValues).meta({
  id: 'ScenarioDomain',
  description: 'A.P6 「聚焦城市治理和公共服務領域」: city governance or public services',
});

export const scenarioParams = z.strictObject({ scenarioId: z.uuid() });
export const proposalParams = z.strictObject({ proposalId: z.uuid() });
export const attachmentParams = z.strictObject({ proposalId: z.uuid(), attachmentId: z.uuid() });
export const challengeParams = z.strictObject({ challengeId: z.uuid() });
export const consortiumParams = z.strictObject({ consortiumId: z.uuid() });
export const memberParams = z.strictObject({ consortiumId: z.uuid(), organisationId: z.uuid() });
export const milestoneParams = z.strictObject({ milestoneId: z.uuid() });

const rubricCriterionSchema = z.object({ id: z.string(), label: localisedTextSchema });

export const scenarioBody = z.strictObject({
  title: threeLanguages(200),
  problem: threeLanguages(4000),
  dataAndAccess: threeLanguages(4000).meta({
    description: 'The data and access the department makes available to proposers',
  }),
  department: threeLanguages(200).meta({ description: 'The publishing government department' }),
  domain: scenarioDomainSchema,
  timelineStartsOn: dateField,
  timelineEndsOn: dateField,
  proposalsCloseOn: dateField.meta({ description: 'Last China day a proposal is taken' }),
  contact: text(500),
  demonstrationCriteria: z
    .array(z.strictObject({ id: criterionId, label: threeLanguages(300) }))
    .min(1)
    .max(20)
    .meta({
      description:
        'The demonstration rubric (A.P7) published with the scenario: criteria judged met or not with reasons, no weights (the source gives none)',
    }),
});
export type ScenarioInput = z.infer<typeof scenarioBody>;

export const scenarioSchema = z
  .object({
    id: z.uuid(),
    title: localisedTextSchema,
    problem: localisedTextSchema,
    dataAndAccess: localisedTextSchema,
    department: localisedTextSchema,
    domain: scenarioDomainSchema,
    timelineStartsOn: z.string(),
    timelineEndsOn: z.string(),
    proposalsCloseOn: z.string(),
    acceptingProposals: z.boolean(),
    contact: z.string(),
    demonstrationCriteria: z.array(rubricCriterionSchema),
    demo: z.boolean(),
    publishedAt: z.string(),
    clauses: z.array(z.string()),
  })
  .meta({ id: 'Scenario' });

export const subscriptionsBody = z.strictObject({
  domains: z.array(scenarioDomainSchema).max(2),
});
export const subscriptionsSchema = z
  .object({ domains: z.array(scenarioDomainSchema) })
  .meta({ id: 'ScenarioSubscriptions' });

export const proposalBody = z.strictObject({
  organisationId: z.uuid(),
  summary: text(2000),
  approach: text(8000),
  team: text(2000),
});
export type ProposalInput = z.infer<typeof proposalBody>;

const attachmentSchema = z
  .object({
    id: z.uuid(),
    purpose: z.enum(scenarioAttachmentPurposeValues),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'ScenarioAttachment' });
export { attachmentSchema };

const demonstrationSchema = z
  .object({
    recognised: z.boolean(),
    judgements: z.array(
      z.object({ criterionId: z.string(), met: z.boolean(), reason: z.string() }),
    ),
    reason: z.string(),
    decidedAt: z.string(),
  })
  .meta({ id: 'ScenarioDemonstration' });

export const proposalSchema = z
  .object({
    id: z.uuid(),
    scenarioId: z.uuid(),
    scenarioTitle: localisedTextSchema,
    organisationId: z.uuid(),
    organisationName: z.string(),
    summary: z.string(),
    approach: z.string(),
    team: z.string(),
    status: z.enum(scenarioProposalStatusValues),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    pilotStartedOn: z.string().nullable(),
    inUseSince: z.string().nullable(),
    deploymentApplicationId: z.uuid().nullable(),
    demonstrationApplicationId: z.uuid().nullable(),
    attachments: z.array(attachmentSchema),
    demonstration: demonstrationSchema.nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'ScenarioProposal' });

export const proposalDecisionBody = z.strictObject({
  action: z.enum(['shortlist', 'decline', 'start-pilot']),
  reason: text(2000),
  pilotStartedOn: dateField.optional().meta({ description: 'For start-pilot; today if omitted' }),
});

export const inUseBody = z.strictObject({
  inUseSince: dateField.meta({ description: 'The day the product went into actual use (A.P6)' }),
  reason: text(2000),
});

export const demonstrationBody = z.strictObject({
  judgements: z
    .array(z.strictObject({ criterionId, met: z.boolean(), reason: text(2000) }))
    .min(1)
    .max(20),
  recognised: z.boolean(),
  reason: text(2000),
});
export type DemonstrationInput = z.infer<typeof demonstrationBody>;

export const fundingApplicationBody = z.strictObject({
  policyId: z.enum(['scenario.gov-deployment', 'scenario.demonstration']),
});

export const fundingApplicationSchema = z
  .object({
    applicationId: z.uuid(),
    policyId: z.string(),
    resumed: z.boolean(),
    evidenceAttached: z.number().int(),
  })
  .meta({ id: 'ScenarioFundingApplication' });

export const attachmentUploadFields = z.strictObject({
  purpose: z.enum(scenarioAttachmentPurposeValues).optional(),
});

// ---------------------------------------------------------------------------------------------
// Challenges

const fenAmount = z.number().int().positive();

export const challengeBody = z.strictObject({
  title: threeLanguages(200),
  goals: threeLanguages(8000).meta({ description: 'The technical goals (發榜)' }),
  department: threeLanguages(200),
  budgetCeilingFen: fenAmount.meta({
    description: `At most ${CHALLENGE_BUDGET_CEILING_FEN} fen (¥30,000,000, A.P10)`,
  }),
  phases: z
    .array(z.strictObject({ name: threeLanguages(200), endsOn: dateField }))
    .min(1)
    .max(12),
  submissionDeadlineOn: dateField.meta({ description: 'Last China day to submit (揭榜)' }),
  criteria: z
    .array(
      z.strictObject({
        id: criterionId,
        label: threeLanguages(300),
        maxScore: z.number().int().min(1).max(100),
      }),
    )
    .min(1)
    .max(20)
    .meta({ description: 'The panel rubric published with the challenge' }),
});
export type ChallengeInput = z.infer<typeof challengeBody>;

const memberSchema = z
  .object({
    organisationId: z.uuid(),
    organisationName: z.string(),
    organisationKind: z.string(),
    roles: z.array(z.enum(consortiumMemberRoleValues)),
    status: z.enum(consortiumMemberStatusValues),
    startupVerified: z.boolean(),
  })
  .meta({ id: 'ConsortiumMember' });

const milestoneSchema = z
  .object({
    id: z.uuid(),
    sequence: z.number().int(),
    title: z.string(),
    dueOn: z.string(),
    status: z.enum(challengeMilestoneStatusValues),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'ChallengeMilestone' });

export const consortiumSchema = z
  .object({
    id: z.uuid(),
    challengeId: z.uuid(),
    challengeTitle: localisedTextSchema,
    leadOrganisationId: z.uuid(),
    proposal: z.string(),
    status: z.enum(challengeConsortiumStatusValues),
    submittedAt: z.string().nullable(),
    members: z.array(memberSchema),
    eligibility: z.object({
      hasResearchPartner: z.boolean(),
      hasStartup: z.boolean(),
      hasVerifiedStartup: z.boolean(),
      eligible: z.boolean(),
    }),
    scores: z
      .array(
        z.object({
          reviewerAccountId: z.uuid(),
          scores: z.record(z.string(), z.number()),
          total: z.number(),
          comment: z.string(),
        }),
      )
      .nullable()
      .meta({ description: 'Shown to the agency and the panel only' }),
    milestones: z.array(milestoneSchema),
    fundingApplicationId: z.uuid().nullable(),
    demo: z.boolean(),
  })
  .meta({ id: 'ChallengeConsortium' });

export const challengeSchema = z
  .object({
    id: z.uuid(),
    title: localisedTextSchema,
    goals: localisedTextSchema,
    department: localisedTextSchema,
    budgetCeilingFen: z.number().int(),
    phases: z.array(z.object({ name: localisedTextSchema, endsOn: z.string() })),
    submissionDeadlineOn: z.string(),
    acceptingSubmissions: z.boolean(),
    criteria: z.array(
      z.object({ id: z.string(), label: localisedTextSchema, maxScore: z.number().int() }),
    ),
    status: z.enum(challengeStatusValues),
    winnerConsortiumId: z.uuid().nullable(),
    winnerReason: z.string().nullable(),
    demo: z.boolean(),
    publishedAt: z.string(),
    clauses: z.array(z.string()),
  })
  .meta({ id: 'Challenge' });

export const consortiumBody = z.strictObject({
  leadOrganisationId: z.uuid(),
  leadRoles: z
    .array(z.enum(['research-partner', 'start-up', 'other']))
    .max(2)
    .meta({ description: 'What the lead brings besides leading' }),
  proposal: text(8000),
});

export const invitationBody = z.strictObject({
  organisationId: z.uuid(),
  roles: z
    .array(z.enum(['research-partner', 'start-up', 'other']))
    .min(1)
    .max(2),
});

export const invitationResponseBody = z.strictObject({ accept: z.boolean() });

export const verifyStartupBody = z.strictObject({ note: text(2000) });

export const panelBody = z.strictObject({
  reviewerAccountIds: z.array(z.uuid()).min(1).max(30),
});
export const panelSchema = z
  .array(z.object({ accountId: z.uuid(), email: z.string(), displayName: z.string() }))
  .meta({ id: 'ChallengePanel' });

export const conflictBody = z.strictObject({ consortiumId: z.uuid(), reason: text(2000) });

export const scoreBody = z.strictObject({
  scores: z.record(z.string(), z.number()),
  comment: text(4000),
});

export const winnerBody = z.strictObject({
  consortiumId: z.uuid(),
  reason: text(4000),
  milestones: z
    .array(z.strictObject({ title: text(500), dueOn: dateField }))
    .min(1)
    .max(20),
});

export const milestoneDecisionBody = z.strictObject({
  accepted: z.boolean(),
  reason: text(2000),
});
