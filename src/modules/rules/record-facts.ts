// Facts from records (STYLE.md, "Where a fact comes from"): where a platform record says what a
// person once had to declare — the white list (B.N3), a lease in an OPC community (A.S2), a
// high-growth mark (A.T2), a scenario in use (A.P6), a won challenge (A.P10), a talent
// recognition (A.P1) — the record's value is the fact, with its source, and a declaration of the
// same fact is kept but no longer used.
import type { Executor } from '../../db/client';
import type { LocalisedText } from '../../shared/localised-text';
import { waivedClassesRecordFactsProvider } from '../hetao/ledger-facts';
import { whiteListRecordFacts } from '../hetao/whitelist-facts';
import { scenarioRecordFactProviders } from '../scenarios/record-facts';
import { spacesRecordFacts } from '../spaces/record-facts';
import { talentRecordFactsProvider } from '../talent/record-facts';

/** Where a recorded value comes from: the kind of record, its id, its dates and a label. */
export interface RecordedFactSource {
  kind: string;
  id: string;
  /** The day the record started to say this (ISO date), when it has one. */
  since: string | null;
  /** The last day it says this, when it ends. */
  until: string | null;
  label: LocalisedText;
}

/** One fact a record gives: its id in policies/facts.yaml, the value, and its source. */
export interface RecordedFact {
  fact: string;
  value: unknown;
  source: RecordedFactSource;
}

/** Whose facts: the person, and the organisation whose company and importer facts are theirs. */
export interface RecordFactSubject {
  accountId: string;
  personId: string;
  organisationId: string | null;
}

/**
 * A module that keeps records some facts come from. `facts` names every fact it may give (so a
 * reader sees where each comes from without running it); `provide` answers for one subject on one
 * day, and gives no fact at all where it has no record (the declaration then stands).
 */
export interface RecordFactProvider {
  name: string;
  facts: readonly string[];
  provide(db: Executor, subject: RecordFactSubject, onDate: string): Promise<RecordedFact[]>;
}

/** Every provider: each module that keeps such records, and the facts it gives. */
export const recordFactProviders: readonly RecordFactProvider[] = [
  { name: 'hetao.white-list', facts: ['importer.whiteListed'], provide: whiteListRecordFacts },
  waivedClassesRecordFactsProvider,
  spacesRecordFacts,
  ...scenarioRecordFactProviders,
  talentRecordFactsProvider,
];

/**
 * The facts the records give for a subject on a day. A fact two providers give is an error in
 * the table above, not something to settle at run time.
 */
export async function recordedFactsOf(
  db: Executor,
  subject: RecordFactSubject,
  onDate: string,
  providers: readonly RecordFactProvider[] = recordFactProviders,
): Promise<RecordedFact[]> {
  const answers = await Promise.all(
    providers.map(async (provider) => {
      const facts = await provider.provide(db, subject, onDate);
      for (const fact of facts)
        if (!provider.facts.includes(fact.fact))
          throw new Error(
            `record facts: ${provider.name} gave ${fact.fact}, which it does not declare`,
          );
      return facts;
    }),
  );
  return answers.flat();
}

/** Lays recorded facts over declared ones (`{ subject: { name: value } }`), recorded winning. */
export function overlayRecordedFacts(
  declared: Record<string, Record<string, unknown>>,
  recorded: readonly RecordedFact[],
): Record<string, Record<string, unknown>> {
  const facts: Record<string, Record<string, unknown>> = {};
  for (const [subject, values] of Object.entries(declared)) facts[subject] = { ...values };
  for (const { fact, value } of recorded) {
    const dot = fact.indexOf('.');
    const subject = fact.slice(0, dot);
    (facts[subject] ??= {})[fact.slice(dot + 1)] = value;
  }
  return facts;
}
