/**
 * The documented example of the Hetao lookup (issue #18 item 10): what the server answered to
 * this query (arrays cut to their first item), in English; test/openapi-document.test.ts sends
 * the query again and compares.
 */
import type { OperationExamples } from '../../http/openapi';

export const lookupExample: OperationExamples = {
  request: { q: '显微镜' },
  response: {
    verdict: 'listed',
    script: 'zh-Hans',
    summary: {
      'zh-Hans':
        '「显微镜」最可能归入 9011.80（未列名复式光学显微镜），属于清单第 WL-EQ-01 项「复式光学显微镜及其零件、附件」，类别：设备及零配件，监管方式：海关监管期内监管。以上依据的是工作清单，并非官方清单（官方 509 项附件尚未取得），结果仅供参考。',
      'zh-Hant':
        '「显微镜」最可能歸入 9011.80（未列名複式光學顯微鏡），屬於清單第 WL-EQ-01 項「複式光學顯微鏡及其零件、附件」，類別：設備及零配件，監管方式：海關監管期內監管。以上依據的是工作清單，並非官方清單（官方 509 項附件尚未取得），結果僅供參考。',
      en: '"显微镜" most likely falls under 9011.80 (Microscopes, compound optical; (other than stereoscopic and microscopes for photomicrography, cinephotomicrography or microprojection)), which is on the list: list item WL-EQ-01 "Compound optical microscopes, their parts and accessories", category: Equipment and spare parts, regime: under customs supervision for the supervision period. This answer uses the working list, not the official one (the official 509-item attachment is not yet available); treat it as guidance.',
    },
    candidates: [
      {
        hsCode: '901180',
        description: {
          zh: '未列名复式光学显微镜',
          zhHant: '未列名複式光學顯微鏡',
          en: 'Microscopes, compound optical; (other than stereoscopic and microscopes for photomicrography, cinephotomicrography or microprojection)',
        },
        descriptionSource: {
          zh: 'national-line',
          en: 'hs2022-paraphrase',
        },
        listItemId: 'WL-EQ-01',
        listItem: {
          itemId: 'WL-EQ-01',
          name: {
            'zh-Hans': '复式光学显微镜及其零件、附件',
            'zh-Hant': '複式光學顯微鏡及其零件、附件',
            en: 'Compound optical microscopes, their parts and accessories',
          },
          category: 'equipment',
          regime: 'supervision-period',
        },
        category: 'equipment',
        coverage: 'full',
        score: 1,
        reasons: [
          {
            kind: 'dictionary',
            entryId: 'optical-microscope',
            label: {
              'zh-Hans': '光学显微镜',
              'zh-Hant': '光學顯微鏡',
              en: 'Optical microscope',
            },
            matched: '显微镜',
            reason: {
              'zh-Hans': '复式光学显微镜（非体视、非专用显微照相）归 9011.80。',
              'zh-Hant': '複式光學顯微鏡（非體視、非專用顯微照相）歸 9011.80。',
              en: 'Compound optical microscopes (not stereo, not mainly for photomicrography): 9011.80.',
            },
            contested: null,
            text: {
              'zh-Hans':
                '词典条目「光学显微镜」（匹配“显微镜”）：复式光学显微镜（非体视、非专用显微照相）归 9011.80。',
              'zh-Hant':
                '詞典條目「光學顯微鏡」（匹配“顯微鏡”）：複式光學顯微鏡（非體視、非專用顯微照相）歸 9011.80。',
              en: 'Dictionary entry "Optical microscope" (matched "显微镜"): Compound optical microscopes (not stereo, not mainly for photomicrography): 9011.80.',
            },
          },
          {
            kind: 'words',
            matched: ['显微', '显微镜'],
            text: {
              'zh-Hans': '查询中的词（显微、显微镜）出现在 9011.80 的商品名称中。',
              'zh-Hant': '查詢中的詞（顯微、顯微鏡）出現在 9011.80 的商品名稱中。',
              en: 'Words of the query (显微, 显微镜) appear in the nomenclature text of 9011.80.',
            },
          },
        ],
      },
    ],
    flags: [],
    normalised: '显微镜',
    tokens: ['显微镜'],
    quantities: [],
    catalogueNumbers: [],
    listVersion: {
      id: '37963c41-3ea2-4b08-b997-b9559b7629b4',
      title: '免税科研货物清单（工作清单，非官方）',
      isWorkingList: true,
      effectiveDate: '2026-02-10',
    },
    clauses: [
      {
        id: 'B.E2',
        quote: '經「一線」進口自用的科研貨物，免徵進口稅收（包括進口關稅、進口環節增值稅和消費稅）',
        meaning: {
          'zh-Hans': '经“一线”进口、自用的科研货物，免征进口关税、进口环节增值税和消费税。',
          'zh-Hant': '經「一線」進口、自用的科研貨物，免徵進口關稅、進口環節增值稅和消費稅。',
          en: 'Research goods for own use imported through the "first line" are exempt from import duty, import VAT and consumption tax.',
        },
        secondary: false,
      },
    ],
    askCustoms: null,
  },
};
