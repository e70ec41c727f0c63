import { Alert, Card, Flex, InputNumber, Segmented, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { chinaYear } from '../../app/china-today';
import { Heading } from '../../components/Heading';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatMonth } from '../allowances/format';
import { formatFen } from '../applications/money';
import type { Overview, VoucherKind } from './types';

// ECharts is large: it loads only with this page's chart, in its own chunk.
const OverviewChart = lazy(() => import('./OverviewChart'));

type Month = Overview['series'][number]['months'][number];
const MEASURES = ['issuedFen', 'heldFen', 'capturedFen', 'settledFen'] as const;

/** Issued, held, captured and settled per kind and month, and the ledger check. */
export default function OverviewPage() {
  const { t } = useTranslation('vouchers');
  const { t: tAllowances } = useTranslation('allowances');
  const [year, setYear] = useState(chinaYear());
  const [kind, setKind] = useState<VoucherKind>('compute');
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/vouchers/overview', { params: { query: { year } }, signal }),
    [year],
  );
  const months = useMemo(
    () => data?.series.find((series) => series.kind === kind)?.months ?? [],
    [data, kind],
  );
  const measureName = (measure: (typeof MEASURES)[number]) =>
    t(`overview.${measure.replace('Fen', '') as 'issued' | 'held' | 'captured' | 'settled'}`);
  const chartSeries = useMemo(
    () =>
      MEASURES.map((measure) => ({
        name: measureName(measure),
        values: months.map((month) => month[measure]),
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the names follow the language
    [months, t],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  const monthLabel = (month: string) => formatMonth(month, tAllowances('monthFormat'));
  return (
    <>
      <PageHeading
        title={t('titles.overview')}
        description={t('overview.description')}
        extra={
          <Flex align="center" gap={8}>
            <label htmlFor="overview-year">{t('overview.year')}</label>
            <InputNumber
              id="overview-year"
              min={2026}
              max={2100}
              precision={0}
              value={year}
              onChange={(value) => value && setYear(value)}
            />
          </Flex>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {data && (
          <Card title={t('overview.ledger')} data-testid="ledger-check">
            <Space direction="vertical">
              <Tag color={data.ledger.balanced ? 'green' : 'red'} data-testid="ledger-balanced">
                {data.ledger.balanced ? t('overview.balanced') : t('overview.unbalanced')}
              </Tag>
              <Typography.Text>
                {t('overview.ledgerText', {
                  accounts: data.ledger.accounts,
                  transfers: data.ledger.transfers,
                  sum: formatFen(data.ledger.balanceSumFen),
                  negative: data.ledger.negativeAccounts,
                })}
              </Typography.Text>
              {data.ledger.mismatchedAccounts.length > 0 && (
                <Alert
                  type="error"
                  showIcon
                  message={t('overview.mismatched')}
                  description={data.ledger.mismatchedAccounts
                    .map(
                      (account) =>
                        `${account.code}: ${formatFen(account.balanceFen)} ≠ ${formatFen(account.entriesFen)}`,
                    )
                    .join('; ')}
                />
              )}
            </Space>
          </Card>
        )}
        <Card
          loading={loading && !data}
          title={t('overview.chartTitle', { kind: t(`kinds.${kind}`) })}
          extra={
            <Segmented<VoucherKind>
              value={kind}
              onChange={setKind}
              options={(['compute', 'model', 'corpus'] as const).map((value) => ({
                value,
                label: t(`kinds.${value}`),
              }))}
            />
          }
        >
          <Suspense fallback={<div style={{ height: 320 }} />}>
            <OverviewChart
              months={months.map((month) => monthLabel(month.month))}
              series={chartSeries}
              label={t('overview.chartTitle', { kind: t(`kinds.${kind}`) })}
            />
          </Suspense>
          <Heading level={2} looksLike={5} style={{ marginTop: 16 }}>
            {t('overview.table')}
          </Heading>
          <Table<Month>
            rowKey="month"
            size="small"
            pagination={false}
            dataSource={months}
            columns={[
              {
                title: t('overview.month'),
                dataIndex: 'month',
                render: (month: string) => monthLabel(month),
              },
              ...MEASURES.map((measure) => ({
                title: measureName(measure),
                dataIndex: measure,
                align: 'right' as const,
                render: (fen: number) => formatFen(fen),
              })),
              {
                title: t('overview.paid'),
                dataIndex: 'paidFen',
                align: 'right' as const,
                responsive: ['md'] as const,
                render: (fen: number) => formatFen(fen),
              },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
