import { z } from 'zod';
import { languageValues, roleValues } from '../../db/schema/accounts';
import { cursorParam, deprecatedOffsetParam, nextCursorField } from '../../shared/keyset';
import { visibleText } from '../../shared/visible-text';

export const roleSchema = z.enum(roleValues).meta({ id: 'Role' });
export const languageSchema = z.enum(languageValues).meta({ id: 'Language' });

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'email.invalid')
  .pipe(z.email('email.invalid'))
  .transform((value) => value.toLowerCase());

export const passwordSchema = z
  .string()
  .min(10, 'password.too_short')
  .max(128, 'password.too_long');

export const registerBody = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: visibleText(z.string().trim().min(1, 'text.required').max(100)),
  preferredLanguage: languageSchema.optional(),
});
export type RegisterBody = z.infer<typeof registerBody>;

export const loginBody = z.strictObject({
  email: z
    .string()
    .trim()
    .min(1, 'text.required')
    .max(254)
    .transform((value) => value.toLowerCase()),
  password: z.string().min(1, 'text.required').max(1024),
});
export type LoginBody = z.infer<typeof loginBody>;

export const membershipSummary = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  creditCode: z.string(),
  kind: z.enum(['company', 'research_institution', 'private_non_enterprise_unit']),
  role: z.enum(['founder', 'member']),
});

export const personProfile = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    phone: z.string().nullable(),
    contactEmail: z.string().nullable(),
    languages: z.array(languageSchema),
  })
  .meta({ id: 'PersonProfile' });

export const accountSummary = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    preferredLanguage: languageSchema,
    status: z.enum(['active', 'disabled']),
    roles: z.array(roleSchema),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AccountSummary' });

export const meResponse = z
  .object({
    account: accountSummary,
    person: personProfile.nullable(),
    memberships: z.array(membershipSummary),
    /** Echo this in the X-CSRF-Token header of every cookie-authenticated change. */
    csrfToken: z.string().nullable(),
    authenticatedBy: z.enum(['session', 'token']),
  })
  .meta({ id: 'Me' });
export type MeResponse = z.infer<typeof meResponse>;

export const updateProfileBody = z.strictObject({
  displayName: visibleText(z.string().trim().min(1, 'text.required').max(100)).optional(),
  preferredLanguage: languageSchema.optional(),
  fullName: visibleText(z.string().trim().min(1, 'text.required').max(100)).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{5,19}$/, 'phone.invalid')
    .nullable()
    .optional(),
  contactEmail: emailSchema.nullable().optional(),
  languages: z.array(languageSchema).min(1).max(3).optional(),
});
export type UpdateProfileBody = z.infer<typeof updateProfileBody>;

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'text.required').max(1024),
  newPassword: passwordSchema,
});

export const apiTokenSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1, 'text.required').max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const createdTokenResponse = z.object({
  token: apiTokenSummary,
  /** The secret, shown exactly once. */
  secret: z.string(),
});

export const idParams = z.strictObject({ id: z.uuid() });

export const accountListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  status: z.enum(['active', 'disabled']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: deprecatedOffsetParam,
  cursor: cursorParam,
});

export const accountListResponse = z.object({
  items: z.array(accountSummary),
  total: z.number().int(),
  nextCursor: nextCursorField,
});

export const roleParams = z.strictObject({ id: z.uuid(), role: roleSchema });

export const setStatusBody = z.strictObject({ status: z.enum(['active', 'disabled']) });

export const okResponse = z.object({ ok: z.literal(true) });
