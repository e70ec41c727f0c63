import { describe, expect, it } from 'vitest';
import {
  CatalogueError,
  evaluate,
  loadCatalogue,
  parameterTimeline,
  resolveParameters,
  type CatalogueSource,
} from '../../src/engine';
import { readCatalogueSource } from '../read-catalogue';

/**
 * What the cases file cannot say of the Hetao exemption (issue 9 item 13): the start date cites
 * B.D1 beside B.N1; the biosafety flag of B.R1 never changes a status, whatever the origin; the
 * goods facts it reads are goods facts in three languages; and the catalogue refuses a split or a
 * flag that does not fit the fact vocabulary.
 */

const source = readCatalogueSource();
const catalogue = loadCatalogue(source);
const POLICY = 'hetao.research-import-exemption';
const DATE = '2026-03-01';
const timelines = new Map(
  catalogue.parameters.map((parameter) => [parameter.id, parameterTimeline(parameter)]),
);

const importer = {
  entityType: 'enterprise',
  registeredInSupervisedArea: true,
  independentLegalPerson: true,
  whiteListed: true,
  waivedClasses: [],
};
const listedGoods = { route: 'first-line', forOwnResearchUse: true, onList: true, excluded: false };

function run(goods: Record<string, unknown>, date = DATE) {
  return evaluate(catalogue, {
    facts: { importer, goods },
    date,
    parameters: resolveParameters(timelines, date),
    policies: [POLICY],
    trace: true,
  }).results[0]!;
}

function problemsOf(edit: (policy: any) => void): string[] {
  const copy: CatalogueSource = structuredClone(source);
  edit(copy.policies.find((entry) => (entry.content as any).id === POLICY)!.content);
  try {
    loadCatalogue(copy);
  } catch (error) {
    if (error instanceof CatalogueError)
      return error.problems.map((problem) => `${problem.path}: ${problem.message}`);
    throw error;
  }
  return [];
}

describe(POLICY, () => {
  it('dates its start by B.N1 with B.D1 beside it, and cites B.R1', () => {
    const result = run({ ...listedGoods, category: 'consumables' }, '2026-02-10');
    const inForce = result.criteria.find((line) => line.id === 'in-force');
    expect(inForce).toMatchObject({ clause: 'B.N1', seeAlso: ['B.D1'], result: 'met' });
    expect(result.citations).toEqual(expect.arrayContaining(['B.N1', 'B.D1', 'B.N5', 'B.R1']));
  });

  it('never changes a status with the biosafety flag, whatever the origin and category', () => {
    const origins = catalogue.factIndex.get('goods.origin')!.options!.map((o) => o.value);
    const categories = catalogue.factIndex.get('goods.category')!.options!.map((o) => o.value);
    for (const category of categories)
      for (const origin of [...origins, undefined]) {
        const result = run({ ...listedGoods, category, partUse: 'not-a-part', origin });
        expect(result.status, `${category} ${origin}`).toBe('eligible');
        const flagged =
          category === 'animals' || ['human', 'animal', 'microbial'].includes(origin ?? '')
            ? true
            : origin === undefined
              ? null
              : false;
        expect(result.benefit.biosafety, `${category} ${origin}`).toEqual({
          flagged,
          clause: 'B.R1',
        });
      }
  });

  it('reads goods facts that are asked in three languages and never kept in a profile', () => {
    for (const id of ['goods.origin', 'goods.partUse']) {
      const fact = catalogue.factIndex.get(id)!;
      expect(fact, id).toMatchObject({ subject: 'goods', type: 'enum', storedInProfile: false });
      for (const option of fact.options!)
        for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const)
          expect(option.label[language].trim(), `${id} ${option.value} ${language}`).not.toBe('');
    }
  });

  it('refuses a split category that leaves a value without a regime, or cites an unlisted clause', () => {
    const problems = problemsOf((policy) => {
      delete policy.benefit.supervision['equipment-parts'].regimes['consumed-in-research'];
      policy.benefit.supervision['equipment-parts'].clause = 'B.F1';
    }).join('\n');
    expect(problems).toMatch(/gives no regime for "consumed-in-research" of goods\.partUse/);
    expect(problems).toMatch(/cites B\.F1, which the policy does not list in its clauses/);
  });

  it('refuses a biosafety flag on origins or categories the vocabulary does not have', () => {
    const problems = problemsOf((policy) => {
      policy.benefit.biosafety.origins = ['human', 'martian'];
      policy.benefit.biosafety.categories = ['pets'];
    }).join('\n');
    expect(problems).toMatch(/"martian" is not an option of goods\.origin/);
    expect(problems).toMatch(/"pets" is not an option of goods\.category/);
  });
});
