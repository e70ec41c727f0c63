import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../src/engine';
import { readCatalogueSource } from './read-catalogue';

/**
 * Words a founder does not know get one line of help, in the screen's script (issue #10 item 8).
 * A 「…」 quotation is the source's own Traditional text (clauses.test.ts holds it to the
 * register), so a Simplified Chinese line never uses one: it quotes the Simplified wording “…”.
 */

const catalogue = loadCatalogue(readCatalogueSource());

/** The terms of art a newcomer meets in the questions, and the facts that ask about them. */
const terms: Record<string, string> = {
  'company.isStartup': '初创型企业',
  'company.highGrowth': '高成长性企业',
  'person.kunpengProjectAdmitted': '鲲鹏青年创新创业项目',
  'company.kunpengAdmitted': '鲲鹏青年创新创业项目',
  'person.meetsYouthTalentConditions': '符合深圳市青年人才政策条件',
  'person.newlyArrived': '新引进人才',
};

describe('help for the terms of art', () => {
  for (const [factId, term] of Object.entries(terms))
    it(`${factId} explains ${term} in each language`, () => {
      const fact = catalogue.factIndex.get(factId)!;
      expect(fact.help, factId).toBeDefined();
      expect(fact.help!['zh-Hans']).toContain(term);
      for (const language of ['zh-Hant', 'en'] as const)
        expect(fact.help![language].length).toBeGreaterThan(10);
    });

  it('never quotes Traditional text on a Simplified screen', () => {
    for (const fact of catalogue.facts) {
      expect(fact.help?.['zh-Hans'] ?? '', fact.id).not.toMatch(/「[^」]*」/);
      expect(fact.question['zh-Hans'], fact.id).not.toMatch(/「[^」]*」/);
    }
  });
});
