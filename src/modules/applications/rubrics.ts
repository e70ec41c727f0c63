import type { LocalisedText } from '../../errors/app-error';

/**
 * Scoring rubrics for the discretionary programmes (issue #4 item 3): scenario funding (A.P6,
 * A.P7), consortium challenges (A.P10) and the Kunpeng youth programme (A.P3), where the source
 * gives only a ceiling (「最高」) and the amount is decided at review.
 *
 * NOTE: these are assessment aids for reviewers, not policy: the source text sets no scoring
 * criteria, weights or pass marks, so the rubric records a reasoned judgement and never decides
 * eligibility or an amount by itself.
 */
export interface RubricCriterion {
  id: string;
  label: LocalisedText;
  weight: number;
}

export interface Rubric {
  id: string;
  name: LocalisedText;
  /** Policy ids, or prefixes ending in `*`. */
  appliesTo: string[];
  /** Each criterion is scored 0 … maxScore. */
  maxScore: number;
  criteria: RubricCriterion[];
}

export const rubrics: Rubric[] = [
  {
    id: 'scenario-funding',
    name: {
      'zh-Hans': '场景应用资助评分表',
      'zh-Hant': '場景應用資助評分表',
      en: 'Scenario funding rubric',
    },
    appliesTo: ['scenario.*'],
    maxScore: 5,
    criteria: [
      {
        id: 'use-in-practice',
        label: {
          'zh-Hans': '实际投入使用情况与成效',
          'zh-Hant': '實際投入使用情況與成效',
          en: 'Use in practice and results',
        },
        weight: 3,
      },
      {
        id: 'replicability',
        label: {
          'zh-Hans': '推广价值与可复制性',
          'zh-Hant': '推廣價值與可複製性',
          en: 'Value and replicability',
        },
        weight: 2,
      },
      {
        id: 'technical-merit',
        label: { 'zh-Hans': '技术先进性', 'zh-Hant': '技術先進性', en: 'Technical merit' },
        weight: 2,
      },
      {
        id: 'budget-soundness',
        label: {
          'zh-Hans': '经费测算合理性',
          'zh-Hant': '經費測算合理性',
          en: 'Soundness of the budget',
        },
        weight: 1,
      },
    ],
  },
  {
    id: 'consortium-challenge',
    name: {
      'zh-Hans': '创新联合体揭榜项目评分表',
      'zh-Hant': '創新聯合體揭榜項目評分表',
      en: 'Consortium challenge rubric',
    },
    appliesTo: ['consortium.challenge'],
    maxScore: 5,
    criteria: [
      {
        id: 'challenge-fit',
        label: {
          'zh-Hans': '与揭榜任务的契合度',
          'zh-Hant': '與揭榜任務的契合度',
          en: 'Fit with the challenge',
        },
        weight: 3,
      },
      {
        id: 'consortium-strength',
        label: {
          'zh-Hans': '联合体构成与分工',
          'zh-Hant': '聯合體構成與分工',
          en: 'Consortium make-up and roles',
        },
        weight: 2,
      },
      {
        id: 'milestones',
        label: {
          'zh-Hans': '攻关目标与里程碑',
          'zh-Hant': '攻關目標與里程碑',
          en: 'Targets and milestones',
        },
        weight: 2,
      },
      {
        id: 'budget-soundness',
        label: {
          'zh-Hans': '经费测算合理性',
          'zh-Hant': '經費測算合理性',
          en: 'Soundness of the budget',
        },
        weight: 1,
      },
    ],
  },
  {
    id: 'kunpeng-youth',
    name: {
      'zh-Hans': '鲲鹏青年创新创业项目评分表',
      'zh-Hant': '鯤鵬青年創新創業項目評分表',
      en: 'Kunpeng youth project rubric',
    },
    appliesTo: ['startup.kunpeng-*'],
    maxScore: 5,
    criteria: [
      {
        id: 'innovation',
        label: { 'zh-Hans': '创新性', 'zh-Hant': '創新性', en: 'Innovation' },
        weight: 3,
      },
      {
        id: 'team',
        label: { 'zh-Hans': '团队能力', 'zh-Hant': '團隊能力', en: 'Team' },
        weight: 2,
      },
      {
        id: 'market',
        label: { 'zh-Hans': '市场前景', 'zh-Hant': '市場前景', en: 'Market prospects' },
        weight: 2,
      },
      {
        id: 'plan',
        label: {
          'zh-Hans': '研发计划与经费安排',
          'zh-Hant': '研發計劃與經費安排',
          en: 'R&D plan and budget',
        },
        weight: 1,
      },
    ],
  },
];

/** The rubric for a policy, or undefined when the programme is not discretionary. */
export function rubricFor(policyId: string): Rubric | undefined {
  return rubrics.find((rubric) =>
    rubric.appliesTo.some((pattern) =>
      pattern.endsWith('*') ? policyId.startsWith(pattern.slice(0, -1)) : pattern === policyId,
    ),
  );
}

/** Weighted total as a percentage 0–100 of the best possible score (rounded). */
export function weightedPercentage(rubric: Rubric, scores: Record<string, number>): number {
  const best = rubric.criteria.reduce(
    (sum, criterion) => sum + criterion.weight * rubric.maxScore,
    0,
  );
  const got = rubric.criteria.reduce(
    (sum, criterion) => sum + criterion.weight * (scores[criterion.id] ?? 0),
    0,
  );
  return Math.round((got / best) * 100);
}
