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
import { Link, useParams } from 'react-router-dom';
import { buildUrl, isApiError } from '../../api/client';
import { apiClient, uploadWithProgress } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatMonth } from '../allowances/format';
import { formatFen } from '../applications/money';
import { useMorePages, type Page } from './paging';
import type { BatchLine } from './types';

export default function BatchPage() {
  const { t } = useTranslation('applications');
  const { t: tAllowances } = useTranslation('allowances');
  const { t: tVouchers } = useTranslation('vouchers');
  const { message, modal } = AntApp.useApp();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/payments/batches/{id}', { params: { path: { id } }, signal }),
    [id],
  );
  const moreLines = useMorePages(
    data,
    data?.linesNextCursor,
    async (cursor, signal): Promise<Page<BatchLine>> => {
      const page = await apiClient.GET('/payments/batches/{id}/lines', {
        params: { path: { id }, query: { cursor } },
        signal,
      });
      return { rows: page.items, nextCursor: page.nextCursor };
    },
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return <Card loading={loading} />;
  const lines = [...data.lines, ...moreLines.rows];

  const loadMoreLines = async () => {
    try {
      await moreLines.loadMore();
    } catch (caught) {
      if (isApiError(caught)) void message.error(caught.detail ?? caught.title);
    }
  };

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
        {/* The totals cover every line, also those on pages not loaded yet. */}
        {data.failedFen > 0 && (
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
          dataSource={lines}
          // NOTE: no sideways scroll: the columns share the width (bank details wrap); on a
          // phone only what identifies a line, its amount and its status are shown.
          columns={[
            { title: t('payments.line'), dataIndex: 'lineNumber', responsive: ['md'] },
            {
              title: t('common.reference'),
              dataIndex: 'applicationReference',
              // A line paying a provider's voucher statement has no application (issue #13).
              render: (reference: string, line) =>
                line.statementId ? (
                  <Link
                    to={`/vouchers/statements/${line.statementId}`}
                    data-testid="line-statement"
                  >
                    {tVouchers('batchLine.statement', { reference })}
                  </Link>
                ) : (
                  reference
                ),
            },
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
        {moreLines.hasMore && (
          <Flex justify="center" align="center" gap={8} style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">
              {t('payments.linesShown', { shown: lines.length, total: data.lineCount })}
            </Typography.Text>
            <Button
              loading={moreLines.loading}
              onClick={() => void loadMoreLines()}
              data-testid="more-lines"
            >
              {t('payments.moreLines')}
            </Button>
          </Flex>
        )}
        <Flex justify="end" style={{ marginTop: 8 }}>
          <Typography.Text strong>
            {t('payments.total')} {formatFen(data.totalFen)}
          </Typography.Text>
        </Flex>
      </Card>
    </>
  );
}
