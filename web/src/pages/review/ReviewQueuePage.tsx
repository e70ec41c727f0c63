import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Input,
  Select,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { cursorPagination } from '../../components/cursor-pagination';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen } from '../applications/money';
import { localised, StatusTag } from '../applications/parts';
import { useCursorStack } from '../../components/use-cursor-stack';
import { toReviewQueue, type QueueItem } from './types';

type AssignedFilter = 'any' | 'me' | 'unassigned';
type StatusFilter = 'all_open' | 'submitted' | 'in_review' | 'appealed';

/** Rows a page of the queue shows at first (the server allows up to 200). */
const DEFAULT_PAGE_SIZE = 50;

export default function ReviewQueuePage() {
  const { t, i18n } = useTranslation('applications');
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [assigned, setAssigned] = useState<AssignedFilter>('any');
  const [status, setStatus] = useState<StatusFilter>('all_open');
  const [overdue, setOverdue] = useState(false);
  const [q, setQ] = useState('');
  const [policyId, setPolicyId] = useState<string>();
  const [selected, setSelected] = useState<string[]>([]);
  const [reviewerId, setReviewerId] = useState<string>();
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const pages = useCursorStack(JSON.stringify([assigned, status, overdue, q, policyId, pageSize]));
  const { data, error, loading, reload } = useApi(
    (signal) =>
      apiClient
        .GET('/review/queue', {
          params: {
            query: {
              assigned,
              status,
              overdue: overdue ? 'true' : undefined,
              q,
              policyId,
              limit: pageSize,
              cursor: pages.cursor,
            },
          },
          signal,
        })
        .then(toReviewQueue),
    [assigned, status, overdue, q, policyId, pageSize, pages.cursor, i18n.language],
  );
  const reviewers = useApi((signal) => apiClient.GET('/review/reviewers', { signal }), []);
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  const policies = [
    ...new Map((data?.items ?? []).map((item) => [item.policyId, item.policyName])).entries(),
  ];

  const assign = async () => {
    if (!reviewerId) return;
    const result = await apiClient.POST('/review/assignments', {
      body: { applicationIds: selected, reviewerAccountId: reviewerId },
    });
    void message.info(
      t('review.assignResult', {
        assigned: result.results.filter((row) => row.outcome === 'assigned').length,
        recused: result.results.filter((row) => row.outcome === 'recused').length,
      }),
    );
    setSelected([]);
    reload();
  };

  return (
    <>
      <PageHeading title={t('titles.review')} description={t('review.description')} />
      <Card>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <Select<StatusFilter>
            aria-label={t('review.filters.status')}
            value={status}
            onChange={setStatus}
            style={{ minWidth: 140 }}
            options={(['all_open', 'submitted', 'in_review', 'appealed'] as const).map((value) => ({
              value,
              label: t(`review.status.${value}`),
            }))}
          />
          <Select<AssignedFilter>
            aria-label={t('review.filters.assigned')}
            value={assigned}
            onChange={setAssigned}
            style={{ minWidth: 140 }}
            options={(['any', 'me', 'unassigned'] as const).map((value) => ({
              value,
              label: t(`review.assigned.${value}`),
            }))}
          />
          <Select
            allowClear
            placeholder={t('review.allPolicies')}
            aria-label={t('review.filters.policy')}
            value={policyId}
            onChange={setPolicyId}
            style={{ minWidth: 180 }}
            options={policies.map(([id, name]) => ({ value: id, label: localised(name) }))}
          />
          <Checkbox checked={overdue} onChange={(event) => setOverdue(event.target.checked)}>
            {t('review.overdue')}
          </Checkbox>
          <Input.Search
            allowClear
            placeholder={t('review.search')}
            aria-label={t('review.filters.search')}
            onSearch={setQ}
            style={{ flex: '1 1 240px', maxWidth: 360 }}
          />
        </Flex>
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Select
            placeholder={t('review.assignTo')}
            aria-label={t('review.filters.reviewer')}
            value={reviewerId}
            onChange={setReviewerId}
            style={{ minWidth: 180 }}
            options={(reviewers.data ?? []).map((reviewer) => ({
              value: reviewer.id,
              label: reviewer.displayName,
            }))}
          />
          <Button disabled={selected.length === 0 || !reviewerId} onClick={() => void assign()}>
            {t('review.assignSelected', { count: selected.length })}
          </Button>
        </Flex>
        <Table<QueueItem>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={cursorPagination({
            pages,
            nextCursor: data?.nextCursor,
            total: data?.total ?? 0,
            pageSize,
            onPageSizeChange: setPageSize,
            showTotal: (total) => t('review.total', { total }),
          })}
          // NOTE: no sideways scroll: the columns share the width; on a phone the applicant,
          // reviewer and recommendation give way (the review page shows them).
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
          }}
          onRow={(row) => ({ onDoubleClick: () => navigate(`/review/${row.id}`) })}
          locale={{ emptyText: <Empty description={t('review.empty')} /> }}
          columns={[
            {
              title: t('common.reference'),
              dataIndex: 'reference',
              render: (reference: string, row) => (
                <Link to={`/review/${row.id}`} data-testid="queue-link" data-reference={reference}>
                  {reference}
                </Link>
              ),
            },
            { title: t('common.policy'), render: (_: unknown, row) => localised(row.policyName) },
            {
              title: t('common.status'),
              render: (_: unknown, row) => <StatusTag status={row.status} />,
            },
            {
              title: t('review.applicant'),
              responsive: ['md'],
              render: (_: unknown, row) => (
                <>
                  {row.applicantName}
                  {row.organisationName ? ` · ${row.organisationName}` : ''}
                  {row.recused && (
                    <Tag color="red" style={{ marginLeft: 4 }}>
                      {t('review.recusedTag')}
                    </Tag>
                  )}
                </>
              ),
            },
            {
              title: t('common.due'),
              render: (_: unknown, row) =>
                row.dueOn ? (
                  <>
                    {row.overdue || row.workingDaysLeft === null
                      ? row.dueOn
                      : t('reviewDetail.slaLeft', { days: row.workingDaysLeft, date: row.dueOn })}
                    {row.overdue && (
                      <Tag color="red" style={{ marginLeft: 4 }}>
                        {t('review.overdueTag')}
                      </Tag>
                    )}
                  </>
                ) : (
                  ''
                ),
            },
            { title: t('review.reviewer'), dataIndex: 'assignedReviewerName', responsive: ['md'] },
            {
              title: t('reviewDetail.recommendation'),
              responsive: ['md'],
              render: (_: unknown, row) =>
                row.recommendation ? (
                  <Tag color={row.recommendation.action === 'approve' ? 'green' : 'red'}>
                    {t('review.recommendationTag', {
                      action: t(
                        `reviewDetail.recommendAction.${row.recommendation.action === 'approve' ? 'approve' : 'reject'}`,
                      ),
                    })}{' '}
                    {row.recommendation.amountFen !== null
                      ? formatFen(row.recommendation.amountFen)
                      : ''}
                  </Tag>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
