/**
 * The officers' side of an application: the review queue, the review page, assignment, recusal,
 * rubric scores and replay. Recommendations and decisions are in `decisions.ts`.
 */
import type { Executor } from '../../../db/client';
import { reviewQueueStatuses, type ApplicationStatus } from '../../../db/schema/applications';
import { chosenTierSource, isPlaceholderSource } from '../../../engine';
import { AppError } from '../../../errors/app-error';
import type { ServiceContext } from '../../../shared/service-context';
import { findAccountById, listRolesOf, type Principal } from '../../accounts/service';
import { queueNotification } from '../../notifications/service';
import { assignmentMessage } from '../messages';
import {
  isPlainObject,
  presentApplication,
  presentDocument,
  presentEvent,
  presentPolicy,
  relabelCriteria,
} from '../present';
import * as repo from '../repo';
import type { ApplicationRow } from '../repo';
import { rubricFor, weightedPercentage } from '../rubrics';
import { rulesGateway } from '../rules-gateway';
import {
  calendarOf,
  loadAny,
  policyNameOf,
  readWorkflowSettings,
  recordNote,
  requirePolicy,
} from '../service';
import { chinaDateOf } from '../../../shared/china-time';
import { decodeCursor, keyValueShapes, pageOf } from '../../../shared/keyset';
import { workingDaysBetween } from '../../../shared/working-days';

export interface QueueQuery {
  policyId?: string | undefined;
  status?: 'in_review' | 'appealed' | 'submitted' | 'all_open' | undefined;
  assigned?: 'me' | 'unassigned' | 'any' | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
  /** Deprecated: clients page with `cursor`; kept for those written before it, ignored with one. */
  offset: number;
}

/**
 * A review queue with due dates in working days; recused items are flagged, not hidden. Pages by
 * cursor (keyset); the deprecated `offset` still works for clients that send it. A constant
 * number of statements whatever the page size: settings, the page, the count, the conflicts.
 */
export async function listReviewQueue(
  ctx: ServiceContext,
  principal: Principal,
  query: QueueQuery,
) {
  const after = decodeCursor(repo.reviewQueueList, query.cursor, [
    keyValueShapes.nullableDate,
    keyValueShapes.nullableTimestamp,
    keyValueShapes.uuid,
  ]);
  const settings = await readWorkflowSettings(ctx.db);
  const calendar = calendarOf(settings);
  const today = chinaDateOf(ctx.now());
  const statuses: readonly ApplicationStatus[] =
    query.status === 'all_open' || query.status === undefined
      ? reviewQueueStatuses
      : [query.status];
  const { rows: fetched, total } = await repo.listQueue(
    ctx.db,
    {
      policyId: query.policyId,
      statuses,
      assignedTo:
        query.assigned === 'me'
          ? principal.accountId
          : query.assigned === 'unassigned'
            ? 'unassigned'
            : undefined,
      dueOnOrBefore: query.overdue ? previousDay(today) : undefined,
      q: query.q,
    },
    // One row more than the page tells whether there is a next one.
    { limit: query.limit + 1, after, offset: query.offset },
  );
  const { rows, nextCursor } = pageOf(fetched, query.limit, repo.reviewQueueList, repo.queueRowKey);
  const conflicts = await repo.findConflictsOfInterest(
    ctx.db,
    principal.accountId,
    rows.map((row) => row.id),
  );
  const items = rows.map((row) => {
    const conflict = conflicts.get(row.id) ?? null;
    return {
      id: row.id,
      reference: row.reference,
      policyId: row.policyId,
      policyName: policyNameOf(row.policyId),
      status: row.status,
      applicantName: row.applicantName,
      organisationName: row.organisationName,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      dueOn: row.dueOn,
      workingDaysLeft: row.dueOn ? workingDaysBetween(today, row.dueOn, calendar) : null,
      overdue: row.dueOn !== null && row.dueOn < today,
      assignedReviewerId: row.assignedReviewerId,
      assignedReviewerName: row.reviewerName,
      capFen: row.capFen,
      requestedAmountFen: row.requestedAmountFen,
      // A recused reviewer (the applicant, say) does not read the colleagues' recommendation.
      recommendation: conflict === null ? (row.recommendation ?? null) : null,
      recused: conflict !== null || row.excludedOfficerIds.includes(principal.accountId),
    };
  });
  return { items, total, today, nextCursor };
}

function previousDay(date: string): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() - 1);
  return moment.toISOString().slice(0, 10);
}

/** Refuses an officer who is linked to the applicant or was excluded (appeals). */
export async function refuseConflictedOfficer(
  db: Executor,
  officerAccountId: string,
  application: ApplicationRow,
) {
  if (application.excludedOfficerIds.includes(officerAccountId))
    throw new AppError('review.excluded_officer');
  const conflict = await repo.findConflictOfInterest(db, officerAccountId, application);
  if (conflict) throw new AppError('review.recused', { extensions: { conflict } });
}

/**
 * Everything a reviewer needs on one page: answers, evidence, the engine's trace, replay, rubric.
 * A recused reviewer — the applicant among them — sees what the applicant sees of the case and
 * nothing internal: no evidence, no officers' notes on the timeline, no scores or recommendation.
 */
export async function describeForReview(ctx: ServiceContext, principal: Principal, id: string) {
  const row = await loadAny(ctx.db, id);
  if (row.status === 'draft') throw new AppError('application.not_found');
  const conflict = await repo.findConflictOfInterest(ctx.db, principal.accountId, row);
  const recused = conflict !== null;
  const policy = await requirePolicy(ctx, row.policyId);
  const [documents, events, scores, applicant] = await Promise.all([
    repo.listDocuments(ctx.db, id),
    repo.listEvents(ctx.db, id),
    repo.listReviewScores(ctx.db, id),
    findAccountById(ctx.db, row.applicantAccountId),
  ]);
  const rubric = rubricFor(row.policyId) ?? null;
  const settings = await readWorkflowSettings(ctx.db);
  const today = chinaDateOf(ctx.now());
  return {
    application: presentApplication(row),
    applicant: { displayName: applicant?.displayName ?? '', email: applicant?.email ?? '' },
    policy: { ...presentPolicy(policy), evidence: policy.evidence, facts: policy.facts },
    documents: recused ? [] : documents.map(presentDocument),
    timeline: recused
      ? events
          .filter((event) => event.event.visibleToApplicant)
          .map((event) => presentEvent(event, 'applicant'))
      : events.map((event) => presentEvent(event, 'staff')),
    evaluation: row.evaluation
      ? { ...row.evaluation, criteria: relabelCriteria(row.evaluation.criteria, policy, ctx) }
      : null,
    snapshot: row.snapshot ?? null,
    rubric,
    scores: (recused ? [] : scores).map((entry) => ({
      reviewerAccountId: entry.score.reviewerAccountId,
      reviewerName: entry.reviewerName,
      scores: entry.score.scores,
      weightedTotal: entry.score.weightedTotal,
      comment: entry.score.comment,
      updatedAt: entry.score.updatedAt.toISOString(),
    })),
    recommendation:
      row.recommendation && !recused
        ? {
            ...row.recommendation,
            byName:
              (await findAccountById(ctx.db, row.recommendation.byAccountId))?.displayName ?? '',
          }
        : null,
    cap: capBasisOf(row),
    recusal: conflict,
    excluded: row.excludedOfficerIds.includes(principal.accountId),
    workingDaysLeft: row.dueOn ? workingDaysBetween(today, row.dueOn, calendarOf(settings)) : null,
    availableActions: reviewerActionsFor(row, principal.accountId, recused),
  };
}

/**
 * A reviewer declares a conflict of interest with an application: from now on they are recused
 * from it as if linked to the applicant. It is theirs to declare (nobody else's) and is not
 * withdrawn. An assignment to them is released and a recommendation of theirs withdrawn, since
 * neither should stand; the staff timeline and the audit trail record it.
 */
export async function declareRecusal(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { reason: string },
) {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockApplication(tx, id);
    if (!row || row.status === 'draft') throw new AppError('application.not_found');
    if (await repo.findReviewerRecusal(tx, id, principal.accountId)) return;
    await repo.insertReviewerRecusal(tx, {
      applicationId: id,
      reviewerAccountId: principal.accountId,
      reason: input.reason,
      declaredAt: ctx.now(),
    });
    const unassign = row.assignedReviewerId === principal.accountId;
    const withdrawRecommendation = row.recommendation?.byAccountId === principal.accountId;
    if (unassign || withdrawRecommendation)
      await repo.updateApplicationFrom(tx, id, row.status, {
        ...(unassign ? { assignedReviewerId: null, assignedAt: null } : {}),
        ...(withdrawRecommendation ? { recommendation: null } : {}),
      });
    await recordNote(
      tx,
      ctx,
      row,
      'recusal_declared',
      {
        reviewerAccountId: principal.accountId,
        reason: input.reason,
        unassigned: unassign,
        recommendationWithdrawn: withdrawRecommendation,
      },
      false,
    );
  });
  return describeForReview(ctx, principal, id);
}

/**
 * Where the stored cap comes from, for the reviewer: the document behind a tier amount, and
 * whether it is a placeholder (a value the demo seed or a test entered, not a published one).
 */
function capBasisOf(row: ApplicationRow): { source: string | null; placeholder: boolean } {
  const benefit = isPlainObject(row.evaluation?.benefit) ? row.evaluation.benefit : {};
  const source = chosenTierSource(benefit);
  return { source, placeholder: isPlaceholderSource(source) };
}

function reviewerActionsFor(row: ApplicationRow, accountId: string, recused: boolean) {
  if (recused || row.excludedOfficerIds.includes(accountId)) return [];
  const actions: string[] = [];
  if (row.status === 'in_review') {
    actions.push('assign', 'score', 'recommend', 'reject', 'return');
    if (row.recommendation?.action === 'approve' && row.recommendation.byAccountId !== accountId)
      actions.push('approve');
  }
  if (row.status === 'appealed') actions.push('grant_appeal', 'dismiss_appeal');
  if (row.status === 'approved' || row.status === 'payment_failed') actions.push('revoke');
  return actions;
}

/** Assigns applications to a reviewer; each is refused separately if the reviewer is recused. */
export async function assignApplications(
  ctx: ServiceContext,
  input: { applicationIds: string[]; reviewerAccountId: string },
) {
  const reviewer = await findAccountById(ctx.db, input.reviewerAccountId);
  const reviewerRoles = reviewer ? await listRolesOf(ctx.db, reviewer.id) : [];
  if (!reviewer || !reviewerRoles.includes('reviewer')) throw new AppError('review.not_a_reviewer');
  const results: {
    applicationId: string;
    outcome: 'assigned' | 'recused' | 'not_assignable' | 'not_found';
  }[] = [];
  for (const applicationId of [...new Set(input.applicationIds)]) {
    const outcome = await ctx.db.transaction(async (tx) => {
      const row = await repo.lockApplication(tx, applicationId);
      if (!row) return 'not_found' as const;
      if (!['submitted', 'in_review', 'appealed'].includes(row.status))
        return 'not_assignable' as const;
      const conflict = await repo.findConflictOfInterest(tx, reviewer.id, row);
      if (conflict || row.excludedOfficerIds.includes(reviewer.id)) {
        await recordNote(
          tx,
          ctx,
          row,
          'recused',
          { reviewerAccountId: reviewer.id, conflict: conflict ?? 'excluded' },
          false,
        );
        return 'recused' as const;
      }
      await repo.updateApplicationFrom(tx, row.id, row.status, {
        assignedReviewerId: reviewer.id,
        assignedAt: ctx.now(),
      });
      await recordNote(tx, ctx, row, 'assigned', { reviewerAccountId: reviewer.id }, false);
      const message = assignmentMessage({
        reference: row.reference,
        policyName: policyNameOf(row.policyId),
        dueOn: row.dueOn,
      });
      await queueNotification(tx, ctx, {
        recipientAccountId: reviewer.id,
        recipientEmail: reviewer.email,
        recipientLanguage: reviewer.preferredLanguage,
        kind: 'review.assigned',
        subjectType: 'application',
        subjectId: row.id,
        title: message.title,
        body: message.body,
        link: `/review/${row.id}`,
      });
      return 'assigned' as const;
    });
    results.push({ applicationId, outcome });
  }
  return { results };
}

/** Records a reviewer's rubric scores (discretionary programmes only). */
export async function scoreApplication(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { scores: Record<string, number>; comment?: string | undefined },
) {
  const row = await loadAny(ctx.db, id);
  const rubric = rubricFor(row.policyId);
  if (!rubric) throw new AppError('review.no_rubric');
  if (row.status !== 'in_review') throw new AppError('application.not_in_review');
  await refuseConflictedOfficer(ctx.db, principal.accountId, row);
  const fieldErrors = [];
  for (const criterion of rubric.criteria) {
    const value = input.scores[criterion.id];
    if (value === undefined || !Number.isInteger(value) || value < 0 || value > rubric.maxScore)
      fieldErrors.push({
        pointer: `/body/scores/${criterion.id}`,
        code: 'review.score_range',
        detail: {
          'zh-Hans': `请给出 0–${rubric.maxScore} 的整数分`,
          'zh-Hant': `請給出 0–${rubric.maxScore} 的整數分`,
          en: `Give a whole score from 0 to ${rubric.maxScore}`,
        }[ctx.language],
      });
  }
  for (const key of Object.keys(input.scores))
    if (!rubric.criteria.some((criterion) => criterion.id === key))
      fieldErrors.push({ pointer: `/body/scores/${key}`, code: 'unrecognized_keys', detail: key });
  if (fieldErrors.length > 0) throw new AppError('request.validation_failed', { fieldErrors });
  const weightedTotal = weightedPercentage(rubric, input.scores);
  await ctx.db.transaction(async (tx) => {
    await repo.upsertReviewScore(tx, {
      applicationId: id,
      reviewerAccountId: principal.accountId,
      rubricId: rubric.id,
      scores: input.scores,
      weightedTotal,
      comment: input.comment ?? '',
      updatedAt: ctx.now(),
    });
    await recordNote(
      tx,
      ctx,
      row,
      'scored',
      { rubricId: rubric.id, scores: input.scores, weightedTotal },
      false,
    );
  });
  return { rubricId: rubric.id, weightedTotal };
}

/** Reviewers one may assign work to. */
export async function listReviewers(ctx: ServiceContext) {
  return (await repo.listReviewerAccounts(ctx.db)).map((account) => ({
    id: account.id,
    email: account.email,
    displayName: account.displayName,
  }));
}

/**
 * Replays the stored evaluation from its snapshot alone and compares it with what was stored:
 * a decision stays explainable with the values of its day, whatever changed since.
 */
export async function replayApplicationEvaluation(ctx: ServiceContext, id: string) {
  const row = await loadAny(ctx.db, id);
  if (!row.snapshot || !row.evaluation) throw new AppError('application.not_screened');
  const replayed = await rulesGateway.replay(row.snapshot);
  const stored = row.evaluation;
  return {
    stored: { status: stored.status ?? null, capFen: row.capFen },
    replayed: { status: replayed.status, capFen: replayed.capFen },
    matches: replayed.status === stored.status && replayed.capFen === row.capFen,
    result: replayed.result,
  };
}
