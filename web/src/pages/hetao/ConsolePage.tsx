import { Card, Segmented, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { Code, QuestionStatusTag, SectionTabs } from './parts';
import type { Question, QuestionStatus } from './types';

const statuses: QuestionStatus[] = ['open', 'answered', 'published', 'withdrawn'];

/** Customs console: the answer queue, by due date, overdue first (B.C1). */
export default function ConsolePage() {
  const { t } = useTranslation('hetao');
  const navigate = useNavigate();
  const [status, setStatus] = useState<QuestionStatus>('open');
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/hetao/questions', { params: { query: { status } }, signal }),
    [status],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  const rows = [...(data ?? [])].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn),
  );
  return (
    <>
      <PageHeading title={t('titles.console')} description={t('consolePage.description')} />
      <SectionTabs kind="console" />
      <Card
        title={
          <div style={{ overflowX: 'auto' }}>
            <Segmented
              value={status}
              onChange={(value) => setStatus(value as QuestionStatus)}
              options={statuses.map((value) => ({ value, label: t(`questionStatus.${value}`) }))}
            />
          </div>
        }
      >
        <Table<Question>
          rowKey="id"
          loading={loading}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50 } : false}
          // NOTE: no sideways scroll: the columns share the width (the question wraps); on a
          // phone the proposed code, organisation and asking date give way to the question.
          locale={{ emptyText: t('consolePage.empty') }}
          onRow={(question) =>
            ({
              onClick: () => navigate(`/hetao/questions/${question.id}`),
              style: { cursor: 'pointer' },
              'data-testid': 'queue-row',
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('common.reference'),
              dataIndex: 'reference',
              render: (reference: string, question) => (
                <Link to={`/hetao/questions/${question.id}`}>{reference}</Link>
              ),
            },
            {
              title: t('common.dueOn'),
              dataIndex: 'dueOn',
              render: (dueOn: string, question) => (
                <Space>
                  {dayjs(dueOn).format('LL')}
                  {question.overdue && (
                    <Typography.Text type="danger">{t('common.overdue')}</Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('question.goods'),
              dataIndex: 'description',
              render: (text: string) => (
                <Typography.Paragraph
                  ellipsis={{ rows: 2 }}
                  style={{ maxWidth: 420, marginBottom: 0 }}
                >
                  {text}
                </Typography.Paragraph>
              ),
            },
            {
              title: t('question.proposedCode'),
              responsive: ['md'],
              dataIndex: 'proposedCode',
              render: (code: string | null) => (code ? <Code code={code} /> : '—'),
            },
            {
              title: t('common.organisation'),
              responsive: ['md'],
              key: 'org',
              render: (_, question) => question.organisation.name,
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              // The tabs above already filter by status.
              responsive: ['md'],
              render: (value: QuestionStatus) => <QuestionStatusTag status={value} />,
            },
            {
              title: t('common.askedOn'),
              responsive: ['md'],
              dataIndex: 'createdAt',
              render: (value: string) => dayjs(value).format('LL'),
            },
          ]}
        />
      </Card>
    </>
  );
}
