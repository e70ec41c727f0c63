/**
 * Matching a description against the index: dictionary terms (with the head of the description
 * told from its modifiers), words shared with the nomenclature, and a precedent's similarity.
 */
import { type CompiledPrecedent, type LookupIndex } from './lookup-index';
import { stemLatin } from './words';

/** A modifier ("flow cytometer" in "antibody for flow cytometry") counts this much. */
const MODIFIER_WEIGHT = 0.5;
/** Words alone (no dictionary entry) score at most this. */
const WORDS_CEILING = 0.6;

// ---------------------------------------------------------------------------------------------
// Matching the dictionary

/** A dictionary term's entry, and whether the term is a brand or product-line name. */
export interface TermHit {
  entry: number;
  brand: boolean;
}

export interface DictionaryMatch {
  entry: number;
  /** A brand names the goods but is not the head noun of a description. */
  brand: boolean;
  /** The query text that matched. */
  text: string;
  /** Span in the normalised text. */
  start: number;
  end: number;
  /** 1 for the head of the description, {@link MODIFIER_WEIGHT} for a modifier. */
  weight: number;
}

const PREPOSITIONS = new Set(['for', 'with', 'in', 'from', 'compatible', 'suitable', 'used', 'to']);
const HAN_MODIFIER_AFTER = /^(?:专用|适用|用|的)/;
const HAN_MODIFIER_BEFORE = /(?:用于|适用于|供|配套)$/;

export function findDictionaryMatches(index: LookupIndex, text: string): DictionaryMatch[] {
  const found: DictionaryMatch[] = [];
  // Han (and mixed) terms: substring search over the text without spaces.
  const positions: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i += 1)
    if (text[i] !== ' ') {
      positions.push(i);
      compact += text[i];
    }
  for (let start = 0; start < compact.length; start += 1)
    for (
      let length = Math.min(index.maxHanTerm, compact.length - start);
      length >= 1;
      length -= 1
    ) {
      const term = compact.slice(start, start + length);
      const hits = index.hanTerms.get(term);
      if (!hits) continue;
      const from = positions[start]!;
      const to = positions[start + length - 1]! + 1;
      // A term that starts or ends with a Latin letter or digit must not cut a Latin word.
      if (/^[a-z0-9]/.test(term) && /[a-z0-9]/.test(text[from - 1] ?? '')) continue;
      if (/[a-z0-9]$/.test(term) && /[a-z0-9]/.test(text[to] ?? '')) continue;
      for (const { entry, brand } of hits)
        found.push({ entry, brand, text: text.slice(from, to), start: from, end: to, weight: 1 });
    }
  // Latin terms: consecutive stemmed tokens.
  const tokens = latinTokenSpans(text);
  for (let start = 0; start < tokens.length; start += 1)
    for (
      let length = Math.min(index.maxLatinTerm, tokens.length - start);
      length >= 1;
      length -= 1
    ) {
      const key = tokens
        .slice(start, start + length)
        .map((token) => token.token)
        .join(' ');
      const hits = index.latinTerms.get(key);
      if (!hits) continue;
      const from = tokens[start]!.start;
      const to = tokens[start + length - 1]!.end;
      for (const { entry, brand } of hits)
        found.push({ entry, brand, text: text.slice(from, to), start: from, end: to, weight: 1 });
    }
  // Longest first; a match inside a longer kept match is dropped (胎牛血清 hides 血清).
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DictionaryMatch[] = [];
  for (const match of found) {
    const overlaps = kept.some(
      (other) => match.start < other.end && other.start < match.end && other.entry !== match.entry,
    );
    const inside = kept.some(
      (other) =>
        other.entry === match.entry && other.start <= match.start && match.end <= other.end,
    );
    if (!overlaps && !inside) kept.push(match);
  }
  kept.sort((a, b) => a.start - b.start);
  markModifiers(index, text, kept, tokens);
  return kept;
}

/**
 * The head of a description is its last goods term outside a prepositional phrase or brackets
 * (English and Chinese noun phrases are head-final: "mouse anti-CD3 antibody", 「流式细胞仪用抗体」),
 * preferring generic terms to brand or strain names ("小鼠胚胎 C57BL/6" is embryos); other matches
 * are modifiers.
 */
function markModifiers(
  index: LookupIndex,
  text: string,
  matches: DictionaryMatch[],
  tokens: { token: string; start: number; end: number }[],
) {
  const prepositionAt = tokens.find((token) => PREPOSITIONS.has(token.token))?.start ?? Infinity;
  const depth: number[] = [];
  let level = 0;
  for (const char of text) {
    if (char === '(') level += 1;
    depth.push(level);
    if (char === ')') level = Math.max(0, level - 1);
  }
  const inPhrase = (match: DictionaryMatch) =>
    match.start > prepositionAt ||
    (depth[match.start] ?? 0) > 0 ||
    HAN_MODIFIER_AFTER.test(text.slice(match.end).trimStart()) ||
    HAN_MODIFIER_BEFORE.test(text.slice(0, match.start).trimEnd());
  const goods = matches.filter((match) => !index.entries[match.entry]!.entry.qualifier);
  const heads = goods.filter((match) => !inPhrase(match));
  const generic = heads.filter((match) => !match.brand);
  const head = (generic.length > 0 ? generic : heads.length > 0 ? heads : goods).at(-1);
  for (const match of matches)
    match.weight = head && (match.entry === head.entry || match === head) ? 1 : MODIFIER_WEIGHT;
}

export function pickHead(matches: DictionaryMatch[]): DictionaryMatch | undefined {
  return matches.find((match) => match.weight === 1);
}

function latinTokenSpans(text: string): { token: string; start: number; end: number }[] {
  const out: { token: string; start: number; end: number }[] = [];
  for (const run of text.matchAll(/[a-z0-9α-ω]+/g))
    for (const part of run[0].matchAll(/[a-zα-ω]+|\d+/g)) {
      const start = run.index + part.index;
      out.push({ token: stemLatin(part[0]), start, end: start + part[0].length });
    }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matching words against the nomenclature

export function matchWords(index: LookupIndex, queryTokens: string[]) {
  const unique = [...new Set(queryTokens)];
  if (unique.length === 0) return [];
  const weightOf = (token: string) => index.idf.get(token) ?? index.unknownIdf;
  const totalWeight = unique.reduce((sum, token) => sum + weightOf(token), 0);
  const k1 = 1.2;
  const b = 0.75;
  const scores = new Map<number, { bm25: number; matched: string[]; weight: number }>();
  for (const token of unique) {
    const list = index.postings.get(token);
    if (!list) continue;
    const idf = weightOf(token);
    for (let i = 0; i < list.docs.length; i += 1) {
      const doc = list.docs[i]!;
      const tf = list.tfs[i]!;
      const document = index.documents[doc]!;
      const score =
        (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * document.length) / index.averageLength));
      const entry = scores.get(doc) ?? { bm25: 0, matched: [], weight: 0 };
      entry.bm25 += score;
      entry.matched.push(token);
      entry.weight += idf;
      scores.set(doc, entry);
    }
  }
  const ranked = [...scores]
    .map(([doc, value]) => ({ doc, ...value, coverage: value.weight / totalWeight }))
    .sort((a, b) => b.coverage - a.coverage || b.bm25 - a.bm25)
    .slice(0, 8);
  const best = ranked[0]?.bm25 ?? 1;
  return ranked.map((hit) => ({
    code: index.documents[hit.doc]!.code,
    matched: hit.matched,
    score: WORDS_CEILING * hit.coverage * (0.6 + (0.4 * hit.bm25) / best),
  }));
}

export function precedentSimilarity(
  precedent: CompiledPrecedent,
  query: Map<string, number>,
  queryEntries: Set<number>,
  headEntry: number | null,
): number {
  // Weighted Dice coefficient of the content words (question boilerplate left out).
  let shared = 0;
  let queryTotal = 0;
  let precedentTotal = 0;
  for (const [token, weight] of query) {
    queryTotal += weight;
    if (precedent.tokens.has(token)) shared += weight;
  }
  for (const weight of precedent.tokens.values()) precedentTotal += weight;
  const words = queryTotal + precedentTotal > 0 ? (2 * shared) / (queryTotal + precedentTotal) : 0;
  if (queryEntries.size === 0 && precedent.entries.size === 0) return words;
  const sameHead = headEntry !== null && headEntry === precedent.headEntry;
  const sharedEntry = [...queryEntries].some((entry) => precedent.entries.has(entry));
  const entries = sameHead ? 1 : sharedEntry ? 0.5 : 0;
  return 0.6 * entries + 0.4 * words;
}
