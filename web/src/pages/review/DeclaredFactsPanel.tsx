import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FactAnswer, flattenFacts, type FactVocabulary } from '../applications/fact-display';
import type { PolicyView } from '../applications/types';

/**
 * What the applicant declared: every fact under its question, the answer in words in the
 * reader's language (labels from the fact vocabulary, money in yuan, dates as dates).
 */
export function DeclaredFactsPanel({
  facts,
  policy,
  vocabulary,
}: {
  facts: Record<string, unknown>;
  policy: PolicyView;
  vocabulary: FactVocabulary;
}) {
  const { t } = useTranslation('applications');
  const question = (path: string) =>
    vocabulary.get(path)?.question ??
    policy.facts.find((fact) => fact.path === path)?.question ??
    path;
  return (
    <Card title={t('reviewDetail.answers')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('reviewDetail.declaredHelp')}</Typography.Paragraph>
      <Descriptions size="small" column={1} bordered layout="vertical" data-testid="declared-facts">
        {flattenFacts(facts, vocabulary).map(([path, value]) => (
          <Descriptions.Item key={path} label={question(path)}>
            <span data-fact={path}>
              <FactAnswer value={value} fact={vocabulary.get(path)} />
            </span>
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}
