import { Button, Select, Space, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import {
  applicationColour,
  applicationStatuses,
  entryColour,
  type ApplicationStatus,
  type WhiteListApplication,
  type WhiteListEntry,
} from './types';

/** The white-list officer's desk (customs read it too): applications by status, and the entries. */
export default function DeskPage() {
  const { t } = useTranslation('hetaoWhitelist');
  return (
    <>
      <PageHeading title={t('titles.desk')} description={t('desk.description')} />
      <Tabs
        items={[
          { key: 'applications', label: t('desk.applications'), children: <ApplicationQueue /> },
          { key: 'entries', label: t('desk.entries'), children: <Entries /> },
        ]}
      />
    </>
  );
}

function ApplicationQueue() {
  const { t } = useTranslation('hetaoWhitelist');
  const [status, setStatus] = useState<ApplicationStatus>('submitted');
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [earlier, setEarlier] = useState<WhiteListApplication[]>([]);
  const { data, error, loading, reload } = useApi(
    (signal) =>
      apiClient.GET('/hetao/white-list/applications', {
        params: { query: { status, ...(cursor ? { cursor } : {}) } },
        signal,
      }),
    [status, cursor],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  const rows = [...earlier, ...(data?.items ?? [])];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        aria-label={t('desk.statusFilter')}
        value={status}
        style={{ minWidth: 200 }}
        onChange={(value) => {
          setEarlier([]);
          setCursor(undefined);
          setStatus(value);
        }}
        options={applicationStatuses.map((value) => ({
          value,
          label: t(`applicationStatus.${value}`),
        }))}
      />
      <Table<WhiteListApplication>
        data-testid="wl-queue"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('desk.empty') }}
        scroll={{ x: true }}
        columns={[
          {
            title: t('common.organisation'),
            dataIndex: 'organisationName',
            render: (name: string, row) => (
              <Link to={`/hetao/white-list/applications/${row.id}`}>{name}</Link>
            ),
          },
          {
            title: t('common.entityType'),
            dataIndex: 'entityType',
            render: (value: WhiteListApplication['entityType']) => t(`entityType.${value}`),
          },
          {
            title: t('common.submittedAt'),
            dataIndex: 'submittedAt',
            render: (value: string) => dayjs(value).format('LLL'),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (value: ApplicationStatus) => (
              <Tag color={applicationColour(value)}>{t(`applicationStatus.${value}`)}</Tag>
            ),
          },
        ]}
      />
      {data?.nextCursor && (
        <Button
          onClick={() => {
            setEarlier(rows);
            setCursor(data.nextCursor ?? undefined);
          }}
        >
          {t('desk.more')}
        </Button>
      )}
    </Space>
  );
}

function Entries() {
  const { t } = useTranslation('hetaoWhitelist');
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/hetao/white-list/entries', { signal }),
    [],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <Table<WhiteListEntry>
      data-testid="wl-entries"
      rowKey="id"
      loading={loading}
      dataSource={data ?? []}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={[
        {
          title: t('common.organisation'),
          dataIndex: 'organisationName',
          render: (name: string, row) => (
            <Link to={`/hetao/white-list/entries/${row.id}`}>{name}</Link>
          ),
        },
        { title: t('common.validFrom'), dataIndex: 'validFrom' },
        {
          title: t('common.validUntil'),
          dataIndex: 'validUntil',
          render: (value: string | null) => value ?? t('common.noEnd'),
        },
        {
          title: t('common.filingReference'),
          dataIndex: 'filingReference',
          render: (value: string | null) => value ?? '—',
        },
        {
          title: t('common.status'),
          dataIndex: 'status',
          render: (value: WhiteListEntry['status']) => (
            <Tag color={entryColour(value)}>{t(`entryStatus.${value}`)}</Tag>
          ),
        },
      ]}
    />
  );
}
