import { Card, Input, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import type { Organisation } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { cursorPagination } from '../../components/cursor-pagination';
import { useUrlPaging } from '../../components/use-url-paging';
import { LoadFailed } from '../../components/StatusPages';
import { useCursorStack } from '../../components/use-cursor-stack';

/** The page size when the URL names none (as in useUrlPaging). */
const DEFAULT_PAGE_SIZE = 20;

/**
 * Staff: every organisation, searchable, paged on the server by keyset cursor (issue #19). The
 * query lives in the URL; "previous" goes back through the cursors of the pages passed.
 */
export default function OrganisationDirectoryPage() {
  const { t } = useTranslation(['organisations', 'common']);
  const navigate = useNavigate();
  const { params, pageSize, update } = useUrlPaging();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const pages = useCursorStack(JSON.stringify([q, pageSize]));

  const { data, error, loading, reload } = useApi(
    (signal) =>
      apiClient.GET('/organisations/all', {
        params: { query: { q, limit: pageSize, cursor: pages.cursor } },
        signal,
      }),
    [q, pageSize, pages.cursor],
  );

  return (
    <>
      <PageHeading title={t('titles.directory')} description={t('directory.description')} />
      <Card>
        <Input.Search
          allowClear
          enterButton={t('common:actions.search')}
          placeholder={t('directory.search')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onSearch={(value) => update({ q: value.trim(), page: undefined })}
          style={{ maxWidth: 480, marginBottom: 16 }}
          data-testid="directory-search"
        />
        {error && !data ? (
          <LoadFailed error={error} onRetry={reload} />
        ) : (
          <Table<Organisation>
            rowKey="id"
            loading={loading}
            dataSource={data?.items ?? []}
            locale={{ emptyText: t('directory.empty') }}
            onRow={(organisation) => ({
              onClick: () => navigate(`/organisations/${organisation.id}`),
              style: { cursor: 'pointer' },
            })}
            pagination={cursorPagination({
              pages,
              nextCursor: data?.nextCursor,
              total: data?.total ?? 0,
              pageSize,
              onPageSizeChange: (size) =>
                update({ size: size === DEFAULT_PAGE_SIZE ? undefined : size }),
              showTotal: (total) => t('directory.total', { total }),
            })}
            columns={[
              {
                title: t('columns.name'),
                dataIndex: 'name',
                render: (name: string, organisation) => (
                  <Link to={`/organisations/${organisation.id}`}>{name}</Link>
                ),
              },
              { title: t('columns.creditCode'), dataIndex: 'creditCode', responsive: ['md'] },
              {
                title: t('columns.kind'),
                dataIndex: 'kind',
                render: (kind: Organisation['kind']) => <Tag>{t(`kinds.${kind}`)}</Tag>,
              },
              {
                title: t('columns.createdAt'),
                dataIndex: 'createdAt',
                responsive: ['sm'],
                render: (value: string) => dayjs(value).format('LL'),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
