import { describe, expect, it } from 'vitest';
import { diffListItems, type ListItemRecord } from './list-diff';

const item = (itemId: string, extra: Partial<ListItemRecord> = {}): ListItemRecord => ({
  itemId,
  category: 'consumables',
  nameZhHans: `条目${itemId}`,
  nameZhHant: `條目${itemId}`,
  nameEn: `Item ${itemId}`,
  includes: ['3821'],
  excludes: [],
  regime: 'write-off',
  notes: null,
  source: 'test',
  ...extra,
});

describe('diffListItems', () => {
  it('finds added, removed and changed items, field by field', () => {
    const before = [item('A'), item('B'), item('C', { includes: ['3002', '3821'] })];
    const after = [
      item('A'),
      item('C', { includes: ['3821', '3002'], excludes: ['300212'], nameEn: 'Sera' }),
      item('D', { category: 'equipment', regime: 'supervision-period' }),
    ];
    const diff = diffListItems(before, after);
    expect(diff.added.map((row) => row.itemId)).toEqual(['D']);
    expect(diff.removed.map((row) => row.itemId)).toEqual(['B']);
    expect(diff.unchanged).toBe(1);
    expect(diff.changed).toHaveLength(1);
    // The order of codes does not matter; the new exclusion and name do.
    expect(diff.changed[0]!.changes).toEqual([
      { field: 'nameEn', before: 'Item C', after: 'Sera' },
      { field: 'excludes', before: [], after: ['300212'] },
    ]);
  });

  it('treats empty and missing text alike, and identical lists as unchanged', () => {
    const diff = diffListItems([item('A', { notes: '' })], [item('A', { notes: null })]);
    expect(diff).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
  });

  it('a category or regime change is a change', () => {
    const diff = diffListItems([item('A')], [item('A', { category: 'animals' })]);
    expect(diff.changed[0]!.changes).toEqual([
      { field: 'category', before: 'consumables', after: 'animals' },
    ]);
  });
});
