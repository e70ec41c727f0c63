/**
 * The clauses of policy B that the lookup cites (../shared/policy-source/CLAUSES.md). The quote
 * is the source text as reported (Traditional Chinese); B.N* are supplementary facts from other
 * public reports and are shown as secondary sources.
 */
import type { ClauseRef } from './types';

export const LOOKUP_CLAUSES = {
  'B.E2': {
    id: 'B.E2',
    quote: '經「一線」進口自用的科研貨物，免徵進口稅收（包括進口關稅、進口環節增值稅和消費稅）',
    meaning: {
      'zh-Hans': '经“一线”进口、自用的科研货物，免征进口关税、进口环节增值税和消费税。',
      'zh-Hant': '經「一線」進口、自用的科研貨物，免徵進口關稅、進口環節增值稅和消費稅。',
      en: 'Research goods for own use imported through the "first line" are exempt from import duty, import VAT and consumption tax.',
    },
    secondary: false,
  },
  'B.L1': {
    id: 'B.L1',
    quote:
      '其所附的《免稅科研貨物清單》涵蓋了「設備及零配件、器具、耗材、文獻、標本、動物及其產品」等6類509項貨物',
    meaning: {
      'zh-Hans':
        '免税科研货物清单分 6 类共 509 项：设备及零配件、器具、耗材、文献、标本、动物及其产品。',
      'zh-Hant':
        '免稅科研貨物清單分 6 類共 509 項：設備及零配件、器具、耗材、文獻、標本、動物及其產品。',
      en: 'The list has 6 categories and 509 items: equipment and spare parts; apparatus; consumables; literature; specimens; animals and animal products.',
    },
    secondary: false,
  },
  'B.L2': {
    id: 'B.L2',
    quote:
      '第三類「耗材」中查詢到「動物血製品」「抗血清、其他血份及免疫製品」以及「製成的供微生物（包括病毒及類似品）或植物、人體、動物細胞生長或維持用的培養基」',
    meaning: {
      'zh-Hans': '第三类“耗材”包括动物血制品，抗血清、其他血份及免疫制品，以及制成的培养基。',
      'zh-Hant': '第三類「耗材」包括動物血製品，抗血清、其他血份及免疫製品，以及製成的培養基。',
      en: 'Category 3 (consumables) includes animal blood products; antisera, other blood fractions and immunological products; and prepared culture media.',
    },
    secondary: false,
  },
  'B.L3': {
    id: 'B.L3',
    quote: '這個清單不可能一次性囊括所有……建立一種動態調整機制……將科研上的真正訴求加進去',
    meaning: {
      'zh-Hans': '清单将动态调整，按科研的真实需要分批增补。',
      'zh-Hant': '清單將動態調整，按科研的真實需要分批增補。',
      en: 'The list will be adjusted over time, adding what research actually needs.',
    },
    secondary: false,
  },
  'B.C1': {
    id: 'B.C1',
    quote:
      '從清單中目前還無法推斷出這些是否包含在內，所以後續需要向海關部門進行諮詢……建立互通窗口、方便傳達建議',
    meaning: {
      'zh-Hans': '从清单无法判断某些货物（如基质胶、生长因子）是否包含在内，需要向海关咨询。',
      'zh-Hant': '從清單無法判斷某些貨物（如基質膠、生長因子）是否包含在內，需要向海關諮詢。',
      en: 'For some goods (e.g. Matrigel, growth factors) the list does not tell whether they are covered: ask customs.',
    },
    secondary: false,
  },
  'B.R1': {
    id: 'B.R1',
    quote:
      '科研物資特別是人體、動物標本、組織，涉及防疫等方面風險，要更注意風險的防範，深港兩地也需要共同加強識別和監管上的合作',
    meaning: {
      'zh-Hans': '人体、动物标本和组织等科研物资涉及防疫风险，须加强识别与监管。',
      'zh-Hant': '人體、動物標本和組織等科研物資涉及防疫風險，須加強識別與監管。',
      en: 'Human and animal specimens and tissues carry epidemic-prevention risk and must be identified and supervised.',
    },
    secondary: false,
  },
  'B.N2': {
    id: 'B.N2',
    quote:
      'Goods excluded even if listed: goods whose import is prohibited; goods that laws or regulations say may not be exempted; goods in 《進口不予免稅的重大技術裝備和產品目錄》.',
    meaning: {
      'zh-Hans':
        '即使在清单内，禁止进口的货物、法律法规规定不予免税的货物，以及《进口不予免税的重大技术装备和产品目录》所列货物，均不免税。',
      'zh-Hant':
        '即使在清單內，禁止進口的貨物、法律法規規定不予免稅的貨物，以及《進口不予免稅的重大技術裝備和產品目錄》所列貨物，均不免稅。',
      en: 'Even if listed, prohibited imports, goods that laws say may not be exempted and goods in the catalogue of major equipment not exempted are not exempt.',
    },
    secondary: true,
  },
  'B.N5': {
    id: 'B.N5',
    quote:
      'Two supervision regimes: equipment and its repair parts, apparatus, literature and specimens stay under the usual supervision period for exempt goods; consumables, animals and animal products (and other parts) consumed in research without becoming a product may be written off (核銷) without paying tax back.',
    meaning: {
      'zh-Hans':
        '设备及维修零配件、器具、文献、标本在海关监管期内监管；耗材、动物及其产品等在科研中消耗的可核销，不补缴税款。',
      'zh-Hant':
        '設備及維修零配件、器具、文獻、標本在海關監管期內監管；耗材、動物及其產品等在科研中消耗的可核銷，不補繳稅款。',
      en: 'Equipment, repair parts, apparatus, literature and specimens stay under supervision for the usual period; consumables, animals and animal products consumed in research may be written off.',
    },
    secondary: true,
  },
  'B.N8': {
    id: 'B.N8',
    quote:
      'Customs advance rulings (預裁定, GACC Order 236): apply at least 3 months before import; customs decides within 10 days whether to accept; decisions are published unless they hold trade secrets, apply nationwide and last 3 years.',
    meaning: {
      'zh-Hans':
        '可向海关申请预裁定：至少在进口前 3 个月提出，海关 10 日内决定是否受理，裁定全国适用、有效期 3 年。',
      'zh-Hant':
        '可向海關申請預裁定：至少在進口前 3 個月提出，海關 10 日內決定是否受理，裁定全國適用、有效期 3 年。',
      en: 'An advance ruling can be requested at least 3 months before import; customs decides within 10 days whether to accept; rulings apply nationwide for 3 years.',
    },
    secondary: true,
  },
} as const satisfies Record<string, ClauseRef>;

export type LookupClauseId = keyof typeof LOOKUP_CLAUSES;

export function clauseRefs(ids: Iterable<LookupClauseId>): ClauseRef[] {
  return [...new Set(ids)].map((id) => LOOKUP_CLAUSES[id]);
}
