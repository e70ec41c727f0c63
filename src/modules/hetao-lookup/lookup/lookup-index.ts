/**
 * The lookup's index, prepared once from the {@link LookupSources}: the dictionary compiled into
 * term tables and a jieba segmenter with the domain words, the nomenclature's codes and word
 * index (BM25 postings), and the precedents with their content words and dictionary entries.
 */
import { type ListCategory, type ListItem } from '../../hetao/list-format';
import { localise } from './explain';
import { findDictionaryMatches, pickHead, type TermHit } from './matching';
import { normaliseText } from './normalise';
import type {
  DictionaryEntry,
  LocalisedText,
  LookupCandidate,
  LookupSources,
  Nomenclature,
  Precedent,
} from './types';
import { createSegmenter, HAN_STOP, latinTokens, type Segmenter } from './words';

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

export interface CompiledPrecedent {
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

export interface ExcludedLine {
  line: string;
  zh: string | null;
  en: string | null;
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

export function compileDictionary(source: LookupSources['dictionary']) {
  let compiled = dictionaryCache.get(source);
  if (!compiled) {
    compiled = buildDictionary(source);
    dictionaryCache.set(source, compiled);
  }
  return compiled;
}

export function compileNomenclature(
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
export function searchTokens(segmenter: Segmenter, text: string): string[] {
  const han = segmenter
    .cutForSearch(text)
    .filter((word) => word.length >= 2 && !HAN_STOP.has(word));
  const latin = latinTokens(text).filter((word) => word.length >= 2 && !/^\d+$/.test(word));
  return [...han, ...latin];
}

/** Content words weighted by rarity, question boilerplate ({@link QUESTION_WORDS}) left out. */
export function contentWordWeights(index: LookupIndex, tokens: string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const token of tokens)
    if (!QUESTION_WORDS.has(token)) weights.set(token, index.idf.get(token) ?? index.unknownIdf);
  return weights;
}

export function compilePrecedent(index: LookupIndex, precedent: Precedent): CompiledPrecedent {
  const normalised = normaliseText(precedent.question);
  const matches = findDictionaryMatches(index, normalised.text);
  const head = pickHead(matches);
  const tokens = contentWordWeights(index, searchTokens(index.segmenter, normalised.text));
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
