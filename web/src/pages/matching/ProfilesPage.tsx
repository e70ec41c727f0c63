import { Button, Card, Empty, Flex, Input, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useCursorStack } from '../../components/use-cursor-stack';
import { localised } from '../applications/parts';
import { dateTime } from './parts';
import type { ProfileSummary } from './types';

/** The company profiles (issue #15 items 1 and 6): searched by name or credit code. */
export default function ProfilesPage() {
  const { t } = useTranslation('matching');
  const [search, setSearch] = useState('');
  const paging = useCursorStack(search);
  const page = useApi(
    (signal) =>
      apiClient.GET('/matching/profiles', {
        params: {
          query: {
            ...(search ? { search } : {}),
            ...(paging.cursor ? { after: Number(paging.cursor) } : {}),
          },
        },
        signal,
      }),
    [search, paging.cursor],
  );
  const districts = useApi((signal) => apiClient.GET('/spaces/districts', { signal }), []);
  const districtName = (code: string | null) => {
    const found = districts.data?.find((district) => district.code === code);
    return found ? localised(found.names) : (code ?? '—');
  };
  if (page.error && !page.data) return <LoadFailed error={page.error} onRetry={page.reload} />;
  return (
    <>
      <PageHeading title={t('titles.profiles')} description={t('profiles.description')} />
      <Card>
        <Input.Search
          allowClear
          placeholder={t('profiles.search')}
          aria-label={t('profiles.search')}
          style={{ maxWidth: 420, marginBottom: 12 }}
          onSearch={(value) => setSearch(value.trim())}
          data-testid="profile-search"
        />
        <Table<ProfileSummary>
          rowKey="id"
          size="small"
          data-testid="profiles-table"
          loading={page.loading}
          dataSource={page.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('profiles.empty')} /> }}
          columns={[
            {
              title: t('profiles.name'),
              key: 'name',
              render: (_, row) => <Link to={`/matching/profiles/${row.id}`}>{row.name}</Link>,
            },
            { title: t('profiles.creditCode'), dataIndex: 'creditCode', responsive: ['sm'] },
            {
              title: t('profiles.district'),
              dataIndex: 'district',
              responsive: ['md'],
              render: (code: string | null) => districtName(code),
            },
            {
              title: t('profiles.foundedOn'),
              dataIndex: 'foundedOn',
              responsive: ['md'],
              render: (on: string | null) => on ?? '—',
            },
            {
              title: t('profiles.updatedAt'),
              dataIndex: 'updatedAt',
              responsive: ['lg'],
              render: (at: string) => dateTime(at),
            },
          ]}
        />
        {(paging.hasPrevious || page.data?.next) && (
          <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
            <Button disabled={!paging.hasPrevious} onClick={paging.previous}>
              {t('profiles.previous')}
            </Button>
            <Button
              disabled={!page.data?.next}
              onClick={() => page.data?.next && paging.next(page.data.next)}
            >
              {t('profiles.next')}
            </Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
