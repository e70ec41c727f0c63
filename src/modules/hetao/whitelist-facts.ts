import type { Executor } from '../../db/client';
import { chinaDateOf } from '../../shared/china-time';
import type { LocalisedText } from '../../shared/localised-text';
import * as repo from './whitelist-repo';
import { standingOn, type EntryStanding } from './whitelist-standing';

/**
 * The fact the Hetao white list records (issue #16 item 1; B.N3: only white-listed importers get
 * the exemption): `importer.whiteListed` for a signed-in person's organisation, from the list
 * instead of a declaration. The rules module registers this provider (src/modules/rules/
 * record-facts.ts); nothing here imports from it.
 *
 *   entry in force on the day                         → true
 *   entry suspended, removed, expired or not yet valid → false (a record saying "not listed")
 *   no entry, the latest application refused           → false
 *   never applied, or an application still pending    → no fact: the declaration still counts
 */

export interface WhiteListRecordedFact {
  fact: 'importer.whiteListed';
  value: boolean;
  source: {
    kind: 'hetao-white-list';
    /** The entry (or, for a refusal, the application) the value comes from. */
    id: string;
    since: string;
    until: string | null;
    label: LocalisedText;
  };
}

const STANDING_LABEL: Record<EntryStanding, LocalisedText> = {
  listed: { 'zh-Hans': '已列入', 'zh-Hant': '已列入', en: 'listed' },
  not_yet: { 'zh-Hans': '尚未生效', 'zh-Hant': '尚未生效', en: 'not yet in force' },
  expired: { 'zh-Hans': '已过有效期', 'zh-Hant': '已過有效期', en: 'expired' },
  suspended: { 'zh-Hans': '已暂停', 'zh-Hant': '已暫停', en: 'suspended' },
  removed: { 'zh-Hans': '已移出', 'zh-Hant': '已移出', en: 'removed' },
};

function label(state: LocalisedText, since: string, until: string | null): LocalisedText {
  return {
    'zh-Hans': `河套进口白名单：${state['zh-Hans']}（${since} 起${until ? `至 ${until}` : ''}）`,
    'zh-Hant': `河套進口白名單：${state['zh-Hant']}（${since} 起${until ? `至 ${until}` : ''}）`,
    en: `Hetao importers’ white list: ${state.en} (from ${since}${until ? ` until ${until}` : ''})`,
  };
}

/** `importer.whiteListed` from the list for the subject's organisation on `onDate`. */
export async function whiteListRecordFacts(
  db: Executor,
  subject: { organisationId: string | null },
  onDate: string,
): Promise<WhiteListRecordedFact[]> {
  if (!subject.organisationId) return [];
  const found = await standingOn(db, subject.organisationId, onDate);
  if (found) {
    const { entry, standing } = found;
    return [
      {
        fact: 'importer.whiteListed',
        value: standing === 'listed',
        source: {
          kind: 'hetao-white-list',
          id: entry.id,
          since: entry.validFrom,
          until: entry.validUntil,
          label: label(STANDING_LABEL[standing], entry.validFrom, entry.validUntil),
        },
      },
    ];
  }
  // No entry begun by that day: an entry starting later says "not yet"; a refusal says "no".
  const [later] = await repo.entriesOfOrganisation(db, subject.organisationId);
  if (later && later.status !== 'superseded')
    return [
      {
        fact: 'importer.whiteListed',
        value: false,
        source: {
          kind: 'hetao-white-list',
          id: later.id,
          since: later.validFrom,
          until: later.validUntil,
          label: label(STANDING_LABEL.not_yet, later.validFrom, later.validUntil),
        },
      },
    ];
  const [latest] = await repo.applicationsOfOrganisations(db, [subject.organisationId]);
  if (latest?.status === 'refused' && latest.decidedAt) {
    const decidedOn = chinaDateOf(latest.decidedAt);
    return [
      {
        fact: 'importer.whiteListed',
        value: false,
        source: {
          kind: 'hetao-white-list',
          id: latest.id,
          since: decidedOn,
          until: null,
          label: {
            'zh-Hans': `河套进口白名单：申请未获通过（${decidedOn}）`,
            'zh-Hant': `河套進口白名單：申請未獲通過（${decidedOn}）`,
            en: `Hetao importers’ white list: application refused (${decidedOn})`,
          },
        },
      },
    ];
  }
  return [];
}
