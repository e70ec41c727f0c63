import type { useTranslation } from 'react-i18next';
import type { currentLanguage } from '../../i18n';
import { formatYuan, type FactInfo } from './facts';

/** An answer in words, in the screen's language (the list of answers, the choices on sign-in). */
export function formatAnswer(
  value: unknown,
  info: FactInfo | undefined,
  language: ReturnType<typeof currentLanguage>,
  locale: string,
  t: ReturnType<typeof useTranslation<'navigator'>>['t'],
): string {
  if (value === true) return t('answers.yes');
  if (value === false) return t('answers.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('answers.empty');
    return value
      .map((item) => {
        if (typeof item === 'string')
          return info?.options.find((option) => option.value === item)?.label[language] ?? item;
        const record = item as Record<string, string>;
        const kind = record.kind ?? record.class ?? '';
        const label =
          info?.options.find((option) => option.value === kind)?.label[language] ?? kind;
        return [label, record.description ?? record.on].filter(Boolean).join(': ');
      })
      .join('；');
  }
  if (typeof value === 'number')
    return info?.type === 'money' ? formatYuan(value, locale) : String(value);
  if (typeof value === 'string')
    return info?.options.find((option) => option.value === value)?.label[language] ?? value;
  return String(value);
}
