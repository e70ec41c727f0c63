/** The lookup's answer, as GET /api/v1/hetao/lookup returns it (src/modules/hetao-lookup/schema.ts). */
export type Script = 'zh-Hans' | 'zh-Hant' | 'en';
export type LocalisedText = Record<Script, string>;
export type Category =
  'equipment' | 'apparatus' | 'consumables' | 'literature' | 'specimens' | 'animals';
export type Verdict = 'listed' | 'not-listed' | 'uncertain';
/** Where goods flagged for biosafety (B.R1) come from. */
export type BiologicalOrigin = 'human' | 'animal' | 'human-or-animal' | 'microbial';

export interface LookupFlag {
  kind: 'biosafety' | 'excluded';
  reason: LocalisedText;
  clause: string;
  origin?: BiologicalOrigin;
}

export type LookupReason =
  | { kind: 'words'; matched: string[]; text: LocalisedText }
  | {
      kind: 'dictionary';
      entryId: string;
      label: LocalisedText;
      matched: string;
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
      similarity: number;
      text: LocalisedText;
    }
  | { kind: 'code'; code: string; text: LocalisedText }
  | { kind: 'list-exclusions'; code: string; excludedLines: string[]; text: LocalisedText };

export interface LookupCandidate {
  hsCode: string;
  description: { zh: string | null; zhHant: string | null; en: string };
  descriptionSource: {
    zh: 'national-line' | 'derived' | null;
    en: 'hs2022-paraphrase' | 'china-customs';
  };
  listItemId: string | null;
  listItem: {
    itemId: string;
    name: { 'zh-Hans': string; 'zh-Hant': string; en: string | null };
    category: Category;
    regime: 'supervision-period' | 'write-off';
  } | null;
  category: Category | null;
  coverage: 'full' | 'partial' | 'none';
  score: number;
  reasons: LookupReason[];
}

export interface LookupResult {
  verdict: Verdict;
  script: Script;
  summary: LocalisedText;
  candidates: LookupCandidate[];
  flags: LookupFlag[];
  normalised: string;
  tokens: string[];
  quantities: { value: number; unit: string }[];
  catalogueNumbers: string[];
  listVersion: { id: string; title: string; isWorkingList: boolean; effectiveDate: string | null };
  clauses: { id: string; quote: string; meaning: LocalisedText; secondary: boolean }[];
  askCustoms: { question: string; code: string | null } | null;
}
