import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Space,
  Statistic,
  Table,
  message,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { audienceOf } from '../../app/audience';
import { chinaToday } from '../../app/china-today';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';
import { useSession } from '../../session/session-context';

interface ValidityForm {
  effectiveFrom: string;
  months: number;
  sourceText: string;
}

/** Officers: recognised talent by kind; administrators also set the validity period. */
export default function DistributionPage() {
  const { t } = useTranslation('talent');
  const language = currentLanguage();
  const session = useSession();
  const [form] = Form.useForm<ValidityForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const distribution = useApi((signal) => apiClient.GET('/talent/distribution', { signal }), []);
  const validity = useApi((signal) => apiClient.GET('/talent/validity-periods', { signal }), []);
  const mayManage = session.canSee(audienceOf('talent.manage'));

  const save = async (values: ValidityForm) => {
    setFailure(null);
    try {
      await apiClient.POST('/talent/validity-periods', { body: values });
      message.success(t('distribution.saved'));
      form.resetFields();
      validity.reload();
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    }
  };

  if (distribution.error && !distribution.data)
    return <LoadFailed error={distribution.error} onRetry={distribution.reload} />;
  const inForce = validity.data?.inForce;
  return (
    <>
      <PageHeading title={t('titles.distribution')} description={t('distribution.description')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card loading={distribution.loading && !distribution.data}>
          <Statistic
            title={t('distribution.people')}
            value={distribution.data?.recognisedPeople ?? 0}
            data-testid="talent-people"
          />
        </Card>
        <Table
          rowKey="kind"
          pagination={false}
          data-testid="talent-distribution"
          dataSource={distribution.data?.byKind ?? []}
          columns={[
            {
              title: t('distribution.kind'),
              dataIndex: 'kind',
              render: (_: string, row) => row.label[language],
            },
            { title: t('distribution.count'), dataIndex: 'people' },
          ]}
        />
        <Card title={t('distribution.validity')}>
          <Alert
            type="info"
            showIcon
            data-testid="talent-validity"
            message={
              inForce
                ? t('distribution.validityInForce', {
                    date: inForce.effectiveFrom,
                    months: inForce.months,
                    source: inForce.sourceText,
                  })
                : t('distribution.validityNone')
            }
          />
          {mayManage && (
            <Form
              form={form}
              layout="vertical"
              onFinish={save}
              initialValues={{ effectiveFrom: chinaToday() }}
              style={{ marginTop: 16, maxWidth: 560 }}
            >
              {failure && (
                <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />
              )}
              <Space wrap>
                <Form.Item
                  name="effectiveFrom"
                  label={t('distribution.effectiveFrom')}
                  rules={[{ required: true }]}
                >
                  <Input type="date" />
                </Form.Item>
                <Form.Item
                  name="months"
                  label={t('distribution.months')}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={1} max={600} precision={0} />
                </Form.Item>
              </Space>
              <Form.Item
                name="sourceText"
                label={t('distribution.source')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input.TextArea rows={2} maxLength={8000} />
              </Form.Item>
              <Button htmlType="submit">{t('distribution.save')}</Button>
            </Form>
          )}
        </Card>
      </Space>
    </>
  );
}
