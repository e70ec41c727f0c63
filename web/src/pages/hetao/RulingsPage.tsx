import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space } from 'antd';
import { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useSession } from '../../session/session-context';
import { SectionTabs } from './parts';
import { RulingList } from './rulings-view';
import { chinaTodayAsDayjs } from '../../app/china-today';

interface RulingValues {
  goods: string;
  proposedCode?: string;
  plannedImportOn: Dayjs;
  questionId?: string;
  organisationId?: string;
}

/** Importer portal: my advance-ruling (預裁定) requests and their dates (B.N8). */
export default function RulingsPage() {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const memberships = session.me?.memberships ?? [];
  const { data, error, loading, reload, setData } = useApi(
    (signal) => apiClient.GET('/hetao/rulings/mine', { signal }),
    [],
  );
  const questions = useApi((signal) => apiClient.GET('/hetao/questions/mine', { signal }), []);
  const [form] = Form.useForm<RulingValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (values: RulingValues) => {
    setBusy(true);
    setFailure(null);
    try {
      const ruling = await apiClient.POST('/hetao/rulings', {
        body: {
          goods: values.goods,
          plannedImportOn: values.plannedImportOn.format('YYYY-MM-DD'),
          ...(values.proposedCode ? { proposedCode: values.proposedCode } : {}),
          ...(values.questionId ? { questionId: values.questionId } : {}),
          ...(values.organisationId ? { organisationId: values.organisationId } : {}),
        },
      });
      void message.success(t('rulings.created', { reference: ruling.reference }));
      form.resetFields();
      reload();
    } catch (caught) {
      const failure = submitFailure(form, caught);
      if (failure) setFailure(failure);
    } finally {
      setBusy(false);
    }
  };

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading title={t('titles.rulings')} description={t('rulings.description')} />
      <SectionTabs kind="portal" />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {memberships.length > 0 && (
          <Card title={t('rulings.new')}>
            {failure && (
              <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />
            )}
            <Form<RulingValues> form={form} layout="vertical" onFinish={create}>
              {memberships.length > 1 && (
                <Form.Item
                  name="organisationId"
                  label={t('ask.organisation')}
                  rules={[{ required: true, message: t('common:validation.required') }]}
                >
                  <Select
                    options={memberships.map((m) => ({
                      value: m.organisationId,
                      label: m.organisationName,
                    }))}
                  />
                </Form.Item>
              )}
              <Form.Item
                name="goods"
                label={t('rulings.goods')}
                rules={[
                  { required: true, whitespace: true, message: t('common:validation.required') },
                ]}
              >
                <Input.TextArea rows={3} maxLength={4000} />
              </Form.Item>
              <Space wrap align="start">
                <Form.Item name="proposedCode" label={t('rulings.proposedCode')}>
                  <Input style={{ width: 200 }} />
                </Form.Item>
                <Form.Item
                  name="plannedImportOn"
                  label={t('rulings.plannedImportOn')}
                  extra={t('rulings.plannedHelp')}
                  rules={[{ required: true, message: t('common:validation.required') }]}
                >
                  <DatePicker disabledDate={(day) => day.isBefore(chinaTodayAsDayjs(), 'day')} />
                </Form.Item>
              </Space>
              <Form.Item name="questionId" label={t('rulings.question')}>
                <Select
                  allowClear
                  options={(questions.data ?? []).map((question) => ({
                    value: question.id,
                    label: `${question.reference} ${question.description.slice(0, 40)}`,
                  }))}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('rulings.create')}
              </Button>
            </Form>
          </Card>
        )}
        <RulingList
          rulings={data ?? []}
          loading={loading}
          onChange={(ruling) =>
            setData((data ?? []).map((row) => (row.id === ruling.id ? ruling : row)))
          }
        />
      </Space>
    </>
  );
}
