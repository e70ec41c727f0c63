import { applicationStatusValues, type ApplicationStatus } from '../../db/schema/applications';
import {
  allowedActions,
  defineMachine,
  type Transition as MachineTransition,
  type TransitionPlan as MachineTransitionPlan,
  planTransition as planMachineTransition,
} from '../../shared/state-machine';

/**
 * The workflow of an application, as ONE transition table (issue #4 item 2). Every change of
 * status in the service goes through {@link planTransition}; anything not listed here is refused
 * with a 409 problem (`invalidTransition` in service.ts). Who may take an action is the `actor`
 * column: the applicant, an officer of the named role, or the system (screening, which runs the
 * rules engine).
 *
 *   draft ─submit→ submitted ─screen→ screening ─pass_screening→ in_review
 *                                         └─fail_screening→ returned ─submit→ submitted …
 *   in_review ─approve→ approved ─schedule_payment→ payment_scheduled ─record_paid→ paid ─close→ closed
 *             ─reject→ rejected ─appeal→ appealed ─grant_appeal→ in_review (another officer)
 *             ─return→ returned            │        └─dismiss_appeal→ closed
 *                                          └─close (appeal period over)→ closed
 *   payment_scheduled ─record_failed→ payment_failed ─schedule_payment→ payment_scheduled
 *   approved | payment_failed ─revoke→ rejected (releases the reservation)
 *   approved ─close→ closed (benefits not paid by the platform: space, loans, vouchers…)
 *   draft | submitted | screening | in_review | returned ─withdraw→ withdrawn
 */
export const transitionActions = [
  'submit',
  'screen',
  'pass_screening',
  'fail_screening',
  'approve',
  'reject',
  'return',
  'withdraw',
  'appeal',
  'grant_appeal',
  'dismiss_appeal',
  'revoke',
  'schedule_payment',
  'record_paid',
  'record_failed',
  'close',
] as const;
export type TransitionAction = (typeof transitionActions)[number];

export type TransitionActor = 'applicant' | 'reviewer' | 'finance_officer' | 'system';

/**
 * The table itself, `action → (from → to)`, declared with the platform's one state-machine helper
 * (src/shared/state-machine.ts); `actionData` is the actor column. A refusal is a 409
 * `application.invalid_transition`, the code this workflow's clients have always received.
 */
export const applicationMachine = defineMachine<
  ApplicationStatus,
  TransitionAction,
  { actor: TransitionActor }
>({
  name: 'application',
  subject: { 'zh-Hans': '申请', 'zh-Hant': '申請', en: 'application' },
  errorCode: 'application.invalid_transition',
  states: applicationStatusValues,
  transitions: {
    submit: { draft: 'submitted', returned: 'submitted' },
    screen: { submitted: 'screening' },
    pass_screening: { screening: 'in_review' },
    fail_screening: { screening: 'returned' },
    approve: { in_review: 'approved' },
    reject: { in_review: 'rejected' },
    return: { in_review: 'returned' },
    withdraw: {
      draft: 'withdrawn',
      submitted: 'withdrawn',
      screening: 'withdrawn',
      in_review: 'withdrawn',
      returned: 'withdrawn',
    },
    appeal: { rejected: 'appealed' },
    grant_appeal: { appealed: 'in_review' },
    dismiss_appeal: { appealed: 'closed' },
    revoke: { approved: 'rejected', payment_failed: 'rejected' },
    schedule_payment: { approved: 'payment_scheduled', payment_failed: 'payment_scheduled' },
    record_paid: { payment_scheduled: 'paid' },
    record_failed: { payment_scheduled: 'payment_failed' },
    close: { paid: 'closed', approved: 'closed', rejected: 'closed' },
  },
  actionData: {
    submit: { actor: 'applicant' },
    screen: { actor: 'system' },
    pass_screening: { actor: 'system' },
    fail_screening: { actor: 'system' },
    approve: { actor: 'reviewer' },
    reject: { actor: 'reviewer' },
    return: { actor: 'reviewer' },
    withdraw: { actor: 'applicant' },
    appeal: { actor: 'applicant' },
    grant_appeal: { actor: 'reviewer' },
    dismiss_appeal: { actor: 'reviewer' },
    revoke: { actor: 'reviewer' },
    schedule_payment: { actor: 'finance_officer' },
    record_paid: { actor: 'finance_officer' },
    record_failed: { actor: 'finance_officer' },
    close: { actor: 'system' },
  },
});

export type Transition = MachineTransition<
  ApplicationStatus,
  TransitionAction,
  { actor: TransitionActor }
>;

/** States after which nothing more happens. */
export const finalStatuses: readonly ApplicationStatus[] = ['withdrawn', 'closed'];

/** States in which the applicant may still edit facts and evidence. */
export const editableStatuses: readonly ApplicationStatus[] = ['draft', 'returned'];

/** States that count as "a decision is pending or made" for one-time benefits. */
export const liveStatuses: readonly ApplicationStatus[] = [
  'submitted',
  'screening',
  'in_review',
  'approved',
  'appealed',
  'payment_scheduled',
  'payment_failed',
  'paid',
];

/** The transition for this action from this status, or undefined when it is not allowed. */
export function findTransition(
  from: ApplicationStatus,
  action: TransitionAction,
): Transition | undefined {
  const plan = planTransition(from, action);
  return plan.ok ? plan.transition : undefined;
}

/** Actions available from a status (for the UI's buttons and the tests). */
export function actionsFrom(from: ApplicationStatus): TransitionAction[] {
  return allowedActions(applicationMachine, from);
}

export type TransitionPlan = MachineTransitionPlan<
  ApplicationStatus,
  TransitionAction,
  { actor: TransitionActor }
>;

/** Checks an action against the table; the service turns a refusal into a 409 problem. */
export function planTransition(from: ApplicationStatus, action: TransitionAction): TransitionPlan {
  return planMachineTransition(applicationMachine, from, action);
}
