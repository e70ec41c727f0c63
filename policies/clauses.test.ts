import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../src/engine';
import { listCaseFiles, listPolicyFiles, policiesDir, readCatalogueSource } from './read-catalogue';

/**
 * The clause register (policies/clauses.yaml) is the project's own record of the source text.
 * These checks run on every clone: every quote a policy file, the fact vocabulary or a parameter
 * makes of the source is the register's text, character for character — a header quote line
 * (`# A.P8 — 符合…`, elisions written ……) against the clause it names, and every 「…」 quotation
 * against the clauses. A paraphrase is written in English or without quotation marks, so it is
 * never mistaken for the source's words.
 */

const catalogue = loadCatalogue(readCatalogueSource());
const originals = catalogue.clauses.map((clause) => clause.original);
const cjk = /[\u3400-\u9fff]/;

/** The parts of a quotation between elisions (……), each of which must stand in the source. */
function fragmentsOf(quote: string): string[] {
  return quote
    .split(/……|…/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The `# ID — quote` lines at the head of a YAML file, continuation lines joined. */
function headerQuotes(text: string): { id: string; quote: string }[] {
  const quotes: { id: string; quote: string }[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    const body = line.replace(/^#\s?/, '');
    const start = /^([AB]\.[A-Z]+\d*) — (.*)$/.exec(body);
    if (start) quotes.push({ id: start[1]!, quote: start[2]!.trim() });
    else if (body.trim() === '') quotes.push({ id: '', quote: '' });
    else if (quotes.length > 0 && quotes[quotes.length - 1]!.id && !/^\s/.test(body))
      quotes[quotes.length - 1]!.quote += body.trim();
  }
  // A paraphrase names the clause in English (`B.N1 — 財關稅〔2026〕1號, in force from …`); a quote
  // is the source's Chinese, where Latin letters appear only as capitals (OPC, API, AI).
  return quotes.filter(
    (entry) => entry.id && cjk.test(entry.quote.slice(0, 1)) && !/[a-z]{2,}/.test(entry.quote),
  );
}

/** Every 「…」 quotation of Chinese text in a file (comments, labels and notes alike). */
function bracketQuotes(text: string): string[] {
  return [...text.matchAll(/「([^「」]+)」/g)]
    .map((match) => match[1]!)
    .filter((quote) => cjk.test(quote));
}

const files = [
  ...listPolicyFiles(),
  ...listCaseFiles(),
  fileURLToPath(new URL('facts.yaml', import.meta.url)),
  fileURLToPath(new URL('parameters.yaml', import.meta.url)),
];

describe('the clause register', () => {
  it('gives every clause its text in three languages, zh-Hant as the source has it', () => {
    for (const clause of catalogue.clauses) {
      for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const)
        expect(clause.text[language].length, `${clause.id} ${language}`).toBeGreaterThan(0);
      if (!clause.secondary) expect(clause.text['zh-Hant'], clause.id).toBe(clause.original);
    }
  });

  it("dates the plan by its title as the register's source names it", () => {
    const title = catalogue.clauseIndex.get('A.TITLE')!;
    expect(`《${title.original}》`).toBe(catalogue.sources.A['zh-Hant']);
  });

  for (const file of files) {
    const name = file.slice(policiesDir.length);
    const text = readFileSync(file, 'utf8');
    it(`${name}: every quotation of the source is the register's text`, () => {
      for (const { id, quote } of headerQuotes(text)) {
        const clause = catalogue.clauseIndex.get(id);
        expect(clause, `${name} quotes ${id}, which the register does not have`).toBeDefined();
        for (const fragment of fragmentsOf(quote))
          expect(clause!.original, `${name}: ${id} — ${fragment}`).toContain(fragment);
      }
      for (const quote of bracketQuotes(text))
        for (const fragment of fragmentsOf(quote))
          expect(
            originals.some((original) => original.includes(fragment)),
            `${name}: 「${fragment}」 is not in any clause of the register`,
          ).toBe(true);
    });
  }

  it('catches a misquotation (the check itself can fail)', () => {
    const clause = catalogue.clauseIndex.get('A.P8')!;
    const [quote] = headerQuotes('# A.P8 — 符合深圳市青年人才政策條件的創業者，可租住最長48個月\n');
    expect(quote!.quote).toContain('48');
    expect(fragmentsOf(quote!.quote).every((part) => clause.original.includes(part))).toBe(false);
  });
});

// The team's CLAUSES.md is not part of a clone; where it sits beside the checkout, the register
// must carry every row of it unchanged (A.TITLE is the project's own addition).
const teamClauses = fileURLToPath(
  new URL('../../shared/policy-source/CLAUSES.md', import.meta.url),
);
describe.runIf(existsSync(teamClauses))('the register against the team CLAUSES.md', () => {
  it('has every row, quoted exactly', () => {
    const rows = new Map<string, string>();
    for (const line of readFileSync(teamClauses, 'utf8').split('\n')) {
      const match = /^\| ([AB]\.[A-Z]+\d*) \| (.+?) \| (.+?) \|$/.exec(line);
      if (match) rows.set(match[1]!, match[2]!);
    }
    const projectOnly = new Set(['A.TITLE']);
    expect(
      catalogue.clauses
        .map((clause) => clause.id)
        .filter((id) => !projectOnly.has(id))
        .sort(),
    ).toEqual([...rows.keys()].sort());
    for (const [id, original] of rows)
      expect(catalogue.clauseIndex.get(id)?.original, id).toBe(original);
  });
});
