import type { TransitionAction } from './state-machine';

/**
 * The audit action each move of the workflow is recorded under, by the platform's one naming
 * rule (`application.` + what happened, in the past tense; see src/modules/audit/action-names.ts,
 * which maps the imperative names written before December 2026 to these).
 */
export const transitionAuditActions = {
  submit: 'application.submitted',
  screen: 'application.screening_started',
  pass_screening: 'application.screening_passed',
  fail_screening: 'application.screening_failed',
  approve: 'application.approved',
  reject: 'application.rejected',
  return: 'application.returned',
  withdraw: 'application.withdrawn',
  appeal: 'application.appealed',
  grant_appeal: 'application.appeal_granted',
  dismiss_appeal: 'application.appeal_dismissed',
  revoke: 'application.revoked',
  schedule_payment: 'application.payment_scheduled',
  record_paid: 'application.paid',
  record_failed: 'application.payment_failed',
  close: 'application.closed',
} as const satisfies Record<TransitionAction, `application.${string}`>;
