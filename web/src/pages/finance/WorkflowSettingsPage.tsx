import { App as AntApp, Button, Card, Form, Input, InputNumber } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, applyFieldErrors } from '../../api/client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';

interface Settings {
  reviewSlaWorkingDays: number;
  reviewSlaByPolicy: Record<string, number>;
  appealPeriodDays: number;
  holidays: string[];
  makeUpWorkingDays: string[];
  holidaySource: string;
}

interface SettingsForm {
  reviewSlaWorkingDays: number;
  reviewSlaByPolicy: string;
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
  const { data, error, loading, reload } = useApi(
    (signal) => api.get<Settings>('/admin/workflow-settings', { signal }),
    [],
  );
  useEffect(() => {
    if (!data) return;
    form.setFieldsValue({
      ...data,
      reviewSlaByPolicy: Object.entries(data.reviewSlaByPolicy)
        .map(([policy, days]) => `${policy}=${days}`)
        .join('\n'),
      holidays: data.holidays.join('\n'),
      makeUpWorkingDays: data.makeUpWorkingDays.join('\n'),
    });
  }, [data, form]);
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;

  const save = async (values: SettingsForm) => {
    try {
      await api.put('/admin/workflow-settings', {
        reviewSlaWorkingDays: values.reviewSlaWorkingDays,
        reviewSlaByPolicy: Object.fromEntries(
          lines(values.reviewSlaByPolicy).map((line) => {
            const [policy = '', days = ''] = line.split('=');
            return [policy, Number(days)];
          }),
        ),
        appealPeriodDays: values.appealPeriodDays,
        holidays: lines(values.holidays),
        makeUpWorkingDays: lines(values.makeUpWorkingDays),
        holidaySource: values.holidaySource,
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
          <Form.Item
            name="reviewSlaByPolicy"
            label={t('settings.slaByPolicy')}
            help="scenario.gov-deployment=30"
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item
            name="appealPeriodDays"
            label={t('settings.appealDays')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={365} precision={0} />
          </Form.Item>
          <Form.Item name="holidays" label={t('settings.holidays')} help={t('settings.datesHelp')}>
            <Input.TextArea rows={8} />
          </Form.Item>
          <Form.Item
            name="makeUpWorkingDays"
            label={t('settings.makeUp')}
            help={t('settings.datesHelp')}
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
