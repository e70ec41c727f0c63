import { Button, Card, Descriptions, Empty, Flex, List, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useIsPhone } from '../../components/use-is-phone';
import { formatFen } from './money';
import { localised, StatusTag } from './parts';
import type { MyApplication } from './types';

export default function MyApplicationsPage() {
  const { t, i18n } = useTranslation('applications');
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/applications', { signal }),
    [i18n.language],
  );
  const [policyId, setPolicyId] = useState<string>();
  const policies = useApi((signal) => apiClient.GET('/policies', { signal }), [i18n.language]);
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  // Apply from the catalogue (the navigator's result cards link to /applications/new too).
  const apply = (
    <>
      <Select
        showSearch
        optionFilterProp="label"
        placeholder={t('start.choosePolicy')}
        aria-label={t('start.choosePolicy')}
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
  const empty = (
    <Empty description={t('mine.empty')}>
      <p>{t('mine.emptyHint')}</p>
    </Empty>
  );
  const referenceLink = (row: MyApplication) => (
    <Link to={`/applications/${row.id}`} data-testid="application-link">
      {row.reference}
    </Link>
  );
  // What is asked: the amount typed, else "up to the cap"; nothing for benefits paid elsewhere.
  const requestedAmount = (row: MyApplication) =>
    row.paidByPlatform ? (
      <span data-testid="requested-amount">
        {row.requestedAmountFen !== null
          ? formatFen(row.requestedAmountFen)
          : t('mine.upToCap', {
              cap: row.capFen !== null ? formatFen(row.capFen) : t('common.unpublished'),
            })}
      </span>
    ) : null;
  const approvedAmount = (row: MyApplication) =>
    row.approvedAmountFen !== null ? (
      <span data-testid="approved-amount">{formatFen(row.approvedAmountFen)}</span>
    ) : null;
  const updated = (row: MyApplication) => dayjs(row.updatedAt).format('LLL');

  // On a phone each application is a small card: a six-column table would need a sideways scroll.
  const phoneList = (
    <List<MyApplication>
      loading={loading}
      dataSource={data ?? []}
      locale={{ emptyText: empty }}
      data-testid="my-applications"
      renderItem={(row) => (
        <List.Item key={row.id} onClick={() => navigate(`/applications/${row.id}`)}>
          <Flex vertical gap={4} style={{ width: '100%', cursor: 'pointer' }}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              {referenceLink(row)}
              <StatusTag status={row.status} />
            </Flex>
            <Typography.Text strong>{localised(row.policyName)}</Typography.Text>
            <Descriptions
              size="small"
              column={1}
              items={[
                ...(row.paidByPlatform
                  ? [
                      {
                        key: 'requested',
                        label: t('mine.requested'),
                        children: requestedAmount(row),
                      },
                    ]
                  : []),
                ...(row.approvedAmountFen !== null
                  ? [{ key: 'approved', label: t('mine.approved'), children: approvedAmount(row) }]
                  : []),
                { key: 'updated', label: t('common.updatedAt'), children: updated(row) },
              ]}
            />
          </Flex>
        </List.Item>
      )}
    />
  );

  const table = (
    <Table<MyApplication>
      rowKey="id"
      loading={loading}
      dataSource={data ?? []}
      pagination={false}
      onRow={(row) => ({
        onClick: () => navigate(`/applications/${row.id}`),
        style: { cursor: 'pointer' },
      })}
      locale={{ emptyText: empty }}
      data-testid="my-applications"
      columns={[
        {
          title: t('common.reference'),
          dataIndex: 'reference',
          render: (_: string, row) => referenceLink(row),
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
          render: (_: unknown, row) => requestedAmount(row),
        },
        {
          title: t('mine.approved'),
          dataIndex: 'approvedAmountFen',
          render: (_: unknown, row) => approvedAmount(row),
        },
        {
          title: t('common.updatedAt'),
          dataIndex: 'updatedAt',
          render: (_: string, row) => updated(row),
        },
      ]}
    />
  );

  return (
    <>
      <PageHeading title={t('titles.mine')} description={t('mine.description')} extra={apply} />
      <Card>{isPhone ? phoneList : table}</Card>
    </>
  );
}
