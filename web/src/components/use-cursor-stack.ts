import { useState } from 'react';

export interface CursorStack {
  /** The cursor the shown page is loaded with; undefined on the first page. */
  cursor: string | undefined;
  /** 1 on the first page. */
  pageNumber: number;
  hasPrevious: boolean;
  /** Goes to the page after the shown one (its answer's `nextCursor`). */
  next: (nextCursor: string) => void;
  previous: () => void;
}

/**
 * Previous and next over a keyset-paged list (issue #19): a cursor only leads forward, so the
 * cursors of the pages passed are kept on a stack, and "previous" reloads the page before with
 * the cursor it was loaded with. A new `resetKey` (other filters) starts again at the first page.
 */
export function useCursorStack(resetKey: string): CursorStack {
  const [stack, setStack] = useState<{ key: string; cursors: string[] }>({
    key: resetKey,
    cursors: [],
  });
  // NOTE: derived, not reset in an effect, so a filter change never loads a stale cursor first.
  const cursors = stack.key === resetKey ? stack.cursors : [];
  return {
    cursor: cursors.at(-1),
    pageNumber: cursors.length + 1,
    hasPrevious: cursors.length > 0,
    next: (nextCursor) => setStack({ key: resetKey, cursors: [...cursors, nextCursor] }),
    previous: () => setStack({ key: resetKey, cursors: cursors.slice(0, -1) }),
  };
}
