import type { LocalisedText } from '../../shared/localised-text';
import type { TalentAchievementKind } from '../../db/schema/talent';

/**
 * The published rubric of open talent recognition (A.P1 「建立開放多元的人才評價體系，淡化學歷因素，
 * 對在人工智能開源社區建設、應用開發、競賽創賽等領域表現傑出的創新創業人才，予以重點政策支持」).
 *
 * The source gives no scores or thresholds: "outstanding" (表現傑出) is the panel's judgement. So
 * each panel member records, for every criterion, a judgement (meets / does not meet / cannot
 * tell) with a reason; the decision then states its grounds. No criterion asks about a degree,
 * school or qualification, and a submission has no field for one (淡化學歷因素).
 */
export interface RubricCriterion {
  id: string;
  clause: string;
  label: LocalisedText;
  guidance: LocalisedText;
}

export const talentRubric: readonly RubricCriterion[] = [
  {
    id: 'ai-field',
    clause: 'A.P1',
    label: {
      'zh-Hans': '属于人工智能开源社区建设、应用开发或竞赛创赛领域',
      'zh-Hant': '屬於人工智能開源社區建設、應用開發或競賽創賽領域',
      en: 'The work is in AI open source, application development or competitions',
    },
    guidance: {
      'zh-Hans': '成果须与人工智能相关，并属于 A.P1 所列三类领域之一。',
      'zh-Hant': '成果須與人工智能相關，並屬於 A.P1 所列三類領域之一。',
      en: 'The work must concern AI and fall in one of the three fields A.P1 names.',
    },
  },
  {
    id: 'own-work',
    clause: 'A.P1',
    label: {
      'zh-Hans': '证明材料可核实，且显示为申请人本人的工作',
      'zh-Hant': '證明材料可核實，且顯示為申請人本人的工作',
      en: "The evidence can be checked and shows the applicant's own work",
    },
    guidance: {
      'zh-Hans': '打开每个链接：仓库提交与维护记录、上线产品、获奖名单是否与申请人对应。',
      'zh-Hant': '打開每個連結：倉庫提交與維護記錄、上線產品、獲獎名單是否與申請人對應。',
      en: 'Open each link: do commits and maintainership, the live product or the results list match the applicant?',
    },
  },
  {
    id: 'outstanding',
    clause: 'A.P1',
    label: {
      'zh-Hans': '表现杰出（由评审人员依据材料判断并说明理由）',
      'zh-Hant': '表現傑出（由評審人員依據材料判斷並說明理由）',
      en: 'Outstanding (the panel member judges from the evidence and says why)',
    },
    guidance: {
      'zh-Hans': '政策未给出量化标准：请写明您据以判断的事实（如被采用程度、用户与收入、名次）。',
      'zh-Hant': '政策未給出量化標準：請寫明您據以判斷的事實（如被採用程度、用戶與收入、名次）。',
      en: 'The policy sets no threshold: state the facts your judgement rests on (adoption, users and revenue, rank).',
    },
  },
];

export const rubricNote: LocalisedText = {
  'zh-Hans': '本评审标准不考虑学历、学校或职称（A.P1：淡化学历因素）；申请中也不设学历栏目。',
  'zh-Hant': '本評審標準不考慮學歷、學校或職稱（A.P1：淡化學歷因素）；申請中也不設學歷欄目。',
  en: 'Degrees, schools and titles play no part (A.P1: degrees de-emphasised); a submission has no field for them.',
};

export const achievementKindLabels: Readonly<Record<TalentAchievementKind, LocalisedText>> = {
  'open-source': { 'zh-Hans': '开源社区建设', 'zh-Hant': '開源社區建設', en: 'Open source' },
  application: { 'zh-Hans': '应用开发', 'zh-Hant': '應用開發', en: 'Applications' },
  competition: { 'zh-Hans': '竞赛创赛', 'zh-Hant': '競賽創賽', en: 'Competitions' },
};
