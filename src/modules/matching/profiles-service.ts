// Reading matching profiles: the list, and one profile with each fact's provenance (imported by
// which import and version, or declared by the company or its founder) and its stored results.
import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import { getCatalogue } from '../rules/catalogue';
import { mergeProfileFacts } from './profile-facts';
import * as repo from './repo';

const PAGE = 50;

function presentProfileSummary(row: repo.MatchingProfileRow) {
  return {
    id: row.id,
    creditCode: row.creditCode,
    name: row.name,
    foundedOn: row.foundedOn,
    district: row.district,
    size: row.size,
    industry: row.industry,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A page of profiles in id order; `after` is the last id of the previous page. */
export async function listProfiles(
  ctx: ServiceContext,
  query: { after?: number | undefined; search?: string | undefined },
) {
  const rows = await repo.listProfiles(ctx.db, {
    afterId: query.after,
    search: query.search?.trim() || undefined,
    limit: PAGE + 1,
  });
  const items = rows.slice(0, PAGE).map(presentProfileSummary);
  return { items, next: rows.length > PAGE ? String(items.at(-1)!.id) : null };
}

/** One profile: its fields, its facts with where each came from, its results and push candidates. */
export async function getProfile(ctx: ServiceContext, profileId: number) {
  const row = await repo.findProfile(ctx.db, profileId);
  if (!row) throw new AppError('matching.profile_not_found');
  const [loaded] = await repo.loadProfilesForMatching(ctx.db, { ids: [profileId] });
  const merged = mergeProfileFacts(loaded!);
  const { catalogue } = getCatalogue();
  const name = (policyId: string) =>
    catalogue.policyIndex.get(policyId)?.definition.name[ctx.language] ?? policyId;
  const results = await repo.listResultsOfProfiles(ctx.db, [profileId]);
  const candidates = await repo.listPushCandidatesOfProfile(ctx.db, profileId);
  return {
    ...presentProfileSummary(row),
    organisationId: loaded!.organisationId,
    facts: merged.values.map((entry) => ({
      fact: entry.fact,
      value: entry.value,
      provenance: entry.provenance,
    })),
    results: results.map((result) => ({
      policyId: result.policyId,
      name: name(result.policyId),
      status: result.status,
      maxAmountFen: result.maxAmountFen,
      missingFacts: result.missingFacts,
      evaluatedOn: result.evaluatedOn,
      catalogueHash: result.catalogueHash,
      parameterVersion: result.parameterVersion,
      runId: result.runId,
      updatedAt: result.updatedAt.toISOString(),
    })),
    pushCandidates: candidates.map((candidate) => ({
      policyId: candidate.policyId,
      name: name(candidate.policyId),
      reason: candidate.reason,
      maxAmountFen: candidate.maxAmountFen,
      missingFact: candidate.missingFact,
      createdAt: candidate.createdAt.toISOString(),
      sentAt: candidate.sentAt?.toISOString() ?? null,
    })),
  };
}
