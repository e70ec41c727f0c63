import type {
  CompiledPolicy,
  CriterionTrace,
  Language,
  PolicyResult,
  Reason,
  Text,
} from '../../engine';
import { getCatalogue } from './catalogue';
import type { PresentedPolicyResult } from './schema';

/**
 * The engine's results (language-neutral) in one language: names, criterion labels and the
 * reasons in words. Shared by the service (objects) and the evaluation serializer (JSON).
 */

export interface Names {
  policy(id: string): Text | undefined;
  parameter(id: string): Text | undefined;
}

export function catalogueNames(): Names {
  const { catalogue } = getCatalogue();
  return {
    policy: (id) => catalogue.policyIndex.get(id)?.definition.name,
    parameter: (id) => catalogue.parameterIndex.get(id)?.label,
  };
}

export function listNames(
  ids: readonly string[] | undefined,
  lookup: (id: string) => Text | undefined,
  language: Language,
) {
  return (ids ?? [])
    .map((id) => lookup(id)?.[language] ?? id)
    .join(language === 'en' ? ', ' : '、');
}

/** A reason in words; only the one asked for is built (this runs for every result). */
export function reasonMessage(reason: Reason, language: Language, names: Names): string {
  const pick = (text: Text) => text[language];
  switch (reason.code) {
    case 'not-in-force':
      return pick({
        'zh-Hans': '在评估日期本政策不在施行期内',
        'zh-Hant': '在評估日期本政策不在施行期內',
        en: 'The policy is not in force on this date',
      });
    case 'already-received':
      return pick({
        'zh-Hans': '已享受过本项待遇（限一次）',
        'zh-Hant': '已享受過本項待遇（限一次）',
        en: 'Already received: this benefit is given once',
      });
    case 'exclusive-received': {
      const policies = listNames(reason.policies, names.policy, language);
      return pick({
        'zh-Hans': `已享受只能择一的另一项待遇：${policies}`,
        'zh-Hant': `已享受只能擇一的另一項待遇：${policies}`,
        en: `Already received the alternative, which excludes this one: ${policies}`,
      });
    }
    case 'exclusive-choose-one': {
      const policies = listNames(reason.policies, names.policy, language);
      return pick({
        'zh-Hans': `与${policies}只能择一享受，请选择其一申请`,
        'zh-Hant': `與${policies}只能擇一享受，請選擇其一申請`,
        en: `You may have this or ${policies}, not both: choose one`,
      });
    }
    case 'parameter-unpublished': {
      const parameters = listNames(reason.parameters, names.parameter, language);
      return pick({
        'zh-Hans': `以下数值尚未公布，公布后将自动更新：${parameters}`,
        'zh-Hant': `以下數值尚未公布，公布後將自動更新：${parameters}`,
        en: `Not yet published (results update once it is): ${parameters}`,
      });
    }
    case 'discretionary':
      return pick({
        'zh-Hans': '符合条件者由评审择优确定是否资助及具体金额',
        'zh-Hant': '符合條件者由評審擇優確定是否資助及具體金額',
        en: 'Reviewers choose among eligible applicants and set the amount',
      });
  }
}

/** Which optional parts of a result to present (`include` of `POST /api/v1/evaluations`). */
export interface ResultParts {
  trace: boolean;
  labels: boolean;
  citations: boolean;
}
export const allResultParts: ResultParts = { trace: true, labels: true, citations: true };

/** The parts asked for: `include` when given, else everything (the trace as `trace` says). */
export function resultPartsOf(
  include: readonly ('trace' | 'labels' | 'citations')[] | undefined,
): ResultParts {
  if (!include) return allResultParts;
  return {
    trace: include.includes('trace'),
    labels: include.includes('labels'),
    citations: include.includes('citations'),
  };
}

export function presentResult(
  policy: CompiledPolicy,
  result: PolicyResult,
  language: Language,
  names: Names,
  parts: ResultParts = allResultParts,
): PresentedPolicyResult {
  return {
    policyId: result.policyId,
    ...(parts.labels ? { name: policy.definition.name[language] } : {}),
    status: result.status,
    missingFacts: result.missingFacts,
    benefit: result.benefit,
    // NOTE: built field by field — spreading the engine's trace lines was the slowest step of
    // an evaluation request.
    ...(parts.trace
      ? {
          criteria: result.criteria.map((line: CriterionTrace) => ({
            id: line.id,
            kind: line.kind,
            parent: line.parent,
            ...(parts.labels ? { label: policy.labels.get(line.id)?.[language] ?? line.id } : {}),
            ...(parts.citations ? { clause: line.clause, seeAlso: line.seeAlso } : {}),
            result: line.result,
            facts: line.facts,
            parameters: line.parameters,
            origin: line.origin,
          })),
        }
      : {}),
    ...(parts.citations ? { citations: result.citations } : {}),
    reasons: result.reasons.map((reason) => ({
      code: reason.code,
      policies: reason.policies,
      parameters: reason.parameters,
      ...(parts.labels ? { message: reasonMessage(reason, language, names) } : {}),
    })),
    exclusivity: result.exclusivity,
    discretionary: policy.definition.discretionary,
  };
}
