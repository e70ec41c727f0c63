import { languageValues, type Language } from '../db/schema/accounts';

export { languageValues, type Language };

/**
 * Picks zh-Hans, zh-Hant or en from an Accept-Language header (or a `lang` value). Taiwan, Hong
 * Kong and Macau tags and explicit Hant mean Traditional; any other Chinese means Simplified;
 * English when English comes before any Chinese; Simplified Chinese otherwise (the default).
 */
export function negotiateLanguage(header: string | undefined | null): Language {
  if (!header) return 'zh-Hans';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'zh-hant' || /^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
    if (tag.startsWith('zh')) return 'zh-Hans';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-Hans';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languageValues as readonly string[]).includes(value);
}
