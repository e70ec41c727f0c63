import { describe, expect, it } from 'vitest';
import { applicationStatusValues, type ApplicationStatus } from '../../db/schema/applications';
import { invalidTransition } from './service';
import {
  actionsFrom,
  applicationMachine,
  finalStatuses,
  planTransition,
  transitionActions,
  type TransitionAction,
} from './state-machine';

/** The workflow of issue #4 item 2, written out independently of the table: from → action → to. */
const expectedLegal: [ApplicationStatus, TransitionAction, ApplicationStatus][] = [
  ['draft', 'submit', 'submitted'],
  ['returned', 'submit', 'submitted'],
  ['submitted', 'screen', 'screening'],
  ['screening', 'pass_screening', 'in_review'],
  ['screening', 'fail_screening', 'returned'],
  ['in_review', 'approve', 'approved'],
  ['in_review', 'reject', 'rejected'],
  ['in_review', 'return', 'returned'],
  ['draft', 'withdraw', 'withdrawn'],
  ['submitted', 'withdraw', 'withdrawn'],
  ['screening', 'withdraw', 'withdrawn'],
  ['in_review', 'withdraw', 'withdrawn'],
  ['returned', 'withdraw', 'withdrawn'],
  ['rejected', 'appeal', 'appealed'],
  ['appealed', 'grant_appeal', 'in_review'],
  ['appealed', 'dismiss_appeal', 'closed'],
  ['approved', 'revoke', 'rejected'],
  ['payment_failed', 'revoke', 'rejected'],
  ['approved', 'schedule_payment', 'payment_scheduled'],
  ['payment_failed', 'schedule_payment', 'payment_scheduled'],
  ['payment_scheduled', 'record_paid', 'paid'],
  ['payment_scheduled', 'record_failed', 'payment_failed'],
  ['paid', 'close', 'closed'],
  ['approved', 'close', 'closed'],
  ['rejected', 'close', 'closed'],
];

describe('application state machine', () => {
  it.each(expectedLegal)('%s —%s→ %s is allowed', (from, action, to) => {
    const plan = planTransition(from, action);
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(plan.transition.to).toBe(to);
  });

  it('refuses every other (status, action) pair', () => {
    const legal = new Set(expectedLegal.map(([from, action]) => `${from}|${action}`));
    let refused = 0;
    for (const from of applicationStatusValues) {
      for (const action of transitionActions) {
        if (legal.has(`${from}|${action}`)) continue;
        const plan = planTransition(from, action);
        expect(plan.ok, `${from} —${action}→ should be refused`).toBe(false);
        if (!plan.ok) expect(plan.allowed).toEqual(actionsFrom(from));
        refused += 1;
      }
    }
    expect(refused).toBe(applicationStatusValues.length * transitionActions.length - legal.size);
  });

  it('has nothing leaving the final states and no decision after withdrawal', () => {
    for (const status of finalStatuses) expect(actionsFrom(status)).toEqual([]);
    expect(planTransition('approved', 'withdraw').ok).toBe(false);
    expect(planTransition('rejected', 'withdraw').ok).toBe(false);
  });

  it('never pays twice: paid can only be closed', () => {
    expect(actionsFrom('paid')).toEqual(['close']);
  });

  it('is one table with each (status, action) pair at most once', () => {
    // A map action → from → to holds each pair once by construction; count them.
    const pairs = Object.values(applicationMachine.transitions).flatMap((moves) =>
      Object.keys(moves),
    );
    expect(pairs.length).toBe(expectedLegal.length);
    expect(Object.keys(applicationMachine.transitions)).toEqual([...transitionActions]);
  });

  it('says who takes each action', () => {
    expect(planTransition('draft', 'submit')).toMatchObject({
      ok: true,
      transition: { from: 'draft', action: 'submit', to: 'submitted', actor: 'applicant' },
    });
    expect(planTransition('approved', 'schedule_payment')).toMatchObject({
      transition: { actor: 'finance_officer' },
    });
    expect(planTransition('paid', 'close')).toMatchObject({ transition: { actor: 'system' } });
  });

  it('refuses with the code clients have always received', () => {
    const error = invalidTransition('paid', 'approve');
    expect(error.code).toBe('application.invalid_transition');
    expect(error.status).toBe(409);
    expect(error.extensions).toEqual({
      machine: 'application',
      from: 'paid',
      action: 'approve',
      allowed: ['close'],
    });
    expect(error.detail).toMatchObject({
      en: 'The application is "paid"; "approve" is not possible from there.',
    });
  });
});
