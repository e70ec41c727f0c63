import { z } from 'zod';
import { membershipRoleValues, organisationKindValues } from '../../db/schema/people';
import { emailSchema } from '../accounts/schema';
import { findCreditCodeProblem, normaliseCreditCode } from '../../shared/uscc';

export const organisationKindSchema = z
  .enum(organisationKindValues)
  .meta({ id: 'OrganisationKind' });
export const membershipRoleSchema = z.enum(membershipRoleValues).meta({ id: 'MembershipRole' });

/** 统一社会信用代码, normalised (upper case, no spaces) and checked per GB 32100-2015. */
export const creditCodeSchema = z
  .string()
  .transform(normaliseCreditCode)
  .superRefine((code, context) => {
    const problem = findCreditCodeProblem(code);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const createOrganisationBody = z.strictObject({
  creditCode: creditCodeSchema,
  name: z.string().trim().min(1, 'text.required').max(200),
  kind: organisationKindSchema,
  registeredAddress: z.string().trim().max(300).nullable().optional(),
});
export type CreateOrganisationBody = z.infer<typeof createOrganisationBody>;

export const updateOrganisationBody = z.strictObject({
  name: z.string().trim().min(1, 'text.required').max(200).optional(),
  registeredAddress: z.string().trim().max(300).nullable().optional(),
});

export const organisationSchema = z
  .object({
    id: z.uuid(),
    creditCode: z.string(),
    name: z.string(),
    kind: organisationKindSchema,
    registeredAddress: z.string().nullable(),
    createdAt: z.iso.datetime(),
    /** The caller's role in it, or null when the caller is staff looking in. */
    myRole: membershipRoleSchema.nullable(),
  })
  .meta({ id: 'Organisation' });

export const memberSchema = z
  .object({
    personId: z.uuid(),
    fullName: z.string(),
    email: z.string().nullable(),
    role: membershipRoleSchema,
    since: z.iso.datetime(),
  })
  .meta({ id: 'OrganisationMember' });

export const organisationDetail = organisationSchema.extend({ members: z.array(memberSchema) });

export const organisationParams = z.strictObject({ id: z.uuid() });
export const memberParams = z.strictObject({ id: z.uuid(), personId: z.uuid() });

export const addMemberBody = z.strictObject({
  email: emailSchema,
  role: membershipRoleSchema,
});

export const organisationSearchQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const organisationSearchResponse = z.object({
  items: z.array(organisationSchema),
  total: z.number().int(),
});

export const creditCodeCheckQuery = z.strictObject({ code: z.string().max(40) });
export const creditCodeCheckResponse = z.object({
  code: z.string(),
  valid: z.boolean(),
  problem: z.enum(['uscc.format', 'uscc.authority', 'uscc.check_character']).nullable(),
});
