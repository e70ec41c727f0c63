// Length (about 970 lines): loading the catalogue is one pass — schemas, references between the
// files, compilation and the static checks share the indexes built here. Issue #12 splits the
// reference and static checks into files of their own.
import type { z } from 'zod';
import { compileBenefit, type CompiledBenefit } from './benefits';
import {
  catalogueFileSchema,
  clausesFileSchema,
  factsFileSchema,
  parametersFileSchema,
  policySchema,
} from './catalogue-schema';
import {
  MET,
  UNMET,
  compileAll,
  compileCondition,
  compileEffectivePeriod,
  compileLeaf,
  compileCatalogueCode,
  compileTreeCode,
  FactLayout,
  type CollectAll,
  type Missing,
  type CompiledLeaf,
  type CompiledNode,
  type Env,
} from './compile';
import { parameterTimeline, resolveParameters } from './parameters';
import { probeValues, withFact } from './probes';
import type {
  BenefitDefinition,
  CatalogueSource,
  ClauseDefinition,
  ConditionNode,
  FactDefinition,
  FactSubject,
  FactType,
  IsoDate,
  ParameterDefinition,
  ParameterEntry,
  ParameterUnit,
  PolicyDefinition,
  TestDefinition,
  Text,
} from './types';

/** One thing wrong with the catalogue: the file, where in it, and what. */
export interface CatalogueProblem {
  file: string;
  path: string;
  message: string;
}

export class CatalogueError extends Error {
  constructor(readonly problems: CatalogueProblem[]) {
    super(
      `The policy catalogue has ${problems.length} problem(s):\n${problems
        .map(
          (problem) =>
            `  ${problem.file}${problem.path ? ` ${problem.path}` : ''}: ${problem.message}`,
        )
        .join('\n')}`,
    );
    this.name = 'CatalogueError';
  }
}

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

export interface Catalogue {
  /** One slot per fact of the vocabulary, shared by every policy. */
  layout: FactLayout;
  /** Decides every policy in one generated function (the untraced fast path of `evaluate`). */
  collectAll: CollectAll;
  /** Scratch space for collectAll: one per policy (evaluation is synchronous). */
  scratch: { missing: Missing[]; codes: Uint8Array };
  facts: FactDefinition[];
  factIndex: Map<string, FactDefinition>;
  sources: { A: Text; B: Text };
  clauses: ClauseDefinition[];
  clauseIndex: Map<string, ClauseDefinition>;
  parameters: ParameterDefinition[];
  parameterIndex: Map<string, ParameterDefinition>;
  policies: CompiledPolicy[];
  policyIndex: Map<string, CompiledPolicy>;
  exclusivityGroups: Map<string, string[]>;
}

const subjectOf: Record<string, FactSubject> = {
  person: 'person',
  company: 'company',
  importer: 'importer',
  goods: 'goods',
};

const reservedCriterionIds = new Set([
  'in-force',
  'not-received-before',
  'no-alternative-received',
]);

function issuesToProblems(file: string, error: z.ZodError): CatalogueProblem[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
    return keys.map((key) => ({
      file,
      path: `/${[...base, ...(key === null ? [] : [key])].join('/')}`,
      message: issue.code === 'unrecognized_keys' ? `unknown field "${key}"` : issue.message,
    }));
  });
}

/**
 * Validates and compiles the whole catalogue: every file through its strict schema, every
 * reference between them (clauses, facts, parameters, policies), then the static checks —
 * criteria that can never be true and exclusivity that contradicts itself. Throws a
 * {@link CatalogueError} listing every problem found, so one run shows them all.
 */
export function loadCatalogue(source: CatalogueSource): Catalogue {
  const problems: CatalogueProblem[] = [];
  const report = (file: string, path: string, message: string) =>
    problems.push({ file, path, message });

  // --- facts ---
  const factsParsed = factsFileSchema.safeParse(source.facts);
  const facts: FactDefinition[] = [];
  if (!factsParsed.success) problems.push(...issuesToProblems('facts.yaml', factsParsed.error));
  else
    factsParsed.data.facts.forEach((fact, index) => {
      const subject = subjectOf[fact.id.split('.')[0]!];
      if (!subject)
        report(
          'facts.yaml',
          `/facts/${index}/id`,
          `"${fact.id}" must start with person., company., importer. or goods.`,
        );
      if (facts.some((other) => other.id === fact.id))
        report('facts.yaml', `/facts/${index}/id`, `fact "${fact.id}" is declared twice`);
      const needsOptions: FactType[] = ['enum', 'achievement-list', 'waiver-list'];
      if (needsOptions.includes(fact.type) && !fact.options?.length)
        report('facts.yaml', `/facts/${index}/options`, `a ${fact.type} fact needs options`);
      if (!needsOptions.includes(fact.type) && fact.options)
        report('facts.yaml', `/facts/${index}/options`, `a ${fact.type} fact has no options`);
      facts.push({ ...fact, subject: subject ?? 'person' });
    });
  // A fact and a fact nested under it cannot both exist (company.plannedPurchase vs .kind).
  for (const fact of facts)
    if (facts.some((other) => other.id.startsWith(`${fact.id}.`)))
      report('facts.yaml', '', `fact "${fact.id}" is both a value and a group of facts`);
  const factIndex = new Map(facts.map((fact) => [fact.id, fact]));

  // --- clauses ---
  const clausesParsed = clausesFileSchema.safeParse(source.clauses);
  const clauses: ClauseDefinition[] = [];
  let sources: { A: Text; B: Text } = {
    A: { 'zh-Hans': 'A', 'zh-Hant': 'A', en: 'A' },
    B: { 'zh-Hans': 'B', 'zh-Hant': 'B', en: 'B' },
  };
  if (!clausesParsed.success)
    problems.push(...issuesToProblems('clauses.yaml', clausesParsed.error));
  else {
    sources = clausesParsed.data.sources;
    clausesParsed.data.clauses.forEach((clause, index) => {
      if (clauses.some((other) => other.id === clause.id))
        report('clauses.yaml', `/clauses/${index}/id`, `clause ${clause.id} is listed twice`);
      clauses.push({ ...clause, policy: clause.id.startsWith('A') ? 'A' : 'B' });
    });
  }
  const clauseIndex = new Map(clauses.map((clause) => [clause.id, clause]));
  const checkClause = (file: string, path: string, id: string) => {
    if (!clauseIndex.has(id))
      report(file, path, `cites clause ${id}, which is not in the clause list`);
  };

  // --- parameters ---
  const parametersParsed = parametersFileSchema.safeParse(source.parameters);
  const parameters: ParameterDefinition[] = [];
  if (!parametersParsed.success)
    problems.push(...issuesToProblems('parameters.yaml', parametersParsed.error));
  else
    parametersParsed.data.parameters.forEach((parameter, index) => {
      const at = `/parameters/${index}`;
      if (parameters.some((other) => other.id === parameter.id))
        report('parameters.yaml', `${at}/id`, `parameter "${parameter.id}" is declared twice`);
      parameter.clauses.forEach((id, i) =>
        checkClause('parameters.yaml', `${at}/clauses/${i}`, id),
      );
      const seen = new Set<string>();
      parameter.values.forEach((entry, i) => {
        entry.source.clauses.forEach((id, j) =>
          checkClause('parameters.yaml', `${at}/values/${i}/source/clauses/${j}`, id),
        );
        if (seen.has(entry.effectiveFrom))
          report(
            'parameters.yaml',
            `${at}/values/${i}/effectiveFrom`,
            'two values take effect on the same date',
          );
        seen.add(entry.effectiveFrom);
        const problem =
          entry.value === null ? undefined : checkParameterValue(parameter, entry.value);
        if (problem) report('parameters.yaml', `${at}/values/${i}/value`, problem);
      });
      parameters.push({
        ...parameter,
        values: parameter.values.map((entry) => ({ ...entry, origin: 'catalogue' as const })),
      });
    });
  const parameterIndex = new Map(parameters.map((parameter) => [parameter.id, parameter]));
  parameters.forEach((parameter, index) => {
    if (parameter.atMost !== undefined && !parameterIndex.has(parameter.atMost))
      report(
        'parameters.yaml',
        `/parameters/${index}/atMost`,
        `refers to unknown parameter "${parameter.atMost}"`,
      );
  });

  // --- policies: schema ---
  const definitions: { file: string; policy: PolicyDefinition }[] = [];
  // Ids of policies that failed their schema: reported once, not again as "missing".
  const failedIds = new Set<string>();
  for (const entry of source.policies) {
    const parsed = policySchema.safeParse(entry.content);
    if (!parsed.success) {
      problems.push(...issuesToProblems(entry.file, parsed.error));
      const id = (entry.content as { id?: unknown } | null)?.id;
      if (typeof id === 'string') failedIds.add(id);
      continue;
    }
    const policy = parsed.data as PolicyDefinition;
    if (definitions.some((other) => other.policy.id === policy.id))
      report(entry.file, '/id', `policy "${policy.id}" is defined twice`);
    definitions.push({ file: entry.file, policy });
  }
  // --- the list: display order, and no file left out or missing ---
  const listed = catalogueFileSchema.safeParse(source.catalogue);
  if (!listed.success) problems.push(...issuesToProblems('catalogue.yaml', listed.error));
  else {
    const order = listed.data.policies;
    order.forEach((id, index) => {
      if (!definitions.some((entry) => entry.policy.id === id) && !failedIds.has(id))
        report('catalogue.yaml', `/policies/${index}`, `lists policy "${id}", which has no file`);
      if (order.indexOf(id) !== index)
        report('catalogue.yaml', `/policies/${index}`, `lists policy "${id}" twice`);
    });
    for (const entry of definitions)
      if (!order.includes(entry.policy.id))
        report(entry.file, '/id', `policy "${entry.policy.id}" is not listed in catalogue.yaml`);
    definitions.sort((a, b) => order.indexOf(a.policy.id) - order.indexOf(b.policy.id));
  }
  const policyIds = new Set(definitions.map((entry) => entry.policy.id));

  facts.forEach((fact, index) =>
    fact.notBefore?.clauses.forEach((id, i) =>
      checkClause('facts.yaml', `/facts/${index}/notBefore/clauses/${i}`, id),
    ),
  );

  // --- implied facts: the fact that implies, and a value of the fact's own type ---
  facts.forEach((fact, index) => {
    const implied = fact.implied;
    if (!implied) return;
    const at = `/facts/${index}/implied`;
    const wantedType = fact.type === 'boolean' ? 'boolean' : 'number';
    if (implied.value !== undefined && typeof implied.value !== wantedType)
      report('facts.yaml', `${at}/value`, `an implied value must be a ${fact.type} value`);
    if (!['boolean', 'integer', 'money'].includes(fact.type))
      report('facts.yaml', `${at}`, `a ${fact.type} fact cannot be implied`);
    const chosen = implied.whenEnum;
    if (chosen) {
      const options = factIndex.get(chosen.fact);
      if (options?.type !== 'enum' || !options.options?.some((o) => o.value === chosen.value))
        report(
          'facts.yaml',
          `${at}/whenEnum`,
          `"${chosen.fact}" is not an enum with "${chosen.value}"`,
        );
      if (implied.copyOf === undefined && fact.type !== 'boolean')
        report('facts.yaml', `${at}/whenEnum`, 'without copyOf, whenEnum implies a yes/no fact');
      if (implied.copyOf !== undefined && factIndex.get(implied.copyOf)?.type !== fact.type)
        report('facts.yaml', `${at}/copyOf`, `"${implied.copyOf}" is not a ${fact.type} fact`);
    }
    if (implied.whenDescribed !== undefined && implied.whenDescribed === fact.subject)
      report('facts.yaml', `${at}/whenDescribed`, 'a fact cannot be implied by its own subject');
    const list = implied.whenListLacks;
    if (list) {
      if (factIndex.get(list.fact)?.type !== 'policy-list')
        report(
          'facts.yaml',
          `${at}/whenListLacks/fact`,
          `"${list.fact}" is not a policy-list fact`,
        );
      if (!policyIds.has(list.value) && failedIds.size === 0)
        report('facts.yaml', `${at}/whenListLacks/value`, `no policy "${list.value}"`);
    }
  });

  // policy-list facts offer the policies as options
  for (const fact of facts)
    if (fact.type === 'policy-list')
      fact.options = definitions.map(({ policy }) => ({ value: policy.id, label: policy.name }));

  // --- exclusivity groups ---
  const exclusivityGroups = new Map<string, string[]>();
  for (const { policy } of definitions)
    if (policy.exclusivityGroup)
      exclusivityGroups.set(policy.exclusivityGroup, [
        ...(exclusivityGroups.get(policy.exclusivityGroup) ?? []),
        policy.id,
      ]);

  // --- policies: references ---
  const context: ReferenceContext = { factIndex, parameterIndex, policyIds, report, checkClause };
  for (const { file, policy } of definitions) checkPolicyReferences(file, policy, context);
  // Group membership is only meaningful once every policy has been read.
  if (failedIds.size === 0)
    for (const [group, members] of exclusivityGroups) {
      const file = definitions.find((entry) => entry.policy.id === members[0])!.file;
      if (members.length < 2)
        report(
          file,
          '/exclusivityGroup',
          `conflicting exclusivity: group "${group}" has no other member`,
        );
      const audiencesInGroup = new Set(
        members.map((id) => definitions.find((d) => d.policy.id === id)!.policy.for),
      );
      if (audiencesInGroup.size > 1)
        report(
          file,
          '/exclusivityGroup',
          `conflicting exclusivity: group "${group}" mixes ${[...audiencesInGroup].join(' and ')} policies`,
        );
    }

  if (problems.length > 0) throw new CatalogueError(problems);

  // --- compile ---
  const layout = new FactLayout(facts.map((fact) => fact.id));
  const policies = definitions.map(({ policy }, index) =>
    compilePolicy(policy, index, {
      layout,
      exclusiveWith: policy.exclusivityGroup
        ? exclusivityGroups.get(policy.exclusivityGroup)!.filter((id) => id !== policy.id)
        : [],
      nameOf: (id) => definitions.find((entry) => entry.policy.id === id)?.policy.name,
    }),
  );
  const catalogue: Catalogue = {
    layout,
    collectAll: compileCatalogueCode(policies.map((policy) => policy.root)),
    scratch: {
      missing: policies.map(() => ({ facts: [], parameters: [] })),
      codes: new Uint8Array(policies.length),
    },
    facts,
    factIndex,
    sources,
    clauses,
    clauseIndex,
    parameters,
    parameterIndex,
    policies,
    policyIndex: new Map(policies.map((policy) => [policy.definition.id, policy])),
    exclusivityGroups,
  };

  // --- static checks ---
  for (const { file, policy } of definitions)
    problems.push(
      ...checkPolicyCanHold(catalogue, catalogue.policyIndex.get(policy.id)!).map((p) => ({
        ...p,
        file,
      })),
    );
  if (problems.length > 0) throw new CatalogueError(problems);
  return catalogue;
}

/** Why a value is not acceptable for this parameter, or undefined. */
export function checkParameterValue(
  parameter: Pick<ParameterDefinition, 'min' | 'max' | 'unit'>,
  value: number,
): string | undefined {
  if (!Number.isSafeInteger(value)) return 'the value must be a whole number';
  if (value < parameter.min) return `the value must be at least ${parameter.min}`;
  if (parameter.max !== undefined && value > parameter.max)
    return `the value must be at most ${parameter.max}`;
  if (parameter.unit === 'basis-points' && value > 10_000)
    return 'a rate is at most 10000 basis points (100 %)';
  if (parameter.unit === 'in-force' && value !== 1)
    return 'a period in force has the value 1 (end it with an "ended" entry)';
  return undefined;
}

interface ReferenceContext {
  factIndex: Map<string, FactDefinition>;
  parameterIndex: Map<string, ParameterDefinition>;
  policyIds: Set<string>;
  report: (file: string, path: string, message: string) => void;
  checkClause: (file: string, path: string, id: string) => void;
}

const operatorFactTypes: Record<string, FactType[]> = {
  is: ['boolean'],
  equals: ['enum'],
  in: ['enum'],
  atLeast: ['integer', 'money'],
  atMost: ['integer', 'money'],
  below: ['integer', 'money'],
  withinYearsBefore: ['date'],
  contains: ['policy-list'],
  excludes: ['policy-list'],
  hasItemOfKind: ['achievement-list'],
  noWaiverWithin: ['waiver-list'],
};

function checkPolicyReferences(file: string, policy: PolicyDefinition, context: ReferenceContext) {
  const { factIndex, parameterIndex, policyIds, report, checkClause } = context;
  const expectedFile = `${policy.id.replace(/\./g, '/')}.yaml`;
  if (!file.endsWith(expectedFile) && !file.endsWith(`${policy.id}.yaml`))
    report(file, '/id', `policy "${policy.id}" belongs in ${expectedFile}`);
  policy.clauses.forEach((id, index) => checkClause(file, `/clauses/${index}`, id));
  const cited = new Set(policy.clauses);
  const citedHere = (path: string, id: string) => {
    checkClause(file, path, id);
    if (!cited.has(id))
      report(file, path, `cites ${id}, which the policy does not list in its clauses`);
  };
  if (policy.effective) {
    citedHere('/effective/clause', policy.effective.clause);
    policy.effective.seeAlso?.forEach((id, i) => citedHere(`/effective/seeAlso/${i}`, id));
    if (policy.effective.parameter !== undefined) {
      const parameter = parameterIndex.get(policy.effective.parameter);
      if (!parameter)
        report(
          file,
          '/effective/parameter',
          `uses parameter "${policy.effective.parameter}", which is not declared`,
        );
      else if (parameter.unit !== 'in-force')
        report(
          file,
          '/effective/parameter',
          `parameter "${parameter.id}" is in ${parameter.unit}; expected in-force`,
        );
    }
  }
  if (
    policy.effective?.from &&
    policy.effective.until &&
    policy.effective.from > policy.effective.until
  )
    report(file, '/effective', 'the policy can never be in force: from is after until');

  const checkFact = (path: string, id: string, types: FactType[]): FactDefinition | undefined => {
    const fact = factIndex.get(id);
    if (!fact) {
      report(file, path, `reads fact "${id}", which is not in the fact vocabulary`);
      return undefined;
    }
    if (!types.includes(fact.type))
      report(file, path, `fact "${id}" is ${fact.type}; expected ${types.join(' or ')}`);
    return fact;
  };
  const checkNumber = (path: string, ref: unknown, unit: ParameterUnit) => {
    if (ref === undefined || typeof ref === 'number') return;
    const id = (ref as { parameter: string }).parameter;
    const parameter = parameterIndex.get(id);
    if (!parameter) report(file, path, `uses parameter "${id}", which is not declared`);
    else if (parameter.unit !== unit)
      report(file, path, `parameter "${id}" is in ${parameter.unit}; expected ${unit}`);
  };
  const checkPolicyId = (path: string, id: string) => {
    if (!policyIds.has(id)) report(file, path, `refers to policy "${id}", which does not exist`);
  };
  const optionValues = (fact: FactDefinition | undefined) =>
    new Set((fact?.options ?? []).map((option) => option.value));

  const ids = new Set<string>();
  const walk = (node: ConditionNode, path: string) => {
    if ('id' in node && node.id !== undefined) {
      if (ids.has(node.id)) report(file, `${path}/id`, `criterion id "${node.id}" is used twice`);
      if (reservedCriterionIds.has(node.id))
        report(file, `${path}/id`, `criterion id "${node.id}" is reserved for the engine`);
      ids.add(node.id);
    }
    if ('all' in node) return node.all.forEach((child, i) => walk(child, `${path}/all/${i}`));
    if ('any' in node) {
      citedHere(`${path}/clause`, node.clause);
      return node.any.forEach((child, i) => walk(child, `${path}/any/${i}`));
    }
    if ('not' in node) {
      citedHere(`${path}/clause`, node.clause);
      return walk(node.not, `${path}/not`);
    }
    citedHere(`${path}/clause`, node.clause);
    node.seeAlso?.forEach((id, i) => citedHere(`${path}/seeAlso/${i}`, id));
    const test: TestDefinition = node.test;
    const operator = Object.keys(operatorFactTypes).find(
      (key) => test[key as keyof TestDefinition] !== undefined,
    )!;
    const fact = checkFact(`${path}/test/fact`, test.fact, operatorFactTypes[operator]!);
    const options = optionValues(fact);
    if (test.equals !== undefined && fact && !options.has(test.equals))
      report(file, `${path}/test/equals`, `"${test.equals}" is not an option of ${fact.id}`);
    test.in?.forEach((value, i) => {
      if (fact && !options.has(value))
        report(file, `${path}/test/in/${i}`, `"${value}" is not an option of ${fact.id}`);
    });
    test.hasItemOfKind?.forEach((value, i) => {
      if (fact && !options.has(value))
        report(file, `${path}/test/hasItemOfKind/${i}`, `"${value}" is not a kind of ${fact.id}`);
    });
    const unit = fact?.type === 'money' ? 'fen' : 'people';
    checkNumber(`${path}/test/atLeast`, test.atLeast, unit);
    checkNumber(`${path}/test/atMost`, test.atMost, unit);
    checkNumber(`${path}/test/below`, test.below, unit);
    checkNumber(`${path}/test/withinYearsBefore`, test.withinYearsBefore, 'years');
    if (test.contains !== undefined) checkPolicyId(`${path}/test/contains`, test.contains);
    if (test.excludes !== undefined) checkPolicyId(`${path}/test/excludes`, test.excludes);
    if (test.noWaiverWithin) {
      checkNumber(`${path}/test/noWaiverWithin/months`, test.noWaiverWithin.months, 'months');
      const classFact = checkFact(
        `${path}/test/noWaiverWithin/sameClassAs`,
        test.noWaiverWithin.sameClassAs,
        ['enum'],
      );
      if (fact && classFact)
        for (const value of options)
          if (!optionValues(classFact).has(value))
            report(
              file,
              `${path}/test/noWaiverWithin/sameClassAs`,
              `waiver class "${value}" is not an option of ${classFact.id}`,
            );
    }
  };
  walk(policy.conditions, '/conditions');

  checkBenefitReferences(policy.benefit, {
    checkFact,
    checkNumber,
    optionValues,
    report: (path, message) => report(file, path, message),
    citedHere,
  });
  policy.documents.forEach((document, index) => {
    document.verifies?.forEach((id, i) => {
      if (!factIndex.has(id))
        report(
          file,
          `/documents/${index}/verifies/${i}`,
          `verifies fact "${id}", which is not in the fact vocabulary`,
        );
    });
    if (policy.documents.findIndex((other) => other.id === document.id) !== index)
      report(file, `/documents/${index}/id`, `document id "${document.id}" is used twice`);
  });
}

function checkBenefitReferences(
  benefit: BenefitDefinition,
  helpers: {
    checkFact: (path: string, id: string, types: FactType[]) => FactDefinition | undefined;
    checkNumber: (path: string, ref: unknown, unit: ParameterUnit) => void;
    optionValues: (fact: FactDefinition | undefined) => Set<string>;
    report: (path: string, message: string) => void;
    /** A clause the benefit cites: known, and listed in the policy's clauses. */
    citedHere: (path: string, id: string) => void;
  },
) {
  const { checkFact, checkNumber, optionValues, report, citedHere } = helpers;
  const at = '/benefit';
  switch (benefit.kind) {
    case 'money':
      return checkNumber(`${at}/capFen`, benefit.capFen, 'fen');
    case 'tiered-money': {
      checkNumber(`${at}/capFen`, benefit.capFen, 'fen');
      const fact = checkFact(`${at}/tierFact`, benefit.tierFact, ['enum']);
      benefit.tiers.forEach((tier, i) => {
        checkNumber(`${at}/tiers/${i}/amountFen`, tier.amountFen, 'fen');
        if (fact && !optionValues(fact).has(tier.value))
          report(`${at}/tiers/${i}/value`, `"${tier.value}" is not an option of ${fact.id}`);
      });
      return;
    }
    case 'loan':
      return checkNumber(`${at}/maxPrincipalFen`, benefit.maxPrincipalFen, 'fen');
    case 'voucher':
      checkNumber(`${at}/capFen`, benefit.capFen, 'fen');
      checkNumber(`${at}/rateBp`, benefit.rateBp, 'basis-points');
      checkNumber(`${at}/startupRateBp`, benefit.startupRateBp, 'basis-points');
      checkFact(`${at}/purchaseAmountFact`, benefit.purchaseAmountFact, ['money']);
      if (benefit.receivedFact !== undefined)
        checkFact(`${at}/receivedFact`, benefit.receivedFact, ['money']);
      if (benefit.startupFact) checkFact(`${at}/startupFact`, benefit.startupFact, ['boolean']);
      return;
    case 'space':
      checkNumber(`${at}/maxAreaM2`, benefit.maxAreaM2, 'square-metres');
      if (benefit.ladder) {
        checkFact(`${at}/ladder/teamSizeFact`, benefit.ladder.teamSizeFact, ['integer']);
        benefit.ladder.rungs.forEach((rung, i) =>
          checkNumber(`${at}/ladder/rungs/${i}/maxTeamSize`, rung.maxTeamSize, 'people'),
        );
      }
      return;
    case 'housing-in-kind':
      checkNumber(`${at}/maxMonths`, benefit.maxMonths, 'months');
      return checkNumber(`${at}/rentShareBp`, benefit.rentShareBp, 'basis-points');
    case 'allowance':
      checkNumber(`${at}/monthlyFen`, benefit.monthlyFen, 'fen');
      checkNumber(`${at}/monthlyAfterTaxFen`, benefit.monthlyAfterTaxFen, 'fen');
      return checkNumber(`${at}/maxMonths`, benefit.maxMonths, 'months');
    case 'tax-exemption': {
      const fact = checkFact(`${at}/categoryFact`, benefit.categoryFact, ['enum']);
      for (const [key, regime] of Object.entries(benefit.supervision)) {
        if (fact && !optionValues(fact).has(key))
          report(`${at}/supervision/${key}`, `"${key}" is not an option of ${fact.id}`);
        if (typeof regime === 'string') continue;
        // A split category: every value of the splitting fact has its regime, and only those.
        const split = checkFact(`${at}/supervision/${key}/fact`, regime.fact, ['enum']);
        citedHere(`${at}/supervision/${key}/clause`, regime.clause);
        if (!split) continue;
        const values = optionValues(split);
        for (const value of Object.keys(regime.regimes))
          if (!values.has(value))
            report(
              `${at}/supervision/${key}/regimes/${value}`,
              `"${value}" is not an option of ${split.id}`,
            );
        for (const value of values)
          if (!(value in regime.regimes))
            report(
              `${at}/supervision/${key}/regimes`,
              `gives no regime for "${value}" of ${split.id}`,
            );
      }
      if (benefit.biosafety) {
        const { clause, originFact, origins, categories } = benefit.biosafety;
        citedHere(`${at}/biosafety/clause`, clause);
        const origin = checkFact(`${at}/biosafety/originFact`, originFact, ['enum']);
        origins.forEach((value, i) => {
          if (origin && !optionValues(origin).has(value))
            report(`${at}/biosafety/origins/${i}`, `"${value}" is not an option of ${origin.id}`);
        });
        categories.forEach((value, i) => {
          if (fact && !optionValues(fact).has(value))
            report(`${at}/biosafety/categories/${i}`, `"${value}" is not an option of ${fact.id}`);
        });
      }
      return;
    }
    case 'recognition':
    case 'introduction':
      return;
  }
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

// ---------------------------------------------------------------------------------------------
// Static checks

/**
 * Finds criteria that can never be true, and conjunctions whose criteria on one fact contradict
 * each other (`hasCompany is true` and `hasCompany is false`), by trying each fact's
 * representative answers on every date a parameter value changes.
 */
function checkPolicyCanHold(
  catalogue: Catalogue,
  policy: CompiledPolicy,
): Omit<CatalogueProblem, 'file'>[] {
  const problems: Omit<CatalogueProblem, 'file'>[] = [];
  const dates = new Set<IsoDate>(['2026-06-30']);
  for (const parameter of catalogue.parameters)
    for (const entry of parameter.values) dates.add(entry.effectiveFrom);
  const timelines = new Map<string, ParameterEntry[]>(
    catalogue.parameters.map((parameter) => [parameter.id, parameterTimeline(parameter)]),
  );
  const envs: Env[] = [...dates].map((date) =>
    catalogue.layout.env(date, resolveParameters(timelines, date)),
  );
  const neverTrue = new Map<string, string>();
  for (const leaf of policy.root.leaves) {
    if (leaf.origin === 'effective-period') continue;
    if (!envs.some((env) => leafCan(catalogue, leaf, env, MET)))
      neverTrue.set(leaf.id, `criterion "${leaf.id}" can never be true`);
  }
  for (const message of neverTrue.values()) problems.push({ path: '/conditions', message });
  if (
    neverTrue.size === 0 &&
    !envs.some((env) => nodeCanBeTrue(catalogue, policy.definition.conditions, env))
  )
    problems.push({
      path: '/conditions',
      message: 'the conditions contradict each other: they can never all be true',
    });
  if (policy.exclusiveWith.length > 0)
    for (const leaf of policy.root.leaves) {
      const test = leaf.definition;
      if (
        'fact' in test &&
        test.contains !== undefined &&
        policy.exclusiveWith.includes(test.contains)
      )
        problems.push({
          path: '/exclusivityGroup',
          message: `conflicting exclusivity: criterion "${leaf.id}" requires having received ${test.contains}, which this policy excludes`,
        });
    }
  return problems;
}

/** Is there an answer to the leaf's facts that gives `wanted`? */
function leafCan(catalogue: Catalogue, leaf: CompiledLeaf, env: Env, wanted: number): boolean {
  const readers = [leaf];
  const valueSets = leaf.facts.map((id) => {
    const fact = catalogue.factIndex.get(id);
    return fact ? probeValues(fact, readers, env) : [];
  });
  let combinations: Record<string, unknown>[] = [{}];
  leaf.facts.forEach((id, index) => {
    combinations = combinations.flatMap((facts) =>
      valueSets[index]!.map((value) => withFact(facts, id, value)),
    );
  });
  return combinations.some((facts) => leaf.test(catalogue.layout.read(facts), env) === wanted);
}

function nodeCanBeTrue(catalogue: Catalogue, node: ConditionNode, env: Env): boolean {
  return nodeCan(catalogue, compileCondition(node, catalogue.layout), node, env, MET);
}

function nodeCan(
  catalogue: Catalogue,
  compiled: CompiledNode,
  node: ConditionNode,
  env: Env,
  wanted: typeof MET | typeof UNMET,
): boolean {
  if ('test' in node) return leafCan(catalogue, compiled as CompiledLeaf, env, wanted);
  if ('not' in node)
    return nodeCan(
      catalogue,
      compileCondition(node.not, catalogue.layout),
      node.not,
      env,
      wanted === MET ? UNMET : MET,
    );
  const children = ('all' in node ? node.all : node.any).map((child) => ({
    node: child,
    compiled: compileCondition(child, catalogue.layout),
  }));
  const conjunction = 'all' in node === (wanted === MET);
  if (!conjunction)
    return children.some((child) => nodeCan(catalogue, child.compiled, child.node, env, wanted));
  if (!children.every((child) => nodeCan(catalogue, child.compiled, child.node, env, wanted)))
    return false;
  // Sibling criteria on the same single fact must be satisfiable by one answer together.
  const byFact = new Map<string, CompiledLeaf[]>();
  for (const child of children)
    if ('test' in child.node && child.compiled.facts.length === 1) {
      const fact = child.compiled.facts[0]!;
      byFact.set(fact, [...(byFact.get(fact) ?? []), child.compiled as CompiledLeaf]);
    }
  for (const [id, leaves] of byFact) {
    if (leaves.length < 2) continue;
    const fact = catalogue.factIndex.get(id);
    if (!fact) continue;
    const ok = probeValues(fact, leaves, env).some((value) => {
      const slots = catalogue.layout.read(withFact({}, id, value));
      return leaves.every((leaf) => leaf.test(slots, env) === wanted);
    });
    if (!ok) return false;
  }
  return true;
}
