// Matching a batch of profiles: their facts (imported, overlaid with what founders declared)
// through the engine, results written in one statement, push candidates recorded, the run's
// progress counted — and the run audited once when its last batch finishes, never per result.
import { createHash } from 'node:crypto';
import { evaluate, type IsoDate, type PolicyResult } from '../../engine';
import { AppError } from '../../errors/app-error';
import { canonicalJson } from '../../shared/canonical-json';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { getCatalogue } from '../rules/catalogue';
import { parseFacts } from '../rules/facts-validation';
import { parametersOn } from '../rules/parameters-service';
import { mergeProfileFacts } from './profile-facts';
import { sendPushDigest } from './pushes-service';
import * as repo from './repo';

/** One queue job: a range of profile ids (a full run) or a list of them (a change), of one run. */
export interface MatchBatchJob {
  runId: string;
  batch: number;
  firstProfileId: number;
  lastProfileId: number;
  /** Only these profiles (a change to a few); absent: every profile in the range. */
  profileIds?: number[] | undefined;
}

/** A version of the parameters in force on a date: a hash of their resolved values. */
export async function parameterVersionOn(ctx: Pick<ServiceContext, 'db'>, date: IsoDate) {
  const parameters = await parametersOn(ctx, date);
  return createHash('sha256').update(canonicalJson(parameters)).digest('hex').slice(0, 16);
}

export interface ProfileMatch {
  profileId: number;
  /** Null when the facts do not make a situation (a declaration contradicts an import). */
  results: PolicyResult[] | null;
}

/**
 * Evaluates profiles against the whole catalogue, untraced (the engine's fast path), on a date.
 * The facts are validated and completed exactly as `POST /evaluations` does (parseFacts), so a
 * stored result equals evaluating that profile alone.
 */
export async function evaluateProfiles(
  ctx: ServiceContext,
  profiles: repo.ProfileForMatching[],
  date: IsoDate,
): Promise<ProfileMatch[]> {
  const { catalogue } = getCatalogue();
  const parameters = await parametersOn(ctx, date);
  return profiles.map((profile) => {
    let facts;
    try {
      facts = parseFacts(ctx, mergeProfileFacts(profile).facts);
    } catch (error) {
      if (error instanceof AppError) return { profileId: profile.id, results: null };
      throw error;
    }
    // NOTE: always the whole catalogue, even when a run writes a few policies: exclusivity
    // (choose-one groups) depends on the other policies' results.
    return {
      profileId: profile.id,
      results: evaluate(catalogue, { facts, date, parameters }).results,
    };
  });
}

/** Is this result worth a push, and why: eligible, or one fact away from money. */
function pushReasonOf(result: {
  status: string;
  missingFacts: string[];
  maxAmountFen: number | null;
}): 'eligible' | 'one_fact_away' | null {
  if (result.status === 'eligible') return 'eligible';
  if (
    result.status === 'unknown' &&
    result.missingFacts.length === 1 &&
    (result.maxAmountFen ?? 0) > 0
  )
    return 'one_fact_away';
  return null;
}

const sameResult = (
  a: { status: string; maxAmountFen: number | null; missingFacts: string[] },
  b: { status: string; maxAmountFen: number | null; missingFacts: string[] },
) =>
  a.status === b.status &&
  (a.maxAmountFen ?? null) === (b.maxAmountFen ?? null) &&
  a.missingFacts.join(',') === b.missingFacts.join(',');

/**
 * Runs one batch of a run (a queue job's handler). Idempotent: a retried job rewrites the same
 * results and its batch counts once. Everything the batch writes is one transaction; the audit
 * chain is touched only by the batch that finishes the run.
 */
export async function runMatchBatch(
  ctx: ServiceContext,
  job: MatchBatchJob,
  worker: string,
  /** Told when the digest after the last batch fails (the server logs it); the batch stands. */
  onDigestError: (error: unknown) => void = () => undefined,
) {
  const run = await repo.findRun(ctx.db, job.runId);
  if (!run) return { skipped: true as const };
  const profiles = await repo.loadProfilesForMatching(
    ctx.db,
    job.profileIds
      ? { ids: job.profileIds }
      : { firstId: job.firstProfileId, lastId: job.lastProfileId },
  );
  const date = run.evaluatedOn;
  const matches = await evaluateProfiles(ctx, profiles, date);
  const { catalogueHash } = getCatalogue();
  const parameterVersion = await parameterVersionOn(ctx, date);
  const written = new Set(run.policies ?? []);
  const keep = (policyId: string) => run.policies === null || written.has(policyId);
  const now = ctx.now();

  const previous = new Map(
    (
      await repo.listResultsOfProfiles(
        ctx.db,
        profiles.map((profile) => profile.id),
      )
    ).map((row) => [`${row.profileId}:${row.policyId}`, row]),
  );
  const rows: repo.NewMatchingResult[] = [];
  const candidates: repo.NewPushCandidate[] = [];
  let changed = 0;
  let matched = 0;
  for (const match of matches) {
    if (!match.results) continue;
    matched += 1;
    for (const result of match.results) {
      if (!keep(result.policyId)) continue;
      const row = {
        profileId: match.profileId,
        policyId: result.policyId,
        status: result.status,
        maxAmountFen: result.benefit.maxAmountFen,
        missingFacts: result.missingFacts,
        evaluatedOn: date,
        catalogueHash,
        parameterVersion,
        runId: run.id,
        updatedAt: now,
      };
      rows.push(row);
      const before = previous.get(`${match.profileId}:${result.policyId}`);
      if (before && sameResult(before, row)) continue;
      changed += 1;
      const reason = pushReasonOf(row);
      if (reason && (!before || pushReasonOf(before) !== reason))
        candidates.push({
          profileId: match.profileId,
          policyId: result.policyId,
          reason,
          maxAmountFen: row.maxAmountFen,
          missingFact: reason === 'one_fact_away' ? row.missingFacts[0]! : null,
          runId: run.id,
          createdAt: now,
        });
    }
  }

  let runFinished = false;
  const outcome = await ctx.db.transaction(async (tx) => {
    const first = await repo.recordBatch(tx, {
      runId: run.id,
      batch: job.batch,
      firstProfileId: job.firstProfileId,
      lastProfileId: job.lastProfileId,
      profiles: profiles.length,
      worker,
      finishedAt: now,
    });
    await repo.upsertResults(tx, rows);
    const newCandidates = await repo.insertPushCandidates(tx, candidates);
    if (!first) return { skipped: false as const, repeated: true, results: rows.length };
    const advanced = await repo.advanceRun(tx, run.id, {
      profiles: matched,
      results: rows.length,
      changed,
      candidates: newCandidates,
    });
    if (advanced.batchesDone >= advanced.batchesTotal) {
      const finished = await repo.finishRun(tx, run.id, now);
      runFinished = finished !== undefined;
      if (finished)
        await recordAudit(tx, ctx, {
          action: 'matching_run.finished',
          subjectType: 'matching_run',
          subjectId: run.id,
          after: {
            trigger: finished.trigger,
            profilesTotal: finished.profilesTotal,
            profilesMatched: finished.profilesMatched,
            resultsWritten: finished.resultsWritten,
            resultsChanged: finished.resultsChanged,
            pushCandidates: finished.pushCandidates,
            catalogueHash,
            parameterVersion,
          },
        });
    }
    return { skipped: false as const, repeated: false, results: rows.length };
  });
  // Pushes go out once a run has finished: one digest for everything it found.
  // NOTE: a failed digest must not fail (and retry) the batch: its candidates stay unsent and the
  // next run's digest, or POST /matching/pushes/send, sends them.
  if (runFinished) await sendPushDigest(ctx).catch(onDigestError);
  return outcome;
}
