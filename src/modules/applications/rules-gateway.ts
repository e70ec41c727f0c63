import { AppError, type LocalisedText } from '../../errors/app-error';
import type { Language } from '../../shared/language';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { getCatalogue } from '../rules/catalogue';
import { getFactProfile, saveFactProfile } from '../rules/fact-profiles-service';
import { parseFacts } from '../rules/facts-validation';
import { describePolicy, listPolicies } from '../rules/policies-service';
import type {
  EvaluationSnapshot,
  PolicyDescription,
  PolicySummary as RulesPolicySummary,
  PresentedPolicyResult,
} from '../rules/schema';
import { evaluateForApplication, replayEvaluation } from '../rules/snapshots-service';
import type {
  EvaluationCriterion,
  EvaluationOutcome,
  PolicyDetail,
  PolicyEvidenceDocument,
  PolicyFactQuestion,
  PolicySummary,
} from './policy-types';

/**
 * The one place the applications module talks to the rules module (issue #3). It adapts the
 * rules module's descriptions and results (typed by the rules module's own schema.ts) to the
 * small shapes this module works with, so the rest of the module does not depend on the details
 * of the engine's types.
 */

/** Benefit kinds whose approval is money the platform's finance officers pay out. */
const PAID_KINDS = new Set(['money', 'tiered-money', 'allowance']);

function summaryOf(
  policy: RulesPolicySummary | PolicyDescription,
  language: Language,
): PolicySummary {
  const kind = policy.benefit.kind;
  return {
    id: policy.id,
    name: policy.name,
    audience: policy.audience,
    benefitKind: kind,
    capFen: policy.benefit.maxAmountFen,
    paidByPlatform: PAID_KINDS.has(kind),
    oneTime: policy.oneTime,
    exclusivityGroup: policy.exclusivityGroup,
    discretionary: policy.discretionary,
    clauses: policy.clauses.map((clause) => ({ id: clause.id, text: clause.text[language] })),
  };
}

function detailOf(policy: PolicyDescription, language: Language): PolicyDetail {
  return {
    ...summaryOf(policy, language),
    evidence: policy.documents.map((document): PolicyEvidenceDocument => ({
      id: document.id,
      label: document.label,
      required: document.required,
    })),
    facts: policy.facts.map((fact): PolicyFactQuestion => ({
      path: fact.id,
      question: fact.question[language],
      type: fact.type,
      options: fact.options.map((option) => ({
        value: option.value,
        label: option.label[language],
      })),
    })),
    criterionLabels: Object.fromEntries(
      policy.criteria.map((criterion) => [criterion.id, criterion.label]),
    ),
    raw: policy,
  };
}

function outcomeOf(
  result: PresentedPolicyResult,
  snapshot: Record<string, unknown>,
): EvaluationOutcome {
  return {
    status: result.status,
    missingFacts: [...result.missingFacts],
    capFen: result.benefit.maxAmountFen,
    criteria: (result.criteria ?? []).map((criterion): EvaluationCriterion => ({
      id: criterion.id,
      // Already in the language the result was presented in.
      label: criterion.label ?? criterion.id,
      clause: criterion.clause ?? null,
      result: criterion.result,
      facts: criterion.facts,
    })),
    result,
    snapshot,
  };
}

/** What never changes with the date: names, audience, one-time and either-or rules. */
export interface StaticPolicyInfo {
  id: string;
  name: LocalisedText;
  audience: PolicySummary['audience'];
  benefitKind: string;
  paidByPlatform: boolean;
  oneTime: boolean;
  exclusivityGroup: string | null;
}

export const rulesGateway = {
  /**
   * The catalogue's fixed facts about a policy, from memory (no database, no parameters): cheap
   * enough to read while an approval holds the budget lock.
   */
  staticPolicy(policyId: string): StaticPolicyInfo | undefined {
    const definition = getCatalogue().catalogue.policyIndex.get(policyId)?.definition;
    if (!definition) return undefined;
    return {
      id: definition.id,
      name: definition.name,
      audience: definition.for,
      benefitKind: definition.benefit.kind,
      paidByPlatform: PAID_KINDS.has(definition.benefit.kind),
      oneTime: definition.oneTime,
      exclusivityGroup: definition.exclusivityGroup ?? null,
    };
  },

  staticPolicies(): StaticPolicyInfo[] {
    return getCatalogue().catalogue.policies.map((policy) =>
      rulesGateway.staticPolicy(policy.definition.id)!,
    );
  },

  async describePolicy(
    ctx: ServiceContext,
    policyId: string,
    date?: string,
  ): Promise<PolicyDetail | undefined> {
    try {
      return detailOf(await describePolicy(ctx, policyId, date), ctx.language);
    } catch (error) {
      if (error instanceof AppError && error.code === 'rules.policy_not_found') return undefined;
      throw error;
    }
  },

  async listPolicies(ctx: ServiceContext, date?: string): Promise<PolicySummary[]> {
    const policies = await listPolicies(ctx, date);
    return policies.map((policy) => summaryOf(policy, ctx.language));
  },

  async evaluate(
    ctx: ServiceContext,
    input: { policyId: string; facts: Record<string, unknown>; date: string },
  ): Promise<EvaluationOutcome> {
    const { result, snapshot } = await evaluateForApplication(ctx, input);
    return outcomeOf(result, JSON.parse(JSON.stringify(snapshot)) as EvaluationSnapshot);
  },

  async replay(snapshot: Record<string, unknown>): Promise<EvaluationOutcome> {
    return outcomeOf(replayEvaluation(snapshot), snapshot);
  },

  /** Checks answers against the fact vocabulary; a bad one is a 400 naming its field. */
  validateFacts(ctx: ServiceContext, facts: Record<string, unknown>, pointer: string) {
    parseFacts(ctx, facts, pointer);
  },

  async getFactProfile(
    ctx: ServiceContext,
    principal: Principal,
    organisationId: string | null,
  ): Promise<Record<string, unknown>> {
    const profile = await getFactProfile(ctx, principal, {
      organisationId: organisationId ?? undefined,
    });
    return profile.facts;
  },

  /** Saves the answers to the person's and company's profile; goods facts are per shipment. */
  async saveFactProfile(
    ctx: ServiceContext,
    principal: Principal,
    facts: Record<string, unknown>,
    organisationId: string | null,
  ) {
    const { goods: _goods, ...kept } = facts;
    const forProfile = organisationId ? kept : { person: kept.person };
    if (Object.values(forProfile).every((value) => value === undefined)) return;
    await saveFactProfile(ctx, principal, forProfile, {
      organisationId: organisationId ?? undefined,
    });
  },
};
