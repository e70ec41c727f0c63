import type { Executor } from '../../db/client';
import { chinaDateOf } from '../../shared/china-time';
import type { LocalisedText } from '../../shared/localised-text';
import * as repo from './repo';

/**
 * Facts from the records of this module (issue #17), for the rules module's registry of record
 * facts (the lead wires them in; nothing here imports src/modules/rules):
 *
 *   company.govScenarioProductInUse  an in-use record of one of its proposals (A.P6)
 *   company.demonstrationProject     a recognised demonstration project (A.P7)
 *   company.consortiumChallengeWon   an accepted member of a winning consortium (A.P10)
 *
 * Each provider answers for an organisation on a day: the earliest record in force by then, with
 * its source. Nothing is returned without a record (the declared answer then stands).
 */

export interface RecordFactSubject {
  accountId: string | null;
  personId: string | null;
  organisationId: string | null;
}

export interface RecordedFact {
  fact: string;
  value: unknown;
  source: { kind: string; id: string; since: string; until: string | null; label: LocalisedText };
}

export interface RecordFactProvider {
  name: string;
  facts: string[];
  provide(db: Executor, subject: RecordFactSubject, onDate: string): Promise<RecordedFact[]>;
}

export const govScenarioProductInUseProvider: RecordFactProvider = {
  name: 'scenarios.in-use',
  facts: ['company.govScenarioProductInUse'],
  async provide(db, subject, onDate) {
    if (!subject.organisationId) return [];
    const rows = await repo.listInUseProposalsOf(db, subject.organisationId);
    const first = rows.find((row) => row.inUseSince !== null && row.inUseSince <= onDate);
    if (!first) return [];
    return [
      {
        fact: 'company.govScenarioProductInUse',
        value: true,
        source: {
          kind: 'scenario_proposal',
          id: first.id,
          since: first.inUseSince!,
          until: null,
          label: {
            'zh-Hans': `政务场景投入使用记录（自 ${first.inUseSince} 起）`,
            'zh-Hant': `政務場景投入使用記錄（自 ${first.inUseSince} 起）`,
            en: `Recorded in use in a government scenario since ${first.inUseSince}`,
          },
        },
      },
    ];
  },
};

export const demonstrationProjectProvider: RecordFactProvider = {
  name: 'scenarios.demonstration',
  facts: ['company.demonstrationProject'],
  async provide(db, subject, onDate) {
    if (!subject.organisationId) return [];
    const rows = await repo.listRecognisedDemonstrationsOf(db, subject.organisationId);
    const first = rows.find((row) => chinaDateOf(row.decidedAt) <= onDate);
    if (!first) return [];
    const since = chinaDateOf(first.decidedAt);
    return [
      {
        fact: 'company.demonstrationProject',
        value: true,
        source: {
          kind: 'scenario_demonstration',
          id: first.id,
          since,
          until: null,
          label: {
            'zh-Hans': `示范应用项目认定（${since}）`,
            'zh-Hant': `示範應用項目認定（${since}）`,
            en: `Recognised as a demonstration project on ${since}`,
          },
        },
      },
    ];
  },
};

export const consortiumChallengeWonProvider: RecordFactProvider = {
  name: 'scenarios.challenge-won',
  facts: ['company.consortiumChallengeWon'],
  async provide(db, subject, onDate) {
    if (!subject.organisationId) return [];
    const rows = await repo.listWinningConsortiaOf(db, subject.organisationId);
    // NOTE: the award date lives on the challenge; a won consortium's challenge has one.
    const first = rows.find((row) => row.consortium.status === 'won');
    if (!first) return [];
    const challenge = first.challengeTitle;
    const awarded = await repo.findChallenge(db, first.consortium.challengeId);
    const since = awarded?.awardedAt ? chinaDateOf(awarded.awardedAt) : onDate;
    if (since > onDate) return [];
    return [
      {
        fact: 'company.consortiumChallengeWon',
        value: true,
        source: {
          kind: 'challenge_consortium',
          id: first.consortium.id,
          since,
          until: null,
          label: {
            'zh-Hans': `成功揭榜：${challenge['zh-Hans']}`,
            'zh-Hant': `成功揭榜：${challenge['zh-Hant']}`,
            en: `Won the challenge: ${challenge.en}`,
          },
        },
      },
    ];
  },
};

/** Every provider of this module, for the registry. */
export const scenarioRecordFactProviders: RecordFactProvider[] = [
  govScenarioProductInUseProvider,
  demonstrationProjectProvider,
  consortiumChallengeWonProvider,
];
