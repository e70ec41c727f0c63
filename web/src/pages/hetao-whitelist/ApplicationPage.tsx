import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { API_BASE, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useSession } from '../../session/session-context';
import { applicationColour, type WhiteListApplication } from './types';

interface ListValues {
  validFrom: Dayjs;
  validUntil?: Dayjs | null;
  filingReference?: string;
}

/** One application, for the white-list officer (who decides) and customs (who read). */
export default function ApplicationPage() {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { id = '' } = useParams();
  const session = useSession();
  const { data, error, reload, setData } = useApi(
    (signal) =>
      apiClient.GET('/hetao/white-list/applications/{id}', { params: { path: { id } }, signal }),
    [id],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return null;
  const officer = session.hasRole('whitelist_officer');
  return (
    <>
      <PageHeading
        title={data.organisationName}
        description={t('titles.application')}
        extra={
          <Tag color={applicationColour(data.status)} data-testid="wl-application-status">
            {t(`applicationStatus.${data.status}`)}
          </Tag>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('common.organisation')}>
              {data.organisationName}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.entityType')}>
              {t(`entityType.${data.entityType}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.address')}>
              {data.supervisedAreaAddress}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.research')}>
              {data.researchActivities}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.contacts')}>
              <Space direction="vertical" size={0}>
                {data.contacts.map((contact, index) => (
                  <span key={index}>
                    {[contact.name, contact.role, contact.phone, contact.email]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.documents')}>
              <Space direction="vertical" size={0}>
                {data.documents.length === 0 && t('common.none')}
                {data.documents.map((document) => (
                  <a
                    key={document.id}
                    href={`${API_BASE}/hetao/white-list/applications/${data.id}/documents/${document.id}`}
                  >
                    {document.fileName}
                  </a>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.submittedAt')}>
              {dayjs(data.submittedAt).format('LLL')}
            </Descriptions.Item>
            {data.informationRequest && (
              <Descriptions.Item label={t('mine.informationRequest')}>
                {data.informationRequest}
              </Descriptions.Item>
            )}
            {data.informationResponse && (
              <Descriptions.Item label={t('review.response')}>
                {data.informationResponse}
              </Descriptions.Item>
            )}
            {data.refusalReasons && (
              <Descriptions.Item label={t('mine.refusal')}>{data.refusalReasons}</Descriptions.Item>
            )}
            {data.entryId && (
              <Descriptions.Item label={t('desk.entries')}>
                <Link to={`/hetao/white-list/entries/${data.entryId}`}>{t('common.open')}</Link>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        {officer && data.status === 'submitted' && <ListCard application={data} />}
        {officer && data.status === 'submitted' && (
          <ReasonCard application={data} action="request-information" onDone={setData} />
        )}
        {officer && ['submitted', 'more_information_requested'].includes(data.status) && (
          <ReasonCard application={data} action="refuse" onDone={setData} />
        )}
      </Space>
    </>
  );
}

function ListCard({ application }: { application: WhiteListApplication }) {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ListValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (values: ListValues) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await apiClient.POST('/hetao/white-list/applications/{id}/list', {
        params: { path: { id: application.id } },
        body: {
          validFrom: values.validFrom.format('YYYY-MM-DD'),
          validUntil: values.validUntil ? values.validUntil.format('YYYY-MM-DD') : null,
          ...(values.filingReference ? { filingReference: values.filingReference } : {}),
        },
      });
      void message.success(t('review.listed'));
      navigate(`/hetao/white-list/entries/${result.entry.id}`);
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('review.list')} data-testid="wl-list-card">
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<ListValues> form={form} layout="vertical" onFinish={submit}>
        <Space wrap align="start">
          <Form.Item
            name="validFrom"
            label={t('common.validFrom')}
            rules={[{ required: true, message: t('common:validation.required') }]}
          >
            <DatePicker data-testid="wl-valid-from" />
          </Form.Item>
          <Form.Item name="validUntil" label={t('common.validUntil')} extra={t('review.listHelp')}>
            <DatePicker data-testid="wl-valid-until" />
          </Form.Item>
        </Space>
        <Form.Item
          name="filingReference"
          label={t('common.filingReference')}
          extra={t('review.filingHelp')}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="wl-list">
          {t('review.list')}
        </Button>
      </Form>
    </Card>
  );
}

function ReasonCard({
  application,
  action,
  onDone,
}: {
  application: WhiteListApplication;
  action: 'request-information' | 'refuse';
  onDone: (application: WhiteListApplication) => void;
}) {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async ({ text }: { text: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      const params = { path: { id: application.id } };
      const result =
        action === 'refuse'
          ? await apiClient.POST('/hetao/white-list/applications/{id}/refuse', {
              params,
              body: { reasons: text },
            })
          : await apiClient.POST('/hetao/white-list/applications/{id}/request-information', {
              params,
              body: { request: text },
            });
      void message.success(t(action === 'refuse' ? 'review.refused' : 'review.requested'));
      form.resetFields();
      onDone(result);
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t(action === 'refuse' ? 'review.refuse' : 'review.requestInformation')}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="text"
          label={t(action === 'refuse' ? 'common.reasons' : 'review.request')}
          extra={t('entry.reasonsHelp')}
          rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Button danger={action === 'refuse'} htmlType="submit" loading={busy}>
          {t(action === 'refuse' ? 'review.refuse' : 'review.requestInformation')}
        </Button>
      </Form>
    </Card>
  );
}
