import type { Db } from '../../db/client';
import type { ServiceContext } from '../../shared/service-context';
import { loadLookupSources } from '../hetao/sources';
import { createLookupIndex, lookupGoods } from './lookup/lookup';
import type { LookupIndex } from './lookup/lookup-index';
import type { LookupResult } from './lookup/types';
import type { LookupQueryInput } from './schema';
import { loadLabDictionary, loadNomenclature } from './sources';

/**
 * The lookup over the desk's current sources: the published list version and the published
 * precedents from src/modules/hetao (loadLookupSources, cached there and refreshed whenever a
 * list or precedent is published), with the shipped nomenclature and dictionary. One index is
 * kept per sources object, so a newly published precedent is cited by the next lookup.
 */
const indexes = new WeakMap<object, LookupIndex>();
let shipped:
  Pick<Parameters<typeof createLookupIndex>[0], 'nomenclature' | 'dictionary'> | undefined;

export async function currentLookupIndex(db: Db): Promise<LookupIndex> {
  const desk = await loadLookupSources(db);
  let index = indexes.get(desk);
  if (!index) {
    shipped ??= { nomenclature: loadNomenclature(), dictionary: loadLabDictionary() };
    index = createLookupIndex({
      ...shipped,
      listItems: desk.listItems,
      listVersion: desk.listVersion,
      precedents: desk.precedents,
    });
    indexes.set(desk, index);
  }
  return index;
}

/** Looks goods up for anyone (no sign-in); nothing is stored, so there is no audit row. */
export async function lookUpGoods(
  ctx: ServiceContext,
  query: LookupQueryInput,
): Promise<LookupResult> {
  const index = await currentLookupIndex(ctx.db);
  return lookupGoods(index, {
    text: query.q,
    code: query.code ?? null,
    preferredScript: ctx.language,
  });
}
