import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiClient, type ApiSchema } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { entryColour } from './types';

type PublicEntry = ApiSchema<'HetaoPublicWhiteListEntry'>;

/** The public white list (B.N3): name, entity type, listed since, valid until, status today. */
export default function PublicWhiteListPage() {
  const { t } = useTranslation('hetaoWhitelist');
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/hetao/white-list', { signal }),
    [],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading
        title={t('titles.public')}
        description={t('public.description', { date: data?.asOf ?? '' })}
      />
      <Table<PublicEntry>
        data-testid="wl-public-table"
        rowKey={(row) => `${row.name}-${row.listedSince}`}
        loading={loading}
        dataSource={data?.entries ?? []}
        locale={{ emptyText: t('public.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          { title: t('public.name'), dataIndex: 'name' },
          {
            title: t('common.entityType'),
            dataIndex: 'entityType',
            render: (value: PublicEntry['entityType']) => t(`entityType.${value}`),
          },
          { title: t('common.listedSince'), dataIndex: 'listedSince' },
          {
            title: t('common.validUntil'),
            dataIndex: 'validUntil',
            render: (value: string | null) => value ?? t('common.noEnd'),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (status: PublicEntry['status']) => (
              <Tag color={entryColour(status)}>{t(`entryStatus.${status}`)}</Tag>
            ),
          },
        ]}
      />
    </>
  );
}
