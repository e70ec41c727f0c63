import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeMatches, evaluate, lookupRanker, parseEvaluationCsv } from './evaluation';
import { createLookupIndex } from './lookup/lookup';
import { loadDefaultLookupSources } from './sources';

const text = readFileSync(
  new URL('../../../test/fixtures/hetao/lookup-eval.csv', import.meta.url),
  'utf8',
);

describe('the evaluation set', () => {
  const cases = parseEvaluationCsv(text);

  it('has at least 150 real descriptions in all three scripts, both splits, and ambiguous rows', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    for (const script of ['zh-Hans', 'zh-Hant', 'en'])
      expect(cases.filter((c) => c.script === script).length, script).toBeGreaterThanOrEqual(25);
    expect(cases.filter((c) => c.split === 'held-out').length).toBeGreaterThanOrEqual(50);
    expect(cases.filter((c) => c.verdict === 'uncertain').length).toBeGreaterThanOrEqual(10);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.text)).size).toBe(cases.length);
    // The biosafety flag of B.R1 is labelled both ways, in every script.
    for (const script of ['zh-Hans', 'zh-Hant', 'en']) {
      const ofScript = cases.filter((c) => c.script === script);
      expect(ofScript.filter((c) => c.biosafety).length, script).toBeGreaterThanOrEqual(5);
      expect(ofScript.filter((c) => !c.biosafety).length, script).toBeGreaterThanOrEqual(5);
    }
  });

  it('refuses a malformed row', () => {
    const header = text.split('\n')[0];
    expect(() =>
      parseEvaluationCsv(`${header}\nX1,tuned,zh-Hans,培养基,38.21,consumables,listed,`),
    ).toThrow(/heading/);
    expect(() =>
      parseEvaluationCsv(`${header}\nX1,train,zh-Hans,培养基,3821,consumables,listed,`),
    ).toThrow(/split/);
  });

  it('matches a candidate to an expected heading only when it is at least as precise', () => {
    expect(codeMatches('300215', ['3002'])).toBe(true);
    expect(codeMatches('3002', ['300212'])).toBe(false);
    expect(codeMatches('90275010', ['902750'])).toBe(true);
    expect(codeMatches('350400', ['3504', '3821'])).toBe(true);
  });

  it('meets the goals of issue 5 on the shipped working list (top-3 ≥ 95 %, top-1 ≥ 85 %, ambiguous → uncertain)', () => {
    const report = evaluate(cases, lookupRanker(createLookupIndex(loadDefaultLookupSources())));
    expect(report.all.top3).toBeGreaterThanOrEqual(0.95);
    expect(report.all.top1).toBeGreaterThanOrEqual(0.85);
    expect(report.all.ambiguousUncertain).toBe(report.all.ambiguous);
    // The held-out split is not tuned against; it must still clear the lower goal.
    expect(report.heldOut.top1).toBeGreaterThanOrEqual(0.85);
    // Issue 9 item 13: the biosafety flag of B.R1 is right on every tuned row (human and animal
    // specimens, tissue, blood, sera, tissue-derived reagents, live animals and animal products
    // flagged; minerals, fossils, plant specimens, instruments and synthetic reagents not).
    expect(
      report.outcomes.filter((o) => o.case.split === 'tuned' && !o.biosafety).map((o) => o.case.id),
    ).toEqual([]);
  });
});
