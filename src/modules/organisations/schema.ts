import { z } from 'zod';
import {
  invitationStatusValues,
  membershipRoleValues,
  organisationKindValues,
} from '../../db/schema/people';
import { emailSchema } from '../accounts/schema';
import { findCreditCodeProblem, normaliseCreditCode } from '../../shared/uscc';
import { cursorParam, deprecatedOffsetParam, nextCursorField } from '../../shared/keyset';
import { visibleText } from '../../shared/visible-text';

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

/** What people read as the organisation's name and address: no invisible reordering characters. */
const organisationName = visibleText(z.string().trim().min(1, 'text.required').max(200));
const registeredAddress = visibleText(z.string().trim().max(300));

export const createOrganisationBody = z.strictObject({
  creditCode: creditCodeSchema,
  name: organisationName,
  kind: organisationKindSchema,
  registeredAddress: registeredAddress.nullable().optional(),
});
export type CreateOrganisationBody = z.infer<typeof createOrganisationBody>;

export const updateOrganisationBody = z.strictObject({
  name: organisationName.optional(),
  registeredAddress: registeredAddress.nullable().optional(),
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

export const invitationStatusSchema = z
  .enum(invitationStatusValues)
  .meta({ id: 'MembershipInvitationStatus' });

/**
 * An invitation to join an organisation. It says only what the inviter typed: nothing in it (or
 * in the answer to the request that made it) tells whether the address has an account.
 */
export const invitationSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    email: z.string(),
    role: membershipRoleSchema,
    status: invitationStatusSchema,
    invitedAt: z.iso.datetime(),
    invitedByName: z.string().nullable(),
    respondedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'MembershipInvitation' });

export const organisationDetail = organisationSchema.extend({
  members: z.array(memberSchema),
  /** Invitations not yet answered: these people are not members. */
  invitations: z.array(invitationSchema),
});

export const organisationParams = z.strictObject({ id: z.uuid() });
export const memberParams = z.strictObject({ id: z.uuid(), personId: z.uuid() });
export const organisationInvitationParams = z.strictObject({
  id: z.uuid(),
  invitationId: z.uuid(),
});
export const invitationParams = z.strictObject({ id: z.uuid() });

/** Invites the holder of the address; they become a member when they accept. */
export const addMemberBody = z.strictObject({
  email: emailSchema,
  role: membershipRoleSchema,
});

export const changeMemberRoleBody = z.strictObject({ role: membershipRoleSchema });

export const organisationSearchQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: deprecatedOffsetParam,
  cursor: cursorParam,
});

export const organisationSearchResponse = z.object({
  items: z.array(organisationSchema),
  total: z.number().int(),
  nextCursor: nextCursorField,
});

export const creditCodeCheckQuery = z.strictObject({ code: z.string().max(40) });
export const creditCodeCheckResponse = z.object({
  code: z.string(),
  valid: z.boolean(),
  problem: z.enum(['uscc.format', 'uscc.authority', 'uscc.check_character']).nullable(),
});
