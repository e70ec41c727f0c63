import type { Facts } from './types';

/**
 * The navigator's answers kept in the tab's session storage, so that following "sign in to save
 * your answers" (a full trip through the login page) brings the person back to where they were
 * with what they had answered — not to question 1 with the profile's answers instead.
 */
export interface KeptAnswers {
  scope: string;
  facts: Facts;
  answered: string[];
  skip: string[];
}

const KEY = 'opc-hub:navigator';

export function readKeptAnswers(scope: string | null): KeptAnswers | null {
  if (!scope) return null;
  try {
    const kept = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as KeptAnswers | null;
    return kept && kept.scope === scope && typeof kept.facts === 'object' ? kept : null;
  } catch {
    return null;
  }
}

export function writeKeptAnswers(kept: KeptAnswers | null): void {
  try {
    if (kept) sessionStorage.setItem(KEY, JSON.stringify(kept));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage full or refused (private mode): answers then last as long as the page.
  }
}

/** An answer given here that differs from the one the profile holds: the person chooses. */
export interface AnswerConflict {
  factId: string;
  mine: unknown;
  saved: unknown;
}

export function sameAnswer(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
