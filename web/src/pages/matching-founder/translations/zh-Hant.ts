import type { zhHans } from './zh-Hans';

export const zhHant: typeof zhHans = {
  titles: { found: '為您找到' },
  nav: { found: '為您找到' },
  home: {
    foundTitle: '為您找到',
    foundText: '平台根據登記資訊為您的企業匹配到的扶持政策，一鍵申請；可關閉推送。',
  },
  intro:
    '平台根據登記資料和您填寫的資訊，為您所在的企業自動匹配扶持政策。金額為政策上限，以審核結果為準。',
  pushes: {
    label: '接收扶持政策推送（站內信和電子郵件）',
    on: '已開啟',
    off: '已關閉',
    saved: '已儲存推送設定',
  },
  reason: { eligible: '符合條件', oneFactAway: '還差一項資訊' },
  missing: '還需回答：{{question}}',
  upTo: '最高 {{amount}}',
  amountUnset: '金額待定',
  apply: '一鍵申請',
  evaluatedOn: '匹配日期：{{date}}',
  empty: '暫未為您的企業找到扶持政策。企業登記並完善資訊後，平台會自動為您匹配。',
};
