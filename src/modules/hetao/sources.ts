import type { Db } from '../../db/client';
import { AppError } from '../../errors/app-error';
import type { ListItem } from './list-format';
import { toLookupItem } from './list-items';
import { hetaoReference } from './references';
import * as repo from './repo';
import { ensureWorkingList } from './working-list';

/**
 * What the goods lookup reads from the desk: the items of the current published list version
 * and the published (not retracted) precedents. The lookup route and the `hetao lookup` CLI call
 * {@link loadLookupSources}; it is cached per database and refreshed whenever a list version or
 * a precedent is published or retracted — in this process at once, in other processes on their
 * next call (the desk's generation counter, bumped in the publishing transaction, tells them).
 */

export interface LookupPrecedent {
  id: string;
  /** HT-P-000012: how pages cite it. */
  reference: string;
  /** Anonymised question text. */
  question: string;
  /** Digits only, 2–10. */
  hsCode: string;
  covered: boolean;
  reasoning: string;
  listItemId?: string;
  /** ISO 8601. */
  publishedAt: string;
}

export interface LookupSources {
  listItems: ListItem[];
  listVersion: { id: string; title: string; isWorkingList: boolean; effectiveDate: string | null };
  precedents: LookupPrecedent[];
  /** The generation these sources were read at (changes whenever they may have changed). */
  generation: number;
}

const cache = new WeakMap<Db, LookupSources>();

/**
 * The current lookup sources. On a database where no list was ever published, loads the working
 * list first (see working-list.ts). Throws `hetao.no_published_list` if there is still none.
 */
export async function loadLookupSources(db: Db): Promise<LookupSources> {
  const { sourcesGeneration } = await repo.readDeskState(db);
  const cached = cache.get(db);
  if (cached && cached.generation === sourcesGeneration) return cached;

  let version = await repo.findListVersionByStatus(db, 'published');
  if (!version) {
    await ensureWorkingList(db);
    version = await repo.findListVersionByStatus(db, 'published');
    if (!version) throw new AppError('hetao.no_published_list');
  }
  const [items, precedents] = await Promise.all([
    repo.listItemsOfVersion(db, version.id),
    repo.listLivePrecedents(db),
  ]);
  const sources: LookupSources = {
    listItems: items.map(toLookupItem),
    listVersion: {
      id: version.id,
      title: version.title,
      isWorkingList: version.isWorkingList,
      effectiveDate: version.effectiveDate ?? null,
    },
    precedents: precedents.rows.map((row) => ({
      id: row.id,
      reference: hetaoReference('P', row.number),
      question: row.question,
      hsCode: row.hsCode,
      covered: row.covered,
      reasoning: row.reasoning,
      ...(row.listItemId ? { listItemId: row.listItemId } : {}),
      listVersionId: row.listVersionId,
      publishedAt: row.publishedAt.toISOString(),
    })),
    // NOTE: if the generation moved while we read, the next call simply reads again.
    generation: sourcesGeneration,
  };
  cache.set(db, sources);
  return sources;
}

/** Drops this process's cached sources at once (the generation counter covers the others). */
export function invalidateLookupSources(db: Db): void {
  cache.delete(db);
}
