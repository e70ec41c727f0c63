import { Alert, Card, Descriptions, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { PageLoading } from '../../components/PageLoading';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen, quantityText } from './parts';
import type { DeclarationLine } from './types';

/** A percentage from a decimal rate string: "0.13" → "13%". */
function percent(rate: string | null) {
  if (rate === null) return '—';
  const value = Number(rate) * 100;
  return Number.isFinite(value) ? `${Number(value.toFixed(4))}%` : rate;
}

/** A declaration with its lines, rates and the taxes each line spared, in yuan (B.N11). */
export default function DeclarationPage() {
  const { t } = useTranslation('hetaoLedger');
  const { id = '' } = useParams();
  const { data, error, reload } = useApi(
    (signal) => apiClient.GET('/hetao/declarations/{id}', { params: { path: { id } }, signal }),
    [id],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return <PageLoading />;
  return (
    <>
      <PageHeading
        title={`${t('titles.declaration')} ${data.declarationNumber}`}
        description={data.organisationName}
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Space wrap size="large">
            <Statistic
              title={t('detail.taxes')}
              value={formatFen(data.totalFen)}
              valueStyle={{ color: '#389e0d' }}
              data-testid="declaration-tax-total"
            />
            <Statistic title={t('common.duty')} value={formatFen(data.dutyFen)} />
            <Statistic
              title={t('common.consumptionTax')}
              value={formatFen(data.consumptionTaxFen)}
            />
            <Statistic title={t('common.vat')} value={formatFen(data.vatFen)} />
          </Space>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('common.declaredOn')}>{data.declaredOn}</Descriptions.Item>
            <Descriptions.Item label={t('common.releasedOn')}>{data.releasedOn}</Descriptions.Item>
            <Descriptions.Item label={t('common.source')}>
              {t(`source.${data.source}`)}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Table<DeclarationLine>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: true }}
          dataSource={data.lines}
          onRow={(line) =>
            ({ 'data-testid': 'declaration-line-row', 'data-item': line.listItemId }) as never
          }
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5}>
                <Typography.Text strong>{t('common.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Typography.Text strong>{formatFen(data.totalFen)}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
          columns={[
            {
              title: t('common.description'),
              dataIndex: 'description',
              render: (description: string, line) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{description}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {line.hsCode} · {line.listItemId} · {t(`category.${line.category}`)}
                  </Typography.Text>
                  {line.biosafety && (
                    <Tag color="volcano">
                      {t('common.biosafety')} {line.permitReference ?? ''}
                    </Tag>
                  )}
                </Space>
              ),
            },
            {
              title: t('common.regime'),
              dataIndex: 'regime',
              render: (regime: DeclarationLine['regime'], line) => (
                <Space direction="vertical" size={0}>
                  <span>{t(`regime.${regime}`)}</span>
                  {line.partUse && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`partUse.${line.partUse}`)}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('common.quantity'),
              dataIndex: 'quantity',
              align: 'right',
              render: (quantity: number, line) => quantityText(quantity, line.unit),
            },
            {
              title: t('common.value'),
              dataIndex: 'valueFen',
              align: 'right',
              render: (fen: number, line) => (
                <Space direction="vertical" size={0} style={{ textAlign: 'right' }}>
                  <span>{formatFen(fen)}</span>
                  {line.foreignAmount && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('detail.foreign', {
                        amount: line.foreignAmount,
                        currency: line.currency ?? '',
                        rate: line.exchangeRate ?? '',
                      })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: `${t('common.duty')} / ${t('common.consumptionTax')} / ${t('common.vat')}`,
              key: 'rates',
              render: (_: unknown, line) => (
                <Space direction="vertical" size={0}>
                  <span>
                    {percent(line.dutyRate)} / {percent(line.consumptionRate)} /{' '}
                    {percent(line.vatRate)}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('detail.ratesSource')}{' '}
                    {line.ratesSource === 'input'
                      ? t('detail.ratesInput')
                      : t('detail.ratesTariff')}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('common.taxSpared'),
              dataIndex: 'totalFen',
              align: 'right',
              render: (fen: number, line) => (
                <Space direction="vertical" size={0} style={{ textAlign: 'right' }}>
                  <Typography.Text strong data-testid="line-tax">
                    {formatFen(fen)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatFen(line.dutyFen)} + {formatFen(line.consumptionTaxFen)} +{' '}
                    {formatFen(line.vatFen)}
                  </Typography.Text>
                </Space>
              ),
            },
          ]}
        />
        <Alert
          type="info"
          showIcon
          message={t('detail.rounding')}
          description={t('detail.roundingText')}
        />
      </Space>
    </>
  );
}
