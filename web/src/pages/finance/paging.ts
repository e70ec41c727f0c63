/**
 * The finance lists are paged by keyset cursor (issue #19). Two shapes: an object that carries its
 * next cursor (`movementsNextCursor`, `linesNextCursor`, `nextCursor`), and a bare array whose next
 * page is in the RFC 8288 `Link: <…>; rel="next"` header (payable applications, batches), which
 * the shared client does not return — {@link getPayablePage} and {@link getBatches} read it.
 */
import { useCallback, useState } from 'react';
import { createApiClient } from '../../api/openapi-client';
import type { Batch, Payable } from './types';

/** A page of rows and the cursor of the next one (null on the last page). */
export interface Page<Row> {
  rows: Row[];
  nextCursor: string | null;
}

/** The `cursor` of a `Link` header's `rel="next"` target; null when there is no next page. */
export function nextCursorOfLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return new URL(match[1]!, 'http://placeholder').searchParams.get('cursor');
  }
  return null;
}

/** A typed client whose answers' `Link` headers are kept: one per request, so none are mixed. */
function linkKeepingClient() {
  const seen = { link: null as string | null };
  const client = createApiClient({
    fetch: async (request) => {
      const response = await fetch(request);
      seen.link = response.headers.get('link');
      return response;
    },
  });
  return { client, nextCursor: () => nextCursorOfLink(seen.link) };
}

/** The most a page of a finance list may hold (the server's maximum). */
export const MAX_PAGE = 500;

/** A page's query: where it starts and, when not the server's default, how many rows. */
function pageQuery(cursor: string | undefined, limit?: number) {
  return { ...(cursor ? { cursor } : {}), ...(limit ? { limit } : {}) };
}

/** One page of the payable applications, with the next page's cursor from the `Link` header. */
export async function getPayablePage(
  cursor: string | undefined,
  signal: AbortSignal,
  limit?: number,
): Promise<Page<Payable>> {
  const { client, nextCursor } = linkKeepingClient();
  const rows = await client.GET('/payments/payable', {
    params: { query: pageQuery(cursor, limit) },
    signal,
  });
  return { rows, nextCursor: nextCursor() };
}

/** One page of the batches, newest first, with the next page's cursor from the `Link` header. */
export async function getBatches(
  cursor: string | undefined,
  signal: AbortSignal,
): Promise<Page<Batch>> {
  const { client, nextCursor } = linkKeepingClient();
  const rows = await client.GET('/payments/batches', {
    params: { query: pageQuery(cursor) },
    signal,
  });
  return { rows, nextCursor: nextCursor() };
}

/**
 * Every application waiting for payment, page after page. NOTE: the finance page needs them all:
 * "nothing ticked" builds a batch of everything payable, and its confirmation states the count
 * and the amount, which a partial list would understate. Each request stays bounded (500 rows).
 */
export async function getAllPayable(signal: AbortSignal): Promise<Payable[]> {
  const rows: Payable[] = [];
  let cursor: string | undefined;
  do {
    const page = await getPayablePage(cursor, signal, MAX_PAGE);
    rows.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

export interface MorePages<Row> {
  /** The rows of the pages loaded after the first (none until "load more"). */
  rows: Row[];
  /** Whether there is a page still to load. */
  hasMore: boolean;
  loading: boolean;
  /** Loads the next page; rejects (for the page to say why) when it cannot. */
  loadMore: () => Promise<void>;
}

/**
 * The pages after a first one, loaded on demand ("load more"). `first` is the first page's answer:
 * when it changes (a reload after a change), the pages loaded after the old one are dropped, so
 * rows are never shown twice or stale.
 */
export function useMorePages<Row>(
  first: object | undefined,
  firstNextCursor: string | null | undefined,
  loadPage: (cursor: string, signal: AbortSignal) => Promise<Page<Row>>,
): MorePages<Row> {
  const [more, setMore] = useState<{ after: object; rows: Row[]; nextCursor: string | null }>();
  const [loading, setLoading] = useState(false);
  const current = first !== undefined && more?.after === first ? more : undefined;
  const nextCursor = current ? current.nextCursor : (firstNextCursor ?? null);
  const loadMore = useCallback(async () => {
    if (!nextCursor || !first) return;
    setLoading(true);
    try {
      const page = await loadPage(nextCursor, new AbortController().signal);
      setMore({
        after: first,
        rows: [...(current?.rows ?? []), ...page.rows],
        nextCursor: page.nextCursor,
      });
    } finally {
      setLoading(false);
    }
  }, [nextCursor, first, current, loadPage]);
  return { rows: current?.rows ?? [], hasMore: nextCursor !== null, loading, loadMore };
}
