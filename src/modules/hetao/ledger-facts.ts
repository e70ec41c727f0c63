import type { Executor } from '../../db/client';
import type { LocalisedText } from '../../shared/localised-text';
import type { GoodsClass } from './ledger-rules';
import * as repo from './ledger-repo';

/**
 * The fact the B.N6 elections record (issue #16 item 4): `importer.waivedClasses` for a signed-in
 * person's organisation, from the elections to pay it recorded on the platform instead of a
 * declaration. The value has the fact's published shape (policies/facts.yaml, `waiver-list`):
 * every election made on or before the day, `{ class, on }`, oldest first; the engine itself
 * decides which of them still bar a class (`noWaiverWithin`, 36 months). The rules module
 * registers this provider (src/modules/rules/record-facts.ts); nothing here imports from it.
 *
 *   no organisation, or no election recorded by that day → no fact: the declaration still counts
 *   one or more elections by that day                    → the list of them
 *
 * NOTE: an organisation that has recorded elections here gets the recorded list in place of its
 * declared one, so a waiver made before it used the platform should be recorded here too.
 */

export interface WaivedClassesRecordedFact {
  fact: 'importer.waivedClasses';
  value: { class: GoodsClass; on: string }[];
  source: {
    kind: 'hetao-class-elections';
    /** The latest election the list includes. */
    id: string;
    /** The day of the first election. */
    since: string;
    until: null;
    label: LocalisedText;
  };
}

const CLASS_LABEL: Record<GoodsClass, LocalisedText> = {
  'equipment-parts': {
    'zh-Hans': '设备及零配件',
    'zh-Hant': '設備及零配件',
    en: 'equipment and spare parts',
  },
  apparatus: { 'zh-Hans': '器具', 'zh-Hant': '器具', en: 'apparatus' },
  consumables: { 'zh-Hans': '耗材', 'zh-Hant': '耗材', en: 'consumables' },
  literature: { 'zh-Hans': '文献', 'zh-Hant': '文獻', en: 'literature' },
  specimens: { 'zh-Hans': '标本', 'zh-Hant': '標本', en: 'specimens' },
  animals: {
    'zh-Hans': '动物及其产品',
    'zh-Hant': '動物及其產品',
    en: 'animals and animal products',
  },
};

function label(value: { class: GoodsClass; on: string }[]): LocalisedText {
  const list = (language: keyof LocalisedText, separator: string) =>
    value
      .map((waiver) =>
        language === 'en'
          ? `${CLASS_LABEL[waiver.class].en} on ${waiver.on}`
          : `${waiver.on} ${CLASS_LABEL[waiver.class][language]}`,
      )
      .join(separator);
  return {
    'zh-Hans': `河套科研进口：选择缴税（B.N6）记录——${list('zh-Hans', '；')}`,
    'zh-Hant': `河套科研進口：選擇繳稅（B.N6）記錄——${list('zh-Hant', '；')}`,
    en: `Hetao research imports: elections to pay (B.N6) — ${list('en', '; ')}`,
  };
}

/** `importer.waivedClasses` from the B.N6 elections of the subject's organisation by `onDate`. */
export async function waivedClassesRecordFacts(
  db: Executor,
  subject: { organisationId: string | null },
  onDate: string,
): Promise<WaivedClassesRecordedFact[]> {
  if (!subject.organisationId) return [];
  // listElections is newest first; an election dated after the day did not exist on it.
  const elections = (await repo.listElections(db, subject.organisationId))
    .filter((election) => election.electedOn <= onDate)
    .reverse();
  if (elections.length === 0) return [];
  const value = elections.map((election) => ({
    class: election.goodsClass,
    on: election.electedOn,
  }));
  return [
    {
      fact: 'importer.waivedClasses',
      value,
      source: {
        kind: 'hetao-class-elections',
        id: elections.at(-1)!.id,
        since: elections[0]!.electedOn,
        until: null,
        label: label(value),
      },
    },
  ];
}

/** The provider as the registry expects it: a name, the facts it gives, and the function. */
export const waivedClassesRecordFactsProvider = {
  name: 'hetao.class-elections',
  facts: ['importer.waivedClasses'],
  provide: waivedClassesRecordFacts,
} as const;
