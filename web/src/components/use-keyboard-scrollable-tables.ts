import { useEffect } from 'react';

/** Ant Design's scrolling parts of a table: sideways (`content`), or a fixed-height `body`. */
const SCROLL_CONTAINERS = '.ant-table-content, .ant-table-body';

/** Set on the containers this hook made focusable, so it only ever undoes its own change. */
const MARK = 'data-opc-scroll-region';

/**
 * Makes every table that scrolls reachable by keyboard (WCAG 2.1.1; axe's
 * `scrollable-region-focusable`): a table wider than its card scrolls inside it, and a table
 * without a link or button in it could then be scrolled only with a mouse. The scrolling
 * element takes a Tab stop (the arrow keys then scroll it) and is named as a region.
 *
 * NOTE: Ant Design renders that element itself and lets us set no attribute on it (its
 * `scroll` prop only sizes it), so the whole app watches the page for tables instead of each
 * page wrapping its own.
 */
export function useKeyboardScrollableTables(label: string) {
  useEffect(() => {
    const update = () => {
      for (const element of document.querySelectorAll<HTMLElement>(SCROLL_CONTAINERS)) {
        const scrolls =
          element.scrollWidth > element.clientWidth + 1 ||
          element.scrollHeight > element.clientHeight + 1;
        const marked = element.hasAttribute(MARK);
        if (scrolls && (marked || !element.hasAttribute('tabindex'))) {
          if (marked && element.getAttribute('aria-label') === label) continue;
          element.setAttribute(MARK, '');
          element.tabIndex = 0;
          element.setAttribute('role', 'region');
          element.setAttribute('aria-label', label); // (again when the language changes)
        } else if (marked && !scrolls) {
          element.removeAttribute(MARK);
          element.removeAttribute('tabindex');
          element.removeAttribute('role');
          element.removeAttribute('aria-label');
        }
      }
    };
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    schedule();
    // Tables come and go with the data and the route, and a narrower window makes one scroll.
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, [label]);
}
