import { describe, expect, it } from 'vitest';
import { transitionAuditActions } from '../applications/audit-actions';
import { alsoStoredUnder, currentActionName, legacyActionNames } from './action-names';

describe('audit action names', () => {
  it('maps every name the workflow once wrote to the name it writes now', () => {
    for (const [action, current] of Object.entries(transitionAuditActions)) {
      expect(currentActionName(`application.${action}`), action).toBe(current);
    }
  });

  it('keeps current names as they are, and every current name follows the rule', () => {
    expect(currentActionName('account.registered')).toBe('account.registered');
    for (const current of Object.values(legacyActionNames)) {
      expect(current).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
      expect(currentActionName(current)).toBe(current);
    }
  });

  it('a filter finds rows under the other name of what it names', () => {
    expect(alsoStoredUnder('application.paid')).toEqual(['application.record_paid']);
    expect(alsoStoredUnder('application.record_')).toEqual([
      'application.paid',
      'application.payment_failed',
    ]);
    // `application.approve` is a prefix of `application.approved` already: nothing more to add.
    expect(alsoStoredUnder('application.approve')).toEqual([]);
    expect(alsoStoredUnder('account.')).toEqual([]);
  });
});
