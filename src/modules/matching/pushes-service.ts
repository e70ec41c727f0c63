// Sending pushes (issue #15 item 3): the unsent candidates become ONE message per person per
// digest — inbox and e-mail — listing each benefit with its amount in yuan, why (eligible, or
// one fact away and which fact), and a one-click link to a prefilled application. A candidate is
// marked sent (or suppressed, when everyone who would get it has opted out) in the transaction
// that queues the messages, so the same push is never sent twice.
import type { Language } from '../../db/schema/accounts';
import type { LocalisedText } from '../../shared/localised-text';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { formatMoney } from '../budgets/money';
import { queueNotification } from '../notifications/service';
import { getCatalogue } from '../rules/catalogue';
import * as repo from './pushes-repo';

/** Candidates read (and locked) per transaction. */
const DIGEST_BATCH = 1000;
const LANGUAGES: Language[] = ['zh-Hans', 'zh-Hant', 'en'];

/** The web's page where a founder sees what was found, applies and opts out. */
export const FOUND_FOR_YOU_PATH = '/found-for-you';

/** The web's new-application page, prefilled with the policy and the company. */
export function applyPath(policyId: string, organisationId: string) {
  return `/applications/new?policy=${encodeURIComponent(policyId)}&organisation=${encodeURIComponent(organisationId)}`;
}

export interface DigestResult {
  /** Messages queued (one per person). */
  messages: number;
  /** Candidates sent to at least one person. */
  sent: number;
  /** Candidates no one will get: everyone who would have has opted out. */
  suppressed: number;
  /** Candidates of profiles with no linked organisation or no member yet: left unsent. */
  waiting: number;
}

const policyName = (policyId: string, language: Language) =>
  getCatalogue().catalogue.policyIndex.get(policyId)?.definition.name[language] ?? policyId;

/** The question that asks a fact, in a language (its id when the vocabulary has none). */
export function factQuestion(factId: string, language: Language): string {
  const fact = getCatalogue().catalogue.factIndex.get(factId) as
    { question?: Partial<LocalisedText> } | undefined;
  return fact?.question?.[language] ?? factId;
}

function itemLine(candidate: repo.UnsentCandidate, language: Language): string {
  const amount =
    candidate.maxAmountFen !== null && candidate.maxAmountFen > 0
      ? formatMoney(candidate.maxAmountFen)
      : { 'zh-Hans': '金额待定', 'zh-Hant': '金額待定', en: 'amount to be set' }[language];
  const reason =
    candidate.reason === 'eligible'
      ? { 'zh-Hans': '符合条件', 'zh-Hant': '符合條件', en: 'eligible' }[language]
      : {
          'zh-Hans': `还差一项信息：${factQuestion(candidate.missingFact ?? '', language)}`,
          'zh-Hant': `還差一項資訊：${factQuestion(candidate.missingFact ?? '', language)}`,
          en: `one fact away: ${factQuestion(candidate.missingFact ?? '', language)}`,
        }[language];
  const apply = { 'zh-Hans': '一键申请', 'zh-Hant': '一鍵申請', en: 'Apply' }[language];
  return `• ${policyName(candidate.policyId, language)} — ${candidate.organisationName} — ${
    language === 'en' ? 'up to ' : '最高 '
  }${amount} — ${reason}\n  ${apply}: ${applyPath(candidate.policyId, candidate.organisationId)}`;
}

function digestMessage(items: repo.UnsentCandidate[]) {
  const title = {} as LocalisedText;
  const body = {} as LocalisedText;
  for (const language of LANGUAGES) {
    title[language] = {
      'zh-Hans': `为您找到 ${items.length} 项扶持政策`,
      'zh-Hant': `為您找到 ${items.length} 項扶持政策`,
      en: `Found for you: ${items.length} ${items.length === 1 ? 'benefit' : 'benefits'}`,
    }[language];
    const intro = {
      'zh-Hans': '根据登记信息，平台为贵企业匹配到以下扶持政策（金额为上限，以审核为准）：',
      'zh-Hant': '根據登記資訊，平台為貴企業匹配到以下扶持政策（金額為上限，以審核為準）：',
      en: 'From your registration data the platform matched these benefits (amounts are maximums; review decides):',
    }[language];
    const outro = {
      'zh-Hans': '不想再收到此类推送？可在“为您找到”页面关闭。',
      'zh-Hant': '不想再收到此類推送？可在「為您找到」頁面關閉。',
      en: 'No more of these? Turn benefit pushes off on the "Found for you" page.',
    }[language];
    body[language] = [intro, ...items.map((item) => itemLine(item, language)), outro].join('\n');
  }
  return { title, body };
}

/**
 * Sends a digest of every unsent push candidate: one message per person. Candidates of profiles
 * not linked to an organisation with an active member wait (counted, left unsent); candidates
 * whose every recipient has opted out are suppressed, never sent later. Safe to run on several
 * servers at once (rows are locked, skipped by the others).
 */
export async function sendPushDigest(ctx: ServiceContext): Promise<DigestResult> {
  const result: DigestResult = { messages: 0, sent: 0, suppressed: 0, waiting: 0 };
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const position = after;
    const done = await ctx.db.transaction(async (tx) => {
      const candidates = await repo.claimUnsentCandidates(tx, position, DIGEST_BATCH);
      if (candidates.length === 0) return true;
      const last = candidates.at(-1)!;
      after = { createdAt: last.createdAt, id: last.id };
      const recipients = await repo.listRecipients(tx, [
        ...new Set(candidates.map((candidate) => candidate.organisationId)),
      ]);
      const byOrganisation = new Map<string, repo.PushRecipient[]>();
      for (const recipient of recipients)
        byOrganisation.set(recipient.organisationId, [
          ...(byOrganisation.get(recipient.organisationId) ?? []),
          recipient,
        ]);
      const digests = new Map<
        string,
        { recipient: repo.PushRecipient; items: repo.UnsentCandidate[] }
      >();
      const sent: string[] = [];
      const suppressed: string[] = [];
      for (const candidate of candidates) {
        const members = byOrganisation.get(candidate.organisationId) ?? [];
        // NOTE: an organisation without an active member has no one to tell: it waits.
        if (members.length === 0) continue;
        const willing = members.filter((member) => member.benefitPushes);
        if (willing.length === 0) {
          suppressed.push(candidate.id);
          continue;
        }
        sent.push(candidate.id);
        for (const member of willing) {
          const digest = digests.get(member.accountId) ?? { recipient: member, items: [] };
          digest.items.push(candidate);
          digests.set(member.accountId, digest);
        }
      }
      for (const { recipient, items } of digests.values())
        await queueNotification(tx, ctx, {
          recipientAccountId: recipient.accountId,
          recipientEmail: recipient.email,
          recipientLanguage: recipient.language,
          kind: 'matching.benefits_found',
          ...digestMessage(items),
          link:
            items.length === 1
              ? applyPath(items[0]!.policyId, items[0]!.organisationId)
              : FOUND_FOR_YOU_PATH,
        });
      const now = ctx.now();
      await repo.markCandidates(tx, sent, 'sent', now);
      await repo.markCandidates(tx, suppressed, 'suppressed', now);
      if (sent.length + suppressed.length > 0)
        await recordAudit(tx, ctx, {
          action: 'matching_push.digest_sent',
          subjectType: 'matching_push_digest',
          subjectId: last.id,
          after: { messages: digests.size, sent: sent.length, suppressed: suppressed.length },
        });
      result.messages += digests.size;
      result.sent += sent.length;
      result.suppressed += suppressed.length;
      return candidates.length < DIGEST_BATCH;
    });
    if (done) break;
  }
  result.waiting = await repo.countWaitingCandidates(ctx.db);
  return result;
}
