import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { getFactProfile } from '../rules/fact-profiles-service';
import { evaluateFacts } from '../rules/service';
import { requireCompanyMember } from './access';
import * as repo from './repo';

/**
 * The one place the spaces module talks to the rules module: a space application is prefilled
 * from the engine's `space.opc-community` (A.S2) and `space.other-industrial` (A.S3) results for
 * the company, evaluated on the applicant's fact profile (their own facts and, when they founded
 * it, the company's). The evaluation is an indication shown on the form — the operator decides
 * admission — so an `unknown` result never blocks applying.
 */

const SPACE_POLICIES = [
  { policyId: 'space.opc-community', route: 'opc-community' },
  { policyId: 'space.other-industrial', route: 'other-industrial' },
] as const;

/** The facts to evaluate: the company's profile when the caller founded it, else their own. */
async function factsFor(ctx: ServiceContext, principal: Principal, organisationId: string) {
  try {
    return await getFactProfile(ctx, principal, { organisationId });
  } catch (error) {
    // A member who did not found the company: the company's facts are its founder's to keep.
    if (error instanceof AppError && error.code === 'organisation.not_found') {
      const own = await getFactProfile(ctx, principal);
      return { ...own, facts: own.facts.person ? { person: own.facts.person } : {} };
    }
    throw error;
  }
}

/** What an application of this company may be prefilled with, and the engine's results. */
export async function prefillApplication(
  ctx: ServiceContext,
  principal: Principal,
  communityId: string,
  organisationId: string,
) {
  if (!(await repo.findCommunity(ctx.db, communityId)))
    throw new AppError('space.community_not_found');
  await requireCompanyMember(ctx.db, principal, organisationId, '/query/organisationId');
  const profile = await factsFor(ctx, principal, organisationId);
  const evaluation = await evaluateFacts(ctx, {
    facts: profile.facts,
    policies: SPACE_POLICIES.map((policy) => policy.policyId),
    include: ['labels', 'citations', 'trace'],
  });
  const company = (profile.facts.company ?? {}) as Record<string, unknown>;
  const teamSize =
    typeof company.teamSize === 'number' &&
    Number.isInteger(company.teamSize) &&
    company.teamSize > 0
      ? company.teamSize
      : null;
  const results = SPACE_POLICIES.map(({ policyId, route }) => {
    const result = evaluation.results.find((row) => row.policyId === policyId)!;
    const criteria = (result.criteria ?? []).filter((criterion) => criterion.kind === 'criterion');
    return {
      policyId,
      route,
      name: result.name ?? policyId,
      status: result.status,
      clauses: [...new Set(result.citations ?? [])],
      criteria: criteria.map((criterion) => ({
        label: criterion.label ?? criterion.id,
        clause: criterion.clause ?? null,
        result: criterion.result,
      })),
      missingFacts: result.missingFacts,
    };
  });
  const eligible = results.find((result) => result.status === 'eligible');
  const possible = results.find((result) => result.status === 'unknown');
  return {
    organisationId,
    date: evaluation.date,
    teamSize,
    suggestedRoute: (eligible ?? possible)?.route ?? null,
    factsUpdatedAt: profile.updatedAt,
    results,
  };
}
