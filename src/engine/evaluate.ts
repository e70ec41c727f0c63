import type { Catalogue } from './catalogue';
import type { CompiledPolicy } from './compile-policy';
import { MET, UNKNOWN, UNMET, type Env, type Missing, type Slots } from './compile';
import type {
  BenefitResult,
  CriterionTrace,
  Evaluation,
  EvaluationSummary,
  Facts,
  IsoDate,
  PolicyResult,
  Reason,
  ResolvedParameters,
  Status,
} from './types';

const statusNames: Status[] = ['ineligible', 'eligible', 'unknown'];

export interface EvaluateInput {
  facts: Facts;
  date: IsoDate;
  /** The parameters as they stand on `date` (see resolveParameters). */
  parameters: ResolvedParameters;
  /** Only these policies (catalogue order is kept); all when absent. */
  policies?: readonly string[] | undefined;
  /** Per-criterion trace; off for bulk work. */
  trace?: boolean | undefined;
}

/** The status of one policy alone: the fast path (no trace, no missing facts, no benefit). */
export function evaluateStatus(
  policy: CompiledPolicy,
  facts: Facts,
  on: { date: IsoDate; parameters: ResolvedParameters },
): Status {
  return statusNames[
    policy.root.test(policy.layout.read(facts), policy.layout.env(on.date, on.parameters))
  ]!;
}

/** One policy: status, missing facts, benefit, reasons and (if asked) the trace. */
export function evaluatePolicy(
  policy: CompiledPolicy,
  facts: Facts,
  on: { date: IsoDate; parameters: ResolvedParameters },
  trace: boolean,
): PolicyResult {
  return evaluatePolicySlots(
    policy,
    policy.layout.read(facts),
    policy.layout.env(on.date, on.parameters),
    trace,
  );
}

/** Shared empty lists for results that have none (results are read-only). */
const NONE: never[] = [];

/** Scratch space for the facts an undecided policy waits for (evaluation is synchronous). */
const scratch: Missing = { facts: [], parameters: [] };

/** {@link evaluatePolicy} on a situation already read into the policy's slots. */
export function evaluatePolicySlots(
  policy: CompiledPolicy,
  facts: Slots,
  env: Env,
  trace: boolean,
): PolicyResult {
  if (scratch.facts.length > 0) scratch.facts.length = 0;
  if (scratch.parameters.length > 0) scratch.parameters.length = 0;
  let criteria: CriterionTrace[] = NONE;
  let code: number;
  if (trace) {
    criteria = [];
    code = policy.root.trace(facts, env, criteria, null);
    if (code === UNKNOWN) policy.root.missing(facts, env, scratch);
  } else code = policy.root.collect(facts, env, scratch);
  return finishPolicy(policy, facts, env, code, scratch, false, criteria);
}

/** A policy's result from its status and what it waits for: reasons, benefit, the rest. */
function finishPolicy(
  policy: CompiledPolicy,
  facts: Slots,
  env: Env,
  code: number,
  /** What an undecided policy waits for (read only when `code` is unknown). */
  missing: Missing | null,
  /** `missing` is this result's own (made for it): its lists are kept, not copied. */
  owned: boolean,
  criteria: CriterionTrace[],
): PolicyResult {
  let missingFacts: string[] = NONE;
  let reasons: Reason[] = NONE;
  if (code === UNKNOWN) {
    missingFacts = owned ? missing!.facts : missing!.facts.slice();
    if (missing!.parameters.length > 0)
      reasons = [
        {
          code: 'parameter-unpublished',
          parameters: owned ? missing!.parameters : missing!.parameters.slice(),
        },
      ];
  } else if (code === UNMET) {
    if (policy.inForce && policy.inForce.test(facts, env) === UNMET)
      (reasons === NONE ? (reasons = []) : reasons).push({ code: 'not-in-force' });
    if (policy.oneTime && policy.oneTime.test(facts, env) === UNMET)
      (reasons === NONE ? (reasons = []) : reasons).push({ code: 'already-received' });
    if (policy.exclusive && policy.exclusive.test(facts, env) === UNMET) {
      const received = receivedOf(facts, policy);
      (reasons === NONE ? (reasons = []) : reasons).push({
        code: 'exclusive-received',
        policies: policy.exclusiveWith.filter((id) => received.includes(id)),
      });
    }
    // NOTE: ineligible for none of those reasons is the commonest answer by far (untraced, it
    // is the same for every situation on the date): made once per set of parameter values and
    // shared, read-only.
    if (reasons === NONE && criteria === NONE && !policy.benefit.flagsFacts)
      return sharedIneligible(policy, env);
  }
  // An ineligible result shows the benefit with no facts (an amount for someone who cannot have
  // it means nothing) — unless the benefit flags the facts themselves (B.R1), which always hold.
  const benefit =
    code === UNMET && !policy.benefit.flagsFacts
      ? ((env.memo.cells[policy.benefit.baseCell] as BenefitResult | undefined) ??
        policy.benefit.base(env))
      : policy.benefit.compute(facts, env);
  const discretionary = policy.definition.discretionary && code !== UNMET;
  // An amount not yet published matters only while the benefit is still possible.
  if (benefit.amountBasis === 'unpublished' && code !== UNMET) {
    const unpublished = unpublishedIn(benefit.parameters);
    if (reasons === NONE) {
      // The commonest case: these reasons alone, the same for every such result (shared).
      if (unpublished.length > 0)
        return result(
          policy,
          code,
          missingFacts,
          benefit,
          criteria,
          sharedReasons(unpublished, discretionary),
        );
    } else {
      const existing = reasons.find((reason) => reason.code === 'parameter-unpublished');
      if (existing) {
        for (const id of unpublished)
          if (!existing.parameters!.includes(id)) existing.parameters!.push(id);
      } else if (unpublished.length > 0)
        reasons.push({ code: 'parameter-unpublished', parameters: [...unpublished] });
    }
  }
  if (discretionary) {
    if (reasons === NONE)
      return result(policy, code, missingFacts, benefit, criteria, DISCRETIONARY);
    reasons.push({ code: 'discretionary' });
  }
  return result(policy, code, missingFacts, benefit, criteria, reasons);
}

function result(
  policy: CompiledPolicy,
  code: number,
  missingFacts: string[],
  benefit: BenefitResult,
  criteria: CriterionTrace[],
  reasons: Reason[],
): PolicyResult {
  return {
    policyId: policy.definition.id,
    status: statusNames[code]!,
    missingFacts,
    benefit,
    criteria,
    citations: policy.citations,
    reasons,
    exclusivity: policy.exclusivity,
  };
}

/** Reasons lists shared by many results (read-only, frozen so a change fails loudly). */
const DISCRETIONARY: Reason[] = Object.freeze([
  Object.freeze({ code: 'discretionary' }),
]) as unknown as Reason[];
const unpublishedReasons = new WeakMap<string[], [Reason[], Reason[]]>();

/** `parameter-unpublished` for these (memoised, shared) ids, then `discretionary` if it is. */
function sharedReasons(unpublished: string[], discretionary: boolean): Reason[] {
  let lists = unpublishedReasons.get(unpublished);
  if (!lists) {
    const reason = Object.freeze({
      code: 'parameter-unpublished',
      parameters: Object.freeze([...unpublished]) as string[],
    }) as Reason;
    lists = [
      Object.freeze([reason]) as unknown as Reason[],
      Object.freeze([reason, DISCRETIONARY[0]!]) as unknown as Reason[],
    ];
    unpublishedReasons.set(unpublished, lists);
  }
  return lists[discretionary ? 1 : 0];
}

/** A policy's untraced ineligible result with no reasons, made once (see finishPolicy). */
function sharedIneligible(policy: CompiledPolicy, env: Env): PolicyResult {
  let result = env.memo.cells[policy.ineligibleCell] as PolicyResult | undefined;
  if (!result)
    env.memo.cells[policy.ineligibleCell] = result = {
      policyId: policy.definition.id,
      status: 'ineligible',
      missingFacts: NONE,
      benefit:
        (env.memo.cells[policy.benefit.baseCell] as BenefitResult | undefined) ??
        policy.benefit.base(env),
      criteria: NONE,
      citations: policy.citations,
      reasons: NONE,
      exclusivity: policy.exclusivity,
    };
  return result;
}

const unpublishedCache = new WeakMap<Record<string, number | null>, string[]>();

/** The parameters without a value in a (memoised, shared) parameter-values record. */
function unpublishedIn(values: Record<string, number | null>): string[] {
  let ids = unpublishedCache.get(values);
  if (!ids) {
    ids = Object.keys(values).filter((id) => values[id] === null);
    unpublishedCache.set(values, ids);
  }
  return ids;
}

function receivedOf(slots: Slots, policy: CompiledPolicy): string[] {
  const fact =
    policy.definition.for === 'company' ? 'company.benefitsReceived' : 'person.benefitsReceived';
  const received = slots[policy.layout.slot(fact)];
  return Array.isArray(received) ? (received as string[]) : [];
}

/** The policies an evaluation covers, in catalogue order. */
export function selectPolicies(catalogue: Catalogue, ids?: readonly string[]): CompiledPolicy[] {
  if (!ids) return catalogue.policies;
  const wanted = new Set(ids);
  return catalogue.policies.filter((policy) => wanted.has(policy.definition.id));
}

/**
 * Evaluates a situation against the catalogue on a date. Where two eligible benefits exclude
 * each other (A.P8: transitional housing or the allowance), both stay eligible and each says
 * the applicant must choose one.
 */
export function evaluate(catalogue: Catalogue, input: EvaluateInput): Evaluation {
  const env: Env = catalogue.layout.env(input.date, input.parameters);
  const policies = selectPolicies(catalogue, input.policies);
  const trace = input.trace === true;
  const results = new Array<PolicyResult>(policies.length);
  // Every policy of a catalogue shares one layout: the situation is read once.
  const slots = catalogue.layout.read(input.facts);
  if (!trace && !input.policies) {
    // The whole catalogue untraced: one generated function decides every policy.
    const { missing, codes } = catalogue.scratch;
    catalogue.collectAll(slots, env, missing, codes);
    for (let index = 0; index < policies.length; index += 1)
      results[index] = finishPolicy(
        policies[index]!,
        slots,
        env,
        codes[index]!,
        missing[index]!,
        true,
        NONE,
      );
  } else
    for (let index = 0; index < policies.length; index += 1)
      results[index] = evaluatePolicySlots(policies[index]!, slots, env, trace);
  resolveExclusivity(results);
  return { date: input.date, results };
}

/** Marks eligible benefits that exclude each other: the applicant must choose one. */
export function resolveExclusivity(results: PolicyResult[]) {
  for (let index = 0; index < results.length; index += 1) {
    const result = results[index]!;
    if (result.status !== 'eligible' || !result.exclusivity) continue;
    const alsoEligible = results.filter(
      (other) => other.status === 'eligible' && result.exclusivity!.with.includes(other.policyId),
    );
    // A new object rather than a change: results are read-only once made.
    if (alsoEligible.length > 0)
      results[index] = {
        ...result,
        reasons: [
          ...result.reasons,
          { code: 'exclusive-choose-one', policies: alsoEligible.map((other) => other.policyId) },
        ],
      };
  }
}

/**
 * How the documents of placeholder values begin: the demo seed's (`DEMO DATA — not policy`) and
 * automated tests' (`TEST VALUE — …`). NOTE: a parameter value carries no other marker, so the
 * document's own words are what say it is not policy.
 */
const PLACEHOLDER_SOURCE = /^(DEMO DATA|TEST VALUE)\b/;

/** The document behind the tier a tiered benefit chose (null: no tier, or no document). */
export function chosenTierSource(benefit: Record<string, unknown>): string | null {
  const tier = benefit.tier;
  if (typeof tier !== 'string' || !Array.isArray(benefit.tiers)) return null;
  const own = (benefit.tiers as { tier: string; source?: string | null }[]).find(
    (entry) => entry.tier === tier,
  );
  return typeof own?.source === 'string' ? own.source : null;
}

/** Is this the document of a placeholder value (demo data or a test value), not of policy? */
export function isPlaceholderSource(source: string | null): boolean {
  return source !== null && PLACEHOLDER_SOURCE.test(source);
}

/**
 * Whether a benefit's amount is not yet policy: a value the source has not published, or a
 * tier whose value is a placeholder (a demo instance's or a test's) — never summed silently.
 */
export function isProvisionalAmount(benefit: BenefitResult): boolean {
  return benefit.amountBasis === 'unpublished' || isPlaceholderSource(chosenTierSource(benefit));
}

/**
 * "You may qualify for up to ¥X across N benefits". N is every benefit still possible (eligible
 * or unknown), one per policy, as the results list them; ¥X adds the published money of those,
 * one per exclusivity group (the larger), loans apart, and demo or unpublished amounts beside it.
 */
export function summarise(results: readonly PolicyResult[]): EvaluationSummary {
  const summary: EvaluationSummary = {
    eligible: 0,
    unknown: 0,
    ineligible: 0,
    benefitCount: 0,
    alternativeCount: 0,
    maxAmountFen: 0,
    eligibleAmountFen: 0,
    provisionalAmountFen: 0,
    provisionalCount: 0,
    maxLoanPrincipalFen: 0,
  };
  const groups = new Map<string, { possible: number; eligible: number }>();
  for (const result of results) {
    summary[result.status] += 1;
    if (result.status === 'ineligible') continue;
    summary.benefitCount += 1;
    if (result.benefit.kind === 'loan') {
      summary.maxLoanPrincipalFen += (result.benefit.maxPrincipalFen as number | null) ?? 0;
      continue;
    }
    const amount = result.benefit.maxAmountFen ?? 0;
    if (isProvisionalAmount(result.benefit)) {
      summary.provisionalCount += 1;
      summary.provisionalAmountFen += amount;
      continue;
    }
    const eligibleAmount = result.status === 'eligible' ? amount : 0;
    const group = result.exclusivity?.group;
    if (group) {
      const seen = groups.get(group);
      if (seen) {
        seen.possible = Math.max(seen.possible, amount);
        seen.eligible = Math.max(seen.eligible, eligibleAmount);
        summary.alternativeCount += 1;
        continue;
      }
      groups.set(group, { possible: amount, eligible: eligibleAmount });
      continue;
    }
    summary.maxAmountFen += amount;
    summary.eligibleAmountFen += eligibleAmount;
  }
  for (const group of groups.values()) {
    summary.maxAmountFen += group.possible;
    summary.eligibleAmountFen += group.eligible;
  }
  return summary;
}

export { MET, UNMET, UNKNOWN };
