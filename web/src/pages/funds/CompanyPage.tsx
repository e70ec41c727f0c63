import { Alert, Button, Card, Collapse, Form, Input, Select, Space, Tag, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';
import { StageHistory } from './parts';

interface RequestForm {
  organisationId: string;
  fund: 'ai-embodied-robotics' | 'ai-terminal';
  note?: string;
}

/** A company's member asks for an introduction to a fund (A.P11) and follows its stages. */
export default function CompanyPage() {
  const { t } = useTranslation('funds');
  const language = currentLanguage();
  const [form] = Form.useForm<RequestForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const funds = useApi((signal) => apiClient.GET('/funds', { signal }), []);
  const organisations = useApi((signal) => apiClient.GET('/organisations', { signal }), []);
  const mine = useApi((signal) => apiClient.GET('/funds/introductions/mine', { signal }), []);

  const send = async (values: RequestForm) => {
    setSaving(true);
    setFailure(null);
    try {
      await apiClient.POST('/funds/introductions', {
        body: { ...values, note: values.note?.trim() || null },
      });
      message.success(t('company.sent'));
      form.resetFields(['note']);
      mine.reload();
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    } finally {
      setSaving(false);
    }
  };

  if (mine.error && !mine.data) return <LoadFailed error={mine.error} onRetry={mine.reload} />;
  const fundName = (code: string) =>
    funds.data?.find((fund) => fund.code === code)?.names[language] ?? code;
  const companies = organisations.data ?? [];
  return (
    <>
      <PageHeading title={t('titles.company')} description={t('company.description')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('company.request')}>
          {organisations.data && companies.length === 0 && (
            <Alert type="info" showIcon message={t('company.noOrganisation')} />
          )}
          {failure && (
            <Alert
              type="error"
              showIcon
              message={failure}
              style={{ marginBottom: 16 }}
              data-testid="fund-request-failure"
            />
          )}
          {companies.length > 0 && (
            <Form
              form={form}
              layout="vertical"
              onFinish={send}
              style={{ maxWidth: 560 }}
              initialValues={{ organisationId: companies[0]?.id }}
            >
              <Form.Item
                name="organisationId"
                label={t('company.organisation')}
                rules={[{ required: true, message: t('company.required') }]}
              >
                <Select
                  data-testid="fund-organisation"
                  options={companies.map((company) => ({ value: company.id, label: company.name }))}
                />
              </Form.Item>
              <Form.Item
                name="fund"
                label={t('company.fund')}
                rules={[{ required: true, message: t('company.required') }]}
              >
                <Select
                  data-testid="fund-choice"
                  options={(funds.data ?? []).map((fund) => ({
                    value: fund.code,
                    label: fund.names[language],
                  }))}
                />
              </Form.Item>
              <Form.Item name="note" label={t('company.note')}>
                <Input.TextArea rows={3} maxLength={2000} data-testid="fund-note" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={saving} data-testid="fund-send">
                {t('company.send')}
              </Button>
            </Form>
          )}
        </Card>
        <Card title={t('company.mine')}>
          {(mine.data ?? []).length === 0 ? (
            <Alert type="info" message={t('company.none')} />
          ) : (
            <Collapse
              data-testid="fund-mine"
              items={(mine.data ?? []).map((introduction) => ({
                key: introduction.id,
                label: (
                  <Space wrap>
                    <span>{fundName(introduction.fund)}</span>
                    <Tag color="blue" data-testid={`fund-stage-${introduction.id}`}>
                      {t(`stages.${introduction.stage}`)}
                    </Tag>
                    <span>{introduction.profile.name}</span>
                  </Space>
                ),
                children: <StageHistory introduction={introduction} />,
              }))}
            />
          )}
        </Card>
      </Space>
    </>
  );
}
