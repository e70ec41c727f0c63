import { basename, dirname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildFactsSchema,
  evaluate,
  loadCatalogue,
  parameterTimeline,
  policyCasesFileSchema,
  resolveParameters,
  type Facts,
  type ResolvedParameters,
} from '../src/engine';
import { listCaseFiles, policiesDir, readCatalogueSource, readYaml } from './read-catalogue';

/**
 * Runs every policy's test cases (policies/<group>/<name>.cases.yaml): a situation on a date,
 * optional parameter values, and what the engine must answer — status, missing facts, amount,
 * per-criterion results, reasons, benefit details. Then checks each policy's cases exercise
 * every criterion (and group) as met, unmet and unknown, so no condition goes untested.
 */

const catalogue = loadCatalogue(readCatalogueSource());
const factsSchema = buildFactsSchema(catalogue);
const timelines = new Map(catalogue.parameters.map((p) => [p.id, parameterTimeline(p)]));
const caseFiles = listCaseFiles().map((file) => ({
  file: relative(policiesDir, file),
  content: policyCasesFileSchema.parse(readYaml(file)),
}));

function parametersFor(
  date: string,
  overrides: Record<string, number | 'unpublished' | 'none'> = {},
) {
  const parameters: ResolvedParameters = { ...resolveParameters(timelines, date) };
  for (const [id, value] of Object.entries(overrides)) {
    if (!parameters[id]) throw new Error(`case overrides unknown parameter ${id}`);
    parameters[id] =
      typeof value === 'number'
        ? { ...parameters[id]!, status: 'published', value }
        : { ...parameters[id]!, status: value, value: null };
  }
  return parameters;
}

it('every policy has a cases file beside it, and every cases file names its policy', () => {
  for (const policy of catalogue.policies) {
    const expected = `${policy.definition.id.replace('.', '/')}.cases.yaml`;
    expect(caseFiles.map((entry) => entry.file)).toContain(expected);
  }
  for (const { file, content } of caseFiles) {
    expect(catalogue.policyIndex.has(content.policy), `${file} names ${content.policy}`).toBe(true);
    expect(`${dirname(file)}.${basename(file, '.cases.yaml')}`).toBe(content.policy);
  }
});

for (const { file, content } of caseFiles) {
  describe(`${content.policy} (${file})`, () => {
    const seen = new Map<string, Set<string>>();
    for (const testCase of content.cases) {
      it(testCase.name, () => {
        const evaluation = evaluate(catalogue, {
          // Read as every client's facts are: validated, with what the answers imply filled in.
          facts: factsSchema.parse(testCase.facts) as Facts,
          date: testCase.date,
          parameters: parametersFor(testCase.date, testCase.parameters),
          policies: [content.policy],
          trace: true,
        });
        const result = evaluation.results[0]!;
        for (const line of result.criteria) {
          const results = seen.get(line.id) ?? new Set();
          results.add(line.result);
          seen.set(line.id, results);
        }
        const { expect: expected } = testCase;
        expect(result.status).toBe(expected.status);
        if (expected.missingFacts) expect(result.missingFacts).toEqual(expected.missingFacts);
        if (expected.status !== 'unknown') expect(result.missingFacts).toEqual([]);
        if (expected.maxAmountFen !== undefined)
          expect(result.benefit.maxAmountFen).toBe(expected.maxAmountFen);
        if (expected.amountBasis) expect(result.benefit.amountBasis).toBe(expected.amountBasis);
        if (expected.reasons)
          expect(result.reasons.map((reason) => reason.code).sort()).toEqual(
            [...expected.reasons].sort(),
          );
        for (const [id, wanted] of Object.entries(expected.criteria ?? {})) {
          const line = result.criteria.find((entry) => entry.id === id);
          expect(line, `criterion ${id}`).toBeDefined();
          expect(line!.result, `criterion ${id}`).toBe(wanted);
        }
        for (const [key, wanted] of Object.entries(expected.benefit ?? {}))
          expect(result.benefit[key], `benefit.${key}`).toEqual(wanted);
        // Every trace line cites a clause the catalogue knows.
        for (const line of result.criteria)
          expect(catalogue.clauseIndex.has(line.clause)).toBe(true);
      });
    }
    it('exercises every criterion as met, unmet and unknown', () => {
      const policy = catalogue.policyIndex.get(content.policy)!;
      for (const leaf of policy.root.leaves) {
        const wanted =
          leaf.origin === 'effective-period' ? ['met', 'unmet'] : ['met', 'unmet', 'unknown'];
        expect([...(seen.get(leaf.id) ?? [])].sort(), `criterion ${leaf.id}`).toEqual(
          expect.arrayContaining(wanted),
        );
      }
    });
  });
}
