import { defineTranslations } from '../../i18n/define';

/** Monthly allowances (A.P8 housing allowance): the schedule, stopping it, finance's due list. */
export default defineTranslations({
  'zh-Hans': {
    title: '按月发放',
    monthFormat: 'YYYY年M月',
    summary: '每月 {{amount}}，共 {{months}} 个月（{{first}}至{{last}}），合计 {{total}}',
    source: '金额与期数取自审核时的评估快照（参数自 {{date}} 起生效）',
    scheduleStatus: { active: '发放中', completed: '已发放完毕', stopped: '已停止' },
    totals: { paid: '已发放', due: '待发放', toCome: '尚未到期', stopped: '已停止' },
    columns: {
      sequence: '期次',
      month: '月份',
      amount: '金额',
      status: '状态',
    },
    paidOn: '{{date}}发放',
    status: {
      scheduled: '未到期',
      payable: '待发放',
      in_payment: '发放中',
      paid: '已发放',
      stopped: '已停止',
    },
    stopped: {
      officer: '自{{month}}起停止发放。理由：{{reason}}',
      exclusive_benefit:
        '自{{month}}起停止发放：已批准「{{policy}}」（{{reference}}），二者只能选其一。',
      revoked: '批准已撤销，尚未发放的月份全部停止。理由：{{reason}}',
    },
    stop: {
      title: '停止按月发放',
      help: '申请人不再符合条件时使用：自所选月份起尚未发放的月份停止发放，预算退回；已发放的月份不受影响。',
      reason: '理由',
      fromMonth: '自该月起停止',
      submit: '停止发放',
      confirm: '确定停止按月发放？此操作不能撤回。',
      done: '已停止按月发放',
    },
    due: {
      title: '到期的按月补贴',
      description: '月份已到、尚未付款的分期。未勾选任何项目时，生成批次会一并付款（每期一行）。',
      empty: '没有到期的分期',
      reference: '编号',
      policy: '政策',
      payee: '收款人',
    },
  },
  'zh-Hant': {
    title: '按月發放',
    monthFormat: 'YYYY年M月',
    summary: '每月 {{amount}}，共 {{months}} 個月（{{first}}至{{last}}），合計 {{total}}',
    source: '金額與期數取自審核時的評估快照（參數自 {{date}} 起生效）',
    scheduleStatus: { active: '發放中', completed: '已發放完畢', stopped: '已停止' },
    totals: { paid: '已發放', due: '待發放', toCome: '尚未到期', stopped: '已停止' },
    columns: {
      sequence: '期次',
      month: '月份',
      amount: '金額',
      status: '狀態',
    },
    paidOn: '{{date}}發放',
    status: {
      scheduled: '未到期',
      payable: '待發放',
      in_payment: '發放中',
      paid: '已發放',
      stopped: '已停止',
    },
    stopped: {
      officer: '自{{month}}起停止發放。理由：{{reason}}',
      exclusive_benefit:
        '自{{month}}起停止發放：已批准「{{policy}}」（{{reference}}），二者只能選其一。',
      revoked: '批准已撤銷，尚未發放的月份全部停止。理由：{{reason}}',
    },
    stop: {
      title: '停止按月發放',
      help: '申請人不再符合條件時使用：自所選月份起尚未發放的月份停止發放，預算退回；已發放的月份不受影響。',
      reason: '理由',
      fromMonth: '自該月起停止',
      submit: '停止發放',
      confirm: '確定停止按月發放？此操作不能撤回。',
      done: '已停止按月發放',
    },
    due: {
      title: '到期的按月補貼',
      description: '月份已到、尚未付款的分期。未勾選任何項目時，產生批次會一併付款（每期一行）。',
      empty: '沒有到期的分期',
      reference: '編號',
      policy: '政策',
      payee: '收款人',
    },
  },
  en: {
    title: 'Monthly payments',
    monthFormat: 'MMM YYYY',
    summary: '{{amount}} a month for {{months}} months ({{first}} to {{last}}), {{total}} in all',
    source:
      'Amount and months from the evaluation snapshot the decision used (parameters in force from {{date}})',
    scheduleStatus: { active: 'Being paid', completed: 'All paid', stopped: 'Stopped' },
    totals: { paid: 'Paid', due: 'Due', toCome: 'To come', stopped: 'Stopped' },
    columns: {
      sequence: 'No.',
      month: 'Month',
      amount: 'Amount',
      status: 'Status',
    },
    paidOn: 'paid {{date}}',
    status: {
      scheduled: 'To come',
      payable: 'Due',
      in_payment: 'Being paid',
      paid: 'Paid',
      stopped: 'Stopped',
    },
    stopped: {
      officer: 'Stopped from {{month}}. Reason: {{reason}}',
      exclusive_benefit:
        'Stopped from {{month}}: "{{policy}}" ({{reference}}) was approved, and only one of the two can be had.',
      revoked: 'The approval was revoked; every month not yet paid is stopped. Reason: {{reason}}',
    },
    stop: {
      title: 'Stop the monthly payments',
      help: 'When the applicant no longer qualifies: months not yet paid from the month chosen are stopped and their budget released; months already paid are not affected.',
      reason: 'Reason',
      fromMonth: 'Stop from this month',
      submit: 'Stop payments',
      confirm: 'Stop the monthly payments? This cannot be undone.',
      done: 'Monthly payments stopped',
    },
    due: {
      title: 'Monthly allowance instalments due',
      description:
        'Instalments whose month has come and that are not paid yet. With nothing ticked, building a batch pays them too (one line each).',
      empty: 'No instalments are due',
      reference: 'Reference',
      policy: 'Policy',
      payee: 'Payee',
    },
  },
});
