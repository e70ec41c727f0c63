// Loading the catalogue: every file through its strict schema (catalogue-schema.ts), the facts,
// clauses, parameters and policies indexed and cross-checked, then compiled and checked once
// more. Beside it: catalogue-references.ts (what a policy refers to exists and fits),
// compile-policy.ts (one policy compiled) and catalogue-checks.ts (criteria that can never hold).
import type { z } from 'zod';
import {
  catalogueFileSchema,
  clausesFileSchema,
  factsFileSchema,
  parametersFileSchema,
  policySchema,
} from './catalogue-schema';
import { checkPolicyCanHold } from './catalogue-checks';
import { checkPolicyReferences, type ReferenceContext } from './catalogue-references';
import { FactLayout, type Missing } from './compile';
import { compileCatalogueCode, type CollectAll } from './compile-code';
import { compilePolicy, type CompiledPolicy } from './compile-policy';
import { checkParameterValue } from './parameters';
import type {
  CatalogueSource,
  ClauseDefinition,
  FactDefinition,
  FactSubject,
  FactType,
  ParameterDefinition,
  PolicyDefinition,
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

export interface Catalogue {
  /** One slot per fact of the vocabulary, shared by every policy. */
  layout: FactLayout;
  /** Decides every policy in one generated function (the untraced fast path of `evaluate`). */
  collectAll: CollectAll;
  /** Scratch space for collectAll: one per policy (evaluation is synchronous). */
  scratch: { missing: (Missing | null)[]; codes: Uint8Array };
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
      missing: policies.map(() => null),
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
