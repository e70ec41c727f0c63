import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Flex,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUrl, commonHeaders, describeError, toApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { chinaTodayAsDayjs } from '../../app/china-today';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen } from './parts';
import type { Community, RentSubsidyReport } from './types';

type Month = RentSubsidyReport['months'][number];

/**
 * Fetches a file from the API in the UI's language and saves it (the server sets the name).
 */
async function downloadFile(path: string, query: Record<string, string>, fallbackName: string) {
  const response = await fetch(buildUrl(path, query), {
    headers: commonHeaders('GET'),
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    throw toApiError(response.status, body);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? match[2] ?? fallbackName) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * The operator's reports (issue #14 item 6): the rent subsidy per month — units leased, the
 * market reference rents against the low-cost rents in force and the difference, with the dated
 * rent sources — and Excel downloads of it and of today's occupancy. Money in yuan.
 */
export function ReportsPanel({ community }: { community: Community }) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const today = chinaTodayAsDayjs();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([
    today.subtract(11, 'month').startOf('month'),
    today.startOf('month'),
  ]);
  const from = range[0].format('YYYY-MM');
  const to = range[1].format('YYYY-MM');
  const communityId = community.id;
  const report = useApi(
    (signal) =>
      apiClient.GET('/spaces/communities/{communityId}/reports/rent-subsidy', {
        params: { path: { communityId }, query: { from, to } },
        signal,
      }),
    [communityId, from, to],
  );
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (kind: 'rent-subsidy' | 'occupancy', format: 'xlsx' | 'csv') => {
    setBusy(`${kind}-${format}`);
    try {
      await downloadFile(
        `/spaces/communities/${communityId}/reports/${kind}/export`,
        kind === 'rent-subsidy' ? { from, to, format } : { format },
        `${kind}.${format}`,
      );
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setBusy(null);
    }
  };
  const sources = (month: Month) =>
    month.units.map((unit) => (
      <div key={unit.unitId}>
        <Typography.Text strong>{unit.unitLabel}</Typography.Text> · {unit.organisationName} ·{' '}
        {unit.marketReferenceRent && unit.lowCostRent
          ? t('operate.reports.unitLine', {
              market: formatFen(unit.marketReferenceRent.monthlyRentFen),
              marketFrom: dayjs(unit.marketReferenceRent.effectiveFrom).format('LL'),
              marketSource: unit.marketReferenceRent.source,
              lowCost: formatFen(unit.lowCostRent.monthlyRentFen),
              lowCostFrom: dayjs(unit.lowCostRent.effectiveFrom).format('LL'),
              lowCostSource: unit.lowCostRent.source,
            })
          : t('operate.reports.missingRents')}
      </div>
    ));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('operate.reports.rentSubsidy')}
        data-testid="rent-subsidy-report"
        extra={
          <Flex gap={8} wrap>
            <Button
              icon={<DownloadOutlined />}
              loading={busy === 'rent-subsidy-xlsx'}
              onClick={() => void download('rent-subsidy', 'xlsx')}
              data-testid="rent-subsidy-xlsx"
            >
              {t('operate.reports.excel')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={busy === 'rent-subsidy-csv'}
              onClick={() => void download('rent-subsidy', 'csv')}
            >
              CSV
            </Button>
          </Flex>
        }
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary">{t('operate.reports.help')}</Typography.Paragraph>
          <Flex align="center" gap={8} wrap>
            <label htmlFor="report-months">{t('operate.reports.months')}</label>
            <DatePicker.RangePicker
              id="report-months"
              picker="month"
              value={range}
              allowClear={false}
              onChange={(value) => {
                if (value?.[0] && value[1]) setRange([value[0], value[1]]);
              }}
            />
          </Flex>
          {Boolean(report.error) && !report.data && (
            <LoadFailed error={report.error} onRetry={report.reload} />
          )}
          {report.data && report.data.months.some((month) => month.unitsWithoutRents > 0) && (
            <Alert type="warning" showIcon message={t('operate.reports.someMissing')} />
          )}
          <Table<Month>
            rowKey="month"
            size="small"
            loading={report.loading && !report.data}
            dataSource={report.data?.months ?? []}
            pagination={false}
            scroll={{ x: true }}
            expandable={{
              rowExpandable: (month) => month.units.length > 0,
              expandedRowRender: (month) => sources(month),
            }}
            columns={[
              { title: t('operate.reports.month'), dataIndex: 'month', key: 'month' },
              {
                title: t('operate.reports.unitsLeased'),
                dataIndex: 'unitsLeased',
                key: 'units',
                align: 'right' as const,
              },
              {
                title: t('operate.reports.market'),
                dataIndex: 'marketReferenceFen',
                key: 'market',
                align: 'right' as const,
                render: (fen: number) => formatFen(fen),
              },
              {
                title: t('operate.reports.lowCost'),
                dataIndex: 'lowCostFen',
                key: 'lowCost',
                align: 'right' as const,
                render: (fen: number) => formatFen(fen),
              },
              {
                title: t('operate.reports.subsidy'),
                dataIndex: 'subsidyImpliedFen',
                key: 'subsidy',
                align: 'right' as const,
                render: (fen: number) => <span data-testid="report-subsidy">{formatFen(fen)}</span>,
              },
              {
                title: t('operate.reports.withoutRents'),
                dataIndex: 'unitsWithoutRents',
                key: 'missing',
                align: 'right' as const,
                responsive: ['md' as const],
              },
            ]}
            summary={() =>
              report.data ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('operate.reports.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} />
                  <Table.Summary.Cell index={2} align="right">
                    {formatFen(report.data.totals.marketReferenceFen)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {formatFen(report.data.totals.lowCostFen)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    <span data-testid="report-total-subsidy">
                      {formatFen(report.data.totals.subsidyImpliedFen)}
                    </span>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        </Space>
      </Card>
      <Card title={t('operate.reports.occupancy')}>
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">{t('operate.reports.occupancyHelp')}</Typography.Text>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'occupancy-xlsx'}
            onClick={() => void download('occupancy', 'xlsx')}
            data-testid="occupancy-xlsx"
          >
            {t('operate.reports.excel')}
          </Button>
        </Flex>
      </Card>
    </Space>
  );
}
