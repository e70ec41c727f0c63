import type { TablePaginationConfig } from 'antd';
import { useSearchParams } from 'react-router-dom';

const DEFAULT_PAGE_SIZE = 20;

/**
 * A list paged on the server whose query, page and page size live in the URL, so Back, reload
 * and shared links show the same page. `pagination` is the Ant Design table's paging for it.
 */
export function useUrlPaging() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('size')) || DEFAULT_PAGE_SIZE));

  /** Changes URL parameters; undefined or '' removes one. */
  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next);
  };

  const pagination = (
    total: number,
    showTotal: (total: number) => string,
  ): TablePaginationConfig => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal,
    onChange: (nextPage, nextSize) =>
      update({
        page: nextSize !== pageSize ? undefined : nextPage,
        size: nextSize === DEFAULT_PAGE_SIZE ? undefined : nextSize,
      }),
  });

  return { params, page, pageSize, offset: (page - 1) * pageSize, update, pagination };
}
