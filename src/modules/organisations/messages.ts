import type { LocalisedText } from '../../errors/app-error';
import type { MembershipRole } from '../../db/schema/people';

const ROLE_NAMES: Record<MembershipRole, LocalisedText> = {
  founder: { 'zh-Hans': '创始人', 'zh-Hant': '創辦人', en: 'founder' },
  member: { 'zh-Hans': '成员', 'zh-Hant': '成員', en: 'member' },
};

/** What the holder of an invited address with an account finds in the inbox (and by e-mail). */
export function invitationMessage(facts: {
  organisationName: string;
  inviterName: string;
  role: MembershipRole;
}): { title: LocalisedText; body: LocalisedText } {
  const { organisationName: name, inviterName: inviter } = facts;
  const role = ROLE_NAMES[facts.role];
  return {
    title: {
      'zh-Hans': `邀请您加入「${name}」`,
      'zh-Hant': `邀請您加入「${name}」`,
      en: `Invitation to join “${name}”`,
    },
    body: {
      'zh-Hans': `${inviter} 邀请您以${role['zh-Hans']}身份加入「${name}」。在“我的机构”页面接受或拒绝；接受前您不是该机构的成员。`,
      'zh-Hant': `${inviter} 邀請您以${role['zh-Hant']}身份加入「${name}」。在「我的機構」頁面接受或拒絕；接受前您不是該機構的成員。`,
      en: `${inviter} invites you to join “${name}” as ${role.en}. Accept or decline on the My organisations page; until you accept, you are not a member.`,
    },
  };
}
