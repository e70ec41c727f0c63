import type { Executor } from '../../db/client';
import * as repo from './whitelist-repo';

/**
 * Where an organisation stands on the Hetao white list on a date (B.N3: only white-listed
 * importers get the exemption). Pure date arithmetic over the entry rows, shared by the
 * declarations (whiteListEntryOn), the fact provider (whitelist-facts.ts) and the views.
 *
 * An entry is in force on a day D when validFrom ≤ D ≤ validUntil (both inclusive; no end when
 * validUntil is null), and D is before the first day of its suspension (`suspendedFrom`) or
 * removal (`removedFrom`). NOTE: a suspension later lifted (reinstated) is not remembered here —
 * the entry counts as listed for those past days; the audit log keeps the suspension's dates.
 */

export type EntryStanding = 'listed' | 'not_yet' | 'expired' | 'suspended' | 'removed';

export function entryStandingOn(entry: repo.WhiteListEntryRow, onDate: string): EntryStanding {
  if (onDate < entry.validFrom) return 'not_yet';
  // removedFrom is set only on removal; suspendedFrom while suspended (and kept when a suspended
  // entry is removed, so the days between stay suspended).
  if (entry.removedFrom !== null && onDate >= entry.removedFrom) return 'removed';
  if (entry.suspendedFrom !== null && onDate >= entry.suspendedFrom) return 'suspended';
  if (entry.validUntil !== null && onDate > entry.validUntil) return 'expired';
  return 'listed';
}

/** What the public and the views call an entry's status today. */
export type PresentedEntryStatus = 'listed' | 'suspended' | 'removed' | 'expired' | 'not_yet';

export function presentedEntryStatus(
  entry: repo.WhiteListEntryRow,
  today: string,
): PresentedEntryStatus {
  if (entry.status === 'removed') return 'removed';
  if (entry.status === 'suspended') return 'suspended';
  const standing = entryStandingOn(entry, today);
  return standing === 'listed' || standing === 'not_yet' || standing === 'expired'
    ? standing
    : 'listed';
}

/**
 * The organisation's entry and its standing on `onDate`: the entry in force that day if there is
 * one, otherwise the latest entry begun by then (to say why not), otherwise null (never listed
 * by that date).
 */
export async function standingOn(db: Executor, organisationId: string, onDate: string) {
  const entries = await repo.entriesBegunBy(db, organisationId, onDate);
  const inForce = entries.find((entry) => entryStandingOn(entry, onDate) === 'listed');
  if (inForce) return { entry: inForce, standing: 'listed' as const };
  const latest = entries[0];
  if (!latest) return null;
  return { entry: latest, standing: entryStandingOn(latest, onDate) };
}
