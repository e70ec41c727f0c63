// The catalogue described: every policy as it stands on a date, one policy in full (enough to
// generate an application form), and the JSON Schema of a situation.
import { z } from 'zod';
import {
  type CompiledPolicy,
  type CriterionTrace,
  type IsoDate,
  type Language,
  type ResolvedParameters,
} from '../../engine';
import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import { getCatalogue, getFactsSchema } from './catalogue';
import { parametersOn, todayInShenzhen } from './parameters-service';
import type { PolicyDescription, PolicySummary } from './schema';

/** Where a secondary clause comes from: other public reports, not the document it supplements. */
const SUPPLEMENTARY_SOURCE = {
  'zh-Hans': '补充来源：其他公开报道（并非行动计划原文）',
  'zh-Hant': '補充來源：其他公開報道（並非行動計劃原文）',
  en: 'Supplementary source: other public reports (not the action plan)',
};

function summarisePolicy(
  policy: CompiledPolicy,
  parameters: ResolvedParameters,
  date: IsoDate,
): PolicySummary {
  const { catalogue, catalogueHash, policyHashes, policyFiles } = getCatalogue();
  const definition = policy.definition;
  return {
    id: definition.id,
    name: definition.name,
    summary: definition.summary,
    audience: definition.for,
    category: definition.category,
    clauses: definition.clauses.map((id) => ({ id, text: catalogue.clauseIndex.get(id)!.text })),
    benefit: policy.benefit.compute(policy.layout.read({}), policy.layout.env(date, parameters)),
    oneTime: definition.oneTime,
    exclusivityGroup: definition.exclusivityGroup ?? null,
    exclusiveWith: policy.exclusiveWith,
    discretionary: definition.discretionary,
    effective: definition.effective
      ? {
          from: definition.effective.from ?? null,
          until: definition.effective.until ?? null,
          clause: definition.effective.clause,
        }
      : null,
    version: {
      policyHash: policyHashes.get(definition.id)!,
      catalogueHash,
      file: policyFiles.get(definition.id) ?? '',
    },
  };
}

/** The catalogue with each benefit as it stands on the date (caps from the parameters). */
export async function listPolicies(ctx: ServiceContext, date?: IsoDate): Promise<PolicySummary[]> {
  const { catalogue } = getCatalogue();
  const on = date ?? todayInShenzhen(ctx.now());
  const parameters = await parametersOn(ctx, on);
  return catalogue.policies.map((policy) => summarisePolicy(policy, parameters, on));
}

/**
 * Everything about one policy on a date: names, clauses with their quoted text, the benefit
 * (cap in fen), one-time and exclusivity rules, whether reviewers choose (discretionary), the
 * criteria, the evidence documents, the facts it reads with their questions (enough to
 * generate an application form) and the parameters with their values and sources.
 */
export async function describePolicy(
  ctx: ServiceContext,
  policyId: string,
  date?: IsoDate,
): Promise<PolicyDescription> {
  const { catalogue } = getCatalogue();
  const policy = catalogue.policyIndex.get(policyId);
  if (!policy) throw new AppError('rules.policy_not_found');
  const on = date ?? todayInShenzhen(ctx.now());
  const parameters = await parametersOn(ctx, on);
  const definition = policy.definition;
  const criteria: PolicyDescription['criteria'] = [];
  const trace: CriterionTrace[] = [];
  policy.root.trace(policy.layout.read({}), policy.layout.env(on, parameters), trace, null);
  for (const line of trace) {
    const leaf = policy.root.leaves.find((candidate) => candidate.id === line.id);
    criteria.push({
      id: line.id,
      kind: line.kind,
      parent: line.parent,
      label: policy.labels.get(line.id) ?? { 'zh-Hans': line.id, 'zh-Hant': line.id, en: line.id },
      clause: line.clause,
      seeAlso: line.seeAlso ?? [],
      facts: leaf ? leaf.facts : [],
      origin: line.origin ?? null,
    });
  }
  const factIds = [...policy.reads, ...policy.amountFacts];
  const parameterIds = [...new Set([...policy.root.parameters, ...policy.benefit.parameters])];
  return {
    ...summarisePolicy(policy, parameters, on),
    date: on,
    clauses: policy.citations.map((id) => {
      const clause = catalogue.clauseIndex.get(id)!;
      return {
        id,
        secondary: clause.secondary,
        original: clause.original,
        text: clause.text,
        // A supplementary fact (A.V1, a 2024 measure as reported) is not the plan's text.
        source: clause.secondary ? SUPPLEMENTARY_SOURCE : catalogue.sources[clause.policy],
      };
    }),
    criteria,
    documents: definition.documents.map((document) => ({
      id: document.id,
      label: document.label,
      required: document.required,
      verifies: document.verifies ?? [],
    })),
    facts: factIds.map((id) => {
      const fact = catalogue.factIndex.get(id)!;
      let options = (fact.options ?? []).map((option) => ({
        value: option.value,
        label: option.label,
      }));
      if (fact.type === 'policy-list')
        options = options.filter((option) => {
          const other = catalogue.policyIndex.get(option.value);
          return (
            other !== undefined &&
            other.definition.for === (fact.subject === 'company' ? 'company' : 'person')
          );
        });
      return {
        id: fact.id,
        path: fact.id,
        subject: fact.subject,
        type: fact.type,
        question: fact.question,
        help: fact.help ?? null,
        options,
        ...(fact.min !== undefined ? { min: fact.min } : {}),
        ...(fact.max !== undefined ? { max: fact.max } : {}),
        storedInProfile: fact.storedInProfile,
        purpose: policy.reads.includes(id) ? ('eligibility' as const) : ('amount' as const),
      };
    }),
    parameters: parameterIds.map((id) => ({
      ...parameters[id]!,
      label: catalogue.parameterIndex.get(id)!.label,
      unit: catalogue.parameterIndex.get(id)!.unit,
    })),
  };
}

/** The JSON Schema of a situation (`GET /api/v1/facts/schema`). */
export function describeFactsSchema(language: Language) {
  // NOTE: the input side: what a client sends (implied facts are filled in after parsing).
  return z.toJSONSchema(getFactsSchema(language), {
    unrepresentable: 'any',
    io: 'input',
  }) as Record<string, unknown>;
}
