import type { Executor } from '../../db/client';
import { listOrganisationsOfPerson } from '../organisations/service';
import * as repo from './repo';

/**
 * Recognised people toward A.T3 (「集聚超萬名人工智能創新創業人才」), for the targets' count. The
 * spaces module counts each resident company's declared AI talents; a recognised person who
 * belongs to (works in) a resident company is an AI talent the record itself shows. Given the
 * resident companies on the day, returns for each the people holding a recognition valid that
 * day who are its members.
 *
 * NOTE for the caller (the targets service): a recognised person is also likely among the
 * company's declared AI talents, so add `max(declared, recognised)` per company — never the sum —
 * to avoid counting anyone twice; a person in two resident companies is returned under both, so
 * count distinct `personIds` across companies when a city-wide figure of recognised people is
 * wanted.
 */
export async function listRecognisedTalentsInOrganisations(
  db: Executor,
  organisationIds: readonly string[],
  onDate: string,
): Promise<Map<string, string[]>> {
  const wanted = new Set(organisationIds);
  const byOrganisation = new Map<string, string[]>();
  const recognitions = await repo.listValidRecognitions(db, onDate);
  const personIds = [...new Set(recognitions.map((row) => row.personId))];
  for (const personId of personIds)
    for (const { organisation } of await listOrganisationsOfPerson(db, personId))
      if (wanted.has(organisation.id))
        byOrganisation.set(organisation.id, [
          ...(byOrganisation.get(organisation.id) ?? []),
          personId,
        ]);
  return byOrganisation;
}
