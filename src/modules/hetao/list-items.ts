import type { hetaoListItems } from '../../db/schema/hetao';
import { formatCodePattern, parseCodePatterns, type ListItem } from './list-format';
import type { ListItemRecord } from './list-diff';
import type { ListItemRow } from './repo';

/**
 * Conversions between the three shapes of a list item: the lookup's {@link ListItem} (parsed
 * code patterns, localised name object), the database row (codes as strings in the import
 * format) and the presented record (what the API returns and the diff compares).
 */

export function toItemRows(
  versionId: string,
  items: readonly ListItem[],
  firstPosition = 1,
): (typeof hetaoListItems.$inferInsert)[] {
  return items.map((item, index) => ({
    versionId,
    itemId: item.itemId,
    position: firstPosition + index,
    category: item.category,
    nameZhHans: item.name['zh-Hans'],
    nameZhHant: item.name['zh-Hant'],
    nameEn: item.name.en,
    includes: item.includes.map(formatCodePattern),
    excludes: item.excludes.map(formatCodePattern),
    regime: item.regime,
    notes: item.notes === '' ? null : item.notes,
    source: item.source === '' ? null : item.source,
  }));
}

export function presentItem(row: ListItemRow): ListItemRecord & { position: number } {
  return {
    itemId: row.itemId,
    position: row.position,
    category: row.category,
    nameZhHans: row.nameZhHans,
    nameZhHant: row.nameZhHant,
    nameEn: row.nameEn,
    includes: row.includes,
    excludes: row.excludes,
    regime: row.regime,
    notes: row.notes,
    source: row.source,
  };
}

/** The stored row as the lookup wants it. Stored codes were validated on the way in. */
export function toLookupItem(row: ListItemRow): ListItem {
  return {
    itemId: row.itemId,
    category: row.category,
    name: { 'zh-Hans': row.nameZhHans, 'zh-Hant': row.nameZhHant, en: row.nameEn },
    includes: parseCodePatterns(row.includes.join(';')).patterns,
    excludes: parseCodePatterns(row.excludes.join(';')).patterns,
    regime: row.regime,
    notes: row.notes ?? '',
    source: row.source ?? '',
  };
}
