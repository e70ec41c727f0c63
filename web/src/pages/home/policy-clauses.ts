/**
 * Clauses quoted on the landing page, verbatim from the report in
 * ../shared/policy-source/CLAUSES.md (Traditional Chinese, as published). These are source
 * quotations, not interface text, so they are not translated.
 */
export interface QuotedClause {
  id: string;
  quote: string;
}

export const policyAClauses: QuotedClause[] = [
  {
    id: 'A.T1',
    quote: '到2027年底，深圳將建成超10家面積均不少於1萬平方米、集聚效應明顯、全國領先的OPC社區',
  },
  {
    id: 'A.S2',
    quote:
      '持續打造「一張辦公桌、一間辦公室、一層辦公樓」的階梯式辦公體系……對入駐OPC社區的企業，根據團隊規模，提供低成本創業空間',
  },
  {
    id: 'A.S3',
    quote:
      '對符合條件的入駐其他產業空間的人工智能創業個人和團隊，可享受最大50平方米的低成本創業空間',
  },
  {
    id: 'A.P9',
    quote:
      '為企業提供最高1,000萬元「訓力券」、最高200萬元「模型券」、最高200萬元「語料券」，資助企業開展模型訓練、智能體搭建、API調用等研發活動',
  },
  {
    id: 'A.P2',
    quote: '深圳對新引進的博士、碩士、本科人才，分檔給予最高10萬元（人民幣）的入戶補貼',
  },
  { id: 'A.P4', quote: '對符合條件的留學回國青年人才，給予最高100萬元創業資助' },
  {
    id: 'A.P5',
    quote:
      '畢業5年內的青年人才創辦初創型企業，可按規定申請最高60萬元個人創業擔保貸款、最高500萬元小微企業創業擔保貸款與財政貼息',
  },
  {
    id: 'A.P8',
    quote:
      '符合深圳市青年人才政策條件的創業者，可租住最長36個月、租金標準為市場參考租金60%左右的過渡性住房，或選擇領取最長24個月、每月1,250元（稅後1,000元）的安居補貼',
  },
];

export const policyBClauses: QuotedClause[] = [
  {
    id: 'B.E1',
    quote:
      '登記註冊在海關監管區域內並具有獨立法人資格的企業、海關監管區域內從事科研工作的事業單位、登記在海關監管區域內的科技類民辦非企業單位',
  },
  {
    id: 'B.E2',
    quote: '經「一線」進口自用的科研貨物，免徵進口稅收（包括進口關稅、進口環節增值稅和消費稅）',
  },
  {
    id: 'B.L1',
    quote:
      '其所附的《免稅科研貨物清單》涵蓋了「設備及零配件、器具、耗材、文獻、標本、動物及其產品」等6類509項貨物',
  },
  { id: 'B.D1', quote: '代長貴非常期待新政策從2月10日開始正式實施' },
];

/** Which clauses each landing-page point summarises. */
export const pointClauses = {
  policyA: {
    summary: ['A.T1'],
    space: ['A.S2', 'A.S3'],
    compute: ['A.P9'],
    talent: ['A.P2', 'A.P4', 'A.P5'],
    housing: ['A.P8'],
  },
  policyB: {
    summary: ['B.E2'],
    who: ['B.E1'],
    list: ['B.L1'],
    // The year and the exact date come from the notice itself (財關稅〔2026〕1號), a secondary source.
    when: ['B.D1', 'B.N1'],
  },
} as const;
