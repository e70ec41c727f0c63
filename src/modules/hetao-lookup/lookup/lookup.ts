// Length (about 1,060 lines): the lookup's steps share one scoring state; issue #12 splits
// lookupGoods into one function per step, each in its own file.
/**
 * The Hetao goods lookup: free text (Simplified, Traditional or English; a product name, a
 * brand, a catalogue line) and optionally a proposed code → candidate tariff headings with
 * reasons, the list item that covers each, flags, and an honest verdict.
 *
 * Evidence, strongest first:
 * 1. precedents — published answers of customs officers to similar questions;
 * 2. the curated laboratory-goods dictionary (terms, synonyms, brands → headings with reasons);
 * 3. a code the user proposes;
 * 4. words shared with the nomenclature (BM25 over HS 2022 + China 8-digit names).
 *
 * Pure: build the index once from {@link LookupSources} (≈0.5 s: jieba's dictionary and the
 * nomenclature), then each lookup is a few milliseconds and touches nothing outside.
 */
import { clauseRefs, type LookupClauseId } from './clauses';
import { explainResult, formatCode, localise } from './explain';
import { itemCoverage, listCoverage, type ListCategory, type ListItem } from './list-format';
import { convertToTraditional, normaliseQuery, normaliseText } from './normalise';
import { judgeOrigin, type OriginEvidence } from './origin';
import type {
  AuthoredText,
  BiologicalOrigin,
  DictionaryEntry,
  LocalisedText,
  LookupCandidate,
  LookupFlag,
  LookupQuery,
  LookupReason,
  LookupResult,
  LookupSources,
  Nomenclature,
  Precedent,
  Verdict,
} from './types';
import { createSegmenter, HAN_STOP, latinTokens, stemLatin, type Segmenter } from './words';

/** Below this score nothing is identified well enough to give a verdict. */
const MIN_CONFIDENCE = 0.35;
/** Candidates scoring at least this share of the best one are "plausible" alternatives. */
const PLAUSIBLE_SHARE = 0.6;
/** A modifier ("flow cytometer" in "antibody for flow cytometry") counts this much. */
const MODIFIER_WEIGHT = 0.5;
/** Words alone (no dictionary entry) score at most this. */
const WORDS_CEILING = 0.6;
/** A precedent this similar to the query decides the verdict. */
const DECISIVE_PRECEDENT = 0.8;
const MAX_CANDIDATES = 6;

/** Words of the way questions are asked, not of the goods: left out when comparing a query
 * with a precedent's question. */
const QUESTION_WORDS = new Set(
  '是否 属于 免税 清单 耗材 用于 进口 请问 我们 可以 能否 货号 免征 关税 河套 科研 是不是 包括 包含 在内 列入 享受 政策 使用 公司 实验室 question whether covered list import tax exempt exemption research use used our we is are can'.split(
    ' ',
  ),
);

interface CompiledEntry {
  index: number;
  entry: DictionaryEntry;
  label: LocalisedText;
  headings: { code: string; weight: number; category?: ListCategory; reason: LocalisedText }[];
  contested: LocalisedText | null;
  excluded: LocalisedText | null;
}

interface WordDocument {
  code: string;
  length: number;
}

/** The documents containing a token, and how often (typed arrays: fewer objects for the GC). */
interface Posting {
  docs: Int32Array;
  tfs: Float32Array;
}

interface CompiledPrecedent {
  precedent: Precedent;
  code: string;
  publishedAt: string;
  tokens: Map<string, number>;
  entries: Set<number>;
  headEntry: number | null;
}

/** Everything a lookup needs, prepared once. Treat as opaque. */
export interface LookupIndex {
  readonly sources: LookupSources;
  readonly segmenter: Segmenter;
  readonly entries: CompiledEntry[];
  readonly hanTerms: Map<string, TermHit[]>;
  readonly maxHanTerm: number;
  readonly latinTerms: Map<string, TermHit[]>;
  readonly maxLatinTerm: number;
  readonly hs: Map<string, { description: string; parent: string | null }>;
  readonly national: Map<string, { zh: string | null; en: string | null }>;
  readonly childrenOf: Map<string, string[]>;
  readonly documents: WordDocument[];
  readonly postings: Map<string, Posting>;
  readonly idf: Map<string, number>;
  readonly unknownIdf: number;
  readonly averageLength: number;
  readonly precedents: CompiledPrecedent[];
  readonly coverageCache: Map<
    string,
    { coverage: LookupCandidate['coverage']; item: ListItem | null }
  >;
  /** Per 6-digit heading: the national lines the list excludes by name (see outsideExclusions). */
  readonly exclusionsCache: Map<string, ExcludedLine[] | null>;
}

interface ExcludedLine {
  line: string;
  zh: string | null;
  en: string | null;
}

// ---------------------------------------------------------------------------------------------
// Building the index

/**
 * Prepares the lookup. The other developer's DB-backed loader and {@link loadDefaultLookupSources}
 * both produce the {@link LookupSources}; rebuild the index when the list or precedents change.
 */
export function createLookupIndex(sources: LookupSources): LookupIndex {
  const dictionary = compileDictionary(sources.dictionary);
  const nomenclature = compileNomenclature(
    sources.nomenclature,
    sources.dictionary,
    dictionary.segmenter,
  );
  const index: LookupIndex = {
    sources,
    ...dictionary,
    ...nomenclature,
    precedents: [],
    coverageCache: new Map(),
    exclusionsCache: new Map(),
  };
  (index as { precedents: CompiledPrecedent[] }).precedents = sources.precedents.map((precedent) =>
    compilePrecedent(index, precedent),
  );
  // Warm the converters and the matcher so the first real lookup is as fast as the others.
  lookupGoods(index, { text: '培養基 culture medium 培养基' });
  return index;
}

// NOTE: compiling the dictionary (jieba with the domain words) and the nomenclature's word
// index takes about a second; both are cached by object identity, so rebuilding the index when
// the list or the precedents change costs only the precedents.
const dictionaryCache = new WeakMap<
  LookupSources['dictionary'],
  ReturnType<typeof buildDictionary>
>();
const nomenclatureCache = new WeakMap<
  Nomenclature,
  WeakMap<LookupSources['dictionary'], ReturnType<typeof buildNomenclature>>
>();

function compileDictionary(source: LookupSources['dictionary']) {
  let compiled = dictionaryCache.get(source);
  if (!compiled) {
    compiled = buildDictionary(source);
    dictionaryCache.set(source, compiled);
  }
  return compiled;
}

function compileNomenclature(
  source: Nomenclature,
  dictionary: LookupSources['dictionary'],
  segmenter: Segmenter,
) {
  let byDictionary = nomenclatureCache.get(source);
  if (!byDictionary) {
    byDictionary = new WeakMap();
    nomenclatureCache.set(source, byDictionary);
  }
  let compiled = byDictionary.get(dictionary);
  if (!compiled) {
    compiled = buildNomenclature(source, segmenter);
    byDictionary.set(dictionary, compiled);
  }
  return compiled;
}

function buildDictionary(source: LookupSources['dictionary']) {
  const entries = source.entries.map((entry, index) => compileEntry(entry, index));
  const hanTerms = new Map<string, TermHit[]>();
  const latinTerms = new Map<string, TermHit[]>();
  const add = (map: Map<string, TermHit[]>, key: string, hit: TermHit) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    const same = list.find((other) => other.entry === hit.entry);
    if (!same) list.push(hit);
    else same.brand &&= hit.brand;
    map.set(key, list);
  };
  const domainWords: string[] = [];
  for (const compiled of entries) {
    const terms = [
      ...[...compiled.entry.zh, ...compiled.entry.en].map((term) => ({ term, brand: false })),
      ...compiled.entry.brands.map((term) => ({ term, brand: true })),
    ];
    for (const { term, brand } of terms) {
      const normalised = normaliseTerm(term);
      const hit = { entry: compiled.index, brand };
      if (/\p{Script=Han}/u.test(normalised)) {
        add(hanTerms, normalised.replace(/\s+/g, ''), hit);
        domainWords.push(normalised.replace(/\s+/g, ''));
      } else add(latinTerms, latinTokens(normalised, { keepStopWords: true }).join(' '), hit);
    }
  }
  return {
    entries,
    hanTerms,
    latinTerms,
    maxHanTerm: Math.max(1, ...[...hanTerms.keys()].map((key) => key.length)),
    maxLatinTerm: Math.max(1, ...[...latinTerms.keys()].map((key) => key.split(' ').length)),
    segmenter: createSegmenter(domainWords),
  };
}

function buildNomenclature(source: Nomenclature, segmenter: Segmenter) {
  const hs = new Map(source.hs.map((row) => [row.code, row]));
  const national = new Map(source.national.map((row) => [row.code, row]));
  const childrenOf = new Map<string, string[]>();
  const addChild = (parent: string, child: string) => {
    const list = childrenOf.get(parent) ?? [];
    list.push(child);
    childrenOf.set(parent, list);
  };
  for (const row of source.hs)
    if (row.code.length > 2 && row.parent) addChild(row.parent, row.code);
  for (const row of source.national) addChild(row.code.slice(0, 6), row.code);
  return { hs, national, childrenOf, ...buildWordIndex(source, segmenter) };
}

function compileEntry(entry: DictionaryEntry, index: number): CompiledEntry {
  return {
    index,
    entry,
    label: localise(entry.label),
    headings: entry.headings.map((heading) => ({
      code: heading.code,
      weight: heading.weight,
      ...(heading.category ? { category: heading.category } : {}),
      reason: localise(heading.reason),
    })),
    contested: entry.contested ? localise(entry.contested) : null,
    excluded: entry.excluded ? localise(entry.excluded) : null,
  };
}

/** A dictionary term in the form queries are matched in (same normalisation as a query). */
function normaliseTerm(term: string): string {
  return normaliseText(term).text || term.toLowerCase();
}

function buildWordIndex(nomenclature: Nomenclature, segmenter: Segmenter) {
  const bySix = new Map<string, Map<string, number>>();
  const bump = (code: string, tokens: string[], weight: number) => {
    const terms = bySix.get(code) ?? new Map<string, number>();
    for (const token of tokens) terms.set(token, (terms.get(token) ?? 0) + weight);
    bySix.set(code, terms);
  };
  for (const row of nomenclature.hs)
    if (row.code.length === 6) bump(row.code, searchTokens(segmenter, row.description), 1);
  for (const row of nomenclature.national) {
    const six = row.code.slice(0, 6);
    if (row.zh) bump(six, searchTokens(segmenter, row.zh.replace(/\?/g, ' ')), 1);
    if (row.en) bump(six, searchTokens(segmenter, row.en), 0.5);
  }
  const documents: WordDocument[] = [];
  const lists = new Map<string, { docs: number[]; tfs: number[] }>();
  for (const [code, terms] of [...bySix].sort(([a], [b]) => a.localeCompare(b))) {
    const doc = documents.length;
    let length = 0;
    for (const [token, tf] of terms) {
      length += tf;
      let list = lists.get(token);
      if (!list) {
        list = { docs: [], tfs: [] };
        lists.set(token, list);
      }
      list.docs.push(doc);
      list.tfs.push(tf);
    }
    documents.push({ code, length });
  }
  const total = documents.length;
  const idf = new Map<string, number>();
  const postings = new Map<string, Posting>();
  let maxIdf = 0;
  for (const [token, list] of lists) {
    const value = Math.log(1 + (total - list.docs.length + 0.5) / (list.docs.length + 0.5));
    idf.set(token, value);
    maxIdf = Math.max(maxIdf, value);
    postings.set(token, { docs: Int32Array.from(list.docs), tfs: Float32Array.from(list.tfs) });
  }
  const averageLength = documents.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, total);
  return { documents, postings, idf, averageLength, unknownIdf: maxIdf * 0.5 };
}

/** Content tokens for word matching: jieba search-mode words and stemmed Latin words. */
function searchTokens(segmenter: Segmenter, text: string): string[] {
  const han = segmenter
    .cutForSearch(text)
    .filter((word) => word.length >= 2 && !HAN_STOP.has(word));
  const latin = latinTokens(text).filter((word) => word.length >= 2 && !/^\d+$/.test(word));
  return [...han, ...latin];
}

function compilePrecedent(index: LookupIndex, precedent: Precedent): CompiledPrecedent {
  const normalised = normaliseText(precedent.question);
  const matches = findDictionaryMatches(index, normalised.text);
  const head = pickHead(matches);
  const tokens = new Map<string, number>();
  for (const token of searchTokens(index.segmenter, normalised.text))
    if (!QUESTION_WORDS.has(token)) tokens.set(token, index.idf.get(token) ?? index.unknownIdf);
  return {
    precedent,
    code: precedent.hsCode.replace(/\D/g, '').slice(0, 10),
    publishedAt:
      precedent.publishedAt instanceof Date
        ? precedent.publishedAt.toISOString()
        : new Date(precedent.publishedAt).toISOString(),
    tokens,
    entries: new Set(matches.map((match) => match.entry)),
    headEntry: head?.entry ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Matching the dictionary

/** A dictionary term's entry, and whether the term is a brand or product-line name. */
interface TermHit {
  entry: number;
  brand: boolean;
}

interface DictionaryMatch {
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

function findDictionaryMatches(index: LookupIndex, text: string): DictionaryMatch[] {
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

function pickHead(matches: DictionaryMatch[]): DictionaryMatch | undefined {
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

function matchWords(index: LookupIndex, queryTokens: string[]) {
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

// ---------------------------------------------------------------------------------------------
// The lookup

interface Accumulator {
  code: string;
  dictionary: number;
  words: number;
  precedent: number;
  proposed: number;
  category?: ListCategory;
  listItemId?: string | null;
  contested: LocalisedText | null;
  entries: Set<number>;
  reasons: LookupReason[];
  headingOrder: number;
}

/** Looks goods up. Pure: the same index and query give the same result. */
export function lookupGoods(index: LookupIndex, query: LookupQuery): LookupResult {
  const normalised = normaliseQuery(query.text, query.preferredScript);
  const text = normalised.text;
  const matches = findDictionaryMatches(index, text);
  const displayTokens = [
    ...new Set([
      ...index.segmenter.cut(text).filter((word) => word.trim() && !HAN_STOP.has(word)),
      ...latinTokens(text),
    ]),
  ];
  const wordTokens = searchTokens(index.segmenter, text);

  const candidates = new Map<string, Accumulator>();
  const accumulator = (code: string): Accumulator => {
    let found = candidates.get(code);
    if (!found) {
      found = {
        code,
        dictionary: 0,
        words: 0,
        precedent: 0,
        proposed: 0,
        contested: null,
        entries: new Set(),
        reasons: [],
        headingOrder: 99,
      };
      candidates.set(code, found);
    }
    return found;
  };

  // 1. Dictionary.
  const entryWeight = new Map<number, DictionaryMatch>();
  for (const match of matches) {
    const previous = entryWeight.get(match.entry);
    if (!previous || match.weight > previous.weight) entryWeight.set(match.entry, match);
  }
  for (const [entryIndex, match] of entryWeight) {
    const compiled = index.entries[entryIndex]!;
    if (compiled.entry.qualifier) continue;
    compiled.headings.forEach((heading, order) => {
      const score = match.weight * heading.weight;
      const acc = accumulator(heading.code);
      if (score > acc.dictionary) {
        acc.dictionary = score;
        if (heading.category) acc.category = heading.category;
      }
      acc.headingOrder = Math.min(acc.headingOrder, order);
      acc.entries.add(entryIndex);
      if (compiled.contested && match.weight === 1) acc.contested = compiled.contested;
      acc.reasons.push({
        kind: 'dictionary',
        entryId: compiled.entry.id,
        label: compiled.label,
        matched: match.text,
        reason: heading.reason,
        contested: compiled.contested,
        text: localise({
          'zh-Hans': `词典条目「${compiled.entry.label['zh-Hans']}」（匹配“${match.text}”）${match.weight < 1 ? '，在描述中作修饰语' : ''}：${heading.reason['zh-Hans']}`,
          en: `Dictionary entry "${compiled.entry.label.en}" (matched "${match.text}")${match.weight < 1 ? ', a modifier in the description' : ''}: ${heading.reason.en}`,
        }),
      });
    });
  }

  // 2. Words shared with the nomenclature.
  for (const hit of matchWords(index, wordTokens)) {
    const related = [...candidates.keys()].find(
      (code) => hit.code.startsWith(code) || code.startsWith(hit.code),
    );
    const acc = accumulator(related ?? hit.code);
    if (hit.score <= acc.words) continue;
    acc.words = hit.score;
    acc.reasons = acc.reasons.filter((reason) => reason.kind !== 'words');
    const words = hit.matched.join('、');
    acc.reasons.push({
      kind: 'words',
      matched: hit.matched,
      text: localise({
        'zh-Hans': `查询中的词（${words}）出现在 ${formatCode(hit.code)} 的商品名称中。`,
        en: `Words of the query (${hit.matched.join(', ')}) appear in the nomenclature text of ${formatCode(hit.code)}.`,
      }),
    });
  }

  // 3. A proposed code (the `code` parameter, or a dotted/labelled code in the text).
  const proposedRaw = (query.code ?? '').replace(/[\s.]/g, '') || normalised.codes[0] || '';
  let proposedUnknown: string | null = null;
  if (proposedRaw) {
    const code = proposedRaw.slice(0, 10);
    if (/^\d{4,10}$/.test(code) && isKnownCode(index, code)) {
      // The proposed code is its own candidate (merged only with the very same code).
      const acc = accumulator(code);
      acc.proposed = 0.9;
      acc.reasons.push({
        kind: 'code',
        code,
        text: localise({
          'zh-Hans': `你提出的税号 ${formatCode(code)}。`,
          en: `The code you proposed, ${formatCode(code)}.`,
        }),
      });
    } else proposedUnknown = code;
  }

  // 4. Precedents.
  const queryTokenWeights = new Map<string, number>();
  for (const token of wordTokens)
    if (!QUESTION_WORDS.has(token))
      queryTokenWeights.set(token, index.idf.get(token) ?? index.unknownIdf);
  const queryEntries = new Set(
    matches.filter((m) => !index.entries[m.entry]!.entry.qualifier).map((m) => m.entry),
  );
  const headEntry = pickHead(matches)?.entry ?? null;
  let decisive: { precedent: CompiledPrecedent; similarity: number } | null = null;
  const precedentHits = index.precedents
    .map((compiled) => ({
      compiled,
      similarity: precedentSimilarity(compiled, queryTokenWeights, queryEntries, headEntry),
    }))
    .filter((hit) => hit.similarity >= 0.5)
    .sort(
      (a, b) =>
        b.similarity - a.similarity || b.compiled.publishedAt.localeCompare(a.compiled.publishedAt),
    )
    .slice(0, 3);
  for (const { compiled, similarity } of precedentHits) {
    const acc = accumulator(
      [...candidates.keys()].find((code) => code === compiled.code) ?? compiled.code,
    );
    acc.precedent = Math.max(acc.precedent, 0.55 + 0.45 * similarity);
    if (compiled.precedent.listItemId) acc.listItemId = compiled.precedent.listItemId;
    const p = compiled.precedent;
    acc.reasons.unshift({
      kind: 'precedent',
      precedentId: p.id,
      reference: p.reference ?? null,
      question: p.question,
      covered: p.covered,
      reasoning: p.reasoning,
      publishedAt: compiled.publishedAt,
      listItemId: p.listItemId ?? null,
      similarity: round(similarity),
      text: localise({
        'zh-Hans': `海关先例 ${p.reference ?? p.id}（${compiled.publishedAt.slice(0, 10)}，相似度 ${Math.round(similarity * 100)}%）：${formatCode(compiled.code)}，${p.covered ? '在清单内' : '不在清单内'}。`,
        en: `Customs precedent ${p.reference ?? p.id} (${compiled.publishedAt.slice(0, 10)}, ${Math.round(similarity * 100)}% similar): ${formatCode(compiled.code)}, ${p.covered ? 'covered' : 'not covered'}.`,
      }),
    });
    if (!decisive && similarity >= DECISIVE_PRECEDENT)
      decisive = { precedent: compiled, similarity };
  }

  // Rank.
  const scored = [...candidates.values()]
    .map((acc) => {
      const base = Math.max(acc.dictionary, acc.precedent, acc.proposed);
      const score = base > 0 ? base + (1 - base) * acc.words * 0.5 : acc.words;
      return { acc, score: Math.min(1, score) };
    })
    .filter((hit) => hit.score >= 0.1)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.acc.headingOrder - b.acc.headingOrder ||
        a.acc.code.localeCompare(b.acc.code),
    )
    .slice(0, MAX_CANDIDATES);

  const result = scored.map(({ acc, score }) => presentCandidate(index, acc, score, wordTokens));
  const top = result[0];
  const topScore = top?.score ?? 0;
  const plausible = result.filter(
    (candidate) => candidate.score >= Math.max(topScore * PLAUSIBLE_SHARE, MIN_CONFIDENCE),
  );
  const plausibleAccs = scored
    .filter((hit) => hit.score >= Math.max(topScore * PLAUSIBLE_SHARE, MIN_CONFIDENCE))
    .map((hit) => hit.acc);

  // Flags.
  const flags: LookupFlag[] = [];
  const plausibleEntries = new Set(plausibleAccs.flatMap((acc) => [...acc.entries]));
  // B.R1: decided from the head of the description, its words and the plausible headings —
  // whether or not a dictionary entry matched (see origin.ts).
  const originMatches = matches.map((match) => ({
    entry: index.entries[match.entry]!.entry,
    start: match.start,
    end: match.end,
    weight: match.weight,
  }));
  const headAt = matches.findIndex((match) => match.weight === 1);
  const origin = judgeOrigin(
    text,
    originMatches,
    headAt < 0 ? null : originMatches[headAt]!,
    plausible.map((candidate) => candidate.hsCode),
  );
  if (origin)
    flags.push({
      kind: 'biosafety',
      clause: 'B.R1',
      origin: origin.origin,
      reason: localise(biosafetyReason(origin)),
    });
  const excludedEntry = [...plausibleEntries].map((i) => index.entries[i]!).find((e) => e.excluded);
  if (excludedEntry)
    flags.push({ kind: 'excluded', clause: 'B.N2', reason: excludedEntry.excluded! });

  // Verdict.
  let verdict: Verdict;
  let why: Parameters<typeof explainResult>[0]['why'];
  const contested = plausibleAccs.find((acc) => acc.contested)?.contested ?? null;
  if (!top || topScore < MIN_CONFIDENCE) {
    verdict = 'uncertain';
    why = 'not-identified';
  } else if (excludedEntry) {
    verdict = 'not-listed';
    why = 'identified';
  } else if (
    decisive &&
    top.reasons.some(
      (r) => r.kind === 'precedent' && r.precedentId === decisive.precedent.precedent.id,
    ) &&
    // A precedent settles the answer under the list it was given for — or where the list in
    // force still agrees with it; after a list change that contradicts it, the list decides.
    (decisive.precedent.precedent.listVersionId === index.sources.listVersion.id ||
      decisive.precedent.precedent.covered === (top.coverage === 'full'))
  ) {
    verdict = decisive.precedent.precedent.covered ? 'listed' : 'not-listed';
    why = 'precedent';
  } else if (contested) {
    verdict = 'uncertain';
    why = 'contested';
  } else if (plausible.some((candidate) => candidate.coverage === 'partial')) {
    verdict = 'uncertain';
    why = 'partial';
  } else {
    const outcomes = new Set(
      plausible.map((candidate) =>
        candidate.coverage === 'full' ? `listed:${candidate.category}` : 'not-listed',
      ),
    );
    if (outcomes.size > 1) {
      verdict = 'uncertain';
      why = 'headings-disagree';
    } else {
      verdict = top.coverage === 'full' ? 'listed' : 'not-listed';
      why = 'identified';
    }
  }

  const clauseIds: LookupClauseId[] = ['B.E2', 'B.L1'];
  if (result.some((candidate) => candidate.category === 'consumables')) clauseIds.push('B.L2');
  if (result.some((candidate) => candidate.listItem)) clauseIds.push('B.N5');
  if (verdict === 'uncertain') clauseIds.push('B.C1', 'B.N8');
  if (verdict === 'not-listed') clauseIds.push('B.L3');
  if (flags.some((flag) => flag.kind === 'biosafety')) clauseIds.push('B.R1');
  if (flags.some((flag) => flag.kind === 'excluded')) clauseIds.push('B.N2');

  const summary = explainResult({
    verdict,
    query: query.text,
    candidates: result,
    plausible: plausible.length > 0 ? plausible : result.slice(0, 1),
    flags,
    isWorkingList: index.sources.listVersion.isWorkingList,
    why,
    contested: contested ? { 'zh-Hans': contested['zh-Hans'], en: contested.en } : null,
  });
  if (proposedUnknown) {
    const note = localise({
      'zh-Hans': `（你提出的税号 ${proposedUnknown} 不在 HS 2022 或本国税则商品名称中，已忽略。）`,
      en: ` (The code you proposed, ${proposedUnknown}, is not in the HS 2022 or national nomenclature and was ignored.)`,
    });
    summary['zh-Hans'] += note['zh-Hans'];
    summary['zh-Hant'] += note['zh-Hant'];
    summary.en += note.en;
  }

  return {
    verdict,
    script: normalised.script,
    summary,
    candidates: result,
    flags,
    normalised: text,
    tokens: displayTokens,
    quantities: normalised.quantities,
    catalogueNumbers: normalised.catalogueNumbers,
    listVersion: { ...index.sources.listVersion },
    clauses: clauseRefs(clauseIds),
    askCustoms:
      verdict === 'uncertain'
        ? { question: query.text.trim(), code: top ? top.hsCode : null }
        : null,
  };
}

/** What the goods are, said after their name or "goods" (「胎牛血清」为动物或来源于动物). */
const ORIGIN_PHRASES: Record<BiologicalOrigin, AuthoredText> = {
  human: { 'zh-Hans': '来源于人体', en: 'of human origin' },
  animal: { 'zh-Hans': '为动物或来源于动物', en: 'of animal origin (or live animals)' },
  'human-or-animal': { 'zh-Hans': '来源于人体或动物', en: 'of human or animal origin' },
  microbial: {
    'zh-Hans': '为微生物（菌种、病毒等）',
    en: 'that are micro-organisms (strains, viruses, …)',
  },
};

/** Why the goods carry the biosafety flag, and what B.R1 asks of them. */
function biosafetyReason(evidence: OriginEvidence): AuthoredText {
  const phrase = ORIGIN_PHRASES[evidence.origin];
  const because: AuthoredText =
    evidence.kind === 'entry'
      ? {
          'zh-Hans': `「${evidence.entry.label['zh-Hans']}」${phrase['zh-Hans']}`,
          en: `${evidence.entry.label.en}: goods ${phrase.en}`,
        }
      : evidence.kind === 'words'
        ? {
            'zh-Hans': `描述中的“${evidence.words.join('”“')}”表明货物${phrase['zh-Hans']}`,
            en: `The description (${evidence.words.map((word) => `"${word}"`).join(', ')}) names goods ${phrase.en}`,
          }
        : {
            'zh-Hans': `候选税号 ${formatCode(evidence.code)} 的货物（${evidence.goods['zh-Hans']}）${phrase['zh-Hans']}`,
            en: `Under ${formatCode(evidence.code)} (${evidence.goods.en}): goods ${phrase.en}`,
          };
  return {
    'zh-Hans': `${because['zh-Hans']}。人体、动物标本和组织等科研物资涉及防疫风险，须加强识别与监管（B.R1）；进口前请确认检疫审批要求。此提示不影响能否免税。`,
    en: `${because.en}. Human and animal specimens, tissue and similar research materials carry epidemic-prevention risk and must be identified and supervised (B.R1); check the quarantine approval requirements before import. This does not change whether the goods are exempt.`,
  };
}

function precedentSimilarity(
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

function isKnownCode(index: LookupIndex, code: string): boolean {
  if (code.length <= 6)
    return index.hs.has(code) || (code.length === 4 && index.childrenOf.has(code));
  if (code.length === 8) return index.national.has(code);
  return index.national.has(code.slice(0, 8));
}

function presentCandidate(
  index: LookupIndex,
  acc: Accumulator,
  score: number,
  queryTokens: string[],
): LookupCandidate {
  const description = describeCode(index, acc.code, queryTokens);
  let cover = index.coverageCache.get(`${acc.code}|${acc.category ?? ''}`);
  if (!cover) {
    cover = listCoverage(index.sources.listItems, acc.code, acc.category);
    index.coverageCache.set(`${acc.code}|${acc.category ?? ''}`, cover);
  }
  let coverage = cover.coverage;
  const reasons = [...acc.reasons];
  if (coverage === 'partial') {
    const outside = outsideExclusions(index, acc.code, queryTokens);
    if (outside) {
      coverage = 'full';
      reasons.push(outside);
    }
  }
  let item = cover.item;
  if (acc.listItemId)
    item = index.sources.listItems.find((i) => i.itemId === acc.listItemId) ?? item;
  const order: Record<LookupReason['kind'], number> = {
    precedent: 0,
    code: 1,
    'list-exclusions': 2,
    dictionary: 3,
    words: 4,
  };
  return {
    hsCode: acc.code,
    description: {
      zh: description.zh,
      zhHant: description.zh ? convertToTraditional(description.zh) : null,
      en: description.en,
    },
    descriptionSource: description.source,
    listItemId: item?.itemId ?? null,
    listItem: item
      ? { itemId: item.itemId, name: item.name, category: item.category, regime: item.regime }
      : null,
    category: item?.category ?? null,
    coverage,
    score: round(score),
    reasons: reasons.sort((a, b) => order[a.kind] - order[b.kind]),
  };
}

/**
 * A heading an item lists whole except for named national lines (e.g. 8421.19 without
 * 8421.19.10 spin dryers and 8421.19.20 separators): when the query names none of the excluded
 * lines, the goods are in the rest of the heading, which the list covers — the reason says which
 * lines were set aside, so the importer can check. Null when the heading is partly covered for
 * any other reason (lines simply not listed), or when the query could be an excluded line.
 */
function outsideExclusions(
  index: LookupIndex,
  code: string,
  queryTokens: string[],
): LookupReason | null {
  if (code.length !== 6) return null;
  let names = index.exclusionsCache.get(code);
  if (names === undefined) {
    names = linesExcludedByName(index, code);
    index.exclusionsCache.set(code, names);
  }
  if (!names) return null;
  // An excluded line is named when the query holds its whole Chinese name (曝光表), or every
  // word of its English name ("exposure meters"): "pH meter" does not name "exposure meters".
  const singular = (word: string) => word.toLowerCase().replace(/s$/, '');
  const queryText = queryTokens.join('');
  const queryWords = new Set(queryTokens.map(singular));
  const named = names.some(({ zh, en }) => {
    if (zh && queryText.includes(zh)) return true;
    const words = (en ?? '').split(/[^A-Za-z]+/).filter((word) => word.length >= 3);
    return words.length > 0 && words.every((word) => queryWords.has(singular(word)));
  });
  if (named) return null;
  const zhList = names.map(({ line, zh }) => `${formatCode(line)}${zh ? `（${zh}）` : ''}`);
  const enList = names.map(({ line, en }) => `${formatCode(line)}${en ? ` (${en})` : ''}`);
  return {
    kind: 'list-exclusions',
    code,
    excludedLines: names.map(({ line }) => line),
    text: localise({
      'zh-Hans': `清单列入 ${formatCode(code)}，但除外 ${zhList.join('、')}；所述货物不属于这些除外子目，按该税目其余子目计。如货物正是除外子目所列，则不在清单内。`,
      en: `The list includes ${formatCode(code)} except ${enList.join(', ')}; the goods described are none of these, so they fall in the rest of the heading. If they are in fact one of the excluded lines, they are not listed.`,
    }),
  };
}

/**
 * The national lines under a heading that the list leaves out only because an item covering the
 * whole heading excludes them by name — null when there are none, or when lines are left out for
 * another reason. Depends on the list alone, so it is worked out once per heading.
 */
function linesExcludedByName(index: LookupIndex, code: string): ExcludedLine[] | null {
  const items = index.sources.listItems;
  const whole = items.filter((item) => itemCoverage({ ...item, excludes: [] }, code) === 'full');
  if (whole.length === 0) return null;
  const lines = index.childrenOf.get(code) ?? [];
  const excluded = lines.filter((line) => listCoverage(items, line).coverage === 'none');
  if (excluded.length === 0) return null;
  if (!excluded.every((line) => whole.some((item) => itemCoverage(item, line) === 'none')))
    return null;
  return excluded.map((line) => {
    const names = index.national.get(line);
    return { line, zh: names?.zh ?? null, en: names?.en ?? null };
  });
}

function describeCode(
  index: LookupIndex,
  code: string,
  queryTokens: string[],
): {
  zh: string | null;
  en: string;
  source: LookupCandidate['descriptionSource'];
} {
  if (code.length >= 8) {
    const line = index.national.get(code.slice(0, 8));
    const six = index.hs.get(code.slice(0, 6));
    return {
      zh: line?.zh ?? null,
      en: line?.en ?? six?.description ?? '',
      source: {
        zh: line?.zh ? 'national-line' : null,
        en: line?.en ? 'china-customs' : 'hs2022-paraphrase',
      },
    };
  }
  const en = index.hs.get(code)?.description ?? '';
  const lines = nationalLinesUnder(index, code);
  if (lines.length === 0) return { zh: null, en, source: { zh: null, en: 'hs2022-paraphrase' } };
  if (lines.length === 1 && code.length === 6)
    return { zh: lines[0]!.zh, en, source: { zh: 'national-line', en: 'hs2022-paraphrase' } };
  // NOTE: there are no official Chinese names above 8 digits in our data; show the national
  // lines that best fit the query, labelled as derived.
  const query = new Set(queryTokens);
  // Lines naming the query's words first; otherwise the residual line ("其他…", "未列名…"),
  // where goods not named specifically fall.
  const ranked = [...lines]
    .map((line) => ({
      line,
      hits: [...query].filter((token) => line.zh.includes(token)).length,
      residual: /^(其他|未列名)/.test(line.zh) ? 1 : 0,
    }))
    .sort((a, b) => b.hits - a.hits || b.residual - a.residual);
  const names = ranked.slice(0, 2).map((entry) => entry.line.zh);
  const zh = `${names.join('；')}${lines.length > 2 ? `等 ${lines.length} 个本国子目` : ''}`;
  return { zh, en, source: { zh: 'derived', en: 'hs2022-paraphrase' } };
}

function nationalLinesUnder(index: LookupIndex, code: string): { code: string; zh: string }[] {
  const sixes =
    code.length === 6 ? [code] : code.length === 4 ? (index.childrenOf.get(code) ?? []) : [];
  const out: { code: string; zh: string }[] = [];
  for (const six of sixes)
    for (const eight of index.childrenOf.get(six) ?? []) {
      const zh = index.national.get(eight)?.zh;
      if (zh) out.push({ code: eight, zh });
    }
  return out;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
