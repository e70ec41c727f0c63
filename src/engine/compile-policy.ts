// Compiling one validated policy: its conditions plus the criteria the engine adds (in force,
// one-time, exclusivity) with their labels, and its benefit. Used by the catalogue and to
// replay a stored snapshot.
import { compileBenefit, type CompiledBenefit } from './benefits';
import { FactLayout, type CompiledLeaf, type CompiledNode } from './compile';
import { compileTreeCode } from './compile-code';
import { compileEffectivePeriod, compileLeaf } from './compile-criteria';
import { compileAll, compileCondition } from './compile-groups';
import type { ConditionNode, IsoDate, PolicyDefinition, Text } from './types';

export interface CompiledPolicy {
  index: number;
  definition: PolicyDefinition;
  /** Where each fact sits in the slots this policy's closures read. */
  layout: FactLayout;
  /** all(in force, the policy's conditions, one-time, exclusivity). */
  root: CompiledNode;
  benefit: CompiledBenefit;
  /**
   * The memo cell holding this policy's plain untraced ineligible result on a date (no reasons,
   * no trace: the same for every situation on that date, so made once and shared, read-only).
   */
  ineligibleCell: number;
  /** Labels of every criterion and group, including the ones the engine adds. */
  labels: Map<string, Text>;
  inForce: CompiledLeaf | null;
  oneTime: CompiledLeaf | null;
  exclusive: CompiledLeaf | null;
  exclusiveWith: string[];
  /** The exclusivity every result of this policy reports (shared, read-only). */
  exclusivity: { group: string; with: string[] } | null;
  /** Clause ids cited by the policy and its criteria, in order of first mention. */
  citations: string[];
  /** Every fact the conditions read, then the facts that refine the amount. */
  reads: string[];
  amountFacts: string[];
}

/** The audience whose benefits-received fact records what a policy's applicant has had. */
export function benefitsReceivedFactOf(policy: Pick<PolicyDefinition, 'for'>): string | null {
  return policy.for === 'person'
    ? 'person.benefitsReceived'
    : policy.for === 'company'
      ? 'company.benefitsReceived'
      : null;
}

/**
 * Compiles one validated policy: its conditions, plus the criteria the engine adds — the
 * effective period, the one-time rule and exclusivity with benefits already received — and
 * its benefit. Also used to replay a stored snapshot, which carries the exclusive alternatives.
 */
export function compilePolicy(
  policy: PolicyDefinition,
  index: number,
  options: {
    exclusiveWith: string[];
    nameOf?: (id: string) => Text | undefined;
    /** Shared by the catalogue's policies; a replayed policy gets its own. */
    layout?: FactLayout;
  },
): CompiledPolicy {
  const labels = new Map<string, Text>();
  const collectLabels = (node: ConditionNode) => {
    if ('id' in node && node.id !== undefined && node.label) labels.set(node.id, node.label);
    if ('all' in node) node.all.forEach(collectLabels);
    else if ('any' in node) node.any.forEach(collectLabels);
    else if ('not' in node) collectLabels(node.not);
  };
  collectLabels(policy.conditions);
  const layout = options.layout ?? new FactLayout();

  const mainClause = policy.clauses[0]!;
  const before: CompiledNode[] = [];
  const after: CompiledNode[] = [];
  let inForce: CompiledLeaf | null = null;
  if (
    policy.effective &&
    (policy.effective.from || policy.effective.until || policy.effective.parameter)
  ) {
    inForce = compileEffectivePeriod('in-force', policy.effective.clause, policy.effective, layout);
    labels.set('in-force', inForceLabel(policy.effective));
    before.push(inForce);
  }
  const receivedFact = benefitsReceivedFactOf(policy);
  let oneTime: CompiledLeaf | null = null;
  if (policy.oneTime && receivedFact) {
    oneTime = compileLeaf(
      {
        id: 'not-received-before',
        clause: mainClause,
        origin: 'one-time',
        test: { fact: receivedFact, excludes: policy.id },
      },
      layout,
    );
    labels.set('not-received-before', oneTimeLabel(policy.for));
    after.push(oneTime);
  }
  let exclusive: CompiledLeaf | null = null;
  if (options.exclusiveWith.length > 0 && receivedFact) {
    exclusive = compileLeaf(
      {
        id: 'no-alternative-received',
        clause: mainClause,
        origin: 'exclusivity',
        test: { fact: receivedFact, excludesAll: options.exclusiveWith },
      },
      layout,
    );
    labels.set(
      'no-alternative-received',
      exclusivityLabel(options.exclusiveWith.map((id) => options.nameOf?.(id) ?? textOf(id))),
    );
    after.push(exclusive);
  }
  // An anonymous top-level all group is flattened so its criteria sit at the top of the trace.
  const middle =
    'all' in policy.conditions && policy.conditions.id === undefined
      ? policy.conditions.all.map((child) => compileCondition(child, layout))
      : [compileCondition(policy.conditions, layout)];
  const tree = compileAll([...before, ...middle, ...after]);
  // The hot paths run generated straight-line code; the closures remain for traces.
  const root: CompiledNode = { ...tree, ...compileTreeCode(tree) };
  const benefit = compileBenefit(policy.benefit, layout);

  const citations: string[] = [];
  const cite = (id: string) => {
    if (!citations.includes(id)) citations.push(id);
  };
  policy.clauses.forEach(cite);
  for (const leaf of root.leaves) {
    cite(leaf.clause);
    leaf.seeAlso?.forEach(cite);
  }
  const reads = [...root.facts];
  const amountFacts = benefit.facts.filter((fact) => !reads.includes(fact));
  return {
    index,
    definition: policy,
    layout,
    root,
    benefit,
    ineligibleCell: layout.memoCell(),
    labels,
    inForce,
    oneTime,
    exclusive,
    exclusiveWith: options.exclusiveWith,
    exclusivity:
      options.exclusiveWith.length > 0
        ? { group: policy.exclusivityGroup ?? 'exclusive', with: options.exclusiveWith }
        : null,
    citations,
    reads,
    amountFacts,
  };
}

function textOf(value: string): Text {
  return { 'zh-Hans': value, 'zh-Hant': value, en: value };
}

function inForceLabel(period: {
  from?: IsoDate | undefined;
  until?: IsoDate | undefined;
  parameter?: string | undefined;
}): Text {
  const { from, until } = period;
  // NOTE: a period kept as a parameter changes without a deploy, so its label names no dates:
  // the trace carries the parameter, and the parameter its dated values and their sources.
  if (period.parameter)
    return {
      'zh-Hans': '评估日期在政策施行期内',
      'zh-Hant': '評估日期在政策施行期內',
      en: 'The policy is in force on the date',
    };
  if (from && until)
    return {
      'zh-Hans': `评估日期在政策施行期内（${from} 至 ${until}）`,
      'zh-Hant': `評估日期在政策施行期內（${from} 至 ${until}）`,
      en: `The policy is in force on the date (${from} to ${until})`,
    };
  if (from)
    return {
      'zh-Hans': `评估日期政策已施行（自 ${from} 起施行）`,
      'zh-Hant': `評估日期政策已施行（自 ${from} 起施行）`,
      en: `The policy is in force on the date (from ${from})`,
    };
  return {
    'zh-Hans': `评估日期政策仍在施行（至 ${until} 止）`,
    'zh-Hant': `評估日期政策仍在施行（至 ${until} 止）`,
    en: `The policy is still in force on the date (until ${until})`,
  };
}

function oneTimeLabel(audience: PolicyDefinition['for']): Text {
  return audience === 'person'
    ? {
        'zh-Hans': '此前未享受过本项待遇（每人限一次）',
        'zh-Hant': '此前未享受過本項待遇（每人限一次）',
        en: 'Has not received this benefit before (once per person)',
      }
    : {
        'zh-Hans': '企业此前未享受过本项待遇（每家企业限一次）',
        'zh-Hant': '企業此前未享受過本項待遇（每家企業限一次）',
        en: 'The company has not received this benefit before (once per company)',
      };
}

function exclusivityLabel(names: Text[]): Text {
  const join = (language: keyof Text, separator: string) =>
    names.map((name) => name[language]).join(separator);
  return {
    'zh-Hans': `未享受过只能择一的另一项待遇：${join('zh-Hans', '、')}`,
    'zh-Hant': `未享受過只能擇一的另一項待遇：${join('zh-Hant', '、')}`,
    en: `Has not received the alternative benefit (one or the other): ${join('en', ', ')}`,
  };
}
