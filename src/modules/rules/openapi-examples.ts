/**
 * The documented examples of the rules routes a partner system calls (issue #18 item 10). Each
 * response is what the server answered to the request beside it (arrays cut to their first
 * items), in English; test/openapi-document.test.ts sends the request again and compares.
 * NOTE: no example shows a money amount: the demo catalogue's amounts are demo values, and an API
 * document must not present them as policy.
 */
import type { OperationExamples } from '../../http/openapi';

export const evaluationExample: OperationExamples = {
  request: {
    facts: {
      person: {
        isFounder: true,
        hasCompany: true,
      },
      company: {
        isAiCompany: true,
        foundedOn: '2026-03-01',
        teamSize: 3,
      },
    },
    policies: ['space.opc-community'],
    include: ['labels', 'citations'],
    trace: false,
    date: '2026-12-07',
  },
  response: {
    date: '2026-12-07',
    language: 'en',
    catalogueVersion: '651293c36a9a3818cd0f1acbf3de19020a412870ad0b1d4bbf6eaaeb3abc60f6',
    results: [
      {
        policyId: 'space.opc-community',
        name: 'Low-cost space in an OPC community',
        status: 'unknown',
        missingFacts: ['company.workspace'],
        benefit: {
          kind: 'space',
          maxAmountFen: null,
          amountBasis: 'not-money',
          pendingFacts: [],
          parameters: {
            'space.opc-community.desk-max-team-size': null,
            'space.opc-community.office-max-team-size': null,
          },
          setting: 'opc-community',
          maxAreaM2: null,
          ladder: ['desk', 'office', 'floor'],
          rung: null,
        },
        citations: ['A.S2', 'A.TITLE'],
        reasons: [],
        exclusivity: null,
        discretionary: false,
      },
    ],
    summary: {
      eligible: 0,
      unknown: 1,
      ineligible: 0,
      benefitCount: 1,
      alternativeCount: 0,
      maxAmountFen: 0,
      eligibleAmountFen: 0,
      provisionalAmountFen: 0,
      provisionalCount: 0,
      maxLoanPrincipalFen: 0,
    },
  },
};

export const nextQuestionExample: OperationExamples = {
  request: {
    facts: {
      person: {
        isFounder: true,
        hasCompany: true,
      },
      company: {
        isAiCompany: true,
      },
    },
    policies: ['space.opc-community'],
    date: '2026-12-07',
  },
  response: {
    date: '2026-12-07',
    language: 'en',
    question: {
      factId: 'company.workspace',
      subject: 'company',
      type: 'enum',
      text: 'Where does your company work?',
      help: null,
      options: [
        {
          value: 'opc-community',
          label: 'Admitted to an OPC community',
        },
        {
          value: 'other-industrial-space',
          label: 'In another industrial space',
        },
        {
          value: 'none',
          label: 'No workspace yet',
        },
      ],
      purpose: 'eligibility',
      policies: ['space.opc-community'],
      stakeFen: 0,
      expectedSettledFen: 0,
      storedInProfile: true,
    },
    summary: {
      eligible: 0,
      unknown: 1,
      ineligible: 0,
      benefitCount: 1,
      alternativeCount: 0,
      maxAmountFen: 0,
      eligibleAmountFen: 0,
      provisionalAmountFen: 0,
      provisionalCount: 0,
      maxLoanPrincipalFen: 0,
    },
    results: [
      {
        policyId: 'space.opc-community',
        name: 'Low-cost space in an OPC community',
        status: 'unknown',
        missingFacts: ['company.workspace'],
        benefit: {
          kind: 'space',
          maxAmountFen: null,
          amountBasis: 'not-money',
          pendingFacts: ['company.teamSize'],
          parameters: {
            'space.opc-community.desk-max-team-size': null,
            'space.opc-community.office-max-team-size': null,
          },
          setting: 'opc-community',
          maxAreaM2: null,
          ladder: ['desk', 'office', 'floor'],
          rung: null,
        },
        criteria: [],
        citations: ['A.S2', 'A.TITLE'],
        reasons: [],
        exclusivity: null,
        discretionary: false,
      },
    ],
  },
};

export const policiesExample: OperationExamples = {
  request: { date: '2026-12-07' },
  response: {
    date: '2026-12-07',
    policies: [
      {
        id: 'talent.recognition',
        name: {
          'zh-Hans': '人工智能杰出创新创业人才认定',
          'zh-Hant': '人工智能傑出創新創業人才認定',
          en: 'Recognition as an outstanding AI innovator',
        },
        summary: {
          'zh-Hans':
            '在人工智能开源社区建设、应用开发、竞赛创赛等领域表现杰出的创新创业人才，不看学历，予以认定和重点政策支持。',
          'zh-Hant':
            '在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，不看學歷，予以認定和重點政策支持。',
          en: 'Founders and innovators with outstanding work in AI open source, application development or competitions are recognised — whatever their degree — and get priority support.',
        },
        audience: 'person',
        category: 'talent',
        clauses: [
          {
            id: 'A.P1',
            text: {
              'zh-Hans':
                '建立开放多元的人才评价体系，淡化学历因素，对在人工智能开源社区建设、应用开发、竞赛创赛等领域表现杰出的创新创业人才，予以重点政策支持',
              'zh-Hant':
                '建立開放多元的人才評價體系，淡化學歷因素，對在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，予以重點政策支持',
              en: 'open talent evaluation that de-emphasises degrees: outstanding work in AI open-source communities, application development, or competitions earns recognition and priority support',
            },
          },
          {
            id: 'A.TITLE',
            text: {
              'zh-Hans': '深圳市打造人工智能OPC创业生态引领地行动计划（2026—2027年）',
              'zh-Hant': '深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）',
              en: "the plan's title: Shenzhen's action plan for an AI OPC start-up ecosystem (2026–2027) — its benefits run for the plan's period",
            },
          },
        ],
        benefit: {
          kind: 'recognition',
          maxAmountFen: null,
          amountBasis: 'not-money',
          pendingFacts: [],
          parameters: {},
        },
        oneTime: true,
        exclusivityGroup: null,
        exclusiveWith: [],
        discretionary: false,
        effective: {
          from: null,
          until: null,
          clause: 'A.TITLE',
        },
        version: {
          policyHash: '19c09062bf56b6b24ea71f968282a90261359fcdeda0a15d6d5fab5ff4790aac',
          catalogueHash: '651293c36a9a3818cd0f1acbf3de19020a412870ad0b1d4bbf6eaaeb3abc60f6',
          file: 'talent/recognition.yaml',
        },
      },
    ],
  },
};

export const policyExample: OperationExamples = {
  request: { id: 'talent.recognition', date: '2026-12-07' },
  response: {
    id: 'talent.recognition',
    name: {
      'zh-Hans': '人工智能杰出创新创业人才认定',
      'zh-Hant': '人工智能傑出創新創業人才認定',
      en: 'Recognition as an outstanding AI innovator',
    },
    summary: {
      'zh-Hans':
        '在人工智能开源社区建设、应用开发、竞赛创赛等领域表现杰出的创新创业人才，不看学历，予以认定和重点政策支持。',
      'zh-Hant':
        '在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，不看學歷，予以認定和重點政策支持。',
      en: 'Founders and innovators with outstanding work in AI open source, application development or competitions are recognised — whatever their degree — and get priority support.',
    },
    audience: 'person',
    category: 'talent',
    clauses: [
      {
        id: 'A.P1',
        secondary: false,
        original:
          '建立開放多元的人才評價體系，淡化學歷因素，對在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，予以重點政策支持',
        text: {
          'zh-Hans':
            '建立开放多元的人才评价体系，淡化学历因素，对在人工智能开源社区建设、应用开发、竞赛创赛等领域表现杰出的创新创业人才，予以重点政策支持',
          'zh-Hant':
            '建立開放多元的人才評價體系，淡化學歷因素，對在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，予以重點政策支持',
          en: 'open talent evaluation that de-emphasises degrees: outstanding work in AI open-source communities, application development, or competitions earns recognition and priority support',
        },
        source: {
          'zh-Hans': '《深圳市打造人工智能OPC创业生态引领地行动计划（2026—2027年）》',
          'zh-Hant': '《深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）》',
          en: "Shenzhen's action plan for an AI one-person-company (OPC) start-up ecosystem (2026–2027)",
        },
      },
      {
        id: 'A.TITLE',
        secondary: false,
        original: '深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）',
        text: {
          'zh-Hans': '深圳市打造人工智能OPC创业生态引领地行动计划（2026—2027年）',
          'zh-Hant': '深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）',
          en: "the plan's title: Shenzhen's action plan for an AI OPC start-up ecosystem (2026–2027) — its benefits run for the plan's period",
        },
        source: {
          'zh-Hans': '《深圳市打造人工智能OPC创业生态引领地行动计划（2026—2027年）》',
          'zh-Hant': '《深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）》',
          en: "Shenzhen's action plan for an AI one-person-company (OPC) start-up ecosystem (2026–2027)",
        },
      },
    ],
    benefit: {
      kind: 'recognition',
      maxAmountFen: null,
      amountBasis: 'not-money',
      pendingFacts: [],
      parameters: {},
    },
    oneTime: true,
    exclusivityGroup: null,
    exclusiveWith: [],
    discretionary: false,
    effective: {
      from: null,
      until: null,
      clause: 'A.TITLE',
    },
    version: {
      policyHash: '19c09062bf56b6b24ea71f968282a90261359fcdeda0a15d6d5fab5ff4790aac',
      catalogueHash: '651293c36a9a3818cd0f1acbf3de19020a412870ad0b1d4bbf6eaaeb3abc60f6',
      file: 'talent/recognition.yaml',
    },
    date: '2026-12-07',
    criteria: [
      {
        id: 'in-force',
        kind: 'criterion',
        parent: null,
        label: {
          'zh-Hans': '评估日期在政策施行期内',
          'zh-Hant': '評估日期在政策施行期內',
          en: 'The policy is in force on the date',
        },
        clause: 'A.TITLE',
        seeAlso: [],
        facts: [],
        origin: 'effective-period',
      },
      {
        id: 'ai-achievement',
        kind: 'criterion',
        parent: null,
        label: {
          'zh-Hans':
            '在人工智能开源社区建设、应用开发或竞赛创赛中有成果（是否“表现杰出”由审核人员依据材料判断）',
          'zh-Hant':
            '在人工智能開源社區建設、應用開發或競賽創賽中有成果（是否“表現傑出”由審核人員依據材料判斷）',
          en: 'Has work in AI open-source communities, application development or competitions (whether it is "outstanding" is judged by the officer from the evidence)',
        },
        clause: 'A.P1',
        seeAlso: [],
        facts: ['person.aiAchievements'],
        origin: null,
      },
    ],
    documents: [
      {
        id: 'achievement-evidence',
        label: {
          'zh-Hans': '成果证明材料（开源仓库与贡献记录、上线应用、获奖证书等）',
          'zh-Hant': '成果證明材料（開源倉庫與貢獻記錄、上線應用、獲獎證書等）',
          en: 'Evidence of the work (repositories and contribution history, live applications, award certificates)',
        },
        required: true,
        verifies: ['person.aiAchievements'],
      },
      {
        id: 'identity-document',
        label: {
          'zh-Hans': '身份证件',
          'zh-Hant': '身份證件',
          en: 'Identity document',
        },
        required: true,
        verifies: [],
      },
    ],
    facts: [
      {
        id: 'person.aiAchievements',
        path: 'person.aiAchievements',
        subject: 'person',
        type: 'achievement-list',
        question: {
          'zh-Hans': '您在人工智能领域有哪些成果？（开源社区、应用开发、竞赛）',
          'zh-Hant': '您在人工智能領域有哪些成果？（開源社區、應用開發、競賽）',
          en: 'What have you achieved in AI? (open-source communities, application development, competitions)',
        },
        help: {
          'zh-Hans': '每项请简述并附上可核验的链接；没有可留空提交。',
          'zh-Hant': '每項請簡述並附上可核驗的鏈接；沒有可留空提交。',
          en: 'Describe each briefly with a link that can be checked; submit an empty list if none.',
        },
        options: [
          {
            value: 'open-source',
            label: {
              'zh-Hans': '开源社区建设',
              'zh-Hant': '開源社區建設',
              en: 'Open-source community work',
            },
          },
          {
            value: 'application',
            label: {
              'zh-Hans': '应用开发',
              'zh-Hant': '應用開發',
              en: 'Application development',
            },
          },
          {
            value: 'competition',
            label: {
              'zh-Hans': '竞赛创赛',
              'zh-Hant': '競賽創賽',
              en: 'Competitions',
            },
          },
        ],
        storedInProfile: true,
        purpose: 'eligibility',
      },
      {
        id: 'person.talentRecognized',
        path: 'person.talentRecognized',
        subject: 'person',
        type: 'boolean',
        question: {
          'zh-Hans': '您是否已被认定为人工智能杰出创新创业人才？',
          'zh-Hant': '您是否已被認定為人工智能傑出創新創業人才？',
          en: 'Have you already been recognised as an outstanding AI talent?',
        },
        help: null,
        options: [],
        storedInProfile: true,
        purpose: 'eligibility',
      },
    ],
    parameters: [
      {
        id: 'plan-a.in-force',
        label: {
          'zh-Hans': '行动计划施行期',
          'zh-Hant': '行動計劃施行期',
          en: "The action plan's period",
        },
        unit: 'in-force',
        status: 'published',
        value: 1,
        effectiveFrom: '2026-01-01',
        source: {
          clauses: ['A.TITLE'],
          document:
            '《深圳市打造人工智能OPC創業生態引領地行動計劃（2026—2027年）》, as reported by 香港文匯報',
        },
      },
    ],
  },
};

/** The fact vocabulary, cut to one fact. */
export const factsSchemaExample: OperationExamples = {
  request: { lang: 'en' },
  response: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    properties: {
      person: {
        type: 'object',
        additionalProperties: false,
        properties: {
          isFounder: {
            title: 'person.isFounder',
            description:
              'Are you a founder (starting a company or a venture, even one not registered yet)?',
            'x-question': {
              'zh-Hans': '您是否为创业者（正在创办企业或创业项目，尚未注册公司也算）？',
              'zh-Hant': '您是否為創業者（正在創辦企業或創業項目，尚未註冊公司也算）？',
              en: 'Are you a founder (starting a company or a venture, even one not registered yet)?',
            },
            'x-type': 'boolean',
            'x-stored-in-profile': true,
            'x-help': {
              'zh-Hans': '政策原文为“创业者”，不要求已注册公司；您如实声明，审核人员核实。',
              'zh-Hant': '政策原文為「創業者」，不要求已註冊公司；您如實聲明，審核人員核實。',
              en: 'The source says "founder" (創業者) and asks for no registered company; you declare it and an officer verifies it.',
            },
            type: ['boolean', 'null'],
          },
        },
      },
    },
  },
};
