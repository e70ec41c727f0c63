import type { TablePaginationConfig } from 'antd';

/** Where a keyset-paged list is: its page number and the way back and forward. */
export interface CursorPages {
  /** 1 on the first page. */
  pageNumber: number;
  hasPrevious: boolean;
  next: (nextCursor: string) => void;
  previous: () => void;
}

/**
 * Ant Design's table paging for a list paged by keyset cursor (issue #19), looking as the
 * offset-paged tables did (arrows, page size, total) but offering only what a cursor can do:
 * the page before and the page after. A cursor cannot jump to page 7, so the page numbers
 * other than the current one are not shown.
 */
export function cursorPagination(options: {
  pages: CursorPages;
  nextCursor: string | null | undefined;
  total: number;
  pageSize: number;
  onPageSizeChange: (pageSize: number) => void;
  showTotal: (total: number) => string;
}): TablePaginationConfig {
  const { pages, nextCursor, total, pageSize } = options;
  // NOTE: what the arrows may do comes from the cursors, not from the total: rows may have come
  // or gone since the count, and "next" is offered exactly when the server gave a next cursor.
  // With no rows counted (not loaded yet, or none) it stays 0, which hides the pager, as before.
  const arrowsTotal = nextCursor
    ? Math.max(total, pages.pageNumber * pageSize + 1)
    : Math.max(
        Math.min(total, pages.pageNumber * pageSize),
        pages.pageNumber > 1 ? (pages.pageNumber - 1) * pageSize + 1 : 0,
      );
  return {
    current: pages.pageNumber,
    pageSize,
    total: arrowsTotal,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: () => options.showTotal(total),
    showLessItems: true,
    itemRender: (page, type, element) => {
      if (type === 'page') return page === pages.pageNumber ? element : null;
      if (type === 'jump-prev' || type === 'jump-next') return null;
      return element;
    },
    onChange: (page, nextSize) => {
      if (nextSize !== pageSize) options.onPageSizeChange(nextSize);
      else if (page > pages.pageNumber && nextCursor) pages.next(nextCursor);
      else if (page < pages.pageNumber && pages.hasPrevious) pages.previous();
    },
  };
}
