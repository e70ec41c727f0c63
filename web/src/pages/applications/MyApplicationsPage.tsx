import { Button, Card, Empty, Select, Table } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen } from './money';
import { localised, StatusTag } from './parts';
import type { LocalisedText, MyApplication } from './types';

export default function MyApplicationsPage() {
  const { t, i18n } = useTranslation('applications');
  const navigate = useNavigate();
  const { data, error, loading, reload } = useApi(
    (signal) => api.get<MyApplication[]>('/applications', { signal }),
    [i18n.language],
  );
  const [policyId, setPolicyId] = useState<string>();
  const policies = useApi(
    (signal) =>
      api.get<{ policies: { id: string; name: LocalisedText }[] }>('/policies', { signal }),
    [i18n.language],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  // Apply from the catalogue (the navigator's result cards link to /applications/new too).
  const apply = (
    <>
      <Select
        showSearch
        optionFilterProp="label"
        placeholder={t('start.choosePolicy')}
        value={policyId}
        onChange={setPolicyId}
        style={{ minWidth: 240 }}
        data-testid="choose-policy"
        options={(policies.data?.policies ?? []).map((policy) => ({
          value: policy.id,
          label: localised(policy.name),
        }))}
      />
      <Button
        type="primary"
        disabled={!policyId}
        onClick={() => navigate(`/applications/new?policy=${encodeURIComponent(policyId ?? '')}`)}
        data-testid="start-application"
      >
        {t('start.start')}
      </Button>
    </>
  );
  return (
    <>
      <PageHeading title={t('titles.mine')} description={t('mine.description')} extra={apply} />
      <Card>
        <Table<MyApplication>
          rowKey="id"
          loading={loading}
          dataSource={data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({
            onClick: () => navigate(`/applications/${row.id}`),
            style: { cursor: 'pointer' },
          })}
          locale={{
            emptyText: (
              <Empty description={t('mine.empty')}>
                <p>{t('mine.emptyHint')}</p>
              </Empty>
            ),
          }}
          columns={[
            {
              title: t('common.reference'),
              dataIndex: 'reference',
              render: (reference: string, row) => (
                <Link to={`/applications/${row.id}`} data-testid="application-link">
                  {reference}
                </Link>
              ),
            },
            {
              title: t('common.policy'),
              dataIndex: 'policyName',
              render: (_: unknown, row) => localised(row.policyName),
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (_: unknown, row) => <StatusTag status={row.status} />,
            },
            {
              title: t('mine.requested'),
              dataIndex: 'requestedAmountFen',
              render: (_: unknown, row) =>
                !row.paidByPlatform ? (
                  ''
                ) : (
                  <span data-testid="requested-amount">
                    {row.requestedAmountFen !== null
                      ? formatFen(row.requestedAmountFen)
                      : t('mine.upToCap', {
                          cap:
                            row.capFen !== null ? formatFen(row.capFen) : t('common.unpublished'),
                        })}
                  </span>
                ),
            },
            {
              title: t('mine.approved'),
              dataIndex: 'approvedAmountFen',
              render: (_: unknown, row) =>
                row.approvedAmountFen !== null ? (
                  <span data-testid="approved-amount">{formatFen(row.approvedAmountFen)}</span>
                ) : (
                  ''
                ),
            },
            {
              title: t('common.updatedAt'),
              dataIndex: 'updatedAt',
              render: (value: string) => dayjs(value).format('LLL'),
            },
          ]}
        />
      </Card>
    </>
  );
}
