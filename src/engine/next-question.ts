import type { Catalogue } from './catalogue';
import type { CompiledPolicy } from './compile-policy';
import { UNKNOWN, type Env } from './compile';
import { evaluatePolicySlots, selectPolicies } from './evaluate';
import { probeValues } from './probes';
import type { Facts, IsoDate, PolicyResult, ResolvedParameters } from './types';

export interface NextQuestionInput {
  facts: Facts;
  date: IsoDate;
  parameters: ResolvedParameters;
  policies?: readonly string[] | undefined;
  /** Facts the person chose not to answer now: never chosen. */
  skip?: readonly string[] | undefined;
}

export interface QuestionChoice {
  factId: string;
  /** eligibility: the answer can decide a status; amount: it only refines an amount. */
  purpose: 'eligibility' | 'amount';
  /** The undecided policies this fact bears on. */
  policies: string[];
  /** The money at stake in them (caps, ceilings; loan principals count too). */
  stakeFen: number;
  /** The money an answer settles, averaged over representative answers. */
  expectedSettledFen: number;
}

/** The money a result puts at stake: its ceiling, or for a loan its principal. */
export function stakeOf(result: PolicyResult): number {
  if (result.benefit.maxAmountFen !== null) return result.benefit.maxAmountFen;
  const principal = result.benefit.maxPrincipalFen;
  return typeof principal === 'number' ? principal : 0;
}

/**
 * The single most useful question: among the facts that could still decide an undecided
 * policy, the one whose answer settles the most money. Each candidate is tried with
 * representative answers (yes and no; each option; dates either side of a limit) and the
 * policies it bears on re-evaluated; the money that comes out decided is averaged over the
 * answers. Ties go to the fact that settles more policies, then more money at stake, then the
 * vocabulary's order. A fact that refines the amount of a benefit already eligible (the planned
 * purchase, the degree for a tier) settles that benefit's money and is ranked on the same
 * measure; once every status is decided, the amounts of the rest are asked, largest first.
 */
export function chooseNextQuestion(
  catalogue: Catalogue,
  input: NextQuestionInput,
): QuestionChoice | null {
  const env: Env = catalogue.layout.env(input.date, input.parameters);
  const skip = new Set(input.skip ?? []);
  const policies = selectPolicies(catalogue, input.policies);
  const slots = catalogue.layout.read(input.facts);
  const evaluated = policies.map((policy) => ({
    policy,
    result: evaluatePolicySlots(policy, slots, env, false),
  }));

  const readersOf = new Map<string, { policy: CompiledPolicy; result: PolicyResult }[]>();
  for (const entry of evaluated)
    if (entry.result.status === 'unknown')
      for (const fact of entry.result.missingFacts)
        if (!skip.has(fact)) readersOf.set(fact, [...(readersOf.get(fact) ?? []), entry]);

  let best: (QuestionChoice & { settledCount: number; order: number }) | null = null;
  for (const [factId, readers] of readersOf) {
    const fact = catalogue.factIndex.get(factId);
    if (!fact) continue;
    const leaves = readers.flatMap(({ policy }) =>
      policy.root.leaves.filter((leaf) => leaf.facts.includes(factId)),
    );
    const answers = probeValues(fact, leaves, env);
    let settledFen = 0;
    let settledCount = 0;
    const slot = catalogue.layout.slot(factId);
    for (const answer of answers) {
      const probe = slots.slice();
      probe[slot] = answer;
      for (const { policy, result } of readers)
        if (policy.root.test(probe, env) !== UNKNOWN) {
          settledFen += stakeOf(result);
          settledCount += 1;
        }
    }
    const candidate = {
      factId,
      purpose: 'eligibility' as const,
      policies: readers.map(({ result }) => result.policyId),
      stakeFen: readers.reduce((sum, { result }) => sum + stakeOf(result), 0),
      expectedSettledFen: answers.length > 0 ? Math.round(settledFen / answers.length) : 0,
      settledCount: answers.length > 0 ? settledCount / answers.length : 0,
      order: catalogue.facts.indexOf(fact),
    };
    if (!best || better(candidate, best)) best = candidate;
  }
  // An amount still open on a benefit already eligible is money this person can count on once
  // answered (the compute contract of a voucher granted): it competes with the eligibility
  // questions on the same measure, rather than waiting until every status is decided. Only
  // eligible benefits: asking the contract sum before whether there is a purchase at all helps
  // nobody. When every status is settled, the amount facts of the rest are asked too.
  const allSettled = readersOf.size === 0;
  const amountReaders = new Map<string, PolicyResult[]>();
  for (const { result } of evaluated)
    if (result.status === 'eligible' || (allSettled && result.status !== 'ineligible'))
      for (const fact of result.benefit.pendingFacts)
        if (!skip.has(fact) && !readersOf.has(fact))
          amountReaders.set(fact, [...(amountReaders.get(fact) ?? []), result]);
  for (const [factId, results] of amountReaders) {
    const fact = catalogue.factIndex.get(factId);
    if (!fact) continue;
    const stakeFen = results.reduce((sum, result) => sum + stakeOf(result), 0);
    const candidate = {
      factId,
      purpose: 'amount' as const,
      policies: results.map((result) => result.policyId),
      stakeFen,
      expectedSettledFen: stakeFen,
      settledCount: results.length,
      order: catalogue.facts.indexOf(fact),
    };
    if (!best || better(candidate, best)) best = candidate;
  }
  if (!best) return null;
  const { settledCount: _settled, order: _order, ...choice } = best;
  return choice;
}

function better(
  a: { expectedSettledFen: number; settledCount: number; stakeFen: number; order: number },
  b: { expectedSettledFen: number; settledCount: number; stakeFen: number; order: number },
): boolean {
  if (a.expectedSettledFen !== b.expectedSettledFen)
    return a.expectedSettledFen > b.expectedSettledFen;
  if (a.settledCount !== b.settledCount) return a.settledCount > b.settledCount;
  if (a.stakeFen !== b.stakeFen) return a.stakeFen > b.stakeFen;
  return a.order < b.order;
}
