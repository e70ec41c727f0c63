/**
 * The application workflow shared by both sides of it: workflow settings, the one way an
 * application changes status (`transitionApplication`), timeline notes, loading with
 * object-level rules, and what other modules call. The founder's side is in `applying/`, the
 * officers' in `review/`.
 */
import type { Executor } from '../../db/client';
import type { ApplicationStatus } from '../../db/schema/applications';
import { AppError, type LocalisedText } from '../../errors/app-error';
import { transitionAuditActions } from './audit-actions';
import { chinaWorkingCalendar } from '../../shared/holidays';
import type { ServiceContext } from '../../shared/service-context';
import { illegalTransition } from '../../shared/state-machine';
import type { WorkingCalendar } from '../../shared/working-days';
import { findAccountById } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { formatMoney } from '../budgets/money';
import { queueNotification } from '../notifications/service';
import { applicantMessage } from './messages';
import type { PolicySummary } from './policy-types';
import * as repo from './repo';
import type { ApplicationRow } from './repo';
import { rulesGateway } from './rules-gateway';
import {
  defaultWorkflowSettings,
  WORKFLOW_SETTINGS_KEY,
  type WorkflowSettings,
  workflowSettingsSchema,
} from './settings';
import { applicationMachine, planTransition, type TransitionAction } from './state-machine';

export async function readWorkflowSettings(db: Executor): Promise<WorkflowSettings> {
  const row = await repo.readSetting(db, WORKFLOW_SETTINGS_KEY);
  if (!row) return defaultWorkflowSettings;
  const parsed = workflowSettingsSchema.safeParse(row.value);
  return parsed.success ? parsed.data : defaultWorkflowSettings;
}

export async function updateWorkflowSettings(ctx: ServiceContext, input: WorkflowSettings) {
  return ctx.db.transaction(async (tx) => {
    const before = await readWorkflowSettings(tx);
    const value = {
      ...input,
      holidays: [...new Set(input.holidays)].sort(),
      makeUpWorkingDays: [...new Set(input.makeUpWorkingDays)].sort(),
    };
    await repo.writeSetting(tx, WORKFLOW_SETTINGS_KEY, value, ctx.actor.accountId);
    await recordAudit(tx, ctx, {
      action: 'workflow_settings.updated',
      subjectType: 'workflow_settings',
      subjectId: WORKFLOW_SETTINGS_KEY,
      before,
      after: value,
    });
    return value;
  });
}

export async function describeWorkflowSettings(ctx: ServiceContext) {
  return readWorkflowSettings(ctx.db);
}

/**
 * The calendar review deadlines count with: the published public holidays with the
 * administrator's entries laid over them (src/shared/holidays.ts).
 */
export function calendarOf(settings: WorkflowSettings): WorkingCalendar {
  return chinaWorkingCalendar({
    holidays: settings.holidays,
    makeUpWorkingDays: settings.makeUpWorkingDays,
  });
}

export async function loadAny(db: Executor, id: string) {
  const row = await repo.findApplication(db, id);
  if (!row) throw new AppError('application.not_found');
  return row;
}

export async function requirePolicy(ctx: ServiceContext, policyId: string, date?: string) {
  const policy = await rulesGateway.describePolicy(ctx, policyId, date);
  if (!policy) throw new AppError('application.policy_unknown');
  return policy;
}

/**
 * A policy's name from the in-memory catalogue (no database read, so it is safe inside a
 * transaction that holds locks); its id where the catalogue no longer has it.
 */
export function policyNameOf(policyId: string): LocalisedText {
  const policy = rulesGateway.staticPolicy(policyId);
  return policy?.name ?? { 'zh-Hans': policyId, 'zh-Hant': policyId, en: policyId };
}

export interface TransitionOptions {
  /** Columns to change along with the status. */
  changes?: Parameters<typeof repo.updateApplicationFrom>[3];
  /** Shown on the timeline and in the audit row. */
  details?: Record<string, unknown>;
  actorKind: 'applicant' | 'officer' | 'system';
  /** Facts for the applicant's message (amount, reasons, due date…). */
  message?: {
    amountFen?: number | null;
    reasons?: string | null;
    dueOn?: string | null;
    appealDeadline?: string | null;
  };
  policyName?: LocalisedText;
  /** Skip the applicant's notification (e.g. the intermediate `screen` step). */
  quiet?: boolean;
}

/**
 * Moves an application along the transition table inside the caller's transaction: refuses an
 * illegal move (409), writes the change guarded by the status it was read in, the timeline event,
 * the audit row and the applicant's notification — all or nothing.
 */
export async function transitionApplication(
  tx: Executor,
  ctx: ServiceContext,
  application: ApplicationRow,
  action: TransitionAction,
  options: TransitionOptions,
): Promise<ApplicationRow> {
  const plan = planTransition(application.status, action);
  if (!plan.ok) throw invalidTransition(application.status, action);
  const to = plan.transition.to;
  const now = ctx.now();
  const updated = await repo.updateApplicationFrom(tx, application.id, application.status, {
    ...options.changes,
    status: to,
    ...(to === 'closed' ? { closedAt: now } : {}),
  });
  // Someone else moved it between our read and our write.
  if (!updated) throw invalidTransition(application.status, action);
  const details = options.details ?? {};
  await repo.insertEvent(tx, {
    applicationId: application.id,
    occurredAt: now,
    action,
    fromStatus: application.status,
    toStatus: to,
    actorAccountId: ctx.actor.accountId,
    actorKind: options.actorKind,
    details,
    visibleToApplicant: true,
  });
  await recordAudit(tx, ctx, {
    action: transitionAuditActions[action],
    subjectType: 'application',
    subjectId: application.id,
    before: { status: application.status },
    after: { status: to, ...details },
  });
  if (!options.quiet) {
    const applicant = await findAccountById(tx, application.applicantAccountId);
    if (applicant) {
      const message = applicantMessage(action, {
        reference: application.reference,
        policyName: options.policyName ?? policyNameOf(application.policyId),
        ...options.message,
      });
      await queueNotification(tx, ctx, {
        recipientAccountId: applicant.id,
        recipientEmail: applicant.email,
        recipientLanguage: applicant.preferredLanguage,
        kind: `application.${action}`,
        subjectType: 'application',
        subjectId: application.id,
        title: message.title,
        body: message.body,
        link: `/applications/${application.id}`,
      });
    }
  }
  return updated;
}

/** The 409 `application.invalid_transition` for an action the workflow refuses from a status. */
export function invalidTransition(from: ApplicationStatus, action: TransitionAction) {
  return illegalTransition(applicationMachine, from, action);
}

/** Writes a timeline event that is not a change of status (assignment, recommendation…). */
export async function recordNote(
  tx: Executor,
  ctx: ServiceContext,
  application: ApplicationRow,
  action: string,
  details: Record<string, unknown>,
  visibleToApplicant: boolean,
) {
  await repo.insertEvent(tx, {
    applicationId: application.id,
    occurredAt: ctx.now(),
    action,
    fromStatus: application.status,
    toStatus: application.status,
    actorAccountId: ctx.actor.accountId,
    actorKind: 'officer',
    details,
    visibleToApplicant,
  });
  await recordAudit(tx, ctx, {
    action: `application.${action}`,
    subjectType: 'application',
    subjectId: application.id,
    after: details,
  });
}

/** Keys under which one-time and either-or benefits are claimed (see benefit_claims). */
export function claimKeysFor(policy: Pick<PolicySummary, 'id' | 'oneTime' | 'exclusivityGroup'>) {
  const keys: string[] = [];
  if (policy.oneTime) keys.push(`once:${policy.id}`);
  if (policy.exclusivityGroup) keys.push(`group:${policy.exclusivityGroup}`);
  return keys;
}

export function alreadyClaimed(policyId: string, applicationId: string) {
  return new AppError('application.already_claimed', {
    detail: {
      'zh-Hans': `该福利只能享受一次，或与「${policyId}」只能二选一，而您已有相关申请或已获批准。`,
      'zh-Hant': `該福利只能享受一次，或與「${policyId}」只能二選一，而您已有相關申請或已獲批准。`,
      en: `This benefit can be had only once, or only instead of "${policyId}", and you already have an application or approval for it.`,
    },
    extensions: { conflictingPolicyId: policyId, conflictingApplicationId: applicationId },
  });
}

export function capDetail(amountFen: number, capFen: number): LocalisedText {
  return {
    'zh-Hans': `金额 ${formatMoney(amountFen)} 超过该政策上限 ${formatMoney(capFen)}。`,
    'zh-Hant': `金額 ${formatMoney(amountFen)} 超過該政策上限 ${formatMoney(capFen)}。`,
    en: `${formatMoney(amountFen)} is more than this benefit's cap of ${formatMoney(capFen)}.`,
  };
}

/** Closes paid applications and rejections whose appeal period is over (a scheduled sweep). */
export async function closeSettledApplications(ctx: ServiceContext) {
  const due = await repo.findSettledApplications(ctx.db, ctx.now());
  let closed = 0;
  for (const { id } of due) {
    await ctx.db.transaction(async (tx) => {
      const row = await repo.lockApplication(tx, id);
      if (!row || !planTransition(row.status, 'close').ok) return;
      await transitionApplication(tx, ctx, row, 'close', { actorKind: 'system' });
      closed += 1;
    });
  }
  return { closed };
}

/** The catalogue's policies as this module sees them (cap, paid by the platform, claims). */
export async function listPolicySummaries(ctx: ServiceContext) {
  return rulesGateway.listPolicies(ctx);
}

/** Whether the catalogue has this policy (budget lines may only name real policies). */
export async function policyExists(ctx: ServiceContext, policyId: string) {
  return rulesGateway.staticPolicy(policyId) !== undefined;
}

/**
 * What other modules read or lock of applications (allowances, payments). NOTE: they go through
 * this service, never through applications/repo.ts: the module is the only one that knows its
 * tables.
 */
export {
  deleteClaim,
  findApplication,
  findClaim,
  findConflictOfInterest,
  insertEvent,
  lockApplications,
  type ApplicationRow,
} from './repo';

export type { PolicyDetail } from './policy-types';
