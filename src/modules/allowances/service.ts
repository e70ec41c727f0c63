import type { Executor } from '../../db/client';
import type { AllowanceStopCause } from '../../db/schema/allowances';
import { AppError, type LocalisedText } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import { findAccountById, type Principal } from '../accounts/service';
import {
  deleteClaim,
  findApplication,
  findClaim,
  findConflictOfInterest,
  insertEvent,
  policyNameOf,
  type ApplicationRow,
} from '../applications/service';
import { recordAudit } from '../audit/service';
import { consumeReservation, releaseInstalmentReservations } from '../budgets/service';
import { queueNotification } from '../notifications/service';
import { allowanceStoppedMessage, replacedByReason } from './messages';
import { chinaMonthOf } from '../../shared/china-time';
import { addMonths } from './months';
import * as repo from './repo';
import type { AllowanceInstalmentRow, AllowanceScheduleRow } from './repo';
import { allowanceTermsOf, monthsIn } from './terms';

/**
 * Monthly allowances (issue #9 item 12; A.P8: ¥1,250 a month for at most 24 months).
 *
 * Budget — reserved whole, consumed month by month, released when stopped: the approval reserves
 * the whole schedule (months × monthly amount = the approved amount) on the budget line, in the
 * approval's transaction and under its row lock, exactly as a one-payment approval does; each
 * instalment consumes its amount from that reservation when the bank confirms it, and stopped
 * instalments release theirs (one ledger movement per instalment, unique per instalment and kind).
 * So `reserved` always covers every instalment still to be paid, and a schedule can never spend
 * more than was checked against the budget when it was approved.
 * NOTE: the reservation is on the line of the approval's year even for instalments paid the next
 * year or the one after — commitment accounting: the budget that said yes pays for what it
 * committed to.
 */

/** What the API shows: `payable` is `scheduled` with its month come (see allowances.ts). */
export type PresentedInstalmentStatus = 'scheduled' | 'payable' | 'in_payment' | 'paid' | 'stopped';

function presentedStatus(row: AllowanceInstalmentRow, currentMonth: string) {
  if (row.status === 'scheduled' && row.month <= currentMonth) return 'payable' as const;
  return row.status;
}

function presentSchedule(
  schedule: AllowanceScheduleRow,
  instalments: AllowanceInstalmentRow[],
  currentMonth: string,
  stoppedBy: { reference: string; policyName: LocalisedText } | null,
) {
  const sum = (statuses: PresentedInstalmentStatus[]) =>
    instalments
      .filter((row) => statuses.includes(presentedStatus(row, currentMonth)))
      .reduce((total, row) => total + row.amountFen, 0);
  return {
    id: schedule.id,
    applicationId: schedule.applicationId,
    policyId: schedule.policyId,
    status: schedule.status,
    monthlyFen: schedule.monthlyFen,
    months: schedule.months,
    totalFen: schedule.totalFen,
    firstMonth: schedule.firstMonth,
    lastMonth: addMonths(schedule.firstMonth, schedule.months - 1),
    currentMonth,
    terms: schedule.terms,
    paidFen: sum(['paid']),
    dueFen: sum(['payable', 'in_payment']),
    toComeFen: sum(['scheduled']),
    stoppedFen: sum(['stopped']),
    stop:
      schedule.status === 'stopped'
        ? {
            fromMonth: schedule.stoppedFromMonth!,
            cause: schedule.stopCause!,
            reason: schedule.stopReason,
            byApplication: stoppedBy,
            at: schedule.stoppedAt!.toISOString(),
          }
        : null,
    instalments: instalments.map((row) => ({
      id: row.id,
      sequence: row.sequence,
      month: row.month,
      amountFen: row.amountFen,
      status: presentedStatus(row, currentMonth),
      paidAt: row.paidAt?.toISOString() ?? null,
    })),
  };
}

export type AllowanceScheduleView = ReturnType<typeof presentSchedule>;

async function describeSchedule(db: Executor, ctx: ServiceContext, applicationId: string) {
  const schedule = await repo.findScheduleOfApplication(db, applicationId);
  if (!schedule) return { schedule: null };
  const instalments = await repo.listInstalments(db, schedule.id);
  let stoppedBy = null;
  if (schedule.stoppedByApplicationId) {
    const other = await findApplication(db, schedule.stoppedByApplicationId);
    if (other) stoppedBy = { reference: other.reference, policyName: policyNameOf(other.policyId) };
  }
  return {
    schedule: presentSchedule(schedule, instalments, chinaMonthOf(ctx.now()), stoppedBy),
  };
}

/** The applicant's view of their own application's schedule (anyone else's is "not found"). */
export async function describeMySchedule(
  ctx: ServiceContext,
  principal: Principal,
  applicationId: string,
) {
  const application = await findApplication(ctx.db, applicationId);
  if (!application || application.applicantAccountId !== principal.accountId)
    throw new AppError('application.not_found');
  return describeSchedule(ctx.db, ctx, applicationId);
}

/** An officer's view of an application's schedule. */
export async function describeScheduleForStaff(ctx: ServiceContext, applicationId: string) {
  const application = await findApplication(ctx.db, applicationId);
  if (!application || application.status === 'draft') throw new AppError('application.not_found');
  return describeSchedule(ctx.db, ctx, applicationId);
}

// ---------------------------------------------------------------------------------------------
// Approval: the schedule is created in the approval's transaction
// ---------------------------------------------------------------------------------------------

/**
 * Creates the monthly schedule of an approved allowance, inside the approval's transaction (after
 * the budget reservation and the transition to `approved`): `approved.approvedAmountFen` divided
 * into monthly instalments of the snapshot's monthly amount. Does nothing for a benefit that is
 * not a monthly allowance. Refuses (and so rolls the approval back) an amount that is not a whole
 * number of months, at most the snapshot's most months.
 *
 * The first instalment is for the month AFTER the approval (Shenzhen's calendar). Why: every
 * recipient then gets whole calendar months from the month after the decision — an approval on
 * the 30th does not pay a full month for one day, nor one on the 1st less than one on the 30th —
 * and the first instalment falls due on the 1st of the next month, in that month's batch.
 */
export async function createAllowanceSchedule(
  tx: Executor,
  ctx: ServiceContext,
  approved: ApplicationRow,
) {
  const terms = allowanceTermsOf(approved.snapshot);
  if (!terms || !approved.paidByPlatform) return null;
  const approvedFen = approved.approvedAmountFen ?? 0;
  const months = monthsIn(terms, approvedFen);
  if (months === undefined || !approved.budgetLineId)
    throw new AppError('allowance.amount_not_whole_months', {
      detail: {
        'zh-Hans': `批准金额须为每月 ${formatYuanPlain(terms.monthlyFen)} 元的整数倍，最多 ${terms.maxMonths} 个月。`,
        'zh-Hant': `批准金額須為每月 ${formatYuanPlain(terms.monthlyFen)} 元的整數倍，最多 ${terms.maxMonths} 個月。`,
        en: `The approved amount must be a whole number of monthly instalments of ¥${formatYuanPlain(terms.monthlyFen)}, at most ${terms.maxMonths}.`,
      },
      extensions: { monthlyFen: terms.monthlyFen, maxMonths: terms.maxMonths, approvedFen },
    });
  const now = ctx.now();
  const firstMonth = addMonths(chinaMonthOf(now), 1);
  const schedule = await repo.insertSchedule(tx, {
    applicationId: approved.id,
    personId: approved.applicantPersonId,
    policyId: approved.policyId,
    budgetLineId: approved.budgetLineId,
    monthlyFen: terms.monthlyFen,
    months,
    totalFen: terms.monthlyFen * months,
    firstMonth,
    terms: terms.source,
    status: 'active',
    createdAt: now,
  });
  const instalments = await repo.insertInstalments(
    tx,
    Array.from({ length: months }, (_, index) => ({
      scheduleId: schedule.id,
      applicationId: approved.id,
      personId: approved.applicantPersonId,
      sequence: index + 1,
      month: addMonths(firstMonth, index),
      amountFen: terms.monthlyFen,
      status: 'scheduled' as const,
    })),
  );
  await recordAudit(tx, ctx, {
    action: 'allowance_schedule.created',
    subjectType: 'allowance_schedule',
    subjectId: schedule.id,
    after: {
      applicationId: approved.id,
      monthlyFen: schedule.monthlyFen,
      months,
      totalFen: schedule.totalFen,
      firstMonth,
      lastMonth: instalments.at(-1)!.month,
      budgetLineId: schedule.budgetLineId,
      terms: terms.source,
    },
  });
  return schedule;
}

/** 125000 → "1,250" (whole yuan) or "1,250.50". */
function formatYuanPlain(fen: number) {
  const yuan = Math.floor(fen / 100).toLocaleString('en-US');
  return fen % 100 === 0 ? yuan : `${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Stopping
// ---------------------------------------------------------------------------------------------

interface StopInput {
  fromMonth: string;
  cause: AllowanceStopCause;
  reason: string | null;
  byApplicationId: string | null;
}

/**
 * Stops a schedule from a month on, in the caller's transaction (the schedule row locked): its
 * waiting instalments of that month and later are stopped and their reservation released;
 * instalments already paid are never undone; one in a batch at this moment is left to the bank's
 * result (paid stays paid; failed becomes stopped, see {@link recordInstalmentResult}).
 */
async function stopLockedSchedule(
  tx: Executor,
  ctx: ServiceContext,
  schedule: AllowanceScheduleRow,
  stop: StopInput,
) {
  const now = ctx.now();
  const stopped = await repo.stopWaitingInstalmentsFrom(tx, schedule.id, stop.fromMonth, now);
  const releasedFen = await releaseInstalmentReservations(tx, ctx, {
    budgetLineId: schedule.budgetLineId,
    applicationId: schedule.applicationId,
    instalments: stopped.map((row) => ({ id: row.id, amountFen: row.amountFen })),
  });
  const updated = await repo.updateSchedule(tx, schedule.id, {
    status: 'stopped',
    stoppedFromMonth: stop.fromMonth,
    stopCause: stop.cause,
    stopReason: stop.reason,
    stoppedBy: ctx.actor.accountId,
    stoppedByApplicationId: stop.byApplicationId,
    stoppedAt: now,
  });
  await recordAudit(tx, ctx, {
    action: 'allowance_schedule.stopped',
    subjectType: 'allowance_schedule',
    subjectId: schedule.id,
    before: { status: schedule.status },
    after: {
      status: 'stopped',
      applicationId: schedule.applicationId,
      fromMonth: stop.fromMonth,
      cause: stop.cause,
      reason: stop.reason,
      byApplicationId: stop.byApplicationId,
      stoppedMonths: stopped.map((row) => row.month).sort(),
      releasedFen,
    },
  });
  return { schedule: updated, stoppedCount: stopped.length, releasedFen };
}

/** Tells the applicant, on their timeline and in their inbox, that the allowance stopped. */
async function tellApplicant(
  tx: Executor,
  ctx: ServiceContext,
  application: ApplicationRow,
  stop: { fromMonth: string; reason: LocalisedText; releasedFen: number; cause: string },
) {
  await insertEvent(tx, {
    applicationId: application.id,
    occurredAt: ctx.now(),
    action: 'allowance_stopped',
    fromStatus: application.status,
    toStatus: application.status,
    actorAccountId: ctx.actor.accountId,
    actorKind: stop.cause === 'officer' ? 'officer' : 'system',
    details: { fromMonth: stop.fromMonth, reason: stop.reason[ctx.language], cause: stop.cause },
    visibleToApplicant: true,
  });
  const applicant = await findAccountById(tx, application.applicantAccountId);
  if (!applicant) return;
  const message = allowanceStoppedMessage({
    reference: application.reference,
    policyName: policyNameOf(application.policyId),
    fromMonth: stop.fromMonth,
    reason: stop.reason,
  });
  await queueNotification(tx, ctx, {
    recipientAccountId: applicant.id,
    recipientEmail: applicant.email,
    recipientLanguage: applicant.preferredLanguage,
    kind: 'application.allowance_stopped',
    subjectType: 'application',
    subjectId: application.id,
    title: message.title,
    body: message.body,
    link: `/applications/${application.id}`,
  });
}

/**
 * An officer stops an application's schedule with a reason (the person no longer qualifies), from
 * a month (default: the current month in Shenzhen): what was not yet paid from then on is stopped
 * and its budget released; earlier months still owed stay payable. Audited; the applicant is told.
 */
export async function stopAllowanceSchedule(
  ctx: ServiceContext,
  principal: Principal,
  applicationId: string,
  input: { reason: string; fromMonth?: string | undefined },
) {
  await ctx.db.transaction(async (tx) => {
    const application = await findApplication(tx, applicationId);
    if (!application) throw new AppError('application.not_found');
    if (application.excludedOfficerIds.includes(principal.accountId))
      throw new AppError('review.excluded_officer');
    const conflict = await findConflictOfInterest(tx, principal.accountId, application);
    if (conflict) throw new AppError('review.recused', { extensions: { conflict } });
    const schedule = await repo.lockScheduleOfApplication(tx, applicationId);
    if (!schedule) throw new AppError('allowance.not_found');
    if (schedule.status !== 'active') throw new AppError('allowance.not_active');
    const fromMonth = input.fromMonth ?? chinaMonthOf(ctx.now());
    const { releasedFen } = await stopLockedSchedule(tx, ctx, schedule, {
      fromMonth,
      cause: 'officer',
      reason: input.reason,
      byApplicationId: null,
    });
    const reason = { 'zh-Hans': input.reason, 'zh-Hant': input.reason, en: input.reason };
    await tellApplicant(tx, ctx, application, { fromMonth, reason, releasedFen, cause: 'officer' });
  });
  return describeSchedule(ctx.db, ctx, applicationId);
}

/**
 * Called by the approval of a benefit of an either-or group (A.P8: transitional housing), in its
 * transaction and BEFORE it takes the group's claim: a running allowance of the same person in
 * that group gives way — its schedule stops from the current month (what was paid stays paid,
 * earlier months still owed stay payable), its reservation for the rest is released, and its
 * claim on the group passes to the new approval. Its one-time claim stays: the allowance cannot
 * be had again. Does nothing when no running allowance holds the group.
 */
export async function stopAllowanceReplacedBy(
  tx: Executor,
  ctx: ServiceContext,
  approved: ApplicationRow,
  exclusivityGroup: string | null,
) {
  if (!exclusivityGroup) return null;
  const subjectId =
    approved.claimSubject === 'organisation' ? approved.organisationId : approved.applicantPersonId;
  if (!subjectId) return null;
  const claim = await findClaim(tx, approved.claimSubject, subjectId, `group:${exclusivityGroup}`);
  if (!claim || claim.applicationId === approved.id || claim.policyId === approved.policyId)
    return null;
  const schedule = await repo.lockScheduleOfApplication(tx, claim.applicationId);
  if (!schedule || schedule.status !== 'active') return null;
  const allowance = await findApplication(tx, claim.applicationId);
  if (!allowance) return null;
  const fromMonth = chinaMonthOf(ctx.now());
  const reason = replacedByReason({
    reference: approved.reference,
    policyName: policyNameOf(approved.policyId),
  });
  const result = await stopLockedSchedule(tx, ctx, schedule, {
    fromMonth,
    cause: 'exclusive_benefit',
    reason: reason[ctx.language],
    byApplicationId: approved.id,
  });
  await deleteClaim(tx, claim.id);
  await tellApplicant(tx, ctx, allowance, {
    fromMonth,
    reason,
    releasedFen: result.releasedFen,
    cause: 'exclusive_benefit',
  });
  return result.schedule;
}

/**
 * Whether an application that holds (or applies for) a benefit gives way to another benefit of
 * its either-or group: true for an allowance whose schedule is still running, which the approval
 * of the other benefit stops ({@link stopAllowanceReplacedBy}). Used when starting, submitting
 * and screening the other benefit, so a person paid the allowance can still take transitional
 * housing instead.
 */
export async function allowanceGivesWayTo(
  db: Executor,
  holderApplicationId: string,
  holderPolicyId: string,
  policyId: string,
) {
  if (holderPolicyId === policyId) return false;
  const schedule = await repo.findScheduleOfApplication(db, holderApplicationId);
  return schedule?.status === 'active';
}

/**
 * Called by a revocation, in its transaction: an approval whose schedule has paid (or is paying)
 * nothing may be revoked — all its instalments are stopped and their reservation released here,
 * so the caller must not release the approved amount again (returns true). One that has paid is
 * refused: stop the schedule instead, paid months are never undone. False when there is no
 * schedule (the caller releases the approved amount as for any approval).
 */
export async function cancelScheduleOnRevocation(
  tx: Executor,
  ctx: ServiceContext,
  application: ApplicationRow,
  reasons: string,
) {
  const schedule = await repo.lockScheduleOfApplication(tx, application.id);
  if (!schedule) return false;
  const instalments = await repo.listInstalments(tx, schedule.id);
  if (instalments.some((row) => row.status === 'paid' || row.status === 'in_payment'))
    throw new AppError('allowance.payments_started');
  // Also after an earlier stop: months before that stop that were still owed are stopped now.
  await stopLockedSchedule(tx, ctx, schedule, {
    fromMonth: schedule.firstMonth,
    cause: 'revoked',
    reason: reasons,
    byApplicationId: null,
  });
  return true;
}

// ---------------------------------------------------------------------------------------------
// Payment: finance pays the instalments whose month has come, in the ordinary batches
// ---------------------------------------------------------------------------------------------

/** Instalments whose month has come and that wait for a batch (finance's list). */
export async function listDueInstalments(ctx: ServiceContext) {
  const currentMonth = chinaMonthOf(ctx.now());
  const rows = await repo.listDueInstalments(ctx.db, currentMonth);
  return rows.map((row) => ({
    id: row.instalment.id,
    applicationId: row.instalment.applicationId,
    reference: row.reference,
    policyId: row.policyId,
    month: row.instalment.month,
    sequence: row.instalment.sequence,
    amountFen: row.instalment.amountFen,
    payeeName: row.payee?.accountName ?? null,
  }));
}

/** The due instalments to offer for a batch (all, or those of the applications named). */
export async function findDueInstalments(
  db: Executor,
  ctx: ServiceContext,
  applicationIds?: string[],
) {
  return repo.listDueInstalments(db, chinaMonthOf(ctx.now()), applicationIds);
}

/**
 * Takes due instalments into a batch, in the batch's transaction: locks them, keeps those still
 * waiting whose month has come (one a concurrent stop or batch took is left out), and marks them
 * `in_payment`. Returns them with what the payment lines need.
 */
export async function takeDueInstalmentsForBatch(
  tx: Executor,
  ctx: ServiceContext,
  instalmentIds: string[],
) {
  const locked = await repo.lockDueInstalments(tx, instalmentIds, chinaMonthOf(ctx.now()));
  for (const row of locked) {
    const moved = await repo.moveInstalment(tx, row.instalment.id, 'scheduled', {
      status: 'in_payment',
    });
    if (!moved) throw new AppError('payment.already_paid');
  }
  return locked;
}

/**
 * Records the bank's result for an instalment's line, in the import's transaction: paid consumes
 * its amount from the schedule's reservation (once per instalment: unique ledger index) and marks
 * it paid; failed puts it back to wait for the next batch — or, when its schedule was stopped from
 * its month or earlier meanwhile, stops it and releases its amount. Callers lock the schedules
 * first ({@link lockSchedulesOf}).
 */
export async function recordInstalmentResult(
  tx: Executor,
  ctx: ServiceContext,
  schedule: AllowanceScheduleRow,
  instalmentId: string,
  result: 'paid' | 'failed',
) {
  const [instalment] = await repo.findInstalments(tx, [instalmentId]);
  if (!instalment || instalment.status !== 'in_payment') throw new AppError('payment.already_paid');
  const now = ctx.now();
  if (result === 'paid') {
    await consumeReservation(tx, ctx, {
      budgetLineId: schedule.budgetLineId,
      applicationId: schedule.applicationId,
      amountFen: instalment.amountFen,
      instalmentId,
    });
    await repo.moveInstalment(tx, instalmentId, 'in_payment', { status: 'paid', paidAt: now });
    return;
  }
  const stoppedMeanwhile =
    schedule.status === 'stopped' && instalment.month >= schedule.stoppedFromMonth!;
  if (!stoppedMeanwhile) {
    await repo.moveInstalment(tx, instalmentId, 'in_payment', { status: 'scheduled' });
    return;
  }
  await repo.moveInstalment(tx, instalmentId, 'in_payment', { status: 'stopped', stoppedAt: now });
  await releaseInstalmentReservations(tx, ctx, {
    budgetLineId: schedule.budgetLineId,
    applicationId: schedule.applicationId,
    instalments: [{ id: instalmentId, amountFen: instalment.amountFen }],
  });
}

/** Locks the schedules of these instalments (id order), keyed by instalment id. */
export async function lockSchedulesOf(tx: Executor, instalmentIds: string[]) {
  const instalments = await repo.findInstalments(tx, instalmentIds);
  const schedules = await repo.lockSchedules(tx, [
    ...new Set(instalments.map((row) => row.scheduleId)),
  ]);
  const byId = new Map(schedules.map((row) => [row.id, row]));
  return new Map(instalments.map((row) => [row.id, byId.get(row.scheduleId)!]));
}

/** Marks running schedules with nothing left to pay as completed (after an import). */
export async function completeFinishedSchedules(
  tx: Executor,
  ctx: ServiceContext,
  schedules: AllowanceScheduleRow[],
) {
  for (const schedule of schedules) {
    if (schedule.status !== 'active') continue;
    if ((await repo.countOutstanding(tx, schedule.id)) > 0) continue;
    await repo.updateSchedule(tx, schedule.id, { status: 'completed' });
    await recordAudit(tx, ctx, {
      action: 'allowance_schedule.completed',
      subjectType: 'allowance_schedule',
      subjectId: schedule.id,
      before: { status: 'active' },
      after: { status: 'completed', applicationId: schedule.applicationId },
    });
  }
}
