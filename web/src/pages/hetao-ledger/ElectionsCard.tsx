import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Popconfirm,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { LoadFailed } from '../../components/StatusPages';
import { goodsClasses, type Election, type GoodsClass } from './types';

interface ElectionValues {
  goodsClass: GoodsClass;
  electedOn: string;
  reason?: string;
}

/** How far through its bar an election is today (0–100), from the election to `barredUntil`. */
function barProgress(election: Election, today: string) {
  const start = dayjs(election.electedOn);
  const total = dayjs(election.barredUntil).diff(start, 'day');
  if (total <= 0) return 100;
  return Math.max(0, Math.min(100, Math.round((dayjs(today).diff(start, 'day') / total) * 100)));
}

/**
 * B.N6: the importer's elections to pay the tax for a class of goods, each with its 36-month bar
 * (the server counts it and refuses new declarations of the class meanwhile); recording one.
 */
export function ElectionsCard({ organisationId }: { organisationId: string | undefined }) {
  const { t } = useTranslation('hetaoLedger');
  const { message } = App.useApp();
  const [form] = Form.useForm<ElectionValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data, reload, error } = useApi(
    (signal) =>
      apiClient.GET('/hetao/class-elections/mine', {
        params: { query: organisationId ? { organisationId } : {} },
        signal,
      }),
    [organisationId],
  );
  const today = dayjs().format('YYYY-MM-DD');

  const submit = async () => {
    let values: ElectionValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/hetao/class-elections', {
        body: {
          ...(organisationId ? { organisationId } : {}),
          goodsClass: values.goodsClass,
          electedOn: values.electedOn,
          ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
        },
      });
      void message.success(t('elections.recorded'));
      form.resetFields();
      reload();
    } catch (caught) {
      setFailure(submitFailure(form, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('elections.title')} data-testid="elections">
      <Typography.Paragraph type="secondary">{t('elections.description')}</Typography.Paragraph>
      {Boolean(error) && !data && <LoadFailed error={error} onRetry={reload} />}
      <Table<Election>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data ?? []}
        locale={{ emptyText: t('elections.empty') }}
        onRow={() => ({ 'data-testid': 'election' }) as never}
        columns={[
          {
            title: t('elections.goodsClass'),
            dataIndex: 'goodsClass',
            render: (goodsClass: GoodsClass) => t(`goodsClass.${goodsClass}`),
          },
          { title: t('elections.electedOn'), dataIndex: 'electedOn' },
          { title: t('elections.barredUntil'), dataIndex: 'barredUntil' },
          {
            title: t('elections.progress'),
            key: 'bar',
            render: (_: unknown, election) => (
              <Space direction="vertical" size={0} style={{ minWidth: 160 }}>
                <Tag color={election.barredToday ? 'red' : 'green'}>
                  {election.barredToday ? t('elections.barred') : t('elections.free')}
                </Tag>
                <Progress
                  size="small"
                  aria-label={t('elections.progress')}
                  percent={barProgress(election, today)}
                  status={election.barredToday ? 'active' : 'normal'}
                  format={() => `${election.electedOn} → ${election.barredUntil}`}
                />
              </Space>
            ),
          },
          {
            title: t('elections.reason'),
            dataIndex: 'reason',
            render: (reason: string | null) => reason ?? '—',
          },
        ]}
      />
      <Typography.Title level={5}>{t('elections.record')}</Typography.Title>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="inline" style={{ rowGap: 8 }}>
        <Form.Item
          name="goodsClass"
          label={t('elections.goodsClass')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            style={{ minWidth: 200 }}
            data-testid="election-class"
            options={goodsClasses.map((value) => ({ value, label: t(`goodsClass.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="electedOn"
          label={t('elections.electedOn')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input type="date" data-testid="election-date" />
        </Form.Item>
        <Form.Item name="reason" label={t('elections.reason')}>
          <Input maxLength={1000} />
        </Form.Item>
        <Popconfirm title={t('elections.confirm')} onConfirm={submit}>
          <Button danger loading={busy} data-testid="election-submit">
            {t('elections.record')}
          </Button>
        </Popconfirm>
      </Form>
    </Card>
  );
}
