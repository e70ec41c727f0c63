import type { FundCode, FundStage } from '../../db/schema/funds';
import type { LocalisedText } from '../../shared/localised-text';
import { defineMachine } from '../../shared/state-machine';

/**
 * The two funds A.P11 names (「推動人工智能與具身機器人產業基金、人工智能終端產業投資基金重點關注和
 * 投向OPC社區的高成長性企業」), with their names in three scripts exactly as the catalogue
 * (policies/finance/fund-introduction.yaml) gives them.
 */
export const funds: Readonly<Record<FundCode, LocalisedText>> = {
  'ai-embodied-robotics': {
    'zh-Hans': '人工智能与具身机器人产业基金',
    'zh-Hant': '人工智能與具身機器人產業基金',
    en: 'AI and embodied-robotics industry fund',
  },
  'ai-terminal': {
    'zh-Hans': '人工智能终端产业投资基金',
    'zh-Hant': '人工智能終端產業投資基金',
    en: 'AI-terminal industry investment fund',
  },
};

/**
 * The pipeline (the funds' own deal-flow practice; the source gives no stages): introduced →
 * meeting → due diligence → invested, or declined from any open stage. Each action is named for
 * the stage it leads to.
 */
export const fundPipeline = defineMachine<
  FundStage,
  'meeting' | 'due-diligence' | 'invested' | 'declined'
>({
  name: 'fund_introduction',
  subject: { 'zh-Hans': '基金对接', 'zh-Hant': '基金對接', en: 'fund introduction' },
  errorCode: 'fund.invalid_transition',
  states: ['introduced', 'meeting', 'due-diligence', 'invested', 'declined'],
  transitions: {
    meeting: { introduced: 'meeting' },
    'due-diligence': { meeting: 'due-diligence' },
    invested: { 'due-diligence': 'invested' },
    declined: { introduced: 'declined', meeting: 'declined', 'due-diligence': 'declined' },
  },
});
