import type { Catalogue } from './catalogue';
import { withFact } from './probes';
import type { FactDefinition, Facts } from './types';

/**
 * What a situation says without saying it. The fact vocabulary marks a fact `implied` when
 * other answers settle it (policies/facts.yaml): a client that sends a `company` object has
 * told us the person has a company, and a company whose benefits received do not include the
 * corpus voucher has received ¥0 of corpus vouchers. The engine itself evaluates exactly the
 * facts it is given; every client path (API, CLI, applications, policy cases) reads facts
 * through the facts schema, which applies these before anything is evaluated.
 */

/** Does the value hold at least one known answer (null and undefined are "not known")? */
function hasKnownValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'object' || Array.isArray(value)) return true;
  return Object.values(value as Record<string, unknown>).some(hasKnownValue);
}

function valueAt(facts: Facts, path: string): unknown {
  let current: unknown = facts;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function impliedFacts(catalogue: Pick<Catalogue, 'facts'>): FactDefinition[] {
  return catalogue.facts.filter((fact) => fact.implied !== undefined);
}

/** Is the fact's implication triggered by the rest of the situation? */
function implicationHolds(fact: FactDefinition, facts: Facts): boolean {
  const implied = fact.implied!;
  if (implied.whenDescribed !== undefined) return hasKnownValue(facts[implied.whenDescribed]);
  if (implied.whenListLacks !== undefined) {
    const list = valueAt(facts, implied.whenListLacks.fact);
    return Array.isArray(list) && !list.includes(implied.whenListLacks.value);
  }
  return false;
}

/** The value a situation implies for the fact, or undefined when it implies nothing. */
function impliedValue(fact: FactDefinition, facts: Facts): unknown {
  const implied = fact.implied!;
  if (implied.whenEnum !== undefined) {
    const chosen = valueAt(facts, implied.whenEnum.fact);
    const known = typeof chosen === 'string';
    if (implied.copyOf === undefined) return known ? chosen === implied.whenEnum.value : undefined;
    // The copied answer is about the one choice: it holds for that value, and for every value
    // while the choice is not told (as it did when one fact served them all).
    return !known || chosen === implied.whenEnum.value ? valueAt(facts, implied.copyOf) : undefined;
  }
  return implicationHolds(fact, facts) ? implied.value : undefined;
}

/**
 * The situation with every implied fact it leaves out filled in. A fact the client gave is never
 * changed (a contradiction is refused by {@link findFactContradictions} first). Returns the same
 * object when nothing is implied.
 */
export function applyImpliedFacts(catalogue: Pick<Catalogue, 'facts'>, facts: Facts): Facts {
  let result = facts;
  for (const fact of impliedFacts(catalogue)) {
    const given = valueAt(result, fact.id);
    if (given !== undefined && given !== null) continue;
    const value = impliedValue(fact, result);
    if (value !== undefined && value !== null) result = withFact(result, fact.id, value);
  }
  return result;
}

/** Two answers that cannot both be true: the fact, and the subject that implies otherwise. */
export interface FactContradiction {
  fact: string;
  impliedBy: string;
}

/**
 * Answers that contradict what the rest of the situation implies — `person.hasCompany: false`
 * beside a `company` object. Only a described subject can be contradicted: a list that lacks a
 * benefit implies a default, and an amount the client gives for it simply wins.
 */
export function findFactContradictions(
  catalogue: Pick<Catalogue, 'facts'>,
  facts: Facts,
): FactContradiction[] {
  const found: FactContradiction[] = [];
  for (const fact of impliedFacts(catalogue)) {
    const subject = fact.implied!.whenDescribed;
    if (subject === undefined) continue;
    const given = valueAt(facts, fact.id);
    if (given === undefined || given === null || given === fact.implied!.value) continue;
    if (implicationHolds(fact, facts)) found.push({ fact: fact.id, impliedBy: subject });
  }
  return found;
}
