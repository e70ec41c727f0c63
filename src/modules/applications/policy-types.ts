import type { LocalisedText } from '../../errors/app-error';

/**
 * What the applications module needs to know about a policy and its evaluation, in the shape this
 * module uses. `rules-gateway.ts` adapts the rules module (issue #3) to these types, so a change
 * in the rules module's shapes is absorbed in one file.
 */
export interface PolicyFactQuestion {
  /** Dotted fact path, e.g. `person.highestDegree`. */
  path: string;
  question: string;
  type: string;
  options: { value: string; label: string }[];
}

export interface PolicyEvidenceDocument {
  id: string;
  label: LocalisedText;
  required: boolean;
}

export interface PolicySummary {
  id: string;
  name: LocalisedText;
  /** Who applies: a person, or a company (incl. importers) represented by a member. */
  audience: 'person' | 'company' | 'importer';
  benefitKind: string;
  /** The money cap in fen where the benefit is money and the cap is published; else null. */
  capFen: number | null;
  /** Whether an approval is money the platform's finance officers pay out. */
  paidByPlatform: boolean;
  oneTime: boolean;
  exclusivityGroup: string | null;
  discretionary: boolean;
  clauses: { id: string; text: string }[];
}

export interface PolicyDetail extends PolicySummary {
  evidence: PolicyEvidenceDocument[];
  facts: PolicyFactQuestion[];
  /** Each criterion's label in every language (stored results carry the submitter's language). */
  criterionLabels: Record<string, LocalisedText>;
  /** The rules module's own description, passed through to the form unchanged. */
  raw: unknown;
}

export interface EvaluationCriterion {
  id: string;
  label: string;
  clause: string | null;
  result: string;
  facts: unknown;
}

export interface EvaluationOutcome {
  status: 'eligible' | 'ineligible' | 'unknown';
  missingFacts: string[];
  capFen: number | null;
  criteria: EvaluationCriterion[];
  /** The engine's result object exactly as returned (stored with the application). */
  result: Record<string, unknown>;
  /** The evaluation snapshot (policy version, parameter values, facts, date, trace). */
  snapshot: Record<string, unknown>;
}
