import { describe, expect, it } from 'vitest';
import { CatalogueError, loadCatalogue, type CatalogueSource } from '../src/engine';
import { readCatalogueSource } from './read-catalogue';

/**
 * The catalogue loads, every policy cites real clauses, and the strict schema and the checks
 * at load reject what they must: unknown fields, missing citations, dangling references,
 * criteria that can never be true, and exclusivity that contradicts itself.
 */

const source = readCatalogueSource();

/** A copy of the source with one policy changed by `edit`. */
function withPolicy(id: string, edit: (policy: any) => void): CatalogueSource {
  const copy = structuredClone(source);
  const entry = copy.policies.find((candidate) => (candidate.content as any).id === id)!;
  edit(entry.content);
  return copy;
}

function problemsOf(changed: CatalogueSource): string[] {
  try {
    loadCatalogue(changed);
  } catch (error) {
    if (error instanceof CatalogueError)
      return error.problems.map((problem) => `${problem.file} ${problem.path}: ${problem.message}`);
    throw error;
  }
  return [];
}

const expectedIds = [
  'talent.recognition',
  'talent.settlement-subsidy',
  'space.opc-community',
  'space.other-industrial',
  'startup.kunpeng-award',
  'startup.kunpeng-rnd',
  'startup.returnee-funding',
  'loan.personal-startup',
  'loan.micro-enterprise',
  'scenario.gov-deployment',
  'scenario.demonstration',
  'housing.transitional',
  'housing.allowance',
  'voucher.compute',
  'voucher.model',
  'voucher.corpus',
  'consortium.challenge',
  'finance.fund-introduction',
  'hetao.research-import-exemption',
];

describe('the catalogue as shipped', () => {
  const catalogue = loadCatalogue(source);

  it('has the 19 benefits of the issue, in its order', () => {
    expect(catalogue.policies.map((policy) => policy.definition.id)).toEqual(expectedIds);
  });

  it('cites the clauses of the issue for each benefit', () => {
    const cites = (id: string) => catalogue.policyIndex.get(id)!.definition.clauses;
    expect(cites('talent.settlement-subsidy')).toContain('A.P2');
    expect(cites('voucher.compute')).toEqual(expect.arrayContaining(['A.P9', 'A.V1']));
    expect(cites('hetao.research-import-exemption')).toEqual(
      expect.arrayContaining([
        'B.E1',
        'B.E2',
        'B.N1',
        'B.N2',
        'B.N3',
        'B.N4',
        'B.N5',
        'B.N6',
        'B.N7',
      ]),
    );
  });

  it('marks scenario.*, consortium.challenge and startup.kunpeng-* (and only those) discretionary', () => {
    const discretionary = catalogue.policies
      .filter((policy) => policy.definition.discretionary)
      .map((policy) => policy.definition.id)
      .sort();
    expect(discretionary).toEqual(
      [
        'consortium.challenge',
        'scenario.demonstration',
        'scenario.gov-deployment',
        'startup.kunpeng-award',
        'startup.kunpeng-rnd',
      ].sort(),
    );
  });

  it('makes the two A.P8 housing benefits exclusive of each other', () => {
    expect(catalogue.policyIndex.get('housing.allowance')!.exclusiveWith).toEqual([
      'housing.transitional',
    ]);
    expect(catalogue.policyIndex.get('housing.transitional')!.exclusiveWith).toEqual([
      'housing.allowance',
    ]);
  });

  it('leaves the A.P2 tiers unpublished, and publishes the ceiling the source gives', () => {
    for (const tier of ['phd', 'master', 'bachelor']) {
      const parameter = catalogue.parameterIndex.get(`talent.settlement-subsidy.tier-${tier}-fen`)!;
      expect(parameter.values.map((entry) => entry.status)).toEqual(['unpublished']);
    }
    expect(
      catalogue.parameterIndex.get('talent.settlement-subsidy.cap-fen')!.values[0]!.value,
    ).toBe(10_000_000);
  });

  it('gives every parameter value a source citing a clause', () => {
    for (const parameter of catalogue.parameters)
      for (const entry of parameter.values) {
        expect(entry.source.clauses.length).toBeGreaterThan(0);
        expect(entry.source.document.length).toBeGreaterThan(0);
      }
  });
});

describe('the strict schema and the checks at load reject', () => {
  it('an unknown field, naming it and where it is', () => {
    const problems = problemsOf(
      withPolicy('housing.allowance', (policy) => {
        policy.conditions.all[0].weight = 2;
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /housing\/allowance\.yaml \/conditions\/all\/0\/weight: unknown field "weight"/,
      ),
    ]);
  });

  it('a misspelt top-level field', () => {
    const problems = problemsOf(
      withPolicy('voucher.model', (policy) => {
        policy.exclusivityGroupe = 'x';
      }),
    );
    expect(problems.join('\n')).toMatch(/unknown field "exclusivityGroupe"/);
  });

  it('a criterion without its clause', () => {
    const problems = problemsOf(
      withPolicy('housing.allowance', (policy) => {
        delete policy.conditions.all[1].clause;
      }),
    );
    expect(problems.join('\n')).toMatch(
      /\/conditions\/all\/1\/clause: a criterion must cite the clause it encodes/,
    );
  });

  it('a policy citing no clause', () => {
    const problems = problemsOf(
      withPolicy('consortium.challenge', (policy) => {
        policy.clauses = [];
      }),
    );
    expect(problems.join('\n')).toMatch(/a policy must cite at least one clause/);
  });

  it('a clause that does not exist, and a criterion citing a clause the policy does not list', () => {
    const problems = problemsOf(
      withPolicy('consortium.challenge', (policy) => {
        policy.clauses = ['A.P10', 'A.P99'];
        policy.conditions.all[1].clause = 'A.P7';
      }),
    );
    expect(problems.join('\n')).toMatch(/cites clause A\.P99, which is not in the clause list/);
    expect(problems.join('\n')).toMatch(
      /cites A\.P7, which the policy does not list in its clauses/,
    );
  });

  it('a fact that is not in the vocabulary, or used with the wrong operator', () => {
    const problems = problemsOf(
      withPolicy('scenario.demonstration', (policy) => {
        policy.conditions.all[1].test = { fact: 'company.isDemo', is: true };
        policy.conditions.all[0].test = { fact: 'person.graduationDate', is: true };
      }),
    );
    expect(problems.join('\n')).toMatch(
      /reads fact "company\.isDemo", which is not in the fact vocabulary/,
    );
    expect(problems.join('\n')).toMatch(/fact "person\.graduationDate" is date; expected boolean/);
  });

  it('an option that the fact does not have', () => {
    const problems = problemsOf(
      withPolicy('space.opc-community', (policy) => {
        policy.conditions.all[1].test = { fact: 'company.workspace', equals: 'opc' };
      }),
    );
    expect(problems.join('\n')).toMatch(/"opc" is not an option of company\.workspace/);
  });

  it('a parameter that is not declared, or in the wrong unit', () => {
    const problems = problemsOf(
      withPolicy('startup.kunpeng-award', (policy) => {
        policy.benefit.capFen = { parameter: 'startup.kunpeng-award.cap' };
      }),
    );
    expect(problems.join('\n')).toMatch(
      /uses parameter "startup\.kunpeng-award\.cap", which is not declared/,
    );
    const units = problemsOf(
      withPolicy('startup.kunpeng-award', (policy) => {
        policy.benefit.capFen = { parameter: 'loan.graduation-window-years' };
      }),
    );
    expect(units.join('\n')).toMatch(/is in years; expected fen/);
  });

  it('a reference to a policy that does not exist', () => {
    const problems = problemsOf(
      withPolicy('scenario.demonstration', (policy) => {
        policy.conditions.all.push({
          id: 'had-award',
          clause: 'A.P7',
          label: { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' },
          test: { fact: 'company.benefitsReceived', contains: 'startup.kunpeng-prize' },
        });
      }),
    );
    expect(problems.join('\n')).toMatch(
      /refers to policy "startup\.kunpeng-prize", which does not exist/,
    );
  });

  it('a policy file the list does not name, and a listed id without a file', () => {
    const copy = structuredClone(source);
    (copy.catalogue as any).policies = [
      ...(copy.catalogue as any).policies.slice(1),
      'talent.missing',
    ];
    const problems = problemsOf(copy);
    expect(problems.join('\n')).toMatch(/lists policy "talent\.missing", which has no file/);
    expect(problems.join('\n')).toMatch(
      /policy "talent\.recognition" is not listed in catalogue\.yaml/,
    );
  });

  it('a criterion that can never be true', () => {
    const problems = problemsOf(
      withPolicy('space.opc-community', (policy) => {
        policy.conditions.all[1].test = { fact: 'company.workspace', in: [] };
      }),
    );
    expect(problems.join('\n')).toMatch(/criterion "in-opc-community" can never be true/);
  });

  it('criteria that contradict each other', () => {
    const problems = problemsOf(
      withPolicy('consortium.challenge', (policy) => {
        policy.conditions.all.push({
          id: 'no-company',
          clause: 'A.P10',
          label: { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' },
          test: { fact: 'person.hasCompany', is: false },
        });
      }),
    );
    expect(problems.join('\n')).toMatch(/the conditions contradict each other/);
  });

  it('an impossible number range', () => {
    const problems = problemsOf(
      withPolicy('space.opc-community', (policy) => {
        policy.conditions.all.push({
          id: 'team',
          clause: 'A.S2',
          label: { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' },
          test: { fact: 'company.teamSize', atLeast: 10, atMost: 5 },
        });
      }),
    );
    expect(problems.join('\n')).toMatch(/criterion "team" can never be true/);
  });

  it('an exclusivity group with one member', () => {
    const problems = problemsOf(
      withPolicy('housing.allowance', (policy) => {
        policy.exclusivityGroup = 'housing.other';
      }),
    );
    expect(problems.join('\n')).toMatch(
      /conflicting exclusivity: group "housing\.other" has no other member/,
    );
  });

  it('an exclusivity group mixing a person benefit with a company benefit', () => {
    const problems = problemsOf(
      withPolicy('voucher.model', (policy) => {
        policy.exclusivityGroup = 'housing.a-p8';
      }),
    );
    expect(problems.join('\n')).toMatch(
      /conflicting exclusivity: group "housing\.a-p8" mixes person and company policies/,
    );
  });

  it('a benefit that requires having received the very benefit it excludes', () => {
    const problems = problemsOf(
      withPolicy('housing.allowance', (policy) => {
        policy.conditions.all.push({
          id: 'had-housing',
          clause: 'A.P8',
          label: { 'zh-Hans': 'x', 'zh-Hant': 'x', en: 'x' },
          test: { fact: 'person.benefitsReceived', contains: 'housing.transitional' },
        });
      }),
    );
    expect(problems.join('\n')).toMatch(
      /conflicting exclusivity: criterion "had-housing" requires having received housing\.transitional/,
    );
  });

  it('an effective period that ends before it starts', () => {
    const problems = problemsOf(
      withPolicy('hetao.research-import-exemption', (policy) => {
        policy.effective.until = '2026-01-01';
      }),
    );
    expect(problems.join('\n')).toMatch(/can never be in force/);
  });

  it('an unpublished parameter entry that carries a value', () => {
    const copy = structuredClone(source);
    const parameters = (copy.parameters as any).parameters;
    parameters.find((p: any) => p.id === 'talent.settlement-subsidy.tier-phd-fen').values[0].value =
      5;
    expect(problemsOf(copy).join('\n')).toMatch(/an unpublished entry carries no value/);
  });

  it('a parameter value outside its range', () => {
    const copy = structuredClone(source);
    const parameters = (copy.parameters as any).parameters;
    parameters.find((p: any) => p.id === 'voucher.model.rate-bp').values[0].value = 12_000;
    expect(problemsOf(copy).join('\n')).toMatch(/a rate is at most 10000 basis points/);
  });
});
