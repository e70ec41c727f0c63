/**
 * Query normalisation: one form for Simplified, Traditional and English queries, full- or
 * half-width, with quantities, catalogue numbers and proposed tariff codes taken out.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from './types';

type Converter = (text: string) => string;
let toSimplified: Converter | undefined;
let toTraditional: Converter | undefined;
let toStandardTraditional: Converter | undefined;

/** Traditional (Hong Kong and Taiwan forms) → Simplified, as OpenCC does it. */
export function convertToSimplified(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(text);
}

const traditionalCache = new Map<string, string>();

/**
 * Simplified → Traditional, Hong Kong standard (the park borders Hong Kong). Memoised: OpenCC
 * takes about a millisecond for a sentence and the texts we convert (reasons, summaries' parts)
 * repeat.
 */
export function convertToTraditional(text: string): string {
  const cached = traditionalCache.get(text);
  if (cached !== undefined) return cached;
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'hk' });
  const converted = toTraditional(text);
  if (traditionalCache.size >= 20_000) traditionalCache.clear();
  traditionalCache.set(text, converted);
  return converted;
}

const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

export interface NormalisedQuery {
  /** Simplified, NFKC (full-width → half-width), Latin lower-cased, quantities and catalogue
   * numbers removed, whitespace collapsed. */
  text: string;
  script: Script;
  /** True when the script could not be told (only characters common to both Chinese scripts). */
  scriptAmbiguous: boolean;
  quantities: { value: number; unit: string }[];
  catalogueNumbers: string[];
  /** Tariff codes written in the text: dotted (3821.00, 9027.50.90) or after HS/税号/商品编码. */
  codes: string[];
}

// Units we recognise after a number. Order matters: longer spellings first.
const UNIT_SPELLINGS: [RegExp, string][] = [
  [/^(?:毫升|ml|mls|millilitres?|milliliters?)$/i, 'mL'],
  [/^(?:微升|μl|µl|ul)$/i, 'µL'],
  [/^(?:纳升|nl)$/i, 'nL'],
  [/^(?:升|l|litres?|liters?)$/i, 'L'],
  [/^(?:毫克|mg)$/i, 'mg'],
  [/^(?:微克|μg|µg|ug|mcg)$/i, 'µg'],
  [/^(?:纳克|ng)$/i, 'ng'],
  [/^(?:千克|公斤|kg)$/i, 'kg'],
  [/^(?:克|g|grams?)$/i, 'g'],
  [/^(?:毫米|mm)$/i, 'mm'],
  [/^(?:厘米|cm)$/i, 'cm'],
  [/^(?:微米|μm|µm|um)$/i, 'µm'],
  [/^(?:纳米|nm)$/i, 'nm'],
  [/^(?:kda|千道尔顿)$/i, 'kDa'],
  [/^(?:孔|wells?)$/i, 'wells'],
  [/^(?:rpm|转)$/i, 'rpm'],
  [/^(?:tests?|rxns?|reactions?|次)$/i, 'tests'],
  [/^(?:units?|u|iu)$/i, 'U'],
  [/^(?:mmol|mm?ol|mol|mm|μm|µm|um|nm)\/l$/i, 'mol/L'],
  [
    /^(?:个|只|头|支|瓶|盒|片|本|册|套|台|块|袋|包|条|张|pcs|pieces?|packs?|boxes|box|vials?|bottles?|sets?|units?)$/i,
    'count',
  ],
];

// A number followed by a unit. Latin units must end at a word boundary (so "5 mlx" is not mL).
const QUANTITY =
  /(?<![a-z\d.])(\d+(?:\.\d+)?)\s?(毫升|微升|纳升|毫克|微克|纳克|千克|公斤|毫米|厘米|微米|纳米|千道尔顿|升|克|孔|转|次|个|只|头|支|瓶|盒|片|本|册|套|台|块|袋|包|条|张|(?:millilitres?|milliliters?|litres?|liters?|grams?|mls?|μl|µl|ul|nl|l|mg|μg|µg|ug|mcg|ng|kg|g|mm|cm|μm|µm|um|nm|kda|wells?|rpm|tests?|rxns?|reactions?|units?|iu|pcs|pieces?|packs?|boxes|box|vials?|bottles?|sets?)(?![a-z]))/giu;

const CODE_AFTER_LABEL =
  /(?:hs\s*code|hs|tariff\s*code|commodity\s*code|税号|税则号|商品编码|商品编号|海关编码)\s*[:：#]?\s*(\d{2,4}(?:\.?\d{2}){0,3})/giu;
const DOTTED_CODE = /(?<![\d.])(\d{4}\.\d{2}(?:\.\d{2}){0,2})(?![\d.])/g;

/**
 * Normalises a free-text query. Pure and deterministic.
 *
 * - NFKC: full-width letters, digits and punctuation become half-width (ＤＭＥＭ → DMEM,
 *   ５００ｍＬ → 500mL), compatibility units become letters (㎖ → mL).
 * - Traditional → Simplified with OpenCC; the script is reported (a query with only characters
 *   common to both scripts is reported as `preferred`, default Simplified).
 * - Quantities (500 mL, 10毫升, 100 µg, 96孔) are taken out of the text and returned.
 * - Catalogue numbers (a run of 5+ digits, or letters-and-digits with 5+ digits, such as
 *   11965092 or A1413201) are taken out; a tariff code is only read from the text when it is
 *   dotted (3821.00) or labelled (HS 382100, 税号 38210000).
 */
export function normaliseQuery(raw: string, preferred: Script = 'zh-Hans'): NormalisedQuery {
  const nfkc = raw.normalize('NFKC').replace(/[\u200b-\u200d\ufeff]/g, '');
  const { script, ambiguous } = detectScript(nfkc, preferred);
  return { ...normaliseText(nfkc), script, scriptAmbiguous: ambiguous };
}

/** {@link normaliseQuery} without telling the script (for dictionary terms and precedents). */
export function normaliseText(raw: string): Omit<NormalisedQuery, 'script' | 'scriptAmbiguous'> {
  let text = raw.normalize('NFKC').replace(/[\u200b-\u200d\ufeff]/g, '');
  if (HAN.test(text)) text = convertToSimplified(text);
  text = text.toLowerCase();

  const codes: string[] = [];
  text = text.replace(CODE_AFTER_LABEL, (_match, code: string) => {
    codes.push(code.replace(/\./g, ''));
    return ' ';
  });
  text = text.replace(DOTTED_CODE, (_match, code: string) => {
    codes.push(code.replace(/\./g, ''));
    return ' ';
  });

  // Temperatures stay in the text in one spelling (−80 °C matters for freezers).
  text = text.replace(/(-?\d+)\s?(?:°\s?c|℃|摄氏度|度)/g, '$1°c');

  const quantities: { value: number; unit: string }[] = [];
  text = text.replace(QUANTITY, (match, value: string, unit: string) => {
    const canonical = canonicalUnit(unit);
    if (!canonical) return match;
    quantities.push({ value: Number(value), unit: canonical });
    return ' ';
  });

  const catalogueNumbers: string[] = [];
  text = text.replace(
    /(?<![\p{L}\d])(?:[a-z]{0,4}\d{5,}(?:[-/]\d+)*[a-z]{0,3})(?![\p{L}\d])/gu,
    (match) => {
      catalogueNumbers.push(match);
      return ' ';
    },
  );

  text = text
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    // Brackets stay, as "(" and ")": what is inside them only qualifies the goods.
    .replace(/[[【〔（]/gu, '(')
    .replace(/[\]】〕）]/gu, ')')
    .replace(/\s*\(\s*/g, ' (')
    .replace(/\s*\)\s*/g, ') ')
    .replace(/[\s,;:!?{}<>"'|\\、，。；：！？《》〈〉「」『』·•]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, quantities, catalogueNumbers, codes };
}

function canonicalUnit(unit: string): string | undefined {
  for (const [pattern, canonical] of UNIT_SPELLINGS) if (pattern.test(unit)) return canonical;
  return undefined;
}

/**
 * The script of a text: English when it has no Han characters; otherwise Traditional when it
 * has characters that only Traditional writes (converting to Simplified changes them) and more
 * of them than Simplified-only characters, Simplified when the reverse; when neither, the
 * preferred script (the text reads the same in both).
 */
export function detectScript(
  text: string,
  preferred: Script = 'zh-Hans',
): { script: Script; ambiguous: boolean } {
  const han = text.match(HAN_GLOBAL);
  if (!han) return { script: 'en', ambiguous: false };
  const chars = han.join('');
  const simplified = convertToSimplified(chars);
  // OpenCC's standard Traditional (not the Hong Kong forms, which keep e.g. 温) tells which
  // characters only Simplified writes.
  toStandardTraditional ??= OpenCC.Converter({ from: 'cn', to: 't' });
  const traditional = toStandardTraditional(chars);
  let traditionalOnly = 0;
  let simplifiedOnly = 0;
  // NOTE: OpenCC maps character for character here (Han only, no phrases crossing
  // non-Han text), so positions line up.
  for (let index = 0; index < chars.length; index += 1) {
    if (simplified[index] !== chars[index]) traditionalOnly += 1;
    if (traditional[index] !== chars[index]) simplifiedOnly += 1;
  }
  if (traditionalOnly > simplifiedOnly) return { script: 'zh-Hant', ambiguous: false };
  if (simplifiedOnly > traditionalOnly) return { script: 'zh-Hans', ambiguous: false };
  if (traditionalOnly === 0 && simplifiedOnly === 0)
    return { script: preferred === 'en' ? 'zh-Hans' : preferred, ambiguous: true };
  return { script: 'zh-Hans', ambiguous: true };
}
