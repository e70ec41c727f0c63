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
import { type Accumulator, isKnownCode, presentCandidate, round } from './candidates';
import { clauseRefs, type LookupClauseId } from './clauses';
import { explainResult, formatCode, localise } from './explain';
import {
  compileDictionary,
  type CompiledPrecedent,
  compileNomenclature,
  compilePrecedent,
  contentWordWeights,
  type LookupIndex,
  searchTokens,
} from './lookup-index';
import {
  type DictionaryMatch,
  findDictionaryMatches,
  matchWords,
  pickHead,
  precedentSimilarity,
} from './matching';
import { normaliseQuery } from './normalise';
import { judgeOrigin, type OriginEvidence } from './origin';
import type {
  AuthoredText,
  BiologicalOrigin,
  LocalisedText,
  LookupCandidate,
  LookupFlag,
  LookupQuery,
  LookupResult,
  LookupSources,
  Verdict,
} from './types';
import { HAN_STOP, latinTokens } from './words';

/** Below this score nothing is identified well enough to give a verdict. */
const MIN_CONFIDENCE = 0.35;
/** Candidates scoring at least this share of the best one are "plausible" alternatives. */
const PLAUSIBLE_SHARE = 0.6;
/** A precedent this similar to the query decides the verdict. */
const DECISIVE_PRECEDENT = 0.8;
const MAX_CANDIDATES = 6;

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

// ---------------------------------------------------------------------------------------------
// The lookup

/** The candidates by code, in the order the steps first found them (ties keep that order). */
type Candidates = Map<string, Accumulator>;

/** A precedent similar enough to the query to decide the verdict. */
interface DecisivePrecedent {
  precedent: CompiledPrecedent;
  similarity: number;
}

/** The candidates shown, best first, and those close enough to the best to be weighed. */
interface Ranking {
  candidates: LookupCandidate[];
  plausible: LookupCandidate[];
  /** The evidence behind the plausible candidates (their dictionary entries, contested notes). */
  plausibleEvidence: Accumulator[];
}

type Why = Parameters<typeof explainResult>[0]['why'];

/**
 * Looks goods up. Pure: the same index and query give the same result.
 *
 * Each step adds evidence to the candidates found so far; the order of the steps matters, since
 * a later step merges into a candidate an earlier one found.
 */
export function lookupGoods(index: LookupIndex, query: LookupQuery): LookupResult {
  const normalised = normaliseQuery(query.text, query.preferredScript);
  const text = normalised.text;
  const matches = findDictionaryMatches(index, text);
  const wordTokens = searchTokens(index.segmenter, text);

  const candidates: Candidates = new Map();
  addDictionaryEvidence(index, matches, candidates);
  addSharedWordsEvidence(index, wordTokens, candidates);
  const proposedUnknown = addProposedCode(index, query, normalised.codes, candidates);
  const decisive = addPrecedentEvidence(index, matches, wordTokens, candidates);

  const ranking = rankCandidates(index, candidates, wordTokens);
  const flags = raiseFlags(index, text, matches, ranking);
  const { verdict, why, contested } = decideVerdict(index, ranking, flags, decisive);
  const top = ranking.candidates[0];
  return {
    verdict,
    script: normalised.script,
    summary: summarise(index, query, ranking, flags, { verdict, why, contested }, proposedUnknown),
    candidates: ranking.candidates,
    flags,
    normalised: text,
    tokens: displayTokens(index, text),
    quantities: normalised.quantities,
    catalogueNumbers: normalised.catalogueNumbers,
    listVersion: { ...index.sources.listVersion },
    clauses: clauseRefs(citedClauses(ranking.candidates, verdict, flags)),
    askCustoms:
      verdict === 'uncertain'
        ? { question: query.text.trim(), code: top ? top.hsCode : null }
        : null,
  };
}

/** The candidate for a code, added (with no evidence yet) when it is new. */
function candidateFor(candidates: Candidates, code: string): Accumulator {
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
}

/** Step 1: the headings of the dictionary entries the description names, each entry counted once at its best weight. */
function addDictionaryEvidence(
  index: LookupIndex,
  matches: DictionaryMatch[],
  candidates: Candidates,
) {
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
      const acc = candidateFor(candidates, heading.code);
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
}

/** Step 2: words shared with the nomenclature, merged into a related candidate where there is one. */
function addSharedWordsEvidence(index: LookupIndex, wordTokens: string[], candidates: Candidates) {
  for (const hit of matchWords(index, wordTokens)) {
    const related = [...candidates.keys()].find(
      (code) => hit.code.startsWith(code) || code.startsWith(hit.code),
    );
    const acc = candidateFor(candidates, related ?? hit.code);
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
}

/**
 * Step 3: a proposed code (the `code` parameter, or a dotted/labelled code in the text) is its
 * own candidate, merged only with the very same code. Returns the proposed code when it is not
 * in the nomenclature (it is then ignored, and the summary says so), otherwise null.
 */
function addProposedCode(
  index: LookupIndex,
  query: LookupQuery,
  codesInText: string[],
  candidates: Candidates,
): string | null {
  const proposedRaw = (query.code ?? '').replace(/[\s.]/g, '') || codesInText[0] || '';
  if (!proposedRaw) return null;
  const code = proposedRaw.slice(0, 10);
  if (!/^\d{4,10}$/.test(code) || !isKnownCode(index, code)) return code;
  const acc = candidateFor(candidates, code);
  acc.proposed = 0.9;
  acc.reasons.push({
    kind: 'code',
    code,
    text: localise({
      'zh-Hans': `你提出的税号 ${formatCode(code)}。`,
      en: `The code you proposed, ${formatCode(code)}.`,
    }),
  });
  return null;
}

/**
 * Step 4: the three precedents most similar to the query (at least half similar), each for its
 * code. Returns the most similar one when it is similar enough to decide the verdict.
 */
function addPrecedentEvidence(
  index: LookupIndex,
  matches: DictionaryMatch[],
  wordTokens: string[],
  candidates: Candidates,
): DecisivePrecedent | null {
  const queryTokenWeights = contentWordWeights(index, wordTokens);
  const queryEntries = new Set(
    matches.filter((m) => !index.entries[m.entry]!.entry.qualifier).map((m) => m.entry),
  );
  const headEntry = pickHead(matches)?.entry ?? null;
  let decisive: DecisivePrecedent | null = null;
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
    const acc = candidateFor(
      candidates,
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
  return decisive;
}

/**
 * Scores each candidate (its strongest evidence, raised by shared words), keeps the best
 * {@link MAX_CANDIDATES} and presents them; the plausible ones score at least
 * {@link PLAUSIBLE_SHARE} of the best and at least {@link MIN_CONFIDENCE}.
 */
function rankCandidates(index: LookupIndex, candidates: Candidates, wordTokens: string[]): Ranking {
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

  const presented = scored.map(({ acc, score }) => presentCandidate(index, acc, score, wordTokens));
  const topScore = presented[0]?.score ?? 0;
  // NOTE: the presented scores are rounded, the evidence's are not; each list filters its own.
  return {
    candidates: presented,
    plausible: presented.filter(
      (candidate) => candidate.score >= Math.max(topScore * PLAUSIBLE_SHARE, MIN_CONFIDENCE),
    ),
    plausibleEvidence: scored
      .filter((hit) => hit.score >= Math.max(topScore * PLAUSIBLE_SHARE, MIN_CONFIDENCE))
      .map((hit) => hit.acc),
  };
}

/**
 * The flags: biosafety (B.R1), decided from the head of the description, its words and the
 * plausible headings — whether or not a dictionary entry matched (see origin.ts); and excluded
 * goods (B.N2), when a plausible candidate's dictionary entry says so.
 */
function raiseFlags(
  index: LookupIndex,
  text: string,
  matches: DictionaryMatch[],
  ranking: Ranking,
): LookupFlag[] {
  const flags: LookupFlag[] = [];
  const plausibleEntries = new Set(ranking.plausibleEvidence.flatMap((acc) => [...acc.entries]));
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
    ranking.plausible.map((candidate) => candidate.hsCode),
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
  return flags;
}

/**
 * The verdict and why: nothing identified; excluded goods; a decisive precedent; a contested
 * dictionary entry; partly covered headings; plausible headings that disagree; or the best
 * candidate's coverage.
 */
function decideVerdict(
  index: LookupIndex,
  ranking: Ranking,
  flags: LookupFlag[],
  decisive: DecisivePrecedent | null,
): { verdict: Verdict; why: Why; contested: LocalisedText | null } {
  const top = ranking.candidates[0];
  const topScore = top?.score ?? 0;
  const { plausible } = ranking;
  const contested = ranking.plausibleEvidence.find((acc) => acc.contested)?.contested ?? null;
  if (!top || topScore < MIN_CONFIDENCE)
    return { verdict: 'uncertain', why: 'not-identified', contested };
  if (flags.some((flag) => flag.kind === 'excluded'))
    return { verdict: 'not-listed', why: 'identified', contested };
  if (
    decisive &&
    top.reasons.some(
      (r) => r.kind === 'precedent' && r.precedentId === decisive.precedent.precedent.id,
    ) &&
    // A precedent settles the answer under the list it was given for — or where the list in
    // force still agrees with it; after a list change that contradicts it, the list decides.
    (decisive.precedent.precedent.listVersionId === index.sources.listVersion.id ||
      decisive.precedent.precedent.covered === (top.coverage === 'full'))
  )
    return {
      verdict: decisive.precedent.precedent.covered ? 'listed' : 'not-listed',
      why: 'precedent',
      contested,
    };
  if (contested) return { verdict: 'uncertain', why: 'contested', contested };
  if (plausible.some((candidate) => candidate.coverage === 'partial'))
    return { verdict: 'uncertain', why: 'partial', contested };
  const outcomes = new Set(
    plausible.map((candidate) =>
      candidate.coverage === 'full' ? `listed:${candidate.category}` : 'not-listed',
    ),
  );
  if (outcomes.size > 1) return { verdict: 'uncertain', why: 'headings-disagree', contested };
  return {
    verdict: top.coverage === 'full' ? 'listed' : 'not-listed',
    why: 'identified',
    contested,
  };
}

/** The clauses the answer rests on. */
function citedClauses(
  candidates: LookupCandidate[],
  verdict: Verdict,
  flags: LookupFlag[],
): LookupClauseId[] {
  const clauseIds: LookupClauseId[] = ['B.E2', 'B.L1'];
  if (candidates.some((candidate) => candidate.category === 'consumables')) clauseIds.push('B.L2');
  if (candidates.some((candidate) => candidate.listItem)) clauseIds.push('B.N5');
  if (verdict === 'uncertain') clauseIds.push('B.C1', 'B.N8');
  if (verdict === 'not-listed') clauseIds.push('B.L3');
  if (flags.some((flag) => flag.kind === 'biosafety')) clauseIds.push('B.R1');
  if (flags.some((flag) => flag.kind === 'excluded')) clauseIds.push('B.N2');
  return clauseIds;
}

/** The one-paragraph answer, with a note when a proposed code was ignored. */
function summarise(
  index: LookupIndex,
  query: LookupQuery,
  ranking: Ranking,
  flags: LookupFlag[],
  decision: { verdict: Verdict; why: Why; contested: LocalisedText | null },
  proposedUnknown: string | null,
): LocalisedText {
  const { verdict, why, contested } = decision;
  const summary = explainResult({
    verdict,
    query: query.text,
    candidates: ranking.candidates,
    plausible: ranking.plausible.length > 0 ? ranking.plausible : ranking.candidates.slice(0, 1),
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
  return summary;
}

/** The words of the query as shown to the user: jieba words and Latin words, once each. */
function displayTokens(index: LookupIndex, text: string): string[] {
  return [
    ...new Set([
      ...index.segmenter.cut(text).filter((word) => word.trim() && !HAN_STOP.has(word)),
      ...latinTokens(text),
    ]),
  ];
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
