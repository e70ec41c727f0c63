/**
 * Screening: the rules engine's evaluation of a submitted application, stored with its snapshot
 * so the decision can be replayed as of the day it was submitted.
 */
import type { Executor } from '../../../db/client';
import type { LocalisedText } from '../../../errors/app-error';
import type { ServiceContext } from '../../../shared/service-context';
import type { EvaluationOutcome } from '../policy-types';
import { isPlainObject, presentApplication } from '../present';
import * as repo from '../repo';
import type { ApplicationRow } from '../repo';
import { rulesGateway } from '../rules-gateway';
import {
  calendarOf,
  invalidTransition,
  loadAny,
  policyNameOf,
  readWorkflowSettings,
  transitionApplication,
} from '../service';
import type { WorkflowSettings } from '../settings';
import { chinaDateOf } from '../../../shared/china-time';
import { addWorkingDays } from '../../../shared/working-days';
import type { Facts } from './service';

/**
 * Screening of an application left in `submitted` (the engine failed after submission, or an
 * officer asks for it again): runs the rules engine as of the submission date and records the
 * outcome.
 */
export async function screenApplication(ctx: ServiceContext, id: string) {
  const row = await loadAny(ctx.db, id);
  if (row.status !== 'submitted') throw invalidTransition(row.status, 'screen');
  // An application is decided as of the day it was submitted, however late the screening runs
  // (a submission inside the plan's period stays inside it).
  const date = chinaDateOf(row.submittedAt ?? ctx.now());
  const facts = await factsWithPlatformRecord(ctx, row);
  const outcome = await rulesGateway.evaluate(ctx, { policyId: row.policyId, facts, date });
  const settings = await readWorkflowSettings(ctx.db);
  const policyName = policyNameOf(row.policyId);
  const screened = await ctx.db.transaction(async (tx) => {
    const locked = (await repo.lockApplication(tx, id))!;
    return recordScreening(tx, ctx, locked, outcome, date, settings, policyName);
  });
  return presentApplication(screened);
}

/**
 * Screening: stores the engine's result and snapshot (replayable as of `date`). Eligible goes to
 * review with its working-day due date; ineligible or undecided goes back to the applicant with
 * the unmet conditions or the missing facts.
 */
export async function recordScreening(
  tx: Executor,
  ctx: ServiceContext,
  row: ApplicationRow,
  outcome: EvaluationOutcome,
  date: string,
  settings: WorkflowSettings,
  policyName: LocalisedText,
) {
  const inScreening = await transitionApplication(tx, ctx, row, 'screen', {
    actorKind: 'system',
    changes: { evaluation: outcome.result, snapshot: outcome.snapshot, capFen: outcome.capFen },
    details: { engineStatus: outcome.status, date },
    quiet: true,
    policyName,
  });
  if (outcome.status === 'eligible') {
    const sla = settings.reviewSlaByPolicy[row.policyId] ?? settings.reviewSlaWorkingDays;
    const dueOn = addWorkingDays(date, sla, calendarOf(settings));
    return transitionApplication(tx, ctx, inScreening, 'pass_screening', {
      actorKind: 'system',
      changes: { dueOn },
      details: { dueOn, slaWorkingDays: sla },
      message: { dueOn },
      policyName,
    });
  }
  const unmet = outcome.criteria.filter((criterion) => criterion.result === 'unmet');
  const reasons =
    outcome.status === 'ineligible'
      ? unmet
          .map(
            (criterion) => `${criterion.label}${criterion.clause ? ` (${criterion.clause})` : ''}`,
          )
          .join('；')
      : `${{ 'zh-Hans': '缺少信息', 'zh-Hant': '缺少資料', en: 'Missing information' }[ctx.language]}: ${outcome.missingFacts.join(', ')}`;
  return transitionApplication(tx, ctx, inScreening, 'fail_screening', {
    actorKind: 'system',
    changes: {
      pendingRequest: {
        kind: 'screening',
        message: reasons,
        facts: outcome.missingFacts,
        documents: [],
        at: ctx.now().toISOString(),
      },
    },
    details: {
      engineStatus: outcome.status,
      unmetCriteria: unmet.map((criterion) => ({
        id: criterion.id,
        label: criterion.label,
        clause: criterion.clause,
      })),
      missingFacts: outcome.missingFacts,
    },
    message: { reasons },
    policyName,
  });
}

/**
 * The applicant's answers plus what the platform itself knows: benefits already approved here
 * are added to `benefitsReceived`, so the engine's one-time and either-or rules see them.
 */
export async function factsWithPlatformRecord(
  ctx: ServiceContext,
  row: ApplicationRow,
): Promise<Facts> {
  const policies = await rulesGateway.listPolicies(ctx);
  const ids = policies.map((policy) => policy.id);
  const received = await repo.findApprovedApplicationsOfSubject(
    ctx.db,
    {
      subjectType: row.claimSubject,
      personId: row.applicantPersonId,
      organisationId: row.organisationId,
    },
    ids,
  );
  const others = received.filter((other) => other.id !== row.id);
  const approvedPolicies = others.map((other) => other.policyId);
  if (approvedPolicies.length === 0) return row.facts;
  const entity = row.claimSubject === 'person' ? 'person' : 'company';
  const existing = isPlainObject(row.facts[entity]) ? (row.facts[entity] as Facts) : {};
  const declared = Array.isArray(existing.benefitsReceived)
    ? (existing.benefitsReceived as string[])
    : [];
  const recorded: Facts = {
    ...existing,
    benefitsReceived: [...new Set([...declared, ...approvedPolicies])],
  };
  // A.V1: voucher caps are cumulative per company. What was approved here counts against the
  // cap, and is the least the company has had — a larger amount it declared still stands.
  if (entity === 'company') {
    const vouchers = voucherAmountsApproved(others);
    if (vouchers) {
      const declaredAmounts = isPlainObject(existing.vouchersReceivedFen)
        ? (existing.vouchersReceivedFen as Record<string, unknown>)
        : {};
      const amounts: Record<string, number> = {};
      for (const [kind, approved] of Object.entries(vouchers)) {
        const stated = declaredAmounts[kind];
        amounts[kind] = Math.max(approved, typeof stated === 'number' ? stated : 0);
      }
      recorded.vouchersReceivedFen = { ...declaredAmounts, ...amounts };
    }
  }
  return { ...row.facts, [entity]: recorded };
}

/** Voucher kind (`voucher.corpus` → corpus) → the amount approved here, in fen; null if none. */
function voucherAmountsApproved(
  approved: readonly {
    policyId: string;
    approvedAmountFen: number | null;
    capFen: number | null;
  }[],
): Record<string, number> | null {
  let amounts: Record<string, number> | null = null;
  for (const application of approved) {
    if (!application.policyId.startsWith('voucher.')) continue;
    const kind = application.policyId.slice('voucher.'.length);
    // NOTE: an approval without an amount of its own counts at its cap — never as ¥0.
    const amount = application.approvedAmountFen ?? application.capFen ?? 0;
    amounts ??= {};
    amounts[kind] = (amounts[kind] ?? 0) + amount;
  }
  return amounts;
}
