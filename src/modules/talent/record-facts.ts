import type { Executor } from '../../db/client';
import * as repo from './repo';

/**
 * The fact talent recognition produces (issue #17 item 3): `person.talentRecognized` is true on a
 * day when the person holds a recognition valid that day (A.P1). Shaped for the rules module's
 * registry of record providers (`src/modules/rules/record-facts.ts`, wired by the lead); this file
 * imports nothing from the rules module. No valid recognition: no recorded fact (the declared
 * answer, if any, stands).
 */

export interface TalentFactSubject {
  accountId: string;
  personId: string | null;
  organisationId: string | null;
}

export interface TalentRecordedFact {
  fact: 'person.talentRecognized';
  value: boolean;
  source: {
    kind: 'talent_recognition';
    id: string;
    since: string;
    until: string | null;
    label: { 'zh-Hans': string; 'zh-Hant': string; en: string };
  };
}

export async function provideTalentFacts(
  db: Executor,
  subject: TalentFactSubject,
  onDate: string,
): Promise<TalentRecordedFact[]> {
  const [recognition] = await repo.listValidRecognitionsOfAccount(db, subject.accountId, onDate);
  if (!recognition) return [];
  const code = recognition.certificateCode;
  return [
    {
      fact: 'person.talentRecognized',
      value: true,
      source: {
        kind: 'talent_recognition',
        id: recognition.id,
        since: recognition.validFrom,
        until: recognition.validUntil,
        label: {
          'zh-Hans': `人才认定（证书编号 ${code}）`,
          'zh-Hant': `人才認定（證書編號 ${code}）`,
          en: `Talent recognition (certificate ${code})`,
        },
      },
    },
  ];
}

/** The provider as the registry expects it: a name, the facts it gives, and the function. */
export const talentRecordFactsProvider = {
  name: 'talent',
  facts: ['person.talentRecognized'],
  provide: provideTalentFacts,
} as const;
