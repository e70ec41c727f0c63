/** "为您找到" (issue #15 item 6): what matching found for a founder's companies — the reference language. */
export const zhHans = {
  titles: { found: '为您找到' },
  nav: { found: '为您找到' },
  home: {
    foundTitle: '为您找到',
    foundText: '平台根据登记信息为您的企业匹配到的扶持政策，一键申请；可关闭推送。',
  },
  intro:
    '平台根据登记数据和您填写的信息，为您所在的企业自动匹配扶持政策。金额为政策上限，以审核结果为准。',
  pushes: {
    label: '接收扶持政策推送（站内信和电子邮件）',
    on: '已开启',
    off: '已关闭',
    saved: '已保存推送设置',
  },
  reason: { eligible: '符合条件', oneFactAway: '还差一项信息' },
  missing: '还需回答：{{question}}',
  upTo: '最高 {{amount}}',
  amountUnset: '金额待定',
  apply: '一键申请',
  evaluatedOn: '匹配日期：{{date}}',
  empty: '暂未为您的企业找到扶持政策。企业登记并完善信息后，平台会自动为您匹配。',
};
