import { Alert, Button, Card, Form, Input, List, message, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { chinaToday } from '../../app/china-today';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';

/** Shaped like the request body, so the server's field errors land on the right fields. */
interface DefinitionForm {
  effectiveFrom: string;
  definition: { 'zh-Hans': string; 'zh-Hant': string; en: string };
  sourceText: string;
}

/**
 * Administrators (issue #14 items 4–5): publish a dated definition of a high-growth AI start-up
 * (A.T2 gives none — until one is in force the figure is "definition unpublished"), and take a
 * snapshot of the targets now.
 */
export default function ManageTargetsPage() {
  const { t } = useTranslation('targets');
  const language = currentLanguage();
  const [form] = Form.useForm<DefinitionForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [snapping, setSnapping] = useState(false);
  const { data, error, reload } = useApi(
    (signal) => apiClient.GET('/targets/high-growth-definitions', { signal }),
    [],
  );

  const publish = async (values: DefinitionForm) => {
    setSaving(true);
    setFailure(null);
    try {
      await apiClient.POST('/targets/high-growth-definitions', { body: values });
      message.success(t('manage.published'));
      form.resetFields();
      reload();
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    } finally {
      setSaving(false);
    }
  };

  const snapshot = async () => {
    setSnapping(true);
    try {
      const taken = await apiClient.POST('/targets/snapshots', {});
      message.success(t('manage.snapshotTaken', { date: taken.takenOn }));
    } catch (caught) {
      message.error(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setSnapping(false);
    }
  };

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  const required = { required: true, whitespace: true, message: t('manage.required') };
  return (
    <>
      <PageHeading title={t('titles.manage')} description={t('manage.description')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('manage.snapshotTitle')}>
          <Space direction="vertical">
            <Typography.Text>{t('manage.snapshotHelp')}</Typography.Text>
            <Button onClick={snapshot} loading={snapping} data-testid="targets-snapshot">
              {t('manage.snapshot')}
            </Button>
          </Space>
        </Card>
        <Card title={t('manage.definitions')}>
          <List
            dataSource={data ?? []}
            locale={{ emptyText: t('reasons.definition_unpublished') }}
            renderItem={(definition) => (
              <List.Item>
                <Space direction="vertical" size={2}>
                  <Typography.Text strong>
                    {t('definition', {
                      date: definition.effectiveFrom,
                      text: definition.definition[language],
                    })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('definitionSource', { text: definition.sourceText })}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
        <Card title={t('manage.publishTitle')}>
          {failure && (
            <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />
          )}
          <Form<DefinitionForm>
            form={form}
            layout="vertical"
            onFinish={publish}
            initialValues={{ effectiveFrom: chinaToday() }}
            style={{ maxWidth: 720 }}
          >
            <Form.Item name="effectiveFrom" label={t('manage.effectiveFrom')} rules={[required]}>
              <Input type="date" />
            </Form.Item>
            {(['zh-Hans', 'zh-Hant', 'en'] as const).map((script) => (
              <Form.Item
                key={script}
                name={['definition', script]}
                label={t(`manage.definitionIn.${script}`)}
                rules={[required, { max: 4000 }]}
              >
                <Input.TextArea autoSize={{ minRows: 2 }} />
              </Form.Item>
            ))}
            <Form.Item
              name="sourceText"
              label={t('manage.sourceText')}
              extra={t('manage.sourceHelp')}
              rules={[required, { max: 8000 }]}
            >
              <Input.TextArea autoSize={{ minRows: 2 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('manage.publish')}
            </Button>
          </Form>
        </Card>
      </Space>
    </>
  );
}
