/**
 * The rules engine's public types. The engine is pure: it takes the catalogue, the facts, the
 * date and the parameter values as inputs and returns results; it reads no file, database or
 * clock, and imports nothing of ours (eslint.config.js enforces it).
 */

export const languages = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Language = (typeof languages)[number];
/** A user-facing text in every language we serve. */
export type Text = Record<Language, string>;
/** A calendar date, `YYYY-MM-DD` (the evaluation date is always one of these). */
export type IsoDate = string;

/** Who a policy is for, and the part of the facts that describes them. */
export const audiences = ['person', 'company', 'importer'] as const;
export type Audience = (typeof audiences)[number];
export const factSubjects = ['person', 'company', 'importer', 'goods'] as const;
export type FactSubject = (typeof factSubjects)[number];

// ---------------------------------------------------------------------------------------------
// Facts

export const factTypes = [
  'boolean',
  'enum',
  'date',
  'integer',
  'money',
  'policy-list',
  'achievement-list',
  'waiver-list',
] as const;
export type FactType = (typeof factTypes)[number];

export interface FactOption {
  value: string;
  label: Text;
}

/** One entry of the fact vocabulary (policies/facts.yaml). Its id is its dotted path. */
export interface FactDefinition {
  id: string;
  subject: FactSubject;
  type: FactType;
  question: Text;
  help?: Text | undefined;
  /** enum: the values; achievement-list: the kinds; waiver-list: the goods classes. */
  options?: FactOption[] | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** Goods facts describe one shipment and are never kept in a profile. */
  storedInProfile: boolean;
  /** Dates before this are impossible answers (a waiver of an exemption not yet in force). */
  notBefore?: { date: IsoDate; clauses: string[] } | undefined;
  /** The value the fact takes when a situation leaves it out but says what implies it. */
  implied?: FactImplication | undefined;
}

/**
 * What a situation implies about a fact it leaves out (see implied-facts.ts). `whenDescribed`:
 * the situation describes that subject (a `company` object with a known value means the person
 * has a company). `whenListLacks`: a policy-list fact is known and does not hold that policy (a
 * company that has received no corpus voucher has received ¥0 of corpus vouchers). `whenEnum`:
 * an enum fact is known — a boolean fact is then whether it holds that value (the single-choice
 * `company.plannedPurchase.kind: compute` says compute is planned and models are not), and with
 * `copyOf` the fact takes that other fact's value when the enum holds that value or is not told
 * (the single purchase amount is the compute purchase's amount).
 */
export interface FactImplication {
  value?: boolean | number | undefined;
  whenDescribed?: FactSubject | undefined;
  whenListLacks?: { fact: string; value: string } | undefined;
  whenEnum?: { fact: string; value: string } | undefined;
  copyOf?: string | undefined;
}

export type AchievementKind = 'open-source' | 'application' | 'competition';
export interface Achievement {
  kind: string;
  description: string;
  evidenceUrl?: string | undefined;
}
export interface Waiver {
  class: string;
  on: IsoDate;
}

/**
 * A situation: nested plain objects keyed like the fact ids (`person.graduationDate` is
 * `facts.person.graduationDate`). A fact that is absent (or null) is unknown.
 */
export type Facts = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Clauses and parameters

export interface ClauseDefinition {
  id: string;
  /** A: the OPC action plan; B: the Hetao notice. */
  policy: 'A' | 'B';
  /** Supplementary facts from other public reports are shown as secondary sources. */
  secondary: boolean;
  /** The text exactly as the source has it (Traditional Chinese). */
  original: string;
  /** The clause in each language: zh-Hant as quoted, zh-Hans converted, en the meaning. */
  text: Text;
}

export const parameterUnits = [
  'fen',
  'basis-points',
  'months',
  'years',
  'square-metres',
  'people',
  /** 1 while a policy period is in force; `ended` (no value) outside it. */
  'in-force',
] as const;
export type ParameterUnit = (typeof parameterUnits)[number];

export const parameterStatuses = ['published', 'unpublished', 'ended'] as const;
export type ParameterEntryStatus = (typeof parameterStatuses)[number];

export interface ParameterSource {
  clauses: string[];
  /** The document the value comes from, in words (and a URL where there is one). */
  document: string;
  url?: string | undefined;
}

/** One dated value of a parameter. `unpublished` and `ended` carry no value. */
export interface ParameterEntry {
  effectiveFrom: IsoDate;
  status: ParameterEntryStatus;
  value: number | null;
  source: ParameterSource;
  note?: string | undefined;
  /** `catalogue` for values in policies/parameters.yaml; `admin` for values entered later. */
  origin: 'catalogue' | 'admin';
  /** When it was entered (admin values), to order two values with the same effective date. */
  enteredAt?: string | undefined;
  enteredBy?: string | undefined;
}

export interface ParameterDefinition {
  id: string;
  label: Text;
  unit: ParameterUnit;
  clauses: string[];
  min: number;
  max?: number | undefined;
  /** The value may never exceed this other parameter's value on the same date (tier ≤ cap). */
  atMost?: string | undefined;
  values: ParameterEntry[];
}

/** A parameter as it stands on one date. `none`: nothing in force (not yet, or ended). */
export interface ResolvedParameter {
  id: string;
  status: 'published' | 'unpublished' | 'none';
  value: number | null;
  effectiveFrom: IsoDate | null;
  source: ParameterSource | null;
}
export type ResolvedParameters = Record<string, ResolvedParameter>;

// ---------------------------------------------------------------------------------------------
// Policies

/** A number written in the policy, or a reference to a dated parameter. */
export type NumberRef = number | { parameter: string };

export interface TestDefinition {
  fact: string;
  is?: boolean | undefined;
  equals?: string | undefined;
  in?: string[] | undefined;
  atLeast?: NumberRef | undefined;
  atMost?: NumberRef | undefined;
  /** Strictly less than (a cumulative amount still under its cap). */
  below?: NumberRef | undefined;
  /** date fact: on or after (evaluation date − N years) and not after the evaluation date. */
  withinYearsBefore?: NumberRef | undefined;
  /** policy-list fact: holds / does not hold this policy id. */
  contains?: string | undefined;
  excludes?: string | undefined;
  /** Engine-made (exclusivity): holds none of these policy ids. Not written in policy files. */
  excludesAll?: string[] | undefined;
  /** achievement-list fact: at least one item whose kind is one of these. */
  hasItemOfKind?: string[] | undefined;
  /** waiver-list fact: no waiver of the same class as `sameClassAs` in the last N months. */
  noWaiverWithin?: { months: NumberRef; sameClassAs: string } | undefined;
}

export interface CriterionDefinition {
  id: string;
  label: Text;
  clause: string;
  seeAlso?: string[] | undefined;
  test: TestDefinition;
}

export type ConditionNode =
  | { all: ConditionNode[]; id?: string | undefined; label?: Text | undefined }
  | { any: ConditionNode[]; id: string; label: Text; clause: string }
  | { not: ConditionNode; id: string; label: Text; clause: string }
  | CriterionDefinition;

export type BenefitDefinition =
  | { kind: 'recognition' }
  | {
      kind: 'money';
      purpose: 'award' | 'rnd-funding' | 'startup-funding' | 'funding';
      capFen: NumberRef;
    }
  | {
      kind: 'tiered-money';
      capFen: NumberRef;
      tierFact: string;
      tiers: { value: string; amountFen: NumberRef }[];
    }
  | { kind: 'loan'; maxPrincipalFen: NumberRef; interestSubsidy: boolean }
  | {
      kind: 'voucher';
      voucher: 'compute' | 'model' | 'corpus';
      capFen: NumberRef;
      rateBp: NumberRef;
      startupRateBp?: NumberRef | undefined;
      startupFact?: string | undefined;
      purchaseAmountFact: string;
      /** What the company has already received of this kind: the cap is cumulative (A.V1). */
      receivedFact?: string | undefined;
    }
  | {
      kind: 'space';
      setting: 'opc-community' | 'other-industrial-space';
      maxAreaM2?: NumberRef | undefined;
      ladder?:
        | { teamSizeFact: string; rungs: { rung: string; maxTeamSize?: NumberRef | undefined }[] }
        | undefined;
    }
  | { kind: 'housing-in-kind'; maxMonths: NumberRef; rentShareBp: NumberRef }
  | {
      kind: 'allowance';
      monthlyFen: NumberRef;
      monthlyAfterTaxFen: NumberRef;
      maxMonths: NumberRef;
    }
  | {
      kind: 'tax-exemption';
      taxes: string[];
      categoryFact: string;
      /**
       * B.N5: the supervision regime of each category — or, for a category the notice splits
       * (equipment and its repair parts stay supervised; other parts consumed in research may be
       * written off), the regime of each value of the fact that tells them apart, with its clause.
       */
      supervision: Record<
        string,
        | 'supervised-period'
        | 'write-off'
        | {
            fact: string;
            clause: string;
            regimes: Record<string, 'supervised-period' | 'write-off'>;
          }
      >;
      /**
       * B.R1: a flag on the benefit — never a condition — for goods of these origins, or of these
       * categories (animals and animal products are of animal origin whatever else is said).
       */
      biosafety?:
        { clause: string; originFact: string; origins: string[]; categories: string[] } | undefined;
    }
  | { kind: 'introduction'; funds: Text[] };

export type BenefitKind = BenefitDefinition['kind'];

export interface EvidenceDocument {
  id: string;
  label: Text;
  required: boolean;
  /** The fact this document lets an officer verify, if it verifies one. */
  verifies?: string[] | undefined;
}

export interface PolicyDefinition {
  id: string;
  name: Text;
  summary: Text;
  clauses: string[];
  for: Audience;
  category: string;
  /** Whether reviewers choose among eligible applicants (scenario.*, consortium, Kunpeng). */
  discretionary: boolean;
  /** Granted at most once to the same person or company. */
  oneTime: boolean;
  exclusivityGroup?: string | undefined;
  /**
   * When the policy is in force: fixed dates, or (`parameter`) while that dated parameter has a
   * published value — a period an administrator can extend or end, with its source.
   */
  effective?:
    | {
        from?: IsoDate | undefined;
        until?: IsoDate | undefined;
        parameter?: string | undefined;
        clause: string;
        seeAlso?: string[] | undefined;
      }
    | undefined;
  conditions: ConditionNode;
  benefit: BenefitDefinition;
  documents: EvidenceDocument[];
}

/** Everything the catalogue is made of, as read from policies/ (already parsed from YAML). */
export interface CatalogueSource {
  /** The list of policy ids, in display order (policies/catalogue.yaml). */
  catalogue: unknown;
  facts: unknown;
  clauses: unknown;
  parameters: unknown;
  /** One entry per policy file: where it came from (for messages) and its parsed content. */
  policies: { file: string; content: unknown }[];
}

// ---------------------------------------------------------------------------------------------
// Results

export type Status = 'eligible' | 'ineligible' | 'unknown';
export type CriterionResult = 'met' | 'unmet' | 'unknown';

/** One line of the trace: a criterion (or a group of them) and what decided it. */
export interface CriterionTrace {
  id: string;
  kind: 'criterion' | 'group';
  /** The enclosing any/not group, or null at the top level. */
  parent: string | null;
  clause: string;
  seeAlso?: string[];
  result: CriterionResult;
  /** The fact values the criterion read (null: not known). */
  facts: Record<string, unknown>;
  /** The parameter values it used (null: unpublished or not in force). */
  parameters?: Record<string, number | null>;
  /** Added by the engine rather than written in the policy's conditions. */
  origin?: 'effective-period' | 'one-time' | 'exclusivity';
}

export interface BenefitResult {
  kind: BenefitKind;
  /**
   * The most money this benefit can be worth in fen: a cap, a computed ceiling, a tier, or null
   * when it is not money (space, recognition, tax exemption) or its value is unpublished.
   */
  maxAmountFen: number | null;
  /** cap: a ceiling (actual amount decided at review); computed: from the facts; unpublished. */
  amountBasis: 'cap' | 'computed' | 'fixed' | 'unpublished' | 'not-money';
  /** Facts that would refine the amount (not the eligibility), still unknown. */
  pendingFacts: string[];
  /** Parameters used, with their values on the date (null when unpublished / not in force). */
  parameters: Record<string, number | null>;
  [detail: string]: unknown;
}

export type ReasonCode =
  | 'not-in-force'
  | 'already-received'
  | 'exclusive-received'
  | 'exclusive-choose-one'
  | 'parameter-unpublished'
  | 'discretionary';

export interface Reason {
  code: ReasonCode;
  /** Other policies involved (the exclusive alternative, …). */
  policies?: string[];
  parameters?: string[];
}

export interface PolicyResult {
  policyId: string;
  status: Status;
  /** For unknown results: exactly the facts that could still decide the status. */
  missingFacts: string[];
  benefit: BenefitResult;
  /** Per-criterion trace (empty when tracing is off). */
  criteria: CriterionTrace[];
  citations: string[];
  reasons: Reason[];
  exclusivity: { group: string; with: string[] } | null;
}

export interface Evaluation {
  date: IsoDate;
  results: PolicyResult[];
}

export interface EvaluationSummary {
  /** Policies by status: eligible + unknown + ineligible is every policy evaluated. */
  eligible: number;
  unknown: number;
  ineligible: number;
  /**
   * The benefits still possible: eligible + unknown, one per policy (one card each), money or
   * not, loans included. The one count the web, the API and the CLI show as "N benefits".
   */
  benefitCount: number;
  /** Of those, the alternatives left out of the total: choose-one benefits (A.P8) count once. */
  alternativeCount: number;
  /**
   * The most money the still-possible benefits add up to (one per exclusivity group), from
   * published values only: a demonstration or unpublished amount is never in it.
   */
  maxAmountFen: number;
  /** The same for the benefits already eligible. */
  eligibleAmountFen: number;
  /** Beside the total, never in it: amounts resting on demo data or on an unpublished value. */
  provisionalAmountFen: number;
  /** The still-possible benefits whose amount is provisional (demo data or unpublished). */
  provisionalCount: number;
  /** Loan principals are not grants: counted apart. */
  maxLoanPrincipalFen: number;
}
