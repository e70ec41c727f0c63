import { defineTranslations } from '../../i18n/define';

export default defineTranslations({
  'zh-Hans': {
    titles: { home: '首页' },
    landing: {
      heroTitle: '深圳AI一人公司与河套科研货物免税，一站办理',
      heroText:
        'OPC Hub 面向在深圳创业的人工智能一人公司（OPC）和河套深港科技创新合作区深圳园区的科研机构，帮助您了解政策、登记机构并在线申请支持。',
      signIn: '登录',
      register: '注册账户',
      ceilingNote: '以下金额均为政策规定的上限（“最高”），实际金额以审核结果为准。',
      clauseLabel: '条款 {{id}}',
      sourceToggle: '查看报道原文摘录',
      sourceNote: '以下引文摘自香港《文汇报》报道（繁体中文原文），条款编号为本平台所加。',
      secondarySource: '其他公开报道',
      noticeN1:
        '通知文号为财关税〔2026〕1号，2026年1月14日印发，2026年2月10日起施行；所附清单为首批。',
      policyA: {
        title: '深圳市打造人工智能OPC创业生态引领地行动计划（2026—2027年）',
        summary: '到2027年底，深圳将建成超10家面积均不少于1万平方米的OPC社区。',
        space:
          '低成本创业空间：“一张办公桌、一间办公室、一层办公楼”阶梯式办公体系，按团队规模提供；符合条件的、入驻其他产业空间的AI创业个人和团队，最大可享50平方米。',
        compute: '算力与数据：训力券最高1,000万元、模型券最高200万元、语料券最高200万元。',
        talent:
          '人才与创业资助：新引进人才入户补贴最高10万元（分档）；符合条件的留学回国青年人才创业资助最高100万元；毕业5年内青年人才创业担保贷款（个人最高60万元、小微企业最高500万元）及财政贴息。',
        housing:
          '安居保障：符合青年人才政策条件的创业者，可租住最长36个月、约为市场参考租金60%的过渡性住房，或领取最长24个月、每月1,250元的安居补贴（二选一）。',
      },
      policyB: {
        title: '河套深港科技创新合作区深圳园区科研货物进口免税',
        summary: '经“一线”进口、自用的科研货物，免征进口关税、进口环节增值税和消费税。',
        who: '适用对象：在海关监管区域内登记注册并具有独立法人资格的企业、区内从事科研工作的事业单位、区内登记的科技类民办非企业单位。',
        list: '免税清单：官方《免税科研货物清单》涵盖设备及零配件、器具、耗材、文献、标本、动物及其产品等6类509项货物；官方附件尚未取得，本平台查询依据的是自编的47项工作清单，并非官方清单，结果仅供参考。',
        when: '实施时间：自2026年2月10日起实施。',
      },
    },
    dashboard: {
      greeting: '您好，<name>{{name}}</name>',
      roles: '您的角色',
      cardsTitle: '您可以办理的事项',
      noCards: '您的账户目前没有可办理的事项。如需开通相应角色，请联系系统管理员。',
      open: '进入',
      organisations: '您所在的机构',
      noOrganisations: '您尚未加入任何机构。',
      roleStatus: {
        title: '您的角色在本平台上的进展',
        today: '现在可以',
        coming: '即将上线',
      },
    },
  },
  'zh-Hant': {
    titles: { home: '首頁' },
    landing: {
      heroTitle: '深圳AI一人公司與河套科研貨物免稅，一站辦理',
      heroText:
        'OPC Hub 面向在深圳創業的人工智能一人公司（OPC）和河套深港科技創新合作區深圳園區的科研機構，協助您了解政策、登記機構並在線申請支援。',
      signIn: '登入',
      register: '註冊帳戶',
      ceilingNote: '以下金額均為政策規定的上限（「最高」），實際金額以審核結果為準。',
      clauseLabel: '條款 {{id}}',
      sourceToggle: '查看報道原文摘錄',
      sourceNote: '以下引文摘自香港《文匯報》報道（繁體中文原文），條款編號為本平台所加。',
      secondarySource: '其他公開報道',
      noticeN1:
        '通知文號為財關稅〔2026〕1號，2026年1月14日印發，2026年2月10日起施行；所附清單為首批。',
      policyA: {
        title: '深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）',
        summary: '到2027年底，深圳將建成超10家面積均不少於1萬平方米的OPC社區。',
        space:
          '低成本創業空間：「一張辦公桌、一間辦公室、一層辦公樓」階梯式辦公體系，按團隊規模提供；符合條件的、入駐其他產業空間的AI創業個人和團隊，最大可享50平方米。',
        compute: '算力與數據：訓力券最高1,000萬元、模型券最高200萬元、語料券最高200萬元。',
        talent:
          '人才與創業資助：新引進人才入戶補貼最高10萬元（分檔）；符合條件的留學回國青年人才創業資助最高100萬元；畢業5年內青年人才創業擔保貸款（個人最高60萬元、小微企業最高500萬元）及財政貼息。',
        housing:
          '安居保障：符合青年人才政策條件的創業者，可租住最長36個月、約為市場參考租金60%的過渡性住房，或領取最長24個月、每月1,250元的安居補貼（二選一）。',
      },
      policyB: {
        title: '河套深港科技創新合作區深圳園區科研貨物進口免稅',
        summary: '經「一線」進口、自用的科研貨物，免徵進口關稅、進口環節增值稅和消費稅。',
        who: '適用對象：在海關監管區域內登記註冊並具有獨立法人資格的企業、區內從事科研工作的事業單位、區內登記的科技類民辦非企業單位。',
        list: '免稅清單：官方《免稅科研貨物清單》涵蓋設備及零配件、器具、耗材、文獻、標本、動物及其產品等6類509項貨物；官方附件尚未取得，本平台查詢依據的是自編的47項工作清單，並非官方清單，結果僅供參考。',
        when: '實施時間：自2026年2月10日起實施。',
      },
    },
    dashboard: {
      greeting: '您好，<name>{{name}}</name>',
      roles: '您的角色',
      cardsTitle: '您可以辦理的事項',
      noCards: '您的帳戶目前沒有可辦理的事項。如需開通相應角色，請聯絡系統管理員。',
      open: '進入',
      organisations: '您所屬的機構',
      noOrganisations: '您尚未加入任何機構。',
      roleStatus: {
        title: '您的角色在本平台上的進展',
        today: '現在可以',
        coming: '即將上線',
      },
    },
  },
  en: {
    titles: { home: 'Home' },
    landing: {
      heroTitle: 'Shenzhen AI one-person companies and Hetao tax-free research goods, in one place',
      heroText:
        'OPC Hub serves AI one-person companies (OPCs) starting up in Shenzhen and research organisations in the Hetao Shenzhen–Hong Kong Science and Technology Innovation Cooperation Zone (Shenzhen Park): learn what the policies offer, register your organisation and apply online.',
      signIn: 'Sign in',
      register: 'Create an account',
      ceilingNote:
        'Amounts below are the ceilings the policies set ("at most"); the actual amount is decided at review.',
      clauseLabel: 'Clause {{id}}',
      sourceToggle: 'Show the quoted source text',
      sourceNote:
        'Quoted from a Wen Wei Po (Hong Kong) report, in its original Traditional Chinese; the clause ids are ours.',
      secondarySource: 'Other public reports',
      noticeN1:
        'The notice is Caiguanshui [2026] No. 1, issued on 14 January 2026 and in force from 10 February 2026; the attached list is the first batch.',
      policyA: {
        title: 'Shenzhen action plan for an AI one-person-company start-up ecosystem (2026–2027)',
        summary:
          'By the end of 2027 Shenzhen plans more than 10 OPC communities of at least 10,000 m² each.',
        space:
          'Low-cost space: a ladder of "one desk, one office, one floor" by team size; eligible AI founders and teams in other industrial spaces: up to 50 m².',
        compute:
          'Compute and data: training-compute vouchers up to RMB 10,000,000; model vouchers up to RMB 2,000,000; corpus vouchers up to RMB 2,000,000.',
        talent:
          'Talent and start-up funding: settlement subsidy for newly arrived graduates up to RMB 100,000 (tiered); eligible young returnees from study abroad: start-up funding up to RMB 1,000,000; founders within 5 years of graduation: guaranteed start-up loans (personal up to RMB 600,000, small business up to RMB 5,000,000) with interest subsidy.',
        housing:
          'Housing: founders meeting the youth-talent conditions may rent transitional housing for up to 36 months at about 60 % of the market reference rent, or take a housing allowance of RMB 1,250 a month for up to 24 months — one or the other.',
      },
      policyB: {
        title: 'Hetao Shenzhen Park: tax-free import of research goods',
        summary:
          'Research goods imported through the "first line" for the importer\'s own use are exempt from import duty, import VAT and consumption tax.',
        who: 'Who qualifies: enterprises registered inside the customs-supervised area with independent legal personality; public institutions doing research inside the area; science and technology private non-enterprise units registered inside the area.',
        list: 'The list: the official "Tax-free research goods list" covers 509 items in 6 categories — equipment and spare parts, apparatus, consumables, literature, specimens, animals and animal products. The official attachment is not available yet: lookups here use a 47-item working list compiled by this platform, which is not the official list and is guidance only.',
        when: 'In force from 10 February 2026.',
      },
    },
    dashboard: {
      greeting: 'Hello, <name>{{name}}</name>',
      roles: 'Your roles',
      cardsTitle: 'What you can do here',
      noCards:
        'Your account has nothing to work on yet. Ask an administrator if you need a role added.',
      open: 'Open',
      organisations: 'Your organisations',
      noOrganisations: 'You do not belong to any organisation yet.',
      roleStatus: {
        title: 'Where your role stands on the platform',
        today: 'You can now',
        coming: 'Coming',
      },
    },
  },
});
