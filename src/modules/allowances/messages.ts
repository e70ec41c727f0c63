import type { LocalisedText } from '../../errors/app-error';

/** What the applicant is told when their monthly allowance stops. */
export function allowanceStoppedMessage(facts: {
  reference: string;
  policyName: LocalisedText;
  fromMonth: string;
  reason: LocalisedText;
}): { title: LocalisedText; body: LocalisedText } {
  const { reference, policyName, fromMonth, reason } = facts;
  return {
    title: {
      'zh-Hans': `申请 ${reference}：自 ${fromMonth} 起停止按月发放`,
      'zh-Hant': `申請 ${reference}：自 ${fromMonth} 起停止按月發放`,
      en: `Application ${reference}: monthly payments stop from ${fromMonth}`,
    },
    body: {
      'zh-Hans': `您的「${policyName['zh-Hans']}」自 ${fromMonth} 起停止发放；已发放的月份不受影响。\n理由：${reason['zh-Hans']}`,
      'zh-Hant': `您的「${policyName['zh-Hant']}」自 ${fromMonth} 起停止發放；已發放的月份不受影響。\n理由：${reason['zh-Hant']}`,
      en: `Your "${policyName.en}" stops from ${fromMonth}; months already paid are not affected.\nReason: ${reason.en}`,
    },
  };
}

/** The reason of a stop caused by the approval of the other benefit of an either-or group. */
export function replacedByReason(facts: {
  reference: string;
  policyName: LocalisedText;
}): LocalisedText {
  return {
    'zh-Hans': `已批准「${facts.policyName['zh-Hans']}」（${facts.reference}），二者只能选其一`,
    'zh-Hant': `已批准「${facts.policyName['zh-Hant']}」（${facts.reference}），二者只能選其一`,
    en: `"${facts.policyName.en}" (${facts.reference}) was approved, and only one of the two can be had`,
  };
}
