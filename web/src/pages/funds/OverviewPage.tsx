import { Alert, Button, Card, Form, Input, Select, Space, Table, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';
import { formatFen } from '../applications/money';

interface StaffForm {
  accountId: string;
  fund: 'ai-embodied-robotics' | 'ai-terminal';
}

/** Administrators: introductions per community (counts and amounts only) and fund staff. */
export default function OverviewPage() {
  const { t } = useTranslation('funds');
  const language = currentLanguage();
  const [form] = Form.useForm<StaffForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const aggregate = useApi((signal) => apiClient.GET('/funds/aggregate', { signal }), []);
  const funds = useApi((signal) => apiClient.GET('/funds', { signal }), []);
  const staff = useApi((signal) => apiClient.GET('/funds/staff', { signal }), []);

  const assign = async (values: StaffForm) => {
    setFailure(null);
    try {
      await apiClient.PUT('/funds/staff/{accountId}', {
        params: { path: { accountId: values.accountId.trim() } },
        body: { fund: values.fund },
      });
      message.success(t('overview.assigned'));
      form.resetFields();
      staff.reload();
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    }
  };

  if (aggregate.error && !aggregate.data)
    return <LoadFailed error={aggregate.error} onRetry={aggregate.reload} />;
  const fundName = (code: string) =>
    funds.data?.find((fund) => fund.code === code)?.names[language] ?? code;
  const totals = aggregate.data?.totals;
  return (
    <>
      <PageHeading title={t('titles.overview')} description={t('overview.description')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {totals && (
          <Typography.Text data-testid="fund-totals">
            {t('overview.totals', {
              count: totals.introductions,
              invested: totals.invested,
              amount: formatFen(totals.investedAmountFen),
            })}
          </Typography.Text>
        )}
        <Table
          rowKey="communityId"
          pagination={false}
          data-testid="fund-aggregate"
          loading={aggregate.loading && !aggregate.data}
          dataSource={aggregate.data?.communities ?? []}
          columns={[
            {
              title: t('overview.community'),
              dataIndex: 'names',
              render: (_: unknown, row) => row.names?.[language] ?? t('overview.unknownCommunity'),
            },
            { title: t('overview.introductions'), dataIndex: 'introductions' },
            ...(['introduced', 'meeting', 'due-diligence', 'invested', 'declined'] as const).map(
              (stage) => ({
                title: t(`stages.${stage}`),
                key: stage,
                render: (_: unknown, row: { byStage: Record<string, number> }) =>
                  row.byStage[stage] ?? 0,
              }),
            ),
            {
              title: t('overview.investedAmount'),
              dataIndex: 'investedAmountFen',
              render: (value: number) => formatFen(value),
            },
          ]}
        />
        <Card title={t('overview.staff')}>
          <Table
            rowKey="accountId"
            size="small"
            pagination={false}
            dataSource={staff.data ?? []}
            columns={[
              { title: t('overview.email'), dataIndex: 'email' },
              {
                title: t('company.fund'),
                dataIndex: 'fund',
                render: (code: string) => fundName(code),
              },
            ]}
          />
          {failure && (
            <Alert type="error" showIcon message={failure} style={{ margin: '16px 0' }} />
          )}
          <Form form={form} layout="inline" onFinish={assign} style={{ marginTop: 16 }}>
            <Form.Item
              name="accountId"
              label={t('overview.account')}
              rules={[{ required: true, whitespace: true, message: t('company.required') }]}
            >
              <Input style={{ width: 320 }} />
            </Form.Item>
            <Form.Item
              name="fund"
              label={t('company.fund')}
              rules={[{ required: true, message: t('company.required') }]}
            >
              <Select
                style={{ width: 260 }}
                options={(funds.data ?? []).map((fund) => ({
                  value: fund.code,
                  label: fund.names[language],
                }))}
              />
            </Form.Item>
            <Button htmlType="submit">{t('overview.assign')}</Button>
          </Form>
        </Card>
      </Space>
    </>
  );
}
