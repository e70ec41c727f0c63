import type { AllowanceTermsSource } from '../../db/schema/allowances';

/**
 * The terms of a monthly allowance as the decision saw them: the monthly amount and the most
 * months, read from the evaluation snapshot stored at screening (the same snapshot the approval's
 * cap came from), never from today's parameters — a later change never changes an old decision.
 */
export interface AllowanceTerms {
  monthlyFen: number;
  maxMonths: number;
  source: AllowanceTermsSource;
}

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** The parameter (id and dated value) a benefit figure came from, when the snapshot names one. */
function provenance(snapshot: Loose, definition: unknown, value: number) {
  const parameterId =
    isObject(definition) && typeof definition.parameter === 'string' ? definition.parameter : null;
  const parameters = isObject(snapshot.parameters) ? snapshot.parameters : {};
  const entry = parameterId && isObject(parameters[parameterId]) ? parameters[parameterId] : {};
  return {
    parameterId,
    value,
    effectiveFrom: typeof entry.effectiveFrom === 'string' ? entry.effectiveFrom : null,
  };
}

/**
 * The allowance terms in an evaluation snapshot, or null when the snapshot is not of an
 * `allowance` benefit (or its amounts were unpublished, which the approval refuses anyway).
 */
export function allowanceTermsOf(snapshot: unknown): AllowanceTerms | null {
  if (!isObject(snapshot) || !isObject(snapshot.result)) return null;
  const benefit = snapshot.result.benefit;
  if (!isObject(benefit) || benefit.kind !== 'allowance') return null;
  const monthlyFen = positiveInteger(benefit.monthlyFen);
  const maxMonths = positiveInteger(benefit.maxMonths);
  if (monthlyFen === null || maxMonths === null) return null;
  const policy = isObject(snapshot.policy) ? snapshot.policy : {};
  const definition = isObject(policy.benefit) ? policy.benefit : {};
  return {
    monthlyFen,
    maxMonths,
    source: {
      monthlyFen: provenance(snapshot, definition.monthlyFen, monthlyFen),
      maxMonths: provenance(snapshot, definition.maxMonths, maxMonths),
      evaluatedAt: typeof snapshot.evaluatedAt === 'string' ? snapshot.evaluatedAt : null,
    },
  };
}

/**
 * How many monthly instalments an approved amount is: a whole number of months, at most the
 * most months. Undefined when it is not (the approval is refused then).
 */
export function monthsIn(terms: AllowanceTerms, approvedAmountFen: number): number | undefined {
  if (approvedAmountFen % terms.monthlyFen !== 0) return undefined;
  const months = approvedAmountFen / terms.monthlyFen;
  return months >= 1 && months <= terms.maxMonths ? months : undefined;
}
