import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { currentLanguage, type Language } from '../../i18n';
import { indexFactsSchema } from '../navigator/facts';
import { formatFenIn } from './money';

/** One fact of the vocabulary (`GET /facts/schema`): its question, type and option labels. */
export interface FactDefinition {
  path: string;
  question: string;
  type: string;
  options: Map<string, string>;
}
export type FactVocabulary = Map<string, FactDefinition>;

type FactsSchema = Parameters<typeof indexFactsSchema>[0];

/**
 * The facts JSON Schema as path → definition in one language, read by the navigator's reader of
 * the same schema (one walker of `GET /facts/schema` for the whole web app).
 */
export function readFactVocabulary(schema: FactsSchema, language: Language): FactVocabulary {
  const vocabulary: FactVocabulary = new Map();
  for (const [path, info] of indexFactsSchema(schema))
    vocabulary.set(path, {
      path,
      question: info.question[language],
      type: info.type,
      options: new Map(info.options.map((option) => [option.value, option.label[language]])),
    });
  return vocabulary;
}

/** The fact vocabulary in the UI language (fetched again when the language changes). */
export function useFactVocabulary(): FactVocabulary {
  const { i18n } = useTranslation();
  const language = currentLanguage();
  const { data } = useApi(
    (signal) => apiClient.GET('/facts/schema', { params: { query: { lang: language } }, signal }),
    [i18n.language],
  );
  return data ? readFactVocabulary(data, language) : new Map();
}

/**
 * Declared facts as dotted paths in the vocabulary's order (the order the questions are asked),
 * then any the vocabulary does not know. Lists (and achievement entries) stay whole.
 */
export function flattenFacts(
  facts: Record<string, unknown>,
  vocabulary: FactVocabulary,
): [string, unknown][] {
  const flat: [string, unknown][] = [];
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = `${prefix}${key}`;
      if (value && typeof value === 'object' && !Array.isArray(value) && !vocabulary.has(path))
        walk(value as Record<string, unknown>, `${path}.`);
      else flat.push([path, value]);
    }
  };
  walk(facts, '');
  const order = [...vocabulary.keys()];
  const rank = (path: string) => {
    const index = order.indexOf(path);
    return index === -1 ? order.length : index;
  };
  return flat.sort(([a], [b]) => rank(a) - rank(b));
}

interface Achievement {
  kind?: string;
  description?: string;
  evidenceUrl?: string;
}

/**
 * A declared answer in words, in the reader's language: yes/no, option labels, money in yuan,
 * dates as dates, lists as lists. Never a raw code where the vocabulary has a label.
 */
export function FactAnswer({ value, fact }: { value: unknown; fact: FactDefinition | undefined }) {
  const { t } = useTranslation('applications');
  const language = currentLanguage();
  if (value === null || value === undefined || value === '')
    return <span data-answer="none">{t('facts.notAnswered')}</span>;
  const label = (item: unknown) => fact?.options.get(String(item)) ?? String(item);
  if (typeof value === 'boolean') return <span>{value ? t('common.yes') : t('common.no')}</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span>{t('facts.noneOfThese')}</span>;
    if (fact?.type === 'achievement-list')
      return (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {(value as Achievement[]).map((item, index) => (
            <li key={index}>
              {item.kind ? `${label(item.kind)}：` : ''}
              {item.description}
              {item.evidenceUrl && (
                <>
                  {' '}
                  <a href={item.evidenceUrl} target="_blank" rel="noreferrer noopener">
                    {t('facts.link')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      );
    return (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {value.map((item, index) => (
          <li key={index}>
            {item !== null && typeof item === 'object'
              ? // A waiver (B.N6): the goods class and the date it was given up.
                [
                  label((item as { class?: string }).class ?? ''),
                  dayjs(String((item as { on?: string }).on)).isValid()
                    ? dayjs(String((item as { on?: string }).on)).format('LL')
                    : '',
                ]
                  .filter(Boolean)
                  .join('：')
              : label(item)}
          </li>
        ))}
      </ul>
    );
  }
  switch (fact?.type) {
    case 'money':
      return (
        <span>{typeof value === 'number' ? formatFenIn(value, language) : String(value)}</span>
      );
    case 'date':
      return <span>{dayjs(String(value)).isValid() ? dayjs(String(value)).format('LL') : ''}</span>;
    case 'integer':
      return (
        <span>
          {typeof value === 'number'
            ? new Intl.NumberFormat(language).format(value)
            : String(value)}
        </span>
      );
    default:
      return <span>{typeof value === 'object' ? JSON.stringify(value) : label(value)}</span>;
  }
}
