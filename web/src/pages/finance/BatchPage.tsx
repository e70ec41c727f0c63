import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Flex,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { buildUrl, isApiError } from '../../api/client';
import { apiClient, uploadWithProgress } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatMonth } from '../allowances/format';
import { formatFen } from '../applications/money';
import type { BatchLine } from './types';

export default function BatchPage() {
  const { t } = useTranslation('applications');
  const { t: tAllowances } = useTranslation('allowances');
  const { message, modal } = AntApp.useApp();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/payments/batches/{id}', { params: { path: { id } }, signal }),
    [id],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return <Card loading={loading} />;

  const importFile = async (file: File) => {
    const body = new FormData();
    body.append('file', file);
    try {
      const result = await uploadWithProgress('/payments/batches/{id}/result', body, {
        params: { path: { id } },
      });
      void message.success(
        t('payments.imported', {
          paid: result.summary.paid,
          failed: result.summary.failed,
          already: result.summary.alreadyRecorded,
        }),
      );
      reload();
    } catch (caught) {
      if (isApiError(caught))
        modal.error({
          title: caught.title,
          content: [
            caught.detail,
            ...caught.errors.map((problem) => `${problem.pointer}: ${problem.detail}`),
          ]
            .filter(Boolean)
            .join('\n'),
        });
    }
  };

  return (
    <>
      <PageHeading
        title={`${t('titles.batch')} ${data.reference}`}
        extra={
          <>
            <a
              href={buildUrl(`/payments/batches/${id}/export`, { format: 'csv' })}
              data-testid="export-csv"
            >
              <Button>{t('payments.exportCsv')}</Button>
            </a>
            <a href={buildUrl(`/payments/batches/${id}/export`, { format: 'xlsx' })}>
              <Button>{t('payments.exportXlsx')}</Button>
            </a>
          </>
        }
      />
      <Card>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
          <Descriptions.Item label={t('payments.total')}>
            {formatFen(data.totalFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('payments.paidTotal')}>
            {formatFen(data.paidFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('payments.failedTotal')}>
            {formatFen(data.failedFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('payments.scheduledTotal')}>
            {formatFen(data.scheduledFen)}
          </Descriptions.Item>
        </Descriptions>
        <Tag
          color={data.reconciled ? 'green' : 'red'}
          data-testid="batch-reconciled"
          style={{ marginTop: 8 }}
        >
          {data.reconciled ? t('payments.reconciled') : t('payments.notReconciled')}
        </Tag>
      </Card>
      <Card title={t('payments.importResult')} style={{ marginTop: 16 }}>
        <Typography.Paragraph type="secondary">{t('payments.importHelp')}</Typography.Paragraph>
        <Upload
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          beforeUpload={(file) => {
            void importFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="import-result">
            {t('payments.importResult')}
          </Button>
        </Upload>
      </Card>
      <Card title={t('payments.lines')} style={{ marginTop: 16 }}>
        {data.lines.some((line) => line.status === 'failed') && (
          <Alert
            type="warning"
            showIcon
            message={t('status.payment_failed')}
            style={{ marginBottom: 8 }}
          />
        )}
        <Table<BatchLine>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.lines}
          // NOTE: no sideways scroll: the columns share the width (bank details wrap); on a
          // phone only what identifies a line, its amount and its status are shown.
          columns={[
            { title: t('payments.line'), dataIndex: 'lineNumber', responsive: ['md'] },
            { title: t('common.reference'), dataIndex: 'applicationReference' },
            {
              title: tAllowances('columns.month'),
              dataIndex: 'period',
              render: (period: string | null) =>
                period ? formatMonth(period, tAllowances('monthFormat')) : '',
            },
            { title: t('payments.payee'), dataIndex: 'payeeName', responsive: ['sm'] },
            { title: t('payments.bank'), dataIndex: 'bankName', responsive: ['md'] },
            { title: t('payments.account'), dataIndex: 'accountNumber', responsive: ['md'] },
            {
              title: t('common.amount'),
              dataIndex: 'amountFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (status: BatchLine['status']) => (
                <Tag
                  color={status === 'paid' ? 'green' : status === 'failed' ? 'red' : 'blue'}
                  data-testid="line-status"
                >
                  {status === 'paid'
                    ? t('status.paid')
                    : status === 'failed'
                      ? t('status.payment_failed')
                      : t('status.payment_scheduled')}
                </Tag>
              ),
            },
            {
              title: t('payments.bankReference'),
              dataIndex: 'bankReference',
              responsive: ['md'],
            },
            { title: t('payments.failure'), dataIndex: 'failureReason', responsive: ['md'] },
          ]}
        />
        <Flex justify="end" style={{ marginTop: 8 }}>
          <Typography.Text strong>
            {t('payments.total')} {formatFen(data.totalFen)}
          </Typography.Text>
        </Flex>
      </Card>
    </>
  );
}
