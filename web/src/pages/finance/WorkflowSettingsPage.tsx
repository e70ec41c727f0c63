import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { usePolicyNames } from '../applications/policy-names';

interface SettingsForm {
  reviewSlaWorkingDays: number;
  /** One row per benefit whose deadline differs from the default. */
  reviewSlaByPolicy: { policyId?: string; days?: number }[];
  appealPeriodDays: number;
  holidays: string;
  makeUpWorkingDays: string;
  holidaySource: string;
}

const lines = (text: string) =>
  text
    .split(/\s+/)
    .map((line) => line.trim())
    .filter(Boolean);

export default function WorkflowSettingsPage() {
  const { t } = useTranslation('applications');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<SettingsForm>();
  const { policies, policyName } = usePolicyNames();
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/admin/workflow-settings', { signal }),
    [],
  );
  useEffect(() => {
    if (!data) return;
    form.setFieldsValue({
      ...data,
      reviewSlaByPolicy: Object.entries(data.reviewSlaByPolicy).map(([policyId, days]) => ({
        policyId,
        days,
      })),
      holidays: data.holidays.join('\n'),
      makeUpWorkingDays: data.makeUpWorkingDays.join('\n'),
    });
  }, [data, form]);
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;

  const save = async (values: SettingsForm) => {
    try {
      await apiClient.PUT('/admin/workflow-settings', {
        body: {
          reviewSlaWorkingDays: values.reviewSlaWorkingDays,
          reviewSlaByPolicy: Object.fromEntries(
            (values.reviewSlaByPolicy ?? [])
              .filter((row) => row.policyId && row.days)
              .map((row) => [row.policyId, row.days]),
          ),
          appealPeriodDays: values.appealPeriodDays,
          holidays: lines(values.holidays),
          makeUpWorkingDays: lines(values.makeUpWorkingDays),
          holidaySource: values.holidaySource,
        },
      });
      void message.success(t('settings.saved'));
      reload();
    } catch (caught) {
      const rest = applyFieldErrors(form, caught);
      if (rest.length > 0)
        void message.error(
          rest.map((problem) => `${problem.pointer}: ${problem.detail}`).join('；'),
        );
    }
  };

  return (
    <>
      <PageHeading title={t('titles.settings')} description={t('settings.description')} />
      <Card loading={loading}>
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => void save(values)}
          style={{ maxWidth: 640 }}
        >
          <Form.Item
            name="reviewSlaWorkingDays"
            label={t('settings.sla')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={250} precision={0} />
          </Form.Item>
          <Form.Item label={t('settings.slaByPolicy')} extra={t('settings.slaByPolicyHelp')}>
            <Form.List name="reviewSlaByPolicy">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((field) => (
                    <Flex key={field.key} gap={8} align="center" data-testid="sla-by-policy">
                      <Form.Item
                        name={[field.name, 'policyId']}
                        noStyle
                        rules={[{ required: true }]}
                      >
                        <Select
                          showSearch
                          optionFilterProp="label"
                          placeholder={t('start.choosePolicy')}
                          style={{ flex: 1, minWidth: 0 }}
                          options={policies.map((policy) => ({
                            value: policy.id,
                            label: policyName(policy.id),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'days']} noStyle rules={[{ required: true }]}>
                        <InputNumber
                          min={1}
                          max={250}
                          precision={0}
                          suffix={t('settings.workingDays')}
                          style={{ width: 150 }}
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('settings.removeSla')}
                        title={t('settings.removeSla')}
                        onClick={() => remove(field.name)}
                      />
                    </Flex>
                  ))}
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ days: 30 })}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('settings.addSla')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item
            name="appealPeriodDays"
            label={t('settings.appealDays')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={365} precision={0} />
          </Form.Item>
          <Form.Item name="holidays" label={t('settings.holidays')} extra={t('settings.datesHelp')}>
            <Input.TextArea rows={8} />
          </Form.Item>
          <Form.Item
            name="makeUpWorkingDays"
            label={t('settings.makeUp')}
            extra={t('settings.datesHelp')}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="holidaySource" label={t('settings.source')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
