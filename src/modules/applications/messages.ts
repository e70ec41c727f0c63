import type { LocalisedText } from '../../errors/app-error';
import { formatMoney } from '../budgets/money';
import type { TransitionAction } from './state-machine';

/**
 * What the applicant is told, in the inbox and by e-mail, when their application moves. Every
 * transition has a message: a change nobody hears about is a change that did not happen.
 */
export interface MessageFacts {
  reference: string;
  policyName: LocalisedText;
  amountFen?: number | null;
  reasons?: string | null;
  dueOn?: string | null;
  appealDeadline?: string | null;
}

type Message = { title: LocalisedText; body: LocalisedText };

const trio = (zhHans: string, zhHant: string, en: string): LocalisedText => ({
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  en,
});

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** A calendar date (YYYY-MM-DD) as people write it: 2026年12月28日, 28 December 2026. */
function dayIn(date: string, script: 'zh' | 'en'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return script === 'zh' ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}

function withReasons(text: LocalisedText, reasons: string | null | undefined): LocalisedText {
  if (!reasons) return text;
  return {
    'zh-Hans': `${text['zh-Hans']}\n理由：${reasons}`,
    'zh-Hant': `${text['zh-Hant']}\n理由：${reasons}`,
    en: `${text.en}\nReasons: ${reasons}`,
  };
}

export function applicantMessage(action: TransitionAction, facts: MessageFacts): Message {
  const ref = facts.reference;
  const name = facts.policyName;
  const amount = facts.amountFen != null ? formatMoney(facts.amountFen) : '';
  switch (action) {
    case 'submit':
      return {
        title: trio(`申请 ${ref} 已提交`, `申請 ${ref} 已提交`, `Application ${ref} submitted`),
        body: trio(
          `您对「${name['zh-Hans']}」的申请已提交，系统正在进行自动初审。`,
          `您對「${name['zh-Hant']}」的申請已提交，系統正在進行自動初審。`,
          `Your application for "${name.en}" has been submitted and is being screened.`,
        ),
      };
    case 'screen':
      return {
        title: trio(`申请 ${ref} 初审中`, `申請 ${ref} 初審中`, `Application ${ref} in screening`),
        body: trio(
          '系统正在按政策条件核对您填写的信息。',
          '系統正在按政策條件核對您填寫的資料。',
          'Your answers are being checked against the policy conditions.',
        ),
      };
    case 'pass_screening':
      return {
        title: trio(
          `申请 ${ref} 进入审核`,
          `申請 ${ref} 進入審核`,
          `Application ${ref} is in review`,
        ),
        body: trio(
          `您的申请已通过自动初审，正由工作人员审核${facts.dueOn ? `，预计 ${dayIn(facts.dueOn, 'zh')} 前完成` : ''}。`,
          `您的申請已通過自動初審，正由工作人員審核${facts.dueOn ? `，預計 ${dayIn(facts.dueOn, 'zh')} 前完成` : ''}。`,
          `Your application passed screening and is being reviewed${facts.dueOn ? `; expected by ${dayIn(facts.dueOn, 'en')}` : ''}.`,
        ),
      };
    case 'fail_screening':
      return {
        title: trio(`申请 ${ref} 已退回`, `申請 ${ref} 已退回`, `Application ${ref} sent back`),
        body: withReasons(
          trio(
            '自动初审发现申请不符合条件或缺少信息，请查看原因，修改后可重新提交。',
            '自動初審發現申請不符合條件或缺少資料，請查看原因，修改後可重新提交。',
            'Screening found the application does not meet the conditions or lacks information. See why, correct it and submit again.',
          ),
          facts.reasons,
        ),
      };
    case 'return':
      return {
        title: trio(
          `申请 ${ref} 需要补充材料`,
          `申請 ${ref} 需要補充材料`,
          `Application ${ref}: more information needed`,
        ),
        body: withReasons(
          trio(
            '审核人员请您补充信息或材料，补充后请重新提交。',
            '審核人員請您補充資料或材料，補充後請重新提交。',
            'The reviewer asks for more information or documents. Add them and submit again.',
          ),
          facts.reasons,
        ),
      };
    case 'approve':
      return {
        title: trio(`申请 ${ref} 已批准`, `申請 ${ref} 已批准`, `Application ${ref} approved`),
        body: trio(
          `您对「${name['zh-Hans']}」的申请已批准${amount ? `，金额 ${amount}` : ''}。`,
          `您對「${name['zh-Hant']}」的申請已批准${amount ? `，金額 ${amount}` : ''}。`,
          `Your application for "${name.en}" is approved${amount ? ` for ${amount}` : ''}.`,
        ),
      };
    case 'reject':
      return {
        title: trio(
          `申请 ${ref} 未获批准`,
          `申請 ${ref} 未獲批准`,
          `Application ${ref} not approved`,
        ),
        body: withReasons(
          trio(
            `很遗憾，您的申请未获批准。${facts.appealDeadline ? `如有异议，可在 ${facts.appealDeadline} 前提出申诉。` : ''}`,
            `很遺憾，您的申請未獲批准。${facts.appealDeadline ? `如有異議，可在 ${facts.appealDeadline} 前提出申訴。` : ''}`,
            `Your application was not approved.${facts.appealDeadline ? ` You may appeal until ${facts.appealDeadline}.` : ''}`,
          ),
          facts.reasons,
        ),
      };
    case 'withdraw':
      return {
        title: trio(`申请 ${ref} 已撤回`, `申請 ${ref} 已撤回`, `Application ${ref} withdrawn`),
        body: trio('您已撤回该申请。', '您已撤回該申請。', 'You withdrew this application.'),
      };
    case 'appeal':
      return {
        title: trio(
          `申请 ${ref} 的申诉已受理`,
          `申請 ${ref} 的申訴已受理`,
          `Appeal on ${ref} received`,
        ),
        body: trio(
          '您的申诉已提交，将由另一位工作人员复核。',
          '您的申訴已提交，將由另一位工作人員覆核。',
          'Your appeal has been received and will be reviewed by a different officer.',
        ),
      };
    case 'grant_appeal':
      return {
        title: trio(`申请 ${ref} 申诉成立`, `申請 ${ref} 申訴成立`, `Appeal on ${ref} upheld`),
        body: withReasons(
          trio(
            '您的申诉成立，申请将重新审核。',
            '您的申訴成立，申請將重新審核。',
            'Your appeal is upheld; the application will be reviewed again.',
          ),
          facts.reasons,
        ),
      };
    case 'dismiss_appeal':
      return {
        title: trio(
          `申请 ${ref} 申诉未获支持`,
          `申請 ${ref} 申訴未獲支持`,
          `Appeal on ${ref} dismissed`,
        ),
        body: withReasons(
          trio(
            '复核后维持原决定，申请已办结。',
            '覆核後維持原決定，申請已辦結。',
            'After review the decision stands; the application is closed.',
          ),
          facts.reasons,
        ),
      };
    case 'revoke':
      return {
        title: trio(
          `申请 ${ref} 的批准已撤销`,
          `申請 ${ref} 的批准已撤銷`,
          `Approval of ${ref} revoked`,
        ),
        body: withReasons(
          trio(
            '该申请的批准已被撤销，您可以提出申诉。',
            '該申請的批准已被撤銷，您可以提出申訴。',
            'The approval of this application was revoked; you may appeal.',
          ),
          facts.reasons,
        ),
      };
    case 'schedule_payment':
      return {
        title: trio(
          `申请 ${ref} 已安排付款`,
          `申請 ${ref} 已安排付款`,
          `Payment scheduled for ${ref}`,
        ),
        body: trio(
          `${amount} 已列入付款批次，等待银行处理。`,
          `${amount} 已列入付款批次，等待銀行處理。`,
          `${amount} is in a payment batch awaiting the bank.`,
        ),
      };
    case 'record_paid':
      return {
        title: trio(`申请 ${ref} 已付款`, `申請 ${ref} 已付款`, `Application ${ref} paid`),
        body: trio(
          `${amount} 已支付到您提供的银行账户。`,
          `${amount} 已支付到您提供的銀行帳戶。`,
          `${amount} has been paid to the bank account you gave.`,
        ),
      };
    case 'record_failed':
      return {
        title: trio(
          `申请 ${ref} 付款未成功`,
          `申請 ${ref} 付款未成功`,
          `Payment for ${ref} failed`,
        ),
        body: withReasons(
          trio(
            '银行未能完成付款，财务人员将重新安排。如银行账户有误，请联系我们。',
            '銀行未能完成付款，財務人員將重新安排。如銀行帳戶有誤，請聯絡我們。',
            'The bank could not make the payment; finance will schedule it again. Contact us if your bank details are wrong.',
          ),
          facts.reasons,
        ),
      };
    case 'close':
      return {
        title: trio(`申请 ${ref} 已办结`, `申請 ${ref} 已辦結`, `Application ${ref} closed`),
        body: trio('该申请已办结。', '該申請已辦結。', 'This application is closed.'),
      };
  }
}

export function assignmentMessage(facts: MessageFacts): Message {
  return {
    title: trio(
      `待审核：${facts.reference}`,
      `待審核：${facts.reference}`,
      `To review: ${facts.reference}`,
    ),
    body: trio(
      `「${facts.policyName['zh-Hans']}」的申请 ${facts.reference} 已分配给您${facts.dueOn ? `，请于 ${dayIn(facts.dueOn, 'zh')} 前完成` : ''}。`,
      `「${facts.policyName['zh-Hant']}」的申請 ${facts.reference} 已分配給您${facts.dueOn ? `，請於 ${dayIn(facts.dueOn, 'zh')} 前完成` : ''}。`,
      `Application ${facts.reference} for "${facts.policyName.en}" is assigned to you${facts.dueOn ? `; due ${dayIn(facts.dueOn, 'en')}` : ''}.`,
    ),
  };
}

export function awaitingApprovalMessage(facts: MessageFacts): Message {
  return {
    title: trio(
      `待批准：${facts.reference}`,
      `待批准：${facts.reference}`,
      `Awaiting approval: ${facts.reference}`,
    ),
    body: trio(
      `${facts.reference} 的审核人建议批准${facts.amountFen != null ? ` ${formatMoney(facts.amountFen)}` : ''}，需要另一位工作人员批准（双人复核）。`,
      `${facts.reference} 的審核人建議批准${facts.amountFen != null ? ` ${formatMoney(facts.amountFen)}` : ''}，需要另一位工作人員批准（雙人覆核）。`,
      `The reviewer of ${facts.reference} recommends approval${facts.amountFen != null ? ` of ${formatMoney(facts.amountFen)}` : ''}; a second officer must approve (four eyes).`,
    ),
  };
}
