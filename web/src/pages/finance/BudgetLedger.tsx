import { App as AntApp, Button, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen } from '../applications/money';
import { useMorePages, type Page } from './paging';
import type { BudgetMovement } from './types';

/** How many movements a page of the ledger shows. */
const LEDGER_PAGE = 100;

/**
 * A budget line's ledger, oldest first: the first page with the line, the next ones on "load
 * more" (issue #19: a line may have tens of thousands of movements). Whether the ledger
 * reconciles is the server's answer over the whole ledger, not a sum of what is shown.
 */
export function BudgetLedger({ lineId }: { lineId: string }) {
  const { t } = useTranslation('applications');
  const { message } = AntApp.useApp();
  const { data, error, loading, reload } = useApi(
    (signal) =>
      apiClient.GET('/budgets/{id}', {
        params: { path: { id: lineId }, query: { limit: LEDGER_PAGE } },
        signal,
      }),
    [lineId],
  );
  const more = useMorePages(
    data,
    data?.movementsNextCursor,
    async (cursor, signal): Promise<Page<BudgetMovement>> => {
      const page = await apiClient.GET('/budgets/{id}/movements', {
        params: { path: { id: lineId }, query: { cursor, limit: LEDGER_PAGE } },
        signal,
      });
      return { rows: page.items, nextCursor: page.nextCursor };
    },
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  const movements = [...(data?.movements ?? []), ...more.rows];

  const loadMore = async () => {
    try {
      await more.loadMore();
    } catch (caught) {
      if (isApiError(caught)) void message.error(caught.detail ?? caught.title);
    }
  };

  return (
    <>
      {data && (
        <Tag color={data.reconciled ? 'green' : 'red'} data-testid="ledger-reconciled">
          {data.reconciled ? t('budgets.ledgerReconciled') : t('budgets.ledgerNotReconciled')}
        </Tag>
      )}
      <Table<BudgetMovement>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={movements}
        pagination={false}
        style={{ marginTop: 8 }}
        locale={{ emptyText: t('budgets.noMovements') }}
        columns={[
          {
            title: t('budgets.occurredAt'),
            dataIndex: 'occurredAt',
            render: (value: string) => dayjs(value).format('LLL'),
          },
          {
            title: t('common.reference'),
            dataIndex: 'applicationReference',
            render: (reference: string) => (
              <span style={{ whiteSpace: 'nowrap' }}>{reference}</span>
            ),
          },
          {
            title: t('budgets.movement'),
            dataIndex: 'kind',
            render: (kind: BudgetMovement['kind']) => t(`budgets.kinds.${kind}`),
          },
          {
            title: t('common.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
        ]}
      />
      {more.hasMore && (
        <Flex justify="center" align="center" gap={8} style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            {t('budgets.movementsShown', { count: movements.length })}
          </Typography.Text>
          <Button loading={more.loading} onClick={() => void loadMore()} data-testid="ledger-more">
            {t('budgets.moreMovements')}
          </Button>
        </Flex>
      )}
    </>
  );
}
