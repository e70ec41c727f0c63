// The reference checks of loading the catalogue: every clause, fact, parameter and policy a
// policy names exists, is of the type its use needs, and every value it compares with is one
// of the fact's options.
import type {
  BenefitDefinition,
  ConditionNode,
  FactDefinition,
  FactType,
  ParameterDefinition,
  ParameterUnit,
  PolicyDefinition,
  TestDefinition,
} from './types';

const reservedCriterionIds = new Set([
  'in-force',
  'not-received-before',
  'no-alternative-received',
]);

export interface ReferenceContext {
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
export function checkPolicyReferences(
  file: string,
  policy: PolicyDefinition,
  context: ReferenceContext,
) {
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
