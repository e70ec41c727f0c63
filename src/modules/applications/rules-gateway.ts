import { AppError, type LocalisedText } from '../../errors/app-error';
import type { Language } from '../../shared/language';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { getCatalogue } from '../rules/catalogue';
import * as rules from '../rules/service';
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
 * rules module's descriptions and results to the small shapes this module works with, so the
 * rest of the module does not depend on the details of the engine's types.
 */

/** Benefit kinds whose approval is money the platform's finance officers pay out. */
const PAID_KINDS = new Set(['money', 'tiered-money', 'allowance']);

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown, fallback = ''): LocalisedText {
  if (typeof value === 'string') return { 'zh-Hans': value, 'zh-Hant': value, en: value };
  if (isObject(value))
    return {
      'zh-Hans': String(value['zh-Hans'] ?? value.en ?? fallback),
      'zh-Hant': String(value['zh-Hant'] ?? value['zh-Hans'] ?? fallback),
      en: String(value.en ?? value['zh-Hans'] ?? fallback),
    };
  return { 'zh-Hans': fallback, 'zh-Hant': fallback, en: fallback };
}

function inLanguage(value: unknown, language: Language): string {
  return textOf(value)[language];
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function summaryOf(raw: unknown, language: Language): PolicySummary {
  const policy = isObject(raw) ? raw : {};
  const benefit = isObject(policy.benefit) ? policy.benefit : {};
  const kind = String(benefit.kind ?? 'unknown');
  const clauses = Array.isArray(policy.clauses) ? policy.clauses : [];
  const audience = String(policy.for ?? policy.audience ?? 'person');
  return {
    id: String(policy.id),
    name: textOf(policy.name, String(policy.id)),
    audience: audience === 'company' || audience === 'importer' ? audience : 'person',
    benefitKind: kind,
    capFen: numberOrNull(benefit.maxAmountFen ?? benefit.capFen),
    paidByPlatform: PAID_KINDS.has(kind),
    oneTime: policy.oneTime === true,
    exclusivityGroup: typeof policy.exclusivityGroup === 'string' ? policy.exclusivityGroup : null,
    discretionary: policy.discretionary === true,
    clauses: clauses.map((clause) =>
      isObject(clause)
        ? { id: String(clause.id), text: inLanguage(clause.text ?? clause.quote, language) }
        : { id: String(clause), text: '' },
    ),
  };
}

function detailOf(raw: unknown, language: Language): PolicyDetail {
  const policy = isObject(raw) ? raw : {};
  const documents = Array.isArray(policy.documents)
    ? policy.documents
    : Array.isArray(policy.evidence)
      ? policy.evidence
      : [];
  const facts = Array.isArray(policy.facts) ? policy.facts : [];
  return {
    ...summaryOf(raw, language),
    evidence: documents.filter(isObject).map((document): PolicyEvidenceDocument => ({
      id: String(document.id),
      label: textOf(document.label, String(document.id)),
      required: document.required !== false,
    })),
    facts: facts.filter(isObject).map((fact): PolicyFactQuestion => ({
      path: String(fact.id ?? fact.path ?? fact.fact),
      question: inLanguage(fact.question, language),
      type: String(fact.type ?? 'text'),
      options: (Array.isArray(fact.options) ? fact.options : []).filter(isObject).map((option) => ({
        value: String(option.value),
        label: inLanguage(option.label, language),
      })),
    })),
    criterionLabels: Object.fromEntries(
      (Array.isArray(policy.criteria) ? policy.criteria : [])
        .filter(isObject)
        .map((criterion) => [String(criterion.id), textOf(criterion.label, String(criterion.id))]),
    ),
    raw,
  };
}

function outcomeOf(raw: unknown, snapshot: unknown, language: Language): EvaluationOutcome {
  const result = isObject(raw) ? raw : {};
  const benefit = isObject(result.benefit) ? result.benefit : {};
  const status =
    result.status === 'eligible' || result.status === 'ineligible' ? result.status : 'unknown';
  const criteria = Array.isArray(result.criteria) ? result.criteria : [];
  return {
    status,
    missingFacts: Array.isArray(result.missingFacts) ? result.missingFacts.map(String) : [],
    capFen: numberOrNull(benefit.maxAmountFen),
    criteria: criteria.filter(isObject).map((criterion): EvaluationCriterion => ({
      id: String(criterion.id),
      label: inLanguage(criterion.label ?? criterion.id, language),
      clause: typeof criterion.clause === 'string' ? criterion.clause : null,
      result: String(criterion.result),
      facts: criterion.facts ?? null,
    })),
    result: result,
    snapshot: isObject(snapshot) ? snapshot : {},
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
      return detailOf(await rules.describePolicy(ctx, policyId, date), ctx.language);
    } catch (error) {
      if (error instanceof AppError && error.code === 'rules.policy_not_found') return undefined;
      throw error;
    }
  },

  async listPolicies(ctx: ServiceContext, date?: string): Promise<PolicySummary[]> {
    const raw: unknown = await rules.listPolicies(ctx, date);
    const list = Array.isArray(raw)
      ? raw
      : isObject(raw) && Array.isArray(raw.items)
        ? raw.items
        : [];
    return list.map((policy: unknown) => summaryOf(policy, ctx.language));
  },

  async evaluate(
    ctx: ServiceContext,
    input: { policyId: string; facts: Record<string, unknown>; date: string },
  ): Promise<EvaluationOutcome> {
    const { result, snapshot } = await rules.evaluateForApplication(ctx, input);
    return outcomeOf(result, JSON.parse(JSON.stringify(snapshot)), ctx.language);
  },

  async replay(snapshot: Record<string, unknown>): Promise<EvaluationOutcome> {
    const result: unknown = rules.replayEvaluation(snapshot);
    return outcomeOf(result, snapshot, 'zh-Hans');
  },

  /** Checks answers against the fact vocabulary; a bad one is a 400 naming its field. */
  validateFacts(ctx: ServiceContext, facts: Record<string, unknown>, pointer: string) {
    rules.parseFacts(ctx, facts, pointer);
  },

  async getFactProfile(
    ctx: ServiceContext,
    principal: Principal,
    organisationId: string | null,
  ): Promise<Record<string, unknown>> {
    const profile: unknown = await rules.getFactProfile(ctx, principal, {
      organisationId: organisationId ?? undefined,
    });
    if (isObject(profile) && isObject(profile.facts)) return profile.facts;
    return isObject(profile) ? profile : {};
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
    await rules.saveFactProfile(ctx, principal, forProfile, {
      organisationId: organisationId ?? undefined,
    });
  },
};
