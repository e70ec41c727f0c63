import type { HetaoCategory, HetaoRegime } from '../../db/schema/hetao';

/** A list item as stored and presented: codes as strings in the import format (`3821`, `a..b`). */
export interface ListItemRecord {
  itemId: string;
  category: HetaoCategory;
  nameZhHans: string;
  nameZhHant: string;
  nameEn: string | null;
  includes: string[];
  excludes: string[];
  regime: HetaoRegime;
  notes: string | null;
  source: string | null;
}

export const DIFF_FIELDS = [
  'category',
  'nameZhHans',
  'nameZhHant',
  'nameEn',
  'includes',
  'excludes',
  'regime',
  'notes',
  'source',
] as const satisfies readonly (keyof ListItemRecord)[];
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldChange {
  field: DiffField;
  before: string | string[] | null;
  after: string | string[] | null;
}

export interface ListDiff {
  added: ListItemRecord[];
  removed: ListItemRecord[];
  changed: {
    itemId: string;
    before: ListItemRecord;
    after: ListItemRecord;
    changes: FieldChange[];
  }[];
  unchanged: number;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    // Code lists are sets: "3821;3822" and "3822;3821" cover the same goods.
    const left = [...a].sort();
    const right = [...b].sort();
    return left.length === right.length && left.every((value, index) => value === right[index]);
  }
  // Empty text and no text are the same to a reader.
  return (a ?? '') === (b ?? '');
}

/**
 * Compares two versions item by item, matching on the stable `itemId`: items only in `to` are
 * added, only in `from` removed, and in both with any field different changed — with each
 * changed field's before and after.
 */
export function diffListItems(
  from: readonly ListItemRecord[],
  to: readonly ListItemRecord[],
): ListDiff {
  const before = new Map(from.map((item) => [item.itemId, item]));
  const after = new Map(to.map((item) => [item.itemId, item]));
  const diff: ListDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const item of to) {
    const old = before.get(item.itemId);
    if (!old) {
      diff.added.push(item);
      continue;
    }
    const changes: FieldChange[] = [];
    for (const field of DIFF_FIELDS)
      if (!sameValue(old[field], item[field]))
        changes.push({ field, before: old[field], after: item[field] });
    if (changes.length > 0)
      diff.changed.push({ itemId: item.itemId, before: old, after: item, changes });
    else diff.unchanged += 1;
  }
  for (const item of from) if (!after.has(item.itemId)) diff.removed.push(item);
  return diff;
}
