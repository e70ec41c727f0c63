/**
 * Whether looked-up goods are of human or animal origin — specimens, tissue, blood, sera,
 * tissue-derived reagents, live animals and animal products — or are micro-organisms, and so
 * carry the biosafety flag of B.R1 (「科研物資特別是人體、動物標本、組織，涉及防疫等方面風險」).
 *
 * Evidence, strongest first:
 * 1. the dictionary entry that heads the description (胎牛血清, Matrigel, 实验小鼠, HeLa 细胞系);
 * 2. the words of the description: an origin word with a material word (小鼠…组织, "human …
 *    tissue", 猪肝), a material that is always of human or animal origin (血浆, 全血, "blood
 *    sample"), or an animal named as the goods (实验用比格犬) — read when the head is a material
 *    whose origin its words tell (标本, 标准物质, 酶: `as-described` entries) or when the
 *    dictionary knows nothing of the goods;
 * 3. the plausible candidate headings: chapters 01–05 (live animals, animal products), 30.01,
 *    30.02's blood, immunological products and cultures, 9705.21 human specimens.
 *
 * A head the dictionary knows to be something else (an instrument, labware, a medium, a kit, a
 * synthetic chemical) is not overruled by words: 「人多能干细胞培养基」 is a medium *for* human
 * cells. Words saying the goods are made without human or animal material (recombinant,
 * synthetic, animal-free, a fossil, a mineral, a model) overrule 2 and 3, and 1 only for entries
 * whose goods also exist in recombinant form (albumin, antibodies, collagen, trypsin): a
 * recombinant virus or a transgenic mouse is still flagged.
 *
 * Pure; the word lists are compiled into regular expressions once.
 */
import {
  ANIMAL_LATIN_SET,
  HAN_INTRINSIC,
  HAN_MATERIAL,
  HAN_ORIGIN,
  HUMAN_LATIN_SET,
  INTRINSIC_LATIN,
  MATERIAL_HAN_SINGLE,
  MATERIAL_LATIN_SET,
  NEGATION_AFTER_LATIN,
  NEGATION_BEFORE_HAN,
  NEGATION_BEFORE_LATIN,
  NOT_HUMAN_BEFORE,
  NOT_MATERIAL_AFTER_HAN,
  NOT_MATERIAL_AFTER_LATIN,
  NOT_OF_ORIGIN_HAN,
  NOT_OF_ORIGIN_LATIN,
  PURPOSE_HAN,
  PURPOSE_LATIN,
  TARGET_BEFORE_LATIN,
  WINDOW_HAN,
  WINDOW_LATIN,
} from './origin-words';
import type { AuthoredText, BiologicalOrigin, DictionaryEntry } from './types';
import { stemLatin } from './words';

/** A dictionary match as the lookup found it (span in the normalised text, head or modifier). */
export interface OriginMatch {
  entry: DictionaryEntry;
  start: number;
  end: number;
  /** 1 for the head of the description, less for a modifier. */
  weight: number;
}

export type OriginEvidence =
  | { kind: 'entry'; origin: BiologicalOrigin; entry: DictionaryEntry }
  | { kind: 'words'; origin: BiologicalOrigin; words: string[] }
  | { kind: 'code'; origin: BiologicalOrigin; code: string; goods: AuthoredText };

// ---------------------------------------------------------------------------------------------
// Headings (3)

/** Headings whose goods are of human or animal origin, or micro-organisms; the longest prefix
 * decides. 3002.90.40 (genetic material and genetically modified organisms) is not listed: the
 * words or the dictionary tell what it holds. */
interface OriginHeading {
  prefix: string;
  origin: BiologicalOrigin;
  goods: AuthoredText;
}
const ORIGIN_HEADINGS: OriginHeading[] = (
  [
    { prefix: '01', origin: 'animal', goods: { 'zh-Hans': '活动物', en: 'live animals' } },
    { prefix: '02', origin: 'animal', goods: { 'zh-Hans': '肉及食用杂碎', en: 'meat and offal' } },
    {
      prefix: '03',
      origin: 'animal',
      goods: { 'zh-Hans': '鱼、甲壳及软体动物', en: 'fish, crustaceans and molluscs' },
    },
    {
      prefix: '04',
      origin: 'animal',
      goods: {
        'zh-Hans': '乳品、蛋品、蜂蜜等动物产品',
        en: 'dairy produce, eggs, honey and other animal products',
      },
    },
    {
      prefix: '05',
      origin: 'animal',
      goods: { 'zh-Hans': '其他动物产品', en: 'other products of animal origin' },
    },
    { prefix: '0501', origin: 'human', goods: { 'zh-Hans': '人发', en: 'human hair' } },
    {
      prefix: '0511',
      origin: 'human-or-animal',
      goods: {
        'zh-Hans': '未列名动物产品（含人体及动物组织、细胞、血液样本）',
        en: 'animal products n.e.s. (including human and animal tissue, cell and blood samples)',
      },
    },
    {
      prefix: '3001',
      origin: 'human-or-animal',
      goods: {
        'zh-Hans': '人体或动物的腺体、器官及其他物质',
        en: 'human or animal glands, organs and other substances',
      },
    },
    {
      prefix: '300212',
      origin: 'human-or-animal',
      goods: { 'zh-Hans': '抗血清及其他血份', en: 'antisera and other blood fractions' },
    },
    ...['300213', '300214', '300215'].map((prefix) => ({
      prefix,
      origin: 'human-or-animal' as const,
      goods: { 'zh-Hans': '免疫制品（抗体等）', en: 'immunological products (antibodies, …)' },
    })),
    ...['300241', '300242'].map((prefix) => ({
      prefix,
      origin: 'microbial' as const,
      goods: { 'zh-Hans': '疫苗', en: 'vaccines' },
    })),
    {
      prefix: '30024930',
      origin: 'microbial',
      goods: { 'zh-Hans': '细菌及病毒', en: 'bacteria and viruses' },
    },
    {
      prefix: '30024990',
      origin: 'microbial',
      goods: { 'zh-Hans': '微生物培养物及毒素', en: 'cultures of micro-organisms and toxins' },
    },
    {
      prefix: '300249',
      origin: 'microbial',
      goods: { 'zh-Hans': '微生物培养物及毒素', en: 'cultures of micro-organisms and toxins' },
    },
    ...['300251', '300259'].map((prefix) => ({
      prefix,
      origin: 'human-or-animal' as const,
      goods: { 'zh-Hans': '细胞培养物', en: 'cell cultures' },
    })),
    {
      prefix: '30029090',
      origin: 'human-or-animal',
      goods: { 'zh-Hans': '人血及动物血制品', en: 'human blood and animal blood products' },
    },
    { prefix: '970521', origin: 'human', goods: { 'zh-Hans': '人类标本', en: 'human specimens' } },
  ] satisfies OriginHeading[]
).sort((a, b) => b.prefix.length - a.prefix.length);

// NOTE: 3002.49.20 (ricin) sits under the 300249 prefix but is a plant toxin: the longest-prefix
// rule would give it "microbial"; the working list excludes it anyway (WL-SP-03), so the flag
// only ever reaches it through a proposed code.

function headingOrigin(code: string) {
  return ORIGIN_HEADINGS.find((heading) => code.startsWith(heading.prefix)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Words (2): finding them in the text; the lists are in origin-words.ts.

interface Found {
  origin: BiologicalOrigin;
  word: string;
}

/** Masks the spans of `masked` with spaces, keeping positions. */
function maskSpans(text: string, masked: { start: number; end: number }[]): string {
  if (masked.length === 0) return text;
  const chars = [...text];
  // NOTE: spans are UTF-16 offsets; every character we mask is in the BMP (Han, Latin, digits).
  for (const span of masked) for (let i = span.start; i < span.end; i += 1) chars[i] = ' ';
  return chars.join('');
}

/** Is a Han material at `start..end` real material (not negated, not an instrument's name)? */
function hanMaterialHolds(text: string, start: number, end: number): boolean {
  return (
    !NOT_MATERIAL_AFTER_HAN.test(text.slice(end)) && !NEGATION_BEFORE_HAN.test(text.slice(0, start))
  );
}

/** The end of the run of Han characters that starts at or before `index`. */
function hanRunEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && /\p{Script=Han}/u.test(text[end]!)) end += 1;
  return end;
}

function findHan(
  text: string,
  purposeAt: number,
  head: { start: number; end: number } | null,
  asDescribed: boolean,
): Found[] {
  const found: Found[] = [];
  const materials: { start: number; end: number; single: boolean }[] = [];
  for (const match of text.matchAll(HAN_MATERIAL)) {
    const start = match.index;
    const end = start + match[0].length;
    const single = match[0].length === 1;
    // A one-character material ends its run of characters (羊血, 猪肝; not 血压计, 鱼眼镜头).
    if (single && hanRunEnd(text, start) !== end) continue;
    if (!single && !hanMaterialHolds(text, start, end)) continue;
    materials.push({ start, end, single });
  }
  for (const match of text.matchAll(HAN_ORIGIN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start >= purposeAt) break;
    // 「小鼠用」: for mice, not of mice; 「抗人」: against human antigens.
    if (/^用/u.test(text.slice(end)) || /抗$/u.test(text.slice(0, start))) continue;
    const single = match[3] !== undefined;
    const origin = match[1] !== undefined || match[0] === '人' ? 'human' : 'animal';
    if (match[0] === '人' && NOT_HUMAN_BEFORE.test(text.slice(0, start))) continue;
    // An origin word right before the head term names the head's source (人纤连蛋白, 牛DNA酶).
    if (asDescribed && head && end === head.start) {
      found.push({ origin, word: match[0] });
      continue;
    }
    // A multi-character origin word alone qualifies a material whose origin its words tell.
    if (asDescribed && !single) {
      found.push({ origin, word: match[0] });
      continue;
    }
    const material = materials.find((m) =>
      single
        ? // 胎牛血清, 人血浆; one organ character may come between: 猪肝组织.
          !m.single &&
          (m.start === end ||
            (m.start === end + 1 && MATERIAL_HAN_SINGLE.includes(text[end]!)) ||
            (m.start === end + 1 && /[源胎的]/u.test(text[end]!)))
        : m.start >= end && m.start - end <= WINDOW_HAN && !/[()]/u.test(text.slice(end, m.start)),
    );
    // One character at the end of the run: 羊血, 猪肝 (right after a one-character origin),
    // 小鼠新鲜肝 (within the window of a longer one).
    const singleMaterial =
      !material &&
      materials.find(
        (m) =>
          m.single && (single ? m.start === end : m.start >= end && m.start - end <= WINDOW_HAN),
      );
    const hit = material ?? singleMaterial;
    if (hit) {
      found.push({ origin, word: text.slice(start, hit.end).replace(/\s+/g, '') });
      continue;
    }
    // A multi-character animal word that ends the description names the goods (实验用比格犬).
    if (!single && origin === 'animal' && isLastWord(text, end))
      found.push({ origin, word: match[0] });
  }
  for (const match of text.matchAll(HAN_INTRINSIC)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start >= purposeAt || !hanMaterialHolds(text, start, end)) continue;
    found.push({ origin: 'human-or-animal', word: match[0] });
  }
  return found;
}

/** Nothing but spaces, digits and bracketed qualifiers after `end` (in a masked text). */
function isLastWord(text: string, end: number): boolean {
  return /^[\s\d]*(?:\([^)]*\)[\s\d]*)*$/u.test(text.slice(end));
}

function findLatin(text: string, purposeAt: number, asDescribed: boolean): Found[] {
  const tokens: { word: string; raw: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[a-z]+/g))
    tokens.push({
      word: stemLatin(match[0]),
      raw: match[0],
      start: match.index,
      end: match.index + match[0].length,
    });
  const found: Found[] = [];
  const purposeIndex = tokens.findIndex(
    (token) => PURPOSE_LATIN.has(token.word) || token.start >= purposeAt,
  );
  const limit = purposeIndex < 0 ? tokens.length : purposeIndex;
  const materialHolds = (i: number) =>
    !NOT_MATERIAL_AFTER_LATIN.has(tokens[i + 1]?.word ?? '') &&
    !NEGATION_AFTER_LATIN.has(tokens[i + 1]?.word ?? '') &&
    !NEGATION_BEFORE_LATIN.has(tokens[i - 1]?.word ?? '');
  for (let i = 0; i < limit; i += 1) {
    const token = tokens[i]!;
    const human = HUMAN_LATIN_SET.has(token.word);
    if (!human && !ANIMAL_LATIN_SET.has(token.word)) continue;
    if (TARGET_BEFORE_LATIN.has(tokens[i - 1]?.word ?? '')) continue;
    const origin = human ? 'human' : 'animal';
    if (asDescribed) {
      found.push({ origin, word: token.raw });
      continue;
    }
    let material = -1;
    for (let j = i + 1; j < Math.min(tokens.length, i + 2 + WINDOW_LATIN); j += 1)
      if (MATERIAL_LATIN_SET.has(tokens[j]!.word) && materialHolds(j)) {
        material = j;
        break;
      }
    if (material >= 0) {
      found.push({ origin, word: text.slice(token.start, tokens[material]!.end) });
      continue;
    }
    // An animal that ends the description is the goods ("beagle dogs").
    if (!human && i === tokens.length - 1 && !/\p{Script=Han}/u.test(text.slice(token.end)))
      found.push({ origin, word: token.raw });
  }
  for (let i = 0; i < limit; i += 1)
    for (const phrase of INTRINSIC_LATIN)
      if (
        phrase.every((word, k) => tokens[i + k]?.word === word) &&
        materialHolds(i + phrase.length - 1)
      )
        found.push({
          origin: 'human-or-animal',
          word: text.slice(tokens[i]!.start, tokens[i + phrase.length - 1]!.end),
        });
  return found;
}

function saysNotOfOrigin(text: string): boolean {
  if (NOT_OF_ORIGIN_HAN.test(text)) return true;
  const words = text.match(/[a-z]+/g) ?? [];
  // "animal-free", "animal component free", "xeno-free": made without animal material.
  for (let i = 0; i < words.length; i += 1) {
    const word = stemLatin(words[i]!);
    if (NOT_OF_ORIGIN_LATIN.has(word)) return true;
    if (word === 'animal' && (words[i + 1] === 'free' || words[i + 2] === 'free')) return true;
  }
  return false;
}

/** The most specific origin the words give: 「小鼠…组织标本」 is animal, not "human or animal". */
function combine(found: Found[]): BiologicalOrigin {
  const origins = new Set(found.map((entry) => entry.origin));
  const human = origins.has('human');
  const animal = origins.has('animal');
  if (human !== animal) return human ? 'human' : 'animal';
  if (human || origins.has('human-or-animal')) return 'human-or-animal';
  return 'microbial';
}

/** The words to cite, in the order of the text, none inside another (人体组织, not 人体 too). */
function citedWords(text: string, found: Found[]): string[] {
  const words = [...new Set(found.map((entry) => entry.word))];
  const position = (word: string) => {
    const at = text.indexOf(word);
    return at < 0 ? Infinity : at;
  };
  return words
    .filter((word) => !words.some((other) => other !== word && other.includes(word)))
    .sort((a, b) => position(a) - position(b));
}

const BIOLOGICAL = new Set<string>(['human', 'animal', 'human-or-animal', 'microbial']);

/**
 * The biological origin of the goods a query describes, with the evidence that decided it, or
 * null when nothing says the goods are of human or animal origin or micro-organisms.
 *
 * @param text the normalised query (normaliseQuery().text)
 * @param matches the dictionary's matches in it, qualifiers included
 * @param head the match that heads the description, if any
 * @param codes the plausible candidate codes, best first
 */
export function judgeOrigin(
  text: string,
  matches: readonly OriginMatch[],
  head: OriginMatch | null,
  codes: readonly string[],
): OriginEvidence | null {
  const headOrigin = head?.entry.origin;
  const notOfOrigin = saysNotOfOrigin(
    maskSpans(
      text,
      matches.filter((m) => !m.entry.origin),
    ),
  );
  if (head && headOrigin && BIOLOGICAL.has(headOrigin)) {
    // NOTE: 「重组人血清白蛋白」 is made in yeast; 「重组腺病毒」 is still a virus.
    if (notOfOrigin && head.entry.recombinantVariants) return null;
    return { kind: 'entry', origin: headOrigin as BiologicalOrigin, entry: head.entry };
  }
  if (notOfOrigin) return null;

  // Words, unless the head is goods the dictionary knows to be of no such origin.
  if (!head || headOrigin === 'as-described') {
    const asDescribed = headOrigin === 'as-described';
    // Words inside a matched term of other goods are that term's (人体工学椅, 组织匀浆器).
    const masked = maskSpans(
      text,
      matches.filter((m) => m !== head && !m.entry.origin),
    );
    const purposeAt = masked.search(PURPOSE_HAN);
    const found = [
      ...findHan(masked, purposeAt < 0 ? Infinity : purposeAt, head, asDescribed),
      ...findLatin(masked, purposeAt < 0 ? Infinity : purposeAt, asDescribed),
    ];
    // A modifier the dictionary knows (小鼠 in 小鼠组织标本) says as much as the words.
    if (asDescribed)
      for (const match of matches)
        if (match !== head && match.entry.origin && BIOLOGICAL.has(match.entry.origin))
          found.push({
            origin: match.entry.origin as BiologicalOrigin,
            word: text.slice(match.start, match.end),
          });
    if (found.length > 0)
      return { kind: 'words', origin: combine(found), words: citedWords(text, found) };
  }

  for (const code of codes) {
    const heading = headingOrigin(code);
    if (heading) return { kind: 'code', origin: heading.origin, code, goods: heading.goods };
  }
  return null;
}
