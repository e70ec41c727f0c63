/**
 * Recommendations and decisions: four eyes (one officer recommends, another decides), amount
 * within the cap and the budget, one-time and either-or claims, appeals and revocations.
 */
import type { Executor } from '../../../db/client';
import { AppError } from '../../../errors/app-error';
import type { ServiceContext } from '../../../shared/service-context';
import type { Principal } from '../../accounts/service';
import {
  cancelScheduleOnRevocation,
  createAllowanceSchedule,
  stopAllowanceReplacedBy,
} from '../../allowances/service';
import {
  allVoucherParameters,
  issueVoucherGrant,
  revokeVoucherGrant,
  voucherKindOfPolicy,
} from '../../vouchers/grants-service';
import { budgetYearOf, releaseReservation, reserveBudget } from '../../budgets/service';
import { queueNotification } from '../../notifications/service';
import { awaitingApprovalMessage } from '../messages';
import { presentApplication } from '../present';
import * as repo from '../repo';
import type { ApplicationRow } from '../repo';
import { rubricFor } from '../rubrics';
import { rulesGateway } from '../rules-gateway';
import {
  alreadyClaimed,
  capDetail,
  claimKeysFor,
  invalidTransition,
  loadAny,
  policyNameOf,
  readWorkflowSettings,
  recordNote,
  transitionApplication,
} from '../service';
import { planTransition, type TransitionAction } from '../state-machine';
import { chinaDateOf } from '../../../shared/china-time';
import { refuseConflictedOfficer } from './service';

/**
 * The reviewer's recommendation. An approval needs a recommendation to approve from one officer
 * and the decision from another (four eyes); a discretionary programme needs a rubric score.
 */
export async function recommendDecision(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { action: 'approve' | 'reject'; amountFen?: number | null | undefined; note: string },
) {
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockApplication(tx, id);
    if (!row) throw new AppError('application.not_found');
    if (row.status !== 'in_review') throw new AppError('application.not_in_review');
    await refuseConflictedOfficer(tx, principal.accountId, row);
    if (input.action === 'approve') {
      checkAmount(row, input.amountFen ?? null);
      if (rubricFor(row.policyId)) {
        const scores = await repo.listReviewScores(tx, id);
        if (!scores.some((entry) => entry.score.reviewerAccountId === principal.accountId))
          throw new AppError('review.rubric_required');
      }
    }
    const recommendation = {
      action: input.action,
      amountFen: input.action === 'approve' ? (input.amountFen ?? null) : null,
      note: input.note,
      byAccountId: principal.accountId,
      at: ctx.now().toISOString(),
    };
    const saved = await repo.updateApplicationFrom(tx, id, row.status, {
      recommendation,
      assignedReviewerId: row.assignedReviewerId ?? principal.accountId,
    });
    await recordNote(tx, ctx, row, 'recommended', recommendation, false);
    if (input.action === 'approve') {
      // Tell the other reviewers that a second pair of eyes is needed.
      // Not to a recused reviewer: the applicant, if a reviewer, must not learn the amount.
      const others: Awaited<ReturnType<typeof repo.listReviewerAccounts>> = [];
      for (const account of await repo.listReviewerAccounts(tx))
        if (
          account.id !== principal.accountId &&
          !row.excludedOfficerIds.includes(account.id) &&
          (await repo.findConflictOfInterest(tx, account.id, row)) === null
        )
          others.push(account);
      const message = awaitingApprovalMessage({
        reference: row.reference,
        policyName: policyNameOf(row.policyId),
        amountFen: recommendation.amountFen,
      });
      for (const other of others)
        await queueNotification(tx, ctx, {
          recipientAccountId: other.id,
          recipientEmail: other.email,
          recipientLanguage: other.preferredLanguage,
          kind: 'review.awaiting_approval',
          subjectType: 'application',
          subjectId: row.id,
          title: message.title,
          body: message.body,
          link: `/review/${row.id}`,
        });
    }
    return saved!;
  });
  return presentApplication(updated);
}

/** The voucher an approval grants: the screened amount, or a lower recommended one. */
function voucherAmountOf(screenedFen: number | null, recommendedFen: number | null): number {
  if (screenedFen === null) return recommendedFen ?? 0;
  return recommendedFen !== null && recommendedFen > 0
    ? Math.min(recommendedFen, screenedFen)
    : screenedFen;
}

/** The value at a path of the nested facts an application keeps (undefined when absent). */
function factAt(facts: Record<string, unknown>, path: string[]): unknown {
  let value: unknown = facts;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function checkAmount(row: ApplicationRow, amountFen: number | null) {
  if (!row.paidByPlatform) return;
  if (amountFen === null || amountFen <= 0) throw new AppError('application.amount_required');
  if (row.capFen === null)
    throw new AppError('application.cap_unpublished', {
      detail: {
        'zh-Hans':
          '该福利的金额标准尚未公布（参数未发布），暂不能批准金额。请管理员先发布参数，再重新初审。',
        'zh-Hant':
          '該福利的金額標準尚未公佈（參數未發佈），暫不能批准金額。請管理員先發佈參數，再重新初審。',
        en: 'The amount for this benefit is not published yet (unpublished parameter), so no amount can be approved. An administrator must publish it and the application be screened again.',
      },
    });
  if (amountFen > row.capFen)
    throw new AppError('application.amount_exceeds_cap', {
      detail: capDetail(amountFen, row.capFen),
      extensions: { capFen: row.capFen },
    });
}

export type DecisionInput =
  | { decision: 'approve'; amountFen?: number | null | undefined; reasons?: string | undefined }
  | { decision: 'reject'; reasons: string }
  | {
      decision: 'return';
      reasons: string;
      requestFacts?: string[] | undefined;
      requestDocuments?: string[] | undefined;
    };

/**
 * Decides an application in review. Approve: four eyes (not the recommending officer), amount
 * within the cap, the one-time / either-or claim taken and the budget reserved under its row lock,
 * all in one transaction. Reject: with reasons, opens the appeal period. Return: asks the applicant
 * for more information.
 */
export async function decideApplication(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: DecisionInput,
) {
  const settings = await readWorkflowSettings(ctx.db);
  // Read outside the transaction: the approval holds the budget row lock, so it does as little
  // as possible while it does.
  const policy = rulesGateway.staticPolicy((await loadAny(ctx.db, id)).policyId);
  if (!policy) throw new AppError('application.policy_unknown');
  const policyName = policy.name;
  // Read before the transaction, which must not wait for another connection (embedded database).
  const voucherParameters = voucherKindOfPolicy(policy.id) ? await allVoucherParameters(ctx) : null;
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockApplication(tx, id);
    if (!row) throw new AppError('application.not_found');
    const action: TransitionAction = input.decision;
    if (!planTransition(row.status, action).ok) throw invalidTransition(row.status, action);
    await refuseConflictedOfficer(tx, principal.accountId, row);
    const now = ctx.now();

    if (input.decision === 'approve') {
      const recommendation = row.recommendation;
      if (!recommendation || recommendation.action !== 'approve')
        throw new AppError('review.recommendation_required');
      if (recommendation.byAccountId === principal.accountId)
        throw new AppError('review.four_eyes');
      // Four eyes cover the money too: the second officer confirms the recommended amount and
      // cannot set another one alone (a different amount needs a new recommendation).
      if (
        row.paidByPlatform &&
        input.amountFen !== undefined &&
        input.amountFen !== null &&
        input.amountFen !== recommendation.amountFen
      )
        throw new AppError('review.amount_not_recommended');
      const amountFen = row.paidByPlatform ? recommendation.amountFen : null;
      checkAmount(row, amountFen);
      let budgetLineId: string | null = null;
      if (row.paidByPlatform && amountFen) {
        const reservation = await reserveBudget(tx, ctx, {
          policyId: row.policyId,
          year: budgetYearOf(now),
          applicationId: row.id,
          amountFen,
        });
        budgetLineId = reservation.budgetLineId;
      }
      // A.P8: approving one benefit of an either-or group stops a running monthly allowance of
      // the other, which hands over the group's claim (allowances/service.ts).
      await stopAllowanceReplacedBy(tx, ctx, row, policy.exclusivityGroup);
      await takeClaims(tx, ctx, row, claimKeysFor(policy));
      const approved = await transitionApplication(tx, ctx, row, 'approve', {
        actorKind: 'officer',
        changes: {
          approvedAmountFen: amountFen,
          budgetLineId,
          decidedBy: principal.accountId,
          decidedAt: now,
          decisionReasons: input.reasons ?? null,
          pendingRequest: null,
        },
        details: {
          amountFen,
          budgetLineId,
          recommendedBy: recommendation.byAccountId,
          reasons: input.reasons ?? null,
        },
        message: { amountFen },
        policyName,
      });
      // A monthly allowance is paid as a schedule of monthly instalments, not in one payment.
      await createAllowanceSchedule(tx, ctx, approved);
      // A voucher is issued to the company as a grant in the voucher ledger (issue #13): the
      // amount screening computed (A.V1's share of the planned purchase within the cap), or a
      // lower one the reviewer recommended.
      if (voucherParameters && row.organisationId)
        await issueVoucherGrant(
          tx,
          ctx,
          {
            applicationId: row.id,
            organisationId: row.organisationId,
            policyId: row.policyId,
            amountFen: voucherAmountOf(row.capFen, recommendation.amountFen),
            startup: factAt(row.facts, ['company', 'isStartup']) === true,
            clauses: ['A.P9', 'A.V1'],
          },
          voucherParameters,
        );
      return approved;
    }

    if (input.decision === 'reject') {
      const appealDeadline = new Date(now.getTime() + settings.appealPeriodDays * 86_400_000);
      return transitionApplication(tx, ctx, row, 'reject', {
        actorKind: 'officer',
        changes: {
          decidedBy: principal.accountId,
          decidedAt: now,
          decisionReasons: input.reasons,
          appealDeadline,
          recommendation: null,
        },
        details: { reasons: input.reasons, appealDeadline: appealDeadline.toISOString() },
        message: { reasons: input.reasons, appealDeadline: chinaDateOf(appealDeadline) },
        policyName,
      });
    }

    const request = {
      kind: 'officer' as const,
      message: input.reasons,
      facts: input.requestFacts ?? [],
      documents: input.requestDocuments ?? [],
      at: now.toISOString(),
    };
    return transitionApplication(tx, ctx, row, 'return', {
      actorKind: 'officer',
      changes: { pendingRequest: request, recommendation: null },
      details: { request },
      message: { reasons: input.reasons },
      policyName,
    });
  });
  return presentApplication(updated);
}

/** Takes the one-time / either-or claims of an approval; the unique index refuses a second one. */
async function takeClaims(
  tx: Executor,
  ctx: ServiceContext,
  row: ApplicationRow,
  claimKeys: string[],
) {
  const subjectId =
    row.claimSubject === 'organisation' ? row.organisationId! : row.applicantPersonId;
  for (const claimKey of claimKeys) {
    const claim = await repo.insertClaim(tx, {
      subjectType: row.claimSubject,
      subjectId,
      claimKey,
      applicationId: row.id,
      policyId: row.policyId,
      createdAt: ctx.now(),
    });
    if (!claim) {
      const holder = await repo.findClaim(tx, row.claimSubject, subjectId, claimKey);
      throw alreadyClaimed(holder?.policyId ?? row.policyId, holder?.applicationId ?? row.id);
    }
  }
}

/** Decides an appeal; only an officer other than the one whose decision is appealed. */
export async function decideAppeal(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { outcome: 'grant' | 'dismiss'; reasons: string },
) {
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockApplication(tx, id);
    if (!row) throw new AppError('application.not_found');
    const action = input.outcome === 'grant' ? 'grant_appeal' : 'dismiss_appeal';
    if (!planTransition(row.status, action).ok) throw invalidTransition(row.status, action);
    await refuseConflictedOfficer(tx, principal.accountId, row);
    return transitionApplication(tx, ctx, row, action, {
      actorKind: 'officer',
      changes:
        input.outcome === 'grant'
          ? {
              assignedReviewerId: principal.accountId,
              assignedAt: ctx.now(),
              decidedBy: null,
              decidedAt: null,
              decisionReasons: null,
              appealDeadline: null,
              recommendation: null,
            }
          : { decisionReasons: input.reasons },
      details: { reasons: input.reasons },
      message: { reasons: input.reasons },
    });
  });
  return presentApplication(updated);
}

/** Revokes an approval not yet paid: releases the budget reservation and the claims. */
export async function revokeApproval(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { reasons: string },
) {
  const settings = await readWorkflowSettings(ctx.db);
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockApplication(tx, id);
    if (!row) throw new AppError('application.not_found');
    if (!planTransition(row.status, 'revoke').ok) throw invalidTransition(row.status, 'revoke');
    await refuseConflictedOfficer(tx, principal.accountId, row);
    // A monthly allowance releases instalment by instalment (refused once any is paid).
    const releasedBySchedule = await cancelScheduleOnRevocation(tx, ctx, row, input.reasons);
    if (!releasedBySchedule && row.budgetLineId && row.approvedAmountFen)
      await releaseReservation(tx, ctx, {
        budgetLineId: row.budgetLineId,
        applicationId: row.id,
        amountFen: row.approvedAmountFen,
      });
    // A voucher approval's grant goes back to its pool (refused if any of it is held or spent).
    await revokeVoucherGrant(tx, ctx, row.id);
    await repo.deleteClaimsOf(tx, row.id);
    const appealDeadline = new Date(ctx.now().getTime() + settings.appealPeriodDays * 86_400_000);
    return transitionApplication(tx, ctx, row, 'revoke', {
      actorKind: 'officer',
      changes: {
        decidedBy: principal.accountId,
        decidedAt: ctx.now(),
        decisionReasons: input.reasons,
        appealDeadline,
        budgetLineId: null,
        approvedAmountFen: null,
        recommendation: null,
      },
      details: { reasons: input.reasons, releasedFen: row.approvedAmountFen },
      message: { reasons: input.reasons, appealDeadline: chinaDateOf(appealDeadline) },
    });
  });
  return presentApplication(updated);
}
