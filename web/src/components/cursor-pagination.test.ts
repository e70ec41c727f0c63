import { describe, expect, it } from 'vitest';
import { cursorPagination, type CursorPages } from './cursor-pagination';

function pagesAt(pageNumber: number) {
  const calls: string[] = [];
  const pages: CursorPages = {
    pageNumber,
    hasPrevious: pageNumber > 1,
    next: (cursor) => calls.push(`next ${cursor}`),
    previous: () => calls.push('previous'),
  };
  return { pages, calls };
}

const base = { total: 45, pageSize: 20, showTotal: (total: number) => `${total}` };

describe('cursorPagination', () => {
  it('offers "next" exactly when the server gave a next cursor, whatever the count says', () => {
    const { pages, calls } = pagesAt(1);
    const sizes: number[] = [];
    const config = cursorPagination({
      ...base,
      pages,
      nextCursor: 'c2',
      onPageSizeChange: (size) => sizes.push(size),
    });
    expect(config.current).toBe(1);
    // Ant Design enables the next arrow while current < ceil(total / pageSize).
    expect(Math.ceil(Number(config.total) / 20)).toBeGreaterThan(1);
    config.onChange!(2, 20);
    config.onChange!(7, 20);
    expect(calls).toEqual(['next c2', 'next c2']);
    config.onChange!(1, 50);
    expect(sizes).toEqual([50]);
    expect(calls).toHaveLength(2);

    // The last page by cursor is the last page, though the count (45) says there is a third.
    const last = cursorPagination({
      ...base,
      pages: pagesAt(2).pages,
      nextCursor: null,
      onPageSizeChange: () => undefined,
    });
    expect(Math.ceil(Number(last.total) / 20)).toBe(2);
    expect(String(last.showTotal!(0, [0, 0]))).toBe('45');

    // Nothing counted (not loaded yet, or no rows): no pager, as Ant Design does for a total of 0.
    const empty = cursorPagination({
      ...base,
      total: 0,
      pages: pagesAt(1).pages,
      nextCursor: null,
      onPageSizeChange: () => undefined,
    });
    expect(empty.total).toBe(0);
  });

  it('goes back through the cursor stack and shows no page numbers it cannot reach', () => {
    const { pages, calls } = pagesAt(3);
    const config = cursorPagination({
      ...base,
      pages,
      nextCursor: 'c4',
      onPageSizeChange: () => undefined,
    });
    config.onChange!(2, 20);
    expect(calls).toEqual(['previous']);
    const element = 'x' as never;
    expect(config.itemRender!(3, 'page', element)).toBe(element);
    expect(config.itemRender!(1, 'page', element)).toBeNull();
    expect(config.itemRender!(5, 'jump-next', element)).toBeNull();
    expect(config.itemRender!(4, 'next', element)).toBe(element);
  });
});
