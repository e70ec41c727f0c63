import { defineTranslations } from '../../i18n/define';

/**
 * The public goods lookup (issue 5): is it on the Hetao tax-free research-goods list? Clause ids
 * (B.L1, B.C1, …) refer to shared/policy-source/CLAUSES.md.
 */
export default defineTranslations({
  'zh-Hans': {
    nav: { lookup: '免税货物查询' },
    titles: { lookup: '河套科研货物免税查询' },
    home: {
      title: '这件货物能免税进口吗？',
      text: '输入品名、品牌或货号，查看可能的税号、清单条目和理由',
    },
    page: {
      description:
        '河套深港科技创新合作区深圳园区：“一线”进口自用的科研货物免征进口税收（B.E2），范围以《免税科研货物清单》为准（B.L1）。输入简体、繁体或英文均可。',
    },
    form: {
      label: '货物描述',
      placeholder: '例如：Gibco DMEM 高糖培养基 500mL 11965092',
      code: '税号（可选）',
      codePlaceholder: '如 3821.00',
      codeFormat: '税号为 4 至 10 位数字，如 3821 或 3821.00',
      submit: '查询',
      examples: '试试：',
    },
    verdict: {
      listed: '在清单内',
      'not-listed': '不在清单内',
      uncertain: '无法确定，请向海关咨询',
    },
    scripts: { 'zh-Hans': '简体中文', 'zh-Hant': '繁体中文', en: '英文' },
    source: { workingList: '本平台工作清单（非官方）', inForce: '{{date}}起施行' },
    workingList: {
      tag: '工作清单',
    },
    actions: {
      askCustoms: '向海关咨询',
      askCustomsHint: '问题和候选税号会自动填好（B.C1）。',
      suggest: '建议增列到清单',
      suggestHint: '清单会按科研需要分批增补（B.L3）。',
    },
    candidates: {
      title: '候选税号',
      score: '匹配度',
      onList: '清单条目：',
      more: '其他可能（{{count}}）',
      notOnList: '不在清单内',
      partial: '仅部分本国子目在清单内',
      derived: '（由本国子目名称归纳）',
      paraphrase: 'HS 2022 英文释义（转述）',
    },
    regime: {
      'supervision-period': '海关监管期内监管',
      'write-off': '科研消耗后核销',
    },
    reasons: {
      words: '字词',
      dictionary: '词典',
      precedent: '海关先例',
      code: '你提供的税号',
      'list-exclusions': '清单除外子目',
      openPrecedent: '查看先例',
    },
    flags: {
      biosafety: '生物安全',
      excluded: '不予免税',
      biosafetyHint:
        '人体、动物标本和组织等科研物资涉及防疫风险，须加强识别与监管（B.R1）。此提示不影响能否免税。',
    },
    origins: {
      human: '人体来源',
      animal: '动物或动物来源',
      'human-or-animal': '人体或动物来源',
      microbial: '微生物',
    },
    clauses: {
      title: '政策依据',
      secondary: '补充资料',
    },
    understood: '识别到：{{tokens}}',
    quantities: '数量：{{quantities}}',
    empty: '输入货物的名称、品牌或货号后查询。',
    categories: {
      equipment: '设备及零配件',
      apparatus: '器具',
      consumables: '耗材',
      literature: '文献',
      specimens: '标本',
      animals: '动物及其产品',
    },
  },
  'zh-Hant': {
    nav: { lookup: '免稅貨物查詢' },
    titles: { lookup: '河套科研貨物免稅查詢' },
    home: {
      title: '這件貨物能免稅進口嗎？',
      text: '輸入品名、品牌或貨號，查看可能的稅號、清單條目和理由',
    },
    page: {
      description:
        '河套深港科技創新合作區深圳園區：「一線」進口自用的科研貨物免徵進口稅收（B.E2），範圍以《免稅科研貨物清單》為準（B.L1）。輸入簡體、繁體或英文均可。',
    },
    form: {
      label: '貨物描述',
      placeholder: '例如：Gibco DMEM 高糖培養基 500mL 11965092',
      code: '稅號（可選）',
      codePlaceholder: '如 3821.00',
      codeFormat: '稅號為 4 至 10 位數字，如 3821 或 3821.00',
      submit: '查詢',
      examples: '試試：',
    },
    verdict: {
      listed: '在清單內',
      'not-listed': '不在清單內',
      uncertain: '無法確定，請向海關諮詢',
    },
    scripts: { 'zh-Hans': '簡體中文', 'zh-Hant': '繁體中文', en: '英文' },
    source: { workingList: '本平台工作清單（非官方）', inForce: '{{date}}起施行' },
    workingList: {
      tag: '工作清單',
    },
    actions: {
      askCustoms: '向海關諮詢',
      askCustomsHint: '問題和候選稅號會自動填好（B.C1）。',
      suggest: '建議增列到清單',
      suggestHint: '清單會按科研需要分批增補（B.L3）。',
    },
    candidates: {
      title: '候選稅號',
      score: '匹配度',
      onList: '清單條目：',
      more: '其他可能（{{count}}）',
      notOnList: '不在清單內',
      partial: '僅部分本國子目在清單內',
      derived: '（由本國子目名稱歸納）',
      paraphrase: 'HS 2022 英文釋義（轉述）',
    },
    regime: {
      'supervision-period': '海關監管期內監管',
      'write-off': '科研消耗後核銷',
    },
    reasons: {
      words: '字詞',
      dictionary: '詞典',
      precedent: '海關先例',
      code: '你提供的稅號',
      'list-exclusions': '清單除外子目',
      openPrecedent: '查看先例',
    },
    flags: {
      biosafety: '生物安全',
      excluded: '不予免稅',
      biosafetyHint:
        '人體、動物標本和組織等科研物資涉及防疫風險，須加強識別與監管（B.R1）。此提示不影響能否免稅。',
    },
    origins: {
      human: '人體來源',
      animal: '動物或動物來源',
      'human-or-animal': '人體或動物來源',
      microbial: '微生物',
    },
    clauses: {
      title: '政策依據',
      secondary: '補充資料',
    },
    understood: '識別到：{{tokens}}',
    quantities: '數量：{{quantities}}',
    empty: '輸入貨物的名稱、品牌或貨號後查詢。',
    categories: {
      equipment: '設備及零配件',
      apparatus: '器具',
      consumables: '耗材',
      literature: '文獻',
      specimens: '標本',
      animals: '動物及其產品',
    },
  },
  en: {
    nav: { lookup: 'Is it tax-free?' },
    titles: { lookup: 'Hetao research goods: tax-free lookup' },
    home: {
      title: 'Can these goods be imported tax-free?',
      text: 'Type a product name, brand or catalogue number: candidate codes, list item and why',
    },
    page: {
      description:
        'Hetao Shenzhen Park: research goods imported for own use through the "first line" are exempt from import taxes (B.E2), as far as the tax-free research-goods list covers them (B.L1). Type in Simplified or Traditional Chinese or English.',
    },
    form: {
      label: 'Goods',
      placeholder: 'e.g. Gibco DMEM high glucose 500 mL 11965092',
      code: 'Tariff code (optional)',
      codePlaceholder: 'e.g. 3821.00',
      codeFormat: 'An HS code is 4 to 10 digits, such as 3821 or 3821.00',
      submit: 'Look up',
      examples: 'Try:',
    },
    verdict: {
      listed: 'On the list',
      'not-listed': 'Not on the list',
      uncertain: 'Cannot tell — ask customs',
    },
    scripts: { 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese', en: 'English' },
    source: {
      workingList: "This platform's working list (unofficial)",
      inForce: 'in force from {{date}}',
    },
    workingList: {
      tag: 'Working list',
    },
    actions: {
      askCustoms: 'Ask customs',
      askCustomsHint: 'The question and the candidate code are filled in for you (B.C1).',
      suggest: 'Suggest adding it to the list',
      suggestHint: 'The list grows in batches, driven by what research needs (B.L3).',
    },
    candidates: {
      title: 'Candidate codes',
      score: 'Match',
      onList: 'List item: ',
      more: 'Other possibilities ({{count}})',
      notOnList: 'Not on the list',
      partial: 'Only some national lines are on the list',
      derived: '(summarised from the national lines)',
      paraphrase: 'HS 2022 English paraphrase',
    },
    regime: {
      'supervision-period': 'Under customs supervision for the supervision period',
      'write-off': 'Written off when consumed in research',
    },
    reasons: {
      words: 'Words',
      dictionary: 'Dictionary',
      precedent: 'Customs precedent',
      code: 'Your code',
      'list-exclusions': 'Lines the list excludes',
      openPrecedent: 'Open the precedent',
    },
    flags: {
      biosafety: 'Biosafety',
      excluded: 'Not exempt',
      biosafetyHint:
        'Human and animal specimens, tissue and similar research materials carry epidemic-prevention risk: identify and supervise them (B.R1). This does not change whether the goods are exempt.',
    },
    origins: {
      human: 'Human origin',
      animal: 'Animals or animal origin',
      'human-or-animal': 'Human or animal origin',
      microbial: 'Micro-organisms',
    },
    clauses: {
      title: 'Policy basis',
      secondary: 'supplementary source',
    },
    understood: 'Understood: {{tokens}}',
    quantities: 'Quantities: {{quantities}}',
    empty: 'Type the goods’ name, brand or catalogue number and look it up.',
    categories: {
      equipment: 'Equipment and spare parts',
      apparatus: 'Apparatus',
      consumables: 'Consumables',
      literature: 'Literature',
      specimens: 'Specimens',
      animals: 'Animals and animal products',
    },
  },
});
