import { addMonths, chinaDateOf } from '../../shared/china-time';
import type { DemoSeedStep } from '../demo/types';
import { publishChallenge } from './challenges-service';
import { publishScenario } from './scenarios-service';

/** The demo department officer (seeded by src/modules/demo/service.ts). */
const DEMO_AGENCY_EMAIL = 'agency@demo.opchub.cn';

/**
 * Demo data for scenarios and challenges (issue #17), every record marked `demo` and every title
 * labelled 演示 / demo: one published scenario (A.P6) and one open challenge (A.P10), published by
 * the demo officer. The department names, problems, dates and the challenge's budget are made up
 * for the demo (the source names no scenario or challenge); the budget stays within the A.P10
 * ceiling. Both stay open for six months from the day the demo is seeded.
 */
export const seedScenariosDemo: DemoSeedStep = async (ctx, principals) => {
  const agency = principals.get(DEMO_AGENCY_EMAIL);
  const asAgency = agency
    ? { ...ctx, actor: { accountId: agency.accountId, label: agency.email, roles: agency.roles } }
    : ctx;
  const today = chinaDateOf(ctx.now());
  const closes = addMonths(today, 6);
  await publishScenario(
    asAgency,
    {
      title: {
        'zh-Hans': '12345 热线工单智能分拨（演示）',
        'zh-Hant': '12345 熱線工單智能分撥（演示）',
        en: '12345 hotline ticket routing (demo)',
      },
      problem: {
        'zh-Hans':
          '市民来电工单由人工分派到各部门，平均耗时较长、错派率高。征集能自动分类并分拨工单的人工智能产品。',
        'zh-Hant':
          '市民來電工單由人工分派到各部門，平均耗時較長、錯派率高。徵集能自動分類並分撥工單的人工智能產品。',
        en: 'Citizens’ hotline tickets are routed to departments by hand, slowly and often wrongly. We seek an AI product that classifies and routes them.',
      },
      dataAndAccess: {
        'zh-Hans': '脱敏的历史工单样本（演示数据）；测试环境接口；业务人员访谈。',
        'zh-Hant': '脫敏的歷史工單樣本（演示數據）；測試環境接口；業務人員訪談。',
        en: 'Anonymised sample of past tickets (demo data); a test-environment API; interviews with staff.',
      },
      department: {
        'zh-Hans': '演示区政务服务和数据管理局',
        'zh-Hant': '演示區政務服務和數據管理局',
        en: 'Demo District Government Services and Data Bureau',
      },
      domain: 'public-services',
      timelineStartsOn: today,
      timelineEndsOn: addMonths(today, 12),
      proposalsCloseOn: closes,
      contact: 'agency@demo.opchub.cn',
      demonstrationCriteria: [
        {
          id: 'results',
          label: {
            'zh-Hans': '在实际使用中取得可衡量的成效',
            'zh-Hant': '在實際使用中取得可衡量的成效',
            en: 'Measured results in actual use',
          },
        },
        {
          id: 'replicable',
          label: {
            'zh-Hans': '可在其他区或部门推广复制',
            'zh-Hant': '可在其他區或部門推廣複製',
            en: 'Can be replicated in other districts or departments',
          },
        },
      ],
    },
    { demo: true },
  );
  await publishChallenge(
    asAgency,
    {
      title: {
        'zh-Hans': '低功耗端侧大模型推理芯片（演示）',
        'zh-Hant': '低功耗端側大模型推理芯片（演示）',
        en: 'Low-power on-device LLM inference chip (demo)',
      },
      goals: {
        'zh-Hans':
          '演示用技术目标：端侧运行 70 亿参数模型，能效与时延指标由发榜单位在正式榜单中公布。',
        'zh-Hant':
          '演示用技術目標：端側運行 70 億參數模型，能效與時延指標由發榜單位在正式榜單中公布。',
        en: 'Demo technical goal: run a 7-billion-parameter model on device; the efficiency and latency targets are for the publishing department to state in a real challenge.',
      },
      department: {
        'zh-Hans': '演示市科技创新局',
        'zh-Hant': '演示市科技創新局',
        en: 'Demo Municipal Science, Technology and Innovation Bureau',
      },
      // A demo figure within A.P10's ceiling of ¥30,000,000.
      budgetCeilingFen: 2_000_000_000,
      phases: [
        {
          name: { 'zh-Hans': '揭榜', 'zh-Hant': '揭榜', en: 'Submission (揭榜)' },
          endsOn: closes,
        },
        {
          name: { 'zh-Hans': '攻关与验收', 'zh-Hant': '攻關與驗收', en: 'Research and acceptance' },
          endsOn: addMonths(today, 30),
        },
      ],
      submissionDeadlineOn: closes,
      criteria: [
        {
          id: 'technical',
          label: { 'zh-Hans': '技术路线', 'zh-Hant': '技術路線', en: 'Technical approach' },
          maxScore: 60,
        },
        {
          id: 'consortium',
          label: {
            'zh-Hans': '联合体与团队',
            'zh-Hant': '聯合體與團隊',
            en: 'Consortium and team',
          },
          maxScore: 40,
        },
      ],
    },
    { demo: true },
  );
};
