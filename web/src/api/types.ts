/**
 * Shapes of the foundation's API responses, as the OpenAPI document (/api/docs) describes them.
 * web/ talks to the server over HTTP only, so these mirror src/modules/{accounts,organisations,
 * audit}/schema.ts by hand; areas keep their own response types next to their pages.
 */
import type { Language } from '../i18n/languages';

export const roles = [
  'founder',
  'community_operator',
  'reviewer',
  'finance_officer',
  'customs_officer',
  'provider',
  'admin',
] as const;
export type Role = (typeof roles)[number];

/** Staff roles: may look at every organisation (permission `organisations.read-all`). */
export const staffRoles = [
  'reviewer',
  'finance_officer',
  'customs_officer',
  'community_operator',
  'admin',
] as const satisfies readonly Role[];

export type AccountStatus = 'active' | 'disabled';
export type OrganisationKind = 'company' | 'research_institution' | 'private_non_enterprise_unit';
export type MembershipRole = 'founder' | 'member';

export interface AccountSummary {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
  status: AccountStatus;
  roles: Role[];
  createdAt: string;
}

export interface PersonProfile {
  id: string;
  fullName: string;
  phone: string | null;
  contactEmail: string | null;
  languages: Language[];
}

export interface MembershipSummary {
  organisationId: string;
  organisationName: string;
  creditCode: string;
  kind: OrganisationKind;
  role: MembershipRole;
}

export interface Me {
  account: AccountSummary;
  person: PersonProfile | null;
  memberships: MembershipSummary[];
  csrfToken: string | null;
  authenticatedBy: 'session' | 'token';
}

export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiToken {
  token: ApiTokenSummary;
  secret: string;
}

export interface Organisation {
  id: string;
  creditCode: string;
  name: string;
  kind: OrganisationKind;
  registeredAddress: string | null;
  createdAt: string;
  myRole: MembershipRole | null;
}

export interface OrganisationMember {
  personId: string;
  fullName: string;
  email: string | null;
  role: MembershipRole;
  since: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn';

/** An invitation to join an organisation: nothing changes until its addressee accepts. */
export interface MembershipInvitation {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  role: MembershipRole;
  status: InvitationStatus;
  invitedAt: string;
  invitedByName: string | null;
  respondedAt: string | null;
}

export interface OrganisationDetail extends Organisation {
  members: OrganisationMember[];
  /** Invitations not yet answered: these people are not members. */
  invitations: MembershipInvitation[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export type CreditCodeProblem = 'uscc.format' | 'uscc.authority' | 'uscc.check_character';

export interface CreditCodeCheck {
  code: string;
  valid: boolean;
  problem: CreditCodeProblem | null;
}

export interface AuditEntry {
  seq: number;
  occurredAt: string;
  actorAccountId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditPage {
  items: AuditEntry[];
  nextBeforeSeq: number | null;
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  brokenAtSeq: number | null;
  reason: string | null;
}
