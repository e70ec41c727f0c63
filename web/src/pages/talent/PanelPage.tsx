import { Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';

type Status = 'submitted' | 'recognised' | 'refused';

/** The panel's queue (reviewers): submissions, flagged where the reader must step aside. */
export default function PanelPage() {
  const { t } = useTranslation('talent');
  const [status, setStatus] = useState<Status | 'all'>('submitted');
  const queue = useApi(
    (signal) =>
      apiClient.GET('/talent/submissions', {
        params: { query: status === 'all' ? {} : { status } },
        signal,
      }),
    [status],
  );
  if (queue.error && !queue.data) return <LoadFailed error={queue.error} onRetry={queue.reload} />;
  return (
    <>
      <PageHeading title={t('titles.panel')} description={t('panel.description')} />
      <Space direction="vertical" style={{ width: '100%' }}>
        <Segmented
          aria-label={t('panel.filter')}
          value={status}
          onChange={(value) => setStatus(value as Status | 'all')}
          options={[
            { value: 'submitted', label: t('statuses.submitted') },
            { value: 'recognised', label: t('statuses.recognised') },
            { value: 'refused', label: t('statuses.refused') },
            { value: 'all', label: t('panel.all') },
          ]}
        />
        <Table
          rowKey="id"
          data-testid="talent-queue"
          loading={queue.loading}
          dataSource={queue.data ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              title: t('panel.applicant'),
              dataIndex: 'fullName',
              render: (name: string, row) => (
                <Link to={`/talent/panel/${row.id}`} data-testid={`talent-open-${row.id}`}>
                  {name}
                </Link>
              ),
            },
            {
              title: t('panel.kinds'),
              dataIndex: 'kinds',
              render: (kinds: string[]) =>
                kinds.map((kind) => <Tag key={kind}>{t(`kinds.${kind as 'competition'}`)}</Tag>),
            },
            {
              title: t('panel.filter'),
              dataIndex: 'status',
              render: (value: Status, row) => (
                <Space>
                  <Tag>{t(`statuses.${value}`)}</Tag>
                  {row.conflictOfInterest && <Tag color="orange">{t('panel.conflict')}</Tag>}
                </Space>
              ),
            },
            { title: t('panel.reviews'), dataIndex: 'reviewCount' },
            {
              title: t('panel.submittedAt'),
              dataIndex: 'submittedAt',
              render: (value: string) => value.slice(0, 10),
            },
          ]}
        />
      </Space>
    </>
  );
}
