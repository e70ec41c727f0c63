/**
 * Names for the foundation's API shapes (src/modules/{accounts,organisations,audit}/schema.ts),
 * taken from the types generated from openapi.json (./schema.d.ts); areas keep theirs next to
 * their pages.
 */
import type { ApiResponse, ApiSchema } from './openapi-client';

export { roles } from './permissions';
export type Role = ApiSchema<'Role'>;

export type AccountSummary = ApiSchema<'AccountSummary'>;
export type AccountStatus = AccountSummary['status'];
export type OrganisationKind = ApiSchema<'OrganisationKind'>;
export type MembershipRole = ApiSchema<'MembershipRole'>;
export type PersonProfile = ApiSchema<'PersonProfile'>;
export type Me = ApiSchema<'Me'>;
export type MembershipSummary = Me['memberships'][number];
export type ApiTokenSummary = ApiSchema<'ApiToken'>;
export type CreatedApiToken = ApiResponse<'/me/tokens', 'post'>;
export type Organisation = ApiSchema<'Organisation'>;
export type OrganisationMember = ApiSchema<'OrganisationMember'>;
export type InvitationStatus = ApiSchema<'MembershipInvitationStatus'>;
/** An invitation to join an organisation: nothing changes until its addressee accepts. */
export type MembershipInvitation = ApiSchema<'MembershipInvitation'>;
export type OrganisationDetail = ApiResponse<'/organisations/{id}'>;

export type CreditCodeCheck = ApiResponse<'/organisations/credit-code-check'>;
export type CreditCodeProblem = NonNullable<CreditCodeCheck['problem']>;
export type AuditEntry = ApiSchema<'AuditEntry'>;
export type AuditPage = ApiResponse<'/audit'>;
export type AuditVerification = ApiResponse<'/audit/verification'>;
