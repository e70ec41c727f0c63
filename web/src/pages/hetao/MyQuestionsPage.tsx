import { PlusOutlined } from '@ant-design/icons';
import { Card, Empty, List, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { Code, CoveredTag, QuestionStatusTag, SectionTabs } from './parts';
import type { Question } from './types';
import { ButtonLink } from '../../components/ButtonLink';
import { ListItemMeta } from '../../components/ListItemMeta';

/** Importer portal: my questions to customs, with status, due dates and answers (B.C1). */
export default function MyQuestionsPage() {
  const { t } = useTranslation('hetao');
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/hetao/questions/mine', { signal }),
    [],
  );
  const askButton = (
    <ButtonLink
      to="/hetao/questions/new"
      type="primary"
      icon={<PlusOutlined />}
      data-testid="ask-customs"
    >
      {t('questions.ask')}
    </ButtonLink>
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading
        title={t('titles.questions')}
        description={t('questions.description')}
        extra={askButton}
      />
      <SectionTabs kind="portal" />
      <Card>
        <List<Question>
          loading={loading}
          dataSource={data ?? []}
          locale={{
            emptyText: (
              <Empty description={t('questions.empty')}>
                <p>{t('questions.emptyHint')}</p>
                {askButton}
              </Empty>
            ),
          }}
          renderItem={(question) => (
            <List.Item
              key={question.id}
              data-testid="my-question"
              data-reference={question.reference}
            >
              {/* Each item's title is an h2, under the page's h1. */}
              <ListItemMeta
                level={2}
                title={
                  <Space wrap>
                    <Link to={`/hetao/questions/${question.id}`}>{question.reference}</Link>
                    <QuestionStatusTag status={question.status} />
                    {question.overdue && (
                      <Typography.Text type="danger">{t('common.overdue')}</Typography.Text>
                    )}
                  </Space>
                }
                description={
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                      {question.description}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary">
                      {question.organisation.name} · {t('common.askedOn')}{' '}
                      {dayjs(question.createdAt).format('LL')}
                      {question.status === 'open' &&
                        ` · ${t('common.dueBy', { date: dayjs(question.dueOn).format('LL') })}`}
                    </Typography.Text>
                    {question.answer && (
                      <Space wrap>
                        <Typography.Text strong>{t('questions.answered')}:</Typography.Text>
                        <Code code={question.answer.hsCode} />
                        <CoveredTag covered={question.answer.covered} />
                      </Space>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
