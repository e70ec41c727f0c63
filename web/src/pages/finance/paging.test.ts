import { describe, expect, it, vi } from 'vitest';

// NOTE: the i18n module touches `document` when loaded; these tests run in Node.
vi.mock('../../i18n', () => ({
  default: { t: (key: string) => key },
  currentLanguage: () => 'en',
}));

const { nextCursorOfLink } = await import('./paging');

describe('nextCursorOfLink', () => {
  it('reads the cursor of the rel="next" target, and nothing when there is no next page', () => {
    expect(
      nextCursorOfLink('</api/v1/payments/payable?limit=500&cursor=WyJwYXki%2BA>; rel="next"'),
    ).toBe('WyJwYXki+A');
    expect(nextCursorOfLink('</a?cursor=first>; rel="prev", </a?cursor=second>; rel="next"')).toBe(
      'second',
    );
    expect(nextCursorOfLink('</a?cursor=first>; rel="prev"')).toBeNull();
    expect(nextCursorOfLink(null)).toBeNull();
  });
});
