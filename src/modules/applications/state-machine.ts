import type { ApplicationStatus } from '../../db/schema/applications';

/**
 * The workflow of an application, as ONE transition table (issue #4 item 2). Every change of
 * status in the service goes through {@link planTransition}; anything not listed here is refused
 * with a 409 problem. Who may take an action is the `actor` column: the applicant, an officer of
 * the named role, or the system (screening, which runs the rules engine).
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

export interface Transition {
  from: readonly ApplicationStatus[];
  action: TransitionAction;
  to: ApplicationStatus;
  actor: TransitionActor;
}

export const transitionTable: readonly Transition[] = [
  { from: ['draft', 'returned'], action: 'submit', to: 'submitted', actor: 'applicant' },
  { from: ['submitted'], action: 'screen', to: 'screening', actor: 'system' },
  { from: ['screening'], action: 'pass_screening', to: 'in_review', actor: 'system' },
  { from: ['screening'], action: 'fail_screening', to: 'returned', actor: 'system' },
  { from: ['in_review'], action: 'approve', to: 'approved', actor: 'reviewer' },
  { from: ['in_review'], action: 'reject', to: 'rejected', actor: 'reviewer' },
  { from: ['in_review'], action: 'return', to: 'returned', actor: 'reviewer' },
  {
    from: ['draft', 'submitted', 'screening', 'in_review', 'returned'],
    action: 'withdraw',
    to: 'withdrawn',
    actor: 'applicant',
  },
  { from: ['rejected'], action: 'appeal', to: 'appealed', actor: 'applicant' },
  { from: ['appealed'], action: 'grant_appeal', to: 'in_review', actor: 'reviewer' },
  { from: ['appealed'], action: 'dismiss_appeal', to: 'closed', actor: 'reviewer' },
  { from: ['approved', 'payment_failed'], action: 'revoke', to: 'rejected', actor: 'reviewer' },
  {
    from: ['approved', 'payment_failed'],
    action: 'schedule_payment',
    to: 'payment_scheduled',
    actor: 'finance_officer',
  },
  { from: ['payment_scheduled'], action: 'record_paid', to: 'paid', actor: 'finance_officer' },
  {
    from: ['payment_scheduled'],
    action: 'record_failed',
    to: 'payment_failed',
    actor: 'finance_officer',
  },
  { from: ['paid', 'approved', 'rejected'], action: 'close', to: 'closed', actor: 'system' },
];

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
  return transitionTable.find((row) => row.action === action && row.from.includes(from));
}

/** Actions available from a status (for the UI's buttons and the tests). */
export function actionsFrom(from: ApplicationStatus): TransitionAction[] {
  return transitionTable.filter((row) => row.from.includes(from)).map((row) => row.action);
}

export type TransitionPlan =
  | { ok: true; transition: Transition }
  | { ok: false; from: ApplicationStatus; action: TransitionAction; allowed: TransitionAction[] };

/** Checks an action against the table; the service turns a refusal into a 409 problem. */
export function planTransition(from: ApplicationStatus, action: TransitionAction): TransitionPlan {
  const transition = findTransition(from, action);
  if (transition) return { ok: true, transition };
  return { ok: false, from, action, allowed: actionsFrom(from) };
}
