import { Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { buildUrl } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen } from '../applications/money';
import { movementColumns, StatementStatusTag, usePeriodLabel } from './parts';
import type { StatementDetail } from './types';

type Line = StatementDetail['lines'][number];

/** One provider statement: its captures and refunds, reconciled to the ledger to the fen. */
export default function StatementPage() {
  const { t } = useTranslation('vouchers');
  const periodLabel = usePeriodLabel();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApi(
    (signal) =>
      apiClient.GET('/vouchers/statements/{statementId}', {
        params: { path: { statementId: id } },
        signal,
      }),
    [id],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return <Card loading={loading} />;
  return (
    <>
      <PageHeading
        title={
          <Space wrap>
            {`${t('titles.statement')} ${data.reference}`}
            <StatementStatusTag status={data.status} />
          </Space>
        }
        extra={
          <>
            <Button href={buildUrl(`/vouchers/statements/${id}/export`, { format: 'csv' })}>
              {t('common.downloadCsv')}
            </Button>
            <Button href={buildUrl(`/vouchers/statements/${id}/export`, { format: 'xlsx' })}>
              {t('common.downloadXlsx')}
            </Button>
            <ButtonLink to="/vouchers/statements">{t('titles.statements')}</ButtonLink>
          </>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('common.provider')}>{data.providerName}</Descriptions.Item>
            <Descriptions.Item label={t('common.period')}>
              {periodLabel(data.period)}
            </Descriptions.Item>
            <Descriptions.Item label={t('provider.captured')}>
              {formatFen(data.capturedFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('provider.refunded')}>
              {formatFen(data.refundedFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('provider.net')}>
              <strong data-testid="statement-net">{formatFen(data.netFen)}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('statements.createdAt')}>
              {dayjs(data.createdAt).format('LLL')}
            </Descriptions.Item>
            {data.paidAt && (
              <Descriptions.Item label={t('statements.paidAt')}>
                {dayjs(data.paidAt).format('LLL')}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Tag color={data.reconciled ? 'green' : 'red'} data-testid="statement-reconciled">
            {data.reconciled ? t('statements.reconciled') : t('statements.notReconciled')}
          </Tag>
        </Card>
        <Card title={t('statements.lines')}>
          <Table<Line>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.lines}
            columns={[
              { title: t('common.contractNumber'), dataIndex: 'contractNumber' },
              { title: t('common.company'), dataIndex: 'companyName', responsive: ['md'] },
              {
                title: t('common.creditCode'),
                dataIndex: 'companyCreditCode',
                responsive: ['lg'],
              },
              {
                title: t('statements.invoice'),
                dataIndex: 'invoiceNumber',
                responsive: ['md'],
                render: (value: string | null) => value ?? '—',
              },
              ...movementColumns(t),
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
