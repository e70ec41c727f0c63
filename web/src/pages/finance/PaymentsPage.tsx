import { App as AntApp, Button, Card, Flex, Popconfirm, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { DueInstalmentsPanel } from '../allowances/DueInstalmentsPanel';
import { formatFen } from '../applications/money';
import { usePolicyNames } from '../applications/policy-names';
import { getAllPayable, getBatches, useMorePages } from './paging';
import type { Batch, Payable } from './types';

export default function PaymentsPage() {
  const { t } = useTranslation('applications');
  const { t: tVouchers } = useTranslation('vouchers');
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const { policyName } = usePolicyNames();
  // Every page of the payable list: "nothing ticked" pays them all (see getAllPayable).
  const payable = useApi((signal) => getAllPayable(signal), []);
  const due = useApi((signal) => apiClient.GET('/payments/instalments/due', { signal }), []);
  // Providers' voucher statements waiting for payment (issue #13): "nothing ticked" pays them too.
  const statements = useApi(
    (signal) =>
      apiClient.GET('/vouchers/statements', { params: { query: { status: 'issued' } }, signal }),
    [],
  );
  const batches = useApi((signal) => getBatches(undefined, signal), []);
  const olderBatches = useMorePages(batches.data, batches.data?.nextCursor, getBatches);
  const [selected, setSelected] = useState<string[]>([]);
  const [selectedInstalments, setSelectedInstalments] = useState<string[]>([]);
  if (payable.error && !payable.data)
    return <LoadFailed error={payable.error} onRetry={payable.reload} />;
  // Nothing ticked: everything payable (applications and due instalments); else what is ticked.
  const nothingTicked = selected.length === 0 && selectedInstalments.length === 0;
  const chosen = (payable.data ?? []).filter((row) => nothingTicked || selected.includes(row.id));
  const chosenInstalments = (due.data ?? []).filter(
    (row) => nothingTicked || selectedInstalments.includes(row.id),
  );
  const chosenStatements = nothingTicked ? (statements.data ?? []) : [];
  const chosenCount = chosen.length + chosenInstalments.length + chosenStatements.length;
  const chosenTotal =
    chosen.reduce((sum, row) => sum + row.approvedAmountFen, 0) +
    chosenInstalments.reduce((sum, row) => sum + row.amountFen, 0) +
    chosenStatements.reduce((sum, row) => sum + row.netFen, 0);

  const loadOlderBatches = async () => {
    try {
      await olderBatches.loadMore();
    } catch (caught) {
      if (isApiError(caught)) void message.error(caught.detail ?? caught.title);
    }
  };

  const build = async () => {
    try {
      const batch = await apiClient.POST('/payments/batches', {
        body: nothingTicked
          ? {}
          : {
              ...(selected.length > 0 ? { applicationIds: selected } : {}),
              ...(selectedInstalments.length > 0 ? { instalmentIds: selectedInstalments } : {}),
            },
      });
      void message.success(t('payments.built', { reference: batch.reference }));
      navigate(`/finance/payments/${batch.id}`);
    } catch (caught) {
      if (isApiError(caught)) void message.error(caught.detail ?? caught.title);
    }
  };

  return (
    <>
      <PageHeading title={t('titles.payments')} description={t('payments.description')} />
      <Card
        title={t('payments.payable')}
        data-testid="payable"
        extra={
          <Popconfirm
            title={t('payments.buildConfirmTitle')}
            description={t('payments.buildConfirm', {
              count: chosenCount,
              amount: formatFen(chosenTotal),
            })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => build()}
            disabled={chosenCount === 0}
          >
            <Button type="primary" disabled={chosenCount === 0} data-testid="build-batch">
              {t('payments.build', { count: chosenCount })}
            </Button>
          </Popconfirm>
        }
      >
        <Table<Payable>
          rowKey="id"
          loading={payable.loading}
          dataSource={payable.data ?? []}
          // NOTE: paged in the browser (the list is loaded whole, see getAllPayable); ticking
          // "all" in the header menu ticks every page, not only the one shown.
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
            selections: [Table.SELECTION_ALL, Table.SELECTION_NONE],
          }}
          locale={{ emptyText: t('payments.noPayable') }}
          footer={
            (statements.data?.length ?? 0) > 0
              ? () => (
                  <Link to="/vouchers/statements" data-testid="payable-statements">
                    {tVouchers('batchLine.statementsPending', {
                      count: statements.data?.length ?? 0,
                      amount: formatFen(
                        (statements.data ?? []).reduce((sum, row) => sum + row.netFen, 0),
                      ),
                    })}
                  </Link>
                )
              : undefined
          }
          columns={[
            {
              title: t('common.reference'),
              dataIndex: 'reference',
              render: (reference: string) => (
                <span style={{ whiteSpace: 'nowrap' }}>{reference}</span>
              ),
            },
            {
              title: t('common.policy'),
              dataIndex: 'policyId',
              render: (policyId: string) => policyName(policyId),
            },
            { title: t('payments.payee'), dataIndex: 'payeeName', responsive: ['md'] },
            {
              title: t('common.amount'),
              dataIndex: 'approvedAmountFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
          ]}
        />
      </Card>
      <DueInstalmentsPanel
        rows={due.data ?? []}
        loading={due.loading}
        selected={selectedInstalments}
        onSelect={setSelectedInstalments}
        policyName={policyName}
      />
      <Card title={t('payments.batches')} style={{ marginTop: 16 }}>
        <Table<Batch>
          rowKey="id"
          loading={batches.loading}
          dataSource={[...(batches.data?.rows ?? []), ...olderBatches.rows]}
          pagination={false}
          columns={[
            {
              title: t('common.reference'),
              dataIndex: 'reference',
              render: (reference: string, row) => (
                <Link to={`/finance/payments/${row.id}`} data-testid="batch-link">
                  {reference}
                </Link>
              ),
            },
            {
              title: t('payments.total'),
              dataIndex: 'totalFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('payments.paidTotal'),
              responsive: ['md'],
              dataIndex: 'paidFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('payments.failedTotal'),
              responsive: ['md'],
              dataIndex: 'failedFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: '',
              dataIndex: 'reconciled',
              render: (ok: boolean) => (
                <Tag color={ok ? 'green' : 'red'}>
                  {ok ? t('payments.reconciled') : t('payments.notReconciled')}
                </Tag>
              ),
            },
            {
              title: t('payments.builtAt'),
              responsive: ['md'],
              dataIndex: 'createdAt',
              render: (value: string) => dayjs(value).format('LLL'),
            },
          ]}
        />
        {olderBatches.hasMore && (
          <Flex justify="center" style={{ marginTop: 8 }}>
            <Button
              loading={olderBatches.loading}
              onClick={() => void loadOlderBatches()}
              data-testid="older-batches"
            >
              {t('payments.olderBatches')}
            </Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
