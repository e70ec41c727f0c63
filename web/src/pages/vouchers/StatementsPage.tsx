import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { buildUrl, describeError, isApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { chinaTodayAsDayjs } from '../../app/china-today';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen } from '../applications/money';
import { periodEndDay, StatementStatusTag, usePeriodLabel } from './parts';
import type { Statement, StatementStatus } from './types';

/**
 * Finance's statements: issue them for a month that is over (one per provider), list and open
 * them, download them, and put the issued ones into a payment batch.
 */
export default function StatementsPage() {
  const { t } = useTranslation('vouchers');
  const periodLabel = usePeriodLabel();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [status, setStatus] = useState<StatementStatus | undefined>(undefined);
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/vouchers/statements', { params: { query: { status } }, signal }),
    [status],
  );
  const [form] = Form.useForm<{ month: Dayjs }>();
  // Monthly unless finance settles a whole quarter at once (issue #13 item 6: "configurable").
  const [cycle, setCycle] = useState<'month' | 'quarter'>('month');
  const [issueFailure, setIssueFailure] = useState<string | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [payFailure, setPayFailure] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  const issuable = (data ?? []).filter((statement) => statement.status === 'issued');
  const chosen = issuable.filter((statement) => selected.includes(statement.id));
  const chosenTotal = chosen.reduce((sum, statement) => sum + statement.netFen, 0);

  const issue = async () => {
    const values = await form.validateFields();
    const period =
      cycle === 'quarter'
        ? `${values.month.year()}-Q${Math.floor(values.month.month() / 3) + 1}`
        : values.month.format('YYYY-MM');
    setIssuing(true);
    setIssueFailure(null);
    try {
      const issued = await apiClient.POST('/vouchers/statements', { body: { period } });
      void message.success(t('statements.issued', { count: issued.length }));
      reload();
    } catch (caught) {
      // A period not over yet gets a plain explanation: which one, and from when it can be issued.
      setIssueFailure(
        isApiError(caught, 'voucher.period_not_over')
          ? t('statements.notOver', {
              month: periodLabel(period),
              from: dayjs(periodEndDay(period)).format('LL'),
            })
          : describeError(caught),
      );
    } finally {
      setIssuing(false);
    }
  };

  const pay = async () => {
    setPayFailure(null);
    try {
      const batch = await apiClient.POST('/payments/batches', {
        body: { statementIds: chosen.map((statement) => statement.id) },
      });
      void message.success(t('statements.batchBuilt', { reference: batch.reference }));
      navigate(`/finance/payments/${batch.id}`);
    } catch (caught) {
      setPayFailure(describeError(caught));
    }
  };

  return (
    <>
      <PageHeading title={t('titles.statements')} description={t('statements.description')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('statements.issue')}>
          <Typography.Paragraph type="secondary">{t('statements.issueHelp')}</Typography.Paragraph>
          {issueFailure && (
            <Alert
              type="error"
              showIcon
              message={issueFailure}
              style={{ marginBottom: 12 }}
              data-testid="issue-failure"
            />
          )}
          <Form
            form={form}
            layout="inline"
            initialValues={{ month: chinaTodayAsDayjs().subtract(1, 'month') }}
          >
            <Form.Item label={t('statements.cycle')}>
              <Segmented
                value={cycle}
                onChange={(value) => {
                  const next = value as 'month' | 'quarter';
                  setCycle(next);
                  // The latest period that is over: last month, or last quarter.
                  form.setFieldValue(
                    'month',
                    chinaTodayAsDayjs().subtract(next === 'quarter' ? 3 : 1, 'month'),
                  );
                }}
                options={[
                  { value: 'month', label: t('statements.cycleMonth') },
                  { value: 'quarter', label: t('statements.cycleQuarter') },
                ]}
                data-testid="issue-cycle"
              />
            </Form.Item>
            <Form.Item
              name="month"
              label={
                cycle === 'quarter' ? t('statements.issueQuarter') : t('statements.issueMonth')
              }
              rules={[{ required: true, message: t('validation.period') }]}
            >
              <DatePicker
                picker={cycle}
                format={cycle === 'quarter' ? t('statements.quarterPickerFormat') : undefined}
                allowClear={false}
                data-testid="issue-month"
              />
            </Form.Item>
            <Form.Item>
              <Button
                type="primary"
                loading={issuing}
                onClick={() => void issue().catch(() => undefined)}
                data-testid="issue-statements"
              >
                {t('statements.issue')}
              </Button>
            </Form.Item>
          </Form>
        </Card>
        <Card
          title={t('statements.list')}
          extra={
            <Popconfirm
              title={t('statements.pay')}
              description={t('statements.payConfirm', {
                count: chosen.length,
                amount: formatFen(chosenTotal),
              })}
              onConfirm={() => pay()}
              disabled={chosen.length === 0}
            >
              <Button type="primary" disabled={chosen.length === 0} data-testid="pay-statements">
                {t('statements.pay')}
              </Button>
            </Popconfirm>
          }
        >
          <Typography.Paragraph type="secondary">{t('statements.payHelp')}</Typography.Paragraph>
          {payFailure && (
            <Alert type="error" showIcon message={payFailure} style={{ marginBottom: 12 }} />
          )}
          <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
            <label htmlFor="statement-status-filter">{t('common.status')}</label>
            <Select<StatementStatus | 'all'>
              id="statement-status-filter"
              value={status ?? 'all'}
              onChange={(value) => setStatus(value === 'all' ? undefined : value)}
              style={{ minWidth: 180 }}
              options={[
                { value: 'all', label: t('statements.allStatuses') },
                ...(['issued', 'scheduled', 'paid'] as const).map((value) => ({
                  value,
                  label: t(`statementStatus.${value}`),
                })),
              ]}
            />
          </Flex>
          <Table<Statement>
            rowKey="id"
            size="small"
            loading={loading}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            dataSource={data ?? []}
            locale={{ emptyText: t('statements.empty') }}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys as string[]),
              getCheckboxProps: (statement) => ({ disabled: statement.status !== 'issued' }),
            }}
            columns={[
              {
                title: t('common.reference'),
                dataIndex: 'reference',
                render: (reference: string, statement) => (
                  <Link to={`/vouchers/statements/${statement.id}`} data-testid="statement-link">
                    {reference}
                  </Link>
                ),
              },
              { title: t('common.provider'), dataIndex: 'providerName', responsive: ['md'] },
              {
                title: t('common.period'),
                dataIndex: 'period',
                render: (period: string) => periodLabel(period),
              },
              {
                title: t('provider.net'),
                dataIndex: 'netFen',
                align: 'right',
                render: (fen: number) => formatFen(fen),
              },
              {
                title: t('common.status'),
                dataIndex: 'status',
                render: (value: StatementStatus) => <StatementStatusTag status={value} />,
              },
              {
                title: t('statements.createdAt'),
                dataIndex: 'createdAt',
                responsive: ['lg'],
                render: (value: string) => dayjs(value).format('LL'),
              },
              {
                title: t('common.actions'),
                key: 'download',
                responsive: ['sm'],
                render: (_: unknown, statement) => (
                  <Space wrap size={4}>
                    <a
                      href={buildUrl(`/vouchers/statements/${statement.id}/export`, {
                        format: 'csv',
                      })}
                    >
                      CSV
                    </a>
                    <a
                      href={buildUrl(`/vouchers/statements/${statement.id}/export`, {
                        format: 'xlsx',
                      })}
                    >
                      Excel
                    </a>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
