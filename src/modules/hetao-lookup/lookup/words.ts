/**
 * Words: Latin tokenising with light stemming, Chinese segmentation with @node-rs/jieba plus a
 * domain dictionary, and the stop words both ignore.
 */
import { Jieba } from '@node-rs/jieba';
import { dict as jiebaDictionary } from '@node-rs/jieba/dict.js';

const SPELLING: Record<string, string> = {
  foetal: 'fetal',
  tumour: 'tumor',
  colour: 'color',
  centre: 'center',
  litre: 'liter',
  aluminium: 'aluminum',
  sulphate: 'sulfate',
  sulphur: 'sulfur',
  haemocytometer: 'hemocytometer',
  haematology: 'hematology',
  oestrogen: 'estrogen',
  grey: 'gray',
};

const stemCache = new Map<string, string>();

/** Plural and British/American spellings to one form (analyser → analyzer, media → medium). */
export function stemLatin(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemUncached(word);
    if (stemCache.size >= 50_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

function stemUncached(word: string): string {
  let w = SPELLING[word] ?? word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w === 'media') return 'medium';
  if (w === 'sera') return 'serum';
  if (w === 'antisera') return 'antiserum';
  if (w === 'mice') return 'mouse';
  if (w === 'teeth') return 'tooth';
  if (w === 'analyses') return 'analysis';
  w = w.replace(/is(er|ing|ation|ed)$/, 'iz$1').replace(/ys(er|ing|ed)$/, 'yz$1');
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is|ys)$/.test(w)) return w;
  if (/(sh|ch|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/ss$/.test(w)) return w.slice(0, -1);
  return w;
}

const LATIN_STOP = new Set(
  'a an the of for and or with without in on to by from as at per not other than whether nec n.e.c etc including excluding their thereof its it be is are this that such like used use also any all each into onto which only whose'.split(
    ' ',
  ),
);

/** Latin tokens: split at non-letters/digits and at letter–digit boundaries, stemmed. */
export function latinTokens(text: string, { keepStopWords = false } = {}): string[] {
  const tokens: string[] = [];
  for (const run of text.toLowerCase().match(/[a-z0-9α-ω]+/g) ?? [])
    for (const part of run.match(/[a-zα-ω]+|\d+/g) ?? []) {
      if (!keepStopWords && LATIN_STOP.has(part)) continue;
      tokens.push(stemLatin(part));
    }
  return tokens;
}

/** Chinese words too common in the nomenclature to tell anything apart. */
export const HAN_STOP = new Set(
  '的 及 和 与 或 用 其他 未列名 不论 是否 类似 等 其 者 以上 以下 但 除外 包括 制 品 所列 品目 子目 章 第 不 非 仅 已 未 并 装有 含 经 供 作 为 由 在 中 上 下 之 以 按 向 于 对 种 类 个 件'.split(
    ' ',
  ),
);

const HAN_RUN = /[\p{Script=Han}]+/gu;

export interface Segmenter {
  /** Words of the Han runs of `text` (precise mode). */
  cut(text: string): string[];
  /** Words and their sub-words (search mode), for matching against names. */
  cutForSearch(text: string): string[];
}

const segmenterCache = new Map<string, Jieba>();

/**
 * A segmenter with jieba's own dictionary plus `domainWords` (laboratory terms). Instances are
 * cached by their word list: loading jieba's dictionary takes a quarter of a second.
 */
export function createSegmenter(domainWords: readonly string[]): Segmenter {
  const words = [...new Set(domainWords.filter((word) => /\p{Script=Han}/u.test(word)))].sort();
  const key = words.join('\n');
  let jieba = segmenterCache.get(key);
  if (!jieba) {
    jieba = Jieba.withDict(jiebaDictionary);
    // NOTE: a high frequency makes jieba keep a domain term whole (基质胶, not 基质 + 胶).
    if (words.length > 0)
      jieba.loadDict(
        Buffer.from(words.map((word) => `${word.replace(/\s+/g, '')} 200000 n`).join('\n')),
      );
    if (segmenterCache.size >= 4) segmenterCache.delete(segmenterCache.keys().next().value!);
    segmenterCache.set(key, jieba);
  }
  const run = (text: string, search: boolean) => {
    const out: string[] = [];
    for (const han of text.match(HAN_RUN) ?? [])
      out.push(...(search ? jieba.cutForSearch(han, true) : jieba.cut(han, true)));
    return out;
  };
  return { cut: (text) => run(text, false), cutForSearch: (text) => run(text, true) };
}
