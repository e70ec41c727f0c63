import { chinaDateOf } from '../../shared/china-time';

/**
 * The pure rules of scenarios and challenges (A.P6, A.P7, A.P10): deadlines in China time, a
 * consortium's eligibility, a panel score sheet. No database, no clock (the instant is an input).
 */

/**
 * Is `now` on or before the deadline day? A deadline is a China date and includes the whole day:
 * 2027-03-31 accepts until 2027-03-31T23:59:59.999+08:00 (15:59:59.999Z) and refuses from
 * 2027-04-01T00:00+08:00 on.
 */
export function isOnOrBeforeDeadline(deadlineOn: string, now: Date): boolean {
  return chinaDateOf(now) <= deadlineOn;
}

export type ConsortiumMemberRole = 'lead' | 'research-partner' | 'start-up' | 'other';

export interface ConsortiumMemberForEligibility {
  organisationKind: 'company' | 'research_institution' | 'private_non_enterprise_unit';
  roles: readonly ConsortiumMemberRole[];
  status: 'invited' | 'accepted' | 'declined';
  startupVerified: boolean;
}

export interface ConsortiumEligibility {
  /** At least one accepted university or research institute (organisation kind). */
  hasResearchPartner: boolean;
  /** At least one accepted company declaring itself the start-up (verified later by the agency). */
  hasStartup: boolean;
  /** …and that start-up has been verified by the agency (needed before an award). */
  hasVerifiedStartup: boolean;
  eligible: boolean;
}

/**
 * A.P10 「支持高校、科研院所聯合創業企業組建創新聯合體」: at least one university or research
 * institute and at least one start-up, counting only members who accepted. Universities register
 * as `research_institution` (the organisation kinds have no separate "university"); "start-up"
 * is not an organisation kind, so a company declares the role and the agency verifies it.
 */
export function consortiumEligibility(
  members: readonly ConsortiumMemberForEligibility[],
): ConsortiumEligibility {
  const accepted = members.filter((member) => member.status === 'accepted');
  const hasResearchPartner = accepted.some(
    (member) => member.organisationKind === 'research_institution',
  );
  const startups = accepted.filter(
    (member) => member.organisationKind === 'company' && member.roles.includes('start-up'),
  );
  const hasStartup = startups.length > 0;
  return {
    hasResearchPartner,
    hasStartup,
    hasVerifiedStartup: startups.some((member) => member.startupVerified),
    eligible: hasResearchPartner && hasStartup,
  };
}

export interface Criterion {
  id: string;
  maxScore: number;
}

/**
 * The problems of a score sheet against the published criteria: every criterion scored, none
 * unknown, each a whole number from 0 to its declared maximum. Empty when the sheet is valid.
 */
export function scoreSheetProblems(
  criteria: readonly Criterion[],
  scores: Record<string, number>,
): string[] {
  const problems: string[] = [];
  for (const criterion of criteria) {
    const score = scores[criterion.id];
    if (score === undefined) problems.push(`${criterion.id}: missing`);
    else if (!Number.isInteger(score) || score < 0 || score > criterion.maxScore)
      problems.push(`${criterion.id}: out of range 0–${criterion.maxScore}`);
  }
  for (const id of Object.keys(scores))
    if (!criteria.some((criterion) => criterion.id === id)) problems.push(`${id}: unknown`);
  return problems;
}

/** The sum of a sheet's scores (criteria carry no weights: the source publishes none). */
export function totalOf(scores: Record<string, number>): number {
  return Object.values(scores).reduce((sum, score) => sum + score, 0);
}
