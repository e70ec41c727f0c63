/**
 * The one naming rule for audit actions: `subject.verb_in_past_tense`, dotted, the verb last —
 * `account.registered`, `role.granted`, `application.approved`, `hetao.ruling.filed`. An audit
 * row records something that happened.
 *
 * Until December 2026 the applications workflow wrote its status changes in the imperative
 * (`application.approve`, `application.record_paid`). Those rows are hash-chained, so they are
 * never rewritten: the reader maps their names to the current ones instead. A row written under
 * an old name is listed under its current name, with the name it was stored (and hashed) under
 * beside it, and a filter finds it by either name.
 */

/** Names once written → the name the rule gives them now. Never remove an entry. */
export const legacyActionNames: Readonly<Record<string, string>> = {
  'application.submit': 'application.submitted',
  'application.screen': 'application.screening_started',
  'application.pass_screening': 'application.screening_passed',
  'application.fail_screening': 'application.screening_failed',
  'application.approve': 'application.approved',
  'application.reject': 'application.rejected',
  'application.return': 'application.returned',
  'application.withdraw': 'application.withdrawn',
  'application.appeal': 'application.appealed',
  'application.grant_appeal': 'application.appeal_granted',
  'application.dismiss_appeal': 'application.appeal_dismissed',
  'application.revoke': 'application.revoked',
  'application.schedule_payment': 'application.payment_scheduled',
  'application.record_paid': 'application.paid',
  'application.record_failed': 'application.payment_failed',
  'application.close': 'application.closed',
  // Words were once joined by hyphens in the rules module's names.
  'rule-parameter.value-entered': 'rule_parameter.value_entered',
  'fact-profile.updated': 'fact_profile.updated',
};

/** The current name of a stored action (itself when it already follows the rule). */
export function currentActionName(stored: string): string {
  return Object.hasOwn(legacyActionNames, stored) ? legacyActionNames[stored]! : stored;
}

/**
 * Stored names, other than those starting with `prefix`, that a filter by `prefix` must also
 * match: old names whose current name starts with it, and current names whose old name does
 * (so `application.approved` and `application.approve` find the same rows).
 */
export function alsoStoredUnder(prefix: string): string[] {
  const names = new Set<string>();
  for (const [legacy, current] of Object.entries(legacyActionNames)) {
    if (current.startsWith(prefix) && !legacy.startsWith(prefix)) names.add(legacy);
    if (legacy.startsWith(prefix) && !current.startsWith(prefix)) names.add(current);
  }
  return [...names].sort();
}
