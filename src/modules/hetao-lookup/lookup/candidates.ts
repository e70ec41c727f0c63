/**
 * Presenting a candidate heading: its description from the nomenclature, the list item that
 * covers it and how far, and its reasons in order of strength.
 */
import { itemCoverage, listCoverage, type ListCategory } from '../../hetao/list-format';
import { formatCode, localise } from './explain';
import { type ExcludedLine, type LookupIndex } from './lookup-index';
import { convertToTraditional } from './normalise';
import type { LocalisedText, LookupCandidate, LookupReason } from './types';

/** The evidence gathered for one candidate heading, step by step. */
export interface Accumulator {
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

export function isKnownCode(index: LookupIndex, code: string): boolean {
  if (code.length <= 6)
    return index.hs.has(code) || (code.length === 4 && index.childrenOf.has(code));
  if (code.length === 8) return index.national.has(code);
  return index.national.has(code.slice(0, 8));
}

export function presentCandidate(
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
export function outsideExclusions(
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

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
