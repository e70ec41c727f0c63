// Match runs: starting one (by hand, after an import, when a founder's profile or a parameter
// changes, nightly), splitting it into batches on the queue, and reading its progress.
import type { Db } from '../../db/client';
import type { MatchingRunTrigger } from '../../db/schema/matching';
import { AppError } from '../../errors/app-error';
import { systemContext, type ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { getCatalogue } from '../rules/catalogue';
import { todayInShenzhen } from '../rules/parameters-service';
import { parameterVersionOn, runMatchBatch, type MatchBatchJob } from './match-service';
import { matchingQueueOf, setFallbackHandler, type MatchBatchHandler } from './queue';
import * as repo from './repo';

/** Profiles a batch (one queue job) holds: small enough to retry cheaply, large enough to bulk-write. */
export const BATCH_SIZE = 500;

/** The handler every queue runs: a batch of a run, in a system context of its own. */
export function batchHandlerOf(
  db: Db,
  onDigestError?: (error: unknown) => void,
): MatchBatchHandler {
  return (job, worker) => runMatchBatch(systemContext(db, 'matching'), job, worker, onDigestError);
}
setFallbackHandler(batchHandlerOf);

export interface StartRunInput {
  trigger: MatchingRunTrigger;
  /** Only these policies' results are written; absent: the whole catalogue. */
  policies?: string[] | null | undefined;
  /** Only these profiles; absent: every profile. */
  profileIds?: number[] | undefined;
  cause?: string | null | undefined;
}

/**
 * Starts a run: records it (audited once, as started), splits the profiles into id ranges of
 * {@link BATCH_SIZE} and puts one job per range on the queue. Returns the run as recorded.
 */
export async function startRun(ctx: ServiceContext, input: StartRunInput) {
  const { catalogue, catalogueHash } = getCatalogue();
  const policies = input.policies ?? null;
  if (policies?.some((id) => !catalogue.policyIndex.has(id)))
    throw new AppError('rules.policy_not_found');
  const date = todayInShenzhen(ctx.now());
  const parameterVersion = await parameterVersionOn(ctx, date);
  let jobs: Omit<MatchBatchJob, 'runId'>[];
  let profilesTotal = 0;
  if (input.profileIds) {
    const ids = [...new Set(input.profileIds)].sort((a, b) => a - b);
    profilesTotal = ids.length;
    jobs = [];
    for (let start = 0; start < ids.length; start += BATCH_SIZE) {
      const slice = ids.slice(start, start + BATCH_SIZE);
      jobs.push({
        batch: jobs.length,
        firstProfileId: slice[0]!,
        lastProfileId: slice.at(-1)!,
        profileIds: slice,
      });
    }
  } else {
    const ranges = await repo.profileIdRanges(ctx.db, BATCH_SIZE);
    profilesTotal = ranges.reduce((sum, range) => sum + range.profiles, 0);
    jobs = ranges.map((range) => ({
      batch: range.batch,
      firstProfileId: range.firstId,
      lastProfileId: range.lastId,
    }));
  }
  // An automatic run with nothing to match leaves no trace (no run row, no audit row).
  if (jobs.length === 0 && input.trigger !== 'manual') return null;
  const run = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertRun(tx, {
      trigger: input.trigger,
      policies,
      cause: input.cause ?? null,
      status: jobs.length === 0 ? 'finished' : 'running',
      evaluatedOn: date,
      catalogueHash,
      parameterVersion,
      batchesTotal: jobs.length,
      profilesTotal,
      requestedBy: ctx.actor.accountId,
      startedAt: ctx.now(),
      finishedAt: jobs.length === 0 ? ctx.now() : null,
    });
    await recordAudit(tx, ctx, {
      action: 'matching_run.started',
      subjectType: 'matching_run',
      subjectId: row.id,
      after: {
        trigger: row.trigger,
        cause: row.cause,
        policies,
        evaluatedOn: date,
        batches: jobs.length,
        profiles: profilesTotal,
        catalogueHash,
        parameterVersion,
      },
    });
    return row;
  });
  await matchingQueueOf(ctx.db).enqueue(jobs.map((job) => ({ ...job, runId: run.id })));
  return run;
}

// --- Triggers -------------------------------------------------------------------------------------

/**
 * A founder saved their fact profile (or their company's): re-match that company's matching
 * profile only, if it has one. Call after the save's transaction has committed.
 */
export async function matchAfterFactProfileSaved(
  ctx: ServiceContext,
  subject: { personId?: string | null | undefined; organisationId?: string | null | undefined },
) {
  const profileIds = await repo.findProfileIdsOfSubject(ctx.db, subject);
  if (profileIds.length === 0) return null;
  return startRun(ctx, {
    trigger: 'profile',
    profileIds,
    cause: subject.organisationId ?? subject.personId ?? null,
  });
}

/** The policies whose eligibility or amount reads a parameter. */
export function policiesUsingParameter(parameterId: string): string[] {
  return getCatalogue()
    .catalogue.policies.filter(
      (policy) =>
        policy.root.parameters.includes(parameterId) ||
        policy.benefit.parameters.includes(parameterId),
    )
    .map((policy) => policy.definition.id);
}

/**
 * A parameter value was entered: re-match the policies that use it, for every profile. Call
 * after the value's transaction has committed (rules/parameters-service.ts does).
 */
export async function matchAfterParameterChange(ctx: ServiceContext, parameterId: string) {
  const policies = policiesUsingParameter(parameterId);
  if (policies.length === 0) return null;
  return startRun(ctx, { trigger: 'parameter', policies, cause: parameterId });
}

/** The nightly full run (dates move on: a company turns three, a parameter takes effect). */
export async function matchNightly(db: Db) {
  return startRun(systemContext(db, 'matching-nightly'), { trigger: 'nightly' });
}

// --- Reading ------------------------------------------------------------------------------------

export function presentRun(row: repo.MatchingRunRow) {
  return {
    id: row.id,
    trigger: row.trigger,
    cause: row.cause,
    policies: row.policies,
    status: row.status,
    evaluatedOn: row.evaluatedOn,
    catalogueHash: row.catalogueHash,
    parameterVersion: row.parameterVersion,
    batchesTotal: row.batchesTotal,
    batchesDone: row.batchesDone,
    profilesTotal: row.profilesTotal,
    profilesMatched: row.profilesMatched,
    resultsWritten: row.resultsWritten,
    resultsChanged: row.resultsChanged,
    pushCandidates: row.pushCandidates,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function listRuns(ctx: ServiceContext) {
  return (await repo.listRuns(ctx.db, 50)).map(presentRun);
}

export async function getRun(ctx: ServiceContext, runId: string) {
  const row = await repo.findRun(ctx.db, runId);
  if (!row) throw new AppError('matching.run_not_found');
  return presentRun(row);
}
