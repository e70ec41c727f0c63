/**
 * The contract of the Hetao goods lookup. The lookup is pure: the nomenclature, the dictionary,
 * the list and the precedents are inputs ({@link LookupSources}); nothing here reads a file, a
 * database or the clock.
 */
import type { Coverage, ListCategory, ListItem, SupervisionRegime } from '../../hetao/list-format';

export type { Coverage, ListCategory, ListItem, SupervisionRegime };

/** The script a query was written in, which is also the language the answer should be given in. */
export type Script = 'zh-Hans' | 'zh-Hant' | 'en';

import type { LocalisedText } from '../../../shared/localised-text';

export type { LocalisedText };

/** A text authored in Simplified Chinese and English; zh-Hant is derived with OpenCC. */
export type AuthoredText = { 'zh-Hans': string; en: string };

/** The HS 2022 and China 8-digit nomenclature, as parsed by `parseNomenclature`. */
export interface Nomenclature {
  /** HS 2022 chapters (2 digits), headings (4) and subheadings (6), English paraphrases. */
  hs: { code: string; description: string; parent: string | null }[];
  /** China Customs 8-digit lines with their Simplified Chinese and English names. */
  national: { code: string; zh: string | null; en: string | null }[];
}

/**
 * Where goods that carry the biosafety flag of B.R1 come from: a human or animal body (specimens,
 * tissue, blood, sera, tissue-derived reagents, live animals, animal products), or
 * micro-organisms.
 */
export type BiologicalOrigin = 'human' | 'animal' | 'human-or-animal' | 'microbial';

/** One candidate heading of a dictionary entry, with why. */
export interface DictionaryHeading {
  /** 4, 6 or 8 digits, no dots. */
  code: string;
  /** How plausible this heading is for the entry, 0–1 (the first is usually 1). */
  weight: number;
  /** The list category the goods belong to when more than one list item covers the code. */
  category?: ListCategory;
  reason: AuthoredText;
}

/** A curated entry of the laboratory-goods dictionary. */
export interface DictionaryEntry {
  id: string;
  label: AuthoredText;
  /** Simplified Chinese terms and synonyms (Traditional queries are converted before matching). */
  zh: string[];
  /** English names and synonyms, matched as whole words, singular or plural. */
  en: string[];
  /** Brand and product-line names that identify the goods (Matrigel, FACSCanto, …). */
  brands: string[];
  headings: DictionaryHeading[];
  /** Customs practice is divided for these goods: why (the verdict is then `uncertain`). */
  contested?: AuthoredText;
  /**
   * B.R1: the goods are of human or animal origin (specimens, tissue, blood, sera,
   * tissue-derived reagents, live animals) or micro-organisms — or, `as-described`, materials
   * whose origin the words of the description tell (标本, 标准物质, 酶: 「小鼠组织标本」 is,
   * 「矿物标本」 is not). Absent: goods of no such origin (instruments, media, kits, chemicals),
   * whatever words qualify them.
   */
  origin?: BiologicalOrigin | 'as-described';
  /** The goods also exist in recombinant or synthetic form, which is of no human or animal
   * origin: a description that says so is not flagged (重组人血清白蛋白). */
  recombinantVariants?: boolean;
  /** B.N2: excluded even if listed (prohibited imports, goods that may not be exempted). */
  excluded?: AuthoredText;
  /** Words that only qualify another term ("parts", "for …"): matched but never the goods. */
  qualifier?: boolean;
}

export interface LabDictionary {
  version: string;
  entries: DictionaryEntry[];
}

/** A published answer of a customs officer (the other developer's consultation window). */
export interface Precedent {
  id: string;
  /** How pages cite it (e.g. HT-P-000012), when the desk gives one. */
  reference?: string | null;
  question: string;
  hsCode: string;
  covered: boolean;
  reasoning: string;
  listItemId?: string | null;
  /** The list version in force when customs answered (null when not recorded). */
  listVersionId?: string | null;
  publishedAt: Date | string;
}

export interface ListVersionRef {
  id: string;
  title: string;
  isWorkingList: boolean;
  /** The day the list is in force from (B.N1, B.D1 for the first batch), not when it was loaded. */
  effectiveDate: string | null;
}

export interface LookupSources {
  nomenclature: Nomenclature;
  dictionary: LabDictionary;
  listItems: ListItem[];
  listVersion: ListVersionRef;
  precedents: Precedent[];
}

export interface LookupQuery {
  text: string;
  /** A tariff code the user proposes (any of 4–10 digits, dots allowed). */
  code?: string | null;
  /** The language to answer in when the script of `text` cannot be told (e.g. 「小鼠」). */
  preferredScript?: Script;
}

export type Verdict = 'listed' | 'not-listed' | 'uncertain';

export type LookupReason =
  | {
      kind: 'words';
      /** The query's words found in the nomenclature text of this code. */
      matched: string[];
      text: LocalisedText;
    }
  | {
      kind: 'dictionary';
      entryId: string;
      label: LocalisedText;
      /** The query text that matched the entry. */
      matched: string;
      /** Why this heading for these goods. */
      reason: LocalisedText;
      contested: LocalisedText | null;
      text: LocalisedText;
    }
  | {
      kind: 'precedent';
      precedentId: string;
      reference: string | null;
      question: string;
      covered: boolean;
      reasoning: string;
      publishedAt: string;
      listItemId: string | null;
      /** 0–1 similarity of the query to the precedent's question. */
      similarity: number;
      text: LocalisedText;
    }
  | {
      kind: 'code';
      code: string;
      text: LocalisedText;
    }
  | {
      /** The heading is listed except for named national lines, none of which the query names. */
      kind: 'list-exclusions';
      code: string;
      excludedLines: string[];
      text: LocalisedText;
    };

export interface LookupCandidate {
  hsCode: string;
  /** `zh` is Simplified (as the nomenclature has it); `zhHant` its OpenCC conversion. */
  description: { zh: string | null; zhHant: string | null; en: string };
  /** Where the descriptions come from: a national 8-digit line, derived from the lines under the
   * code, the HS 2022 English paraphrase or China Customs' English name. */
  descriptionSource: {
    zh: 'national-line' | 'derived' | null;
    en: 'hs2022-paraphrase' | 'china-customs';
  };
  listItemId: string | null;
  listItem: {
    itemId: string;
    name: { 'zh-Hans': string; 'zh-Hant': string; en: string | null };
    category: ListCategory;
    regime: SupervisionRegime;
  } | null;
  category: ListCategory | null;
  /** How much of this code the list item covers (`partial`: only some lines under it). */
  coverage: Coverage;
  /** 0–1. */
  score: number;
  reasons: LookupReason[];
}

export interface LookupFlag {
  kind: 'biosafety' | 'excluded';
  reason: LocalisedText;
  clause: string;
  /** biosafety: where the goods come from. */
  origin?: BiologicalOrigin;
}

export interface ClauseRef {
  id: string;
  /** The quoted source text (the report is in Traditional Chinese). */
  quote: string;
  meaning: LocalisedText;
  /** Supplementary facts (B.N*) come from other public reports, not the seed report. */
  secondary: boolean;
}

export interface LookupResult {
  verdict: Verdict;
  /** The script of the query: the page answers in it. */
  script: Script;
  /** The explained answer, in all three languages (show `summary[script]`). */
  summary: LocalisedText;
  candidates: LookupCandidate[];
  flags: LookupFlag[];
  /** The query after normalisation (Simplified, half-width, lower-case Latin, units separated). */
  normalised: string;
  tokens: string[];
  /** Quantities found in the query (500 mL, 10 毫升 → 10 mL), kept out of matching. */
  quantities: { value: number; unit: string }[];
  /** Catalogue numbers found in the query (e.g. 11965092), kept out of matching. */
  catalogueNumbers: string[];
  listVersion: ListVersionRef;
  clauses: ClauseRef[];
  /** For `uncertain`: the question to pre-fill in the consultation window. */
  askCustoms: { question: string; code: string | null } | null;
}
