/**
 * Shapes of the rules API (src/modules/rules/schema.ts), mirrored by hand: web/ talks to the
 * server over HTTP only.
 */
import type { Language } from '../../i18n/languages';

export type LocalisedText = Record<Language, string>;
export type Status = 'eligible' | 'ineligible' | 'unknown';
export type CriterionResult = 'met' | 'unmet' | 'unknown';

/** A situation: nested objects keyed like the fact ids (`person.hasCompany`). */
export type Facts = Record<string, Record<string, unknown>>;

export interface Summary {
  eligible: number;
  unknown: number;
  ineligible: number;
  /** Benefits still possible (eligible + unknown), one per card. */
  benefitCount: number;
  /** Of those, choose-one alternatives whose money is not added twice. */
  alternativeCount: number;
  /** Published money only: demo and unpublished amounts are in provisionalAmountFen. */
  maxAmountFen: number;
  eligibleAmountFen: number;
  provisionalAmountFen: number;
  provisionalCount: number;
  maxLoanPrincipalFen: number;
}

export interface Criterion {
  id: string;
  kind: 'criterion' | 'group';
  parent: string | null;
  label: string;
  clause: string;
  seeAlso?: string[];
  result: CriterionResult;
  facts: Record<string, unknown>;
  origin?: 'effective-period' | 'one-time' | 'exclusivity';
}

export interface Benefit {
  kind: string;
  maxAmountFen: number | null;
  amountBasis: 'cap' | 'computed' | 'fixed' | 'unpublished' | 'not-money';
  pendingFacts: string[];
  maxPrincipalFen?: number | null;
  maxAreaM2?: number | null;
  rung?: string | null;
  maxMonths?: number | null;
  monthlyFen?: number | null;
  monthlyAfterTaxFen?: number | null;
  rentShareOfMarketBp?: number | null;
  rateBp?: number | null;
  supervision?: string | null;
  [detail: string]: unknown;
}

export interface Reason {
  code: string;
  policies?: string[];
  parameters?: string[];
  message: string;
}

export interface PolicyResult {
  policyId: string;
  name: string;
  status: Status;
  missingFacts: string[];
  benefit: Benefit;
  criteria: Criterion[];
  citations: string[];
  reasons: Reason[];
  exclusivity: { group: string; with: string[] } | null;
  discretionary: boolean;
}

export interface Evaluation {
  date: string;
  language: Language;
  catalogueVersion: string;
  results: PolicyResult[];
  summary: Summary;
}

export type FactType =
  | 'boolean'
  | 'enum'
  | 'date'
  | 'integer'
  | 'money'
  | 'policy-list'
  | 'achievement-list'
  | 'waiver-list';

export interface Question {
  factId: string;
  subject: 'person' | 'company' | 'importer' | 'goods';
  type: FactType;
  text: string;
  help: string | null;
  options: { value: string; label: string }[];
  min?: number;
  max?: number;
  purpose: 'eligibility' | 'amount';
  policies: string[];
  stakeFen: number;
  expectedSettledFen: number;
  storedInProfile: boolean;
}

export interface NextQuestion {
  date: string;
  question: Question | null;
  summary: Summary;
  results: PolicyResult[];
}

export interface Clause {
  id: string;
  secondary: boolean;
  original: string;
  text: LocalisedText;
  source: LocalisedText;
}

export interface PolicyDescription {
  id: string;
  name: LocalisedText;
  summary: LocalisedText;
  clauses: Clause[];
  documents: { id: string; label: LocalisedText; required: boolean }[];
}

export interface FactProfile {
  personId: string;
  organisation: { id: string; name: string } | null;
  facts: Facts;
  updatedAt: string | null;
}
