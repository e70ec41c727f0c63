import { MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE, submitFailure, describeError } from '../../api/client';
import { apiClient, uploadWithProgress } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import {
  applicationColour,
  entityTypes,
  entryColour,
  type EntityType,
  type WhiteListApplication,
  type WhiteListEntry,
} from './types';

interface ApplyValues {
  entityType: EntityType;
  registeredInSupervisedArea: boolean;
  supervisedAreaAddress: string;
  researchActivities: string;
  contacts: { name: string; role?: string; phone?: string; email?: string }[];
}

const LIVE = new Set(['submitted', 'more_information_requested']);

/** The importer's page: each organisation's white-list standing, its application, and applying (B.N3). */
export default function MyWhiteListPage() {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/hetao/white-list/mine', { signal }),
    [],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading title={t('titles.mine')} description={t('mine.description')} />
      {!loading && data?.length === 0 && (
        <Alert type="info" showIcon message={t('mine.noOrganisation')} />
      )}
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {(data ?? []).map((organisation) => (
          <OrganisationCard
            key={organisation.organisationId}
            organisation={organisation}
            onChange={reload}
          />
        ))}
      </Space>
    </>
  );
}

function EntryStatus({ entry }: { entry: WhiteListEntry | null }) {
  const { t } = useTranslation('hetaoWhitelist');
  if (!entry) return <Typography.Text type="secondary">{t('mine.neverApplied')}</Typography.Text>;
  return (
    <Descriptions size="small" column={1} data-testid="wl-entry">
      <Descriptions.Item label={t('common.status')}>
        <Tag
          color={entryColour(entry.status)}
          data-testid="wl-entry-status"
          data-status={entry.status}
        >
          {t(`entryStatus.${entry.status}`)}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('common.validFrom')}>{entry.validFrom}</Descriptions.Item>
      <Descriptions.Item label={t('common.validUntil')}>
        {entry.validUntil ?? t('common.noEnd')}
      </Descriptions.Item>
      {entry.statusReason && (
        <Descriptions.Item label={t('common.reasons')}>{entry.statusReason}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

function OrganisationCard({
  organisation,
  onChange,
}: {
  organisation: {
    organisationId: string;
    organisationName: string;
    isFounder: boolean;
    entry: WhiteListEntry | null;
    applications: WhiteListApplication[];
  };
  onChange: () => void;
}) {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const live = organisation.applications.find((application) => LIVE.has(application.status));
  const entryInForce =
    organisation.entry && ['listed', 'suspended', 'not_yet'].includes(organisation.entry.status);
  const mayApply = organisation.isFounder && !live && !entryInForce;
  const latest = organisation.applications[0];
  return (
    <Card
      title={<span data-user-content>{organisation.organisationName}</span>}
      data-testid="wl-organisation"
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('mine.entry')}
      </Typography.Title>
      <EntryStatus entry={organisation.entry} />
      {!organisation.isFounder && <Alert type="info" showIcon message={t('mine.notFounder')} />}
      {live && (
        <LiveApplication
          application={live}
          isFounder={organisation.isFounder}
          onChange={onChange}
        />
      )}
      {!live && latest?.status === 'refused' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          message={t('mine.refusal')}
          description={latest.refusalReasons}
        />
      )}
      {mayApply && <ApplyForm organisationId={organisation.organisationId} onApplied={onChange} />}
      {organisation.applications.length > 0 && (
        <>
          <Typography.Title level={5}>{t('mine.applications')}</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={organisation.applications}
            columns={[
              {
                title: t('common.submittedAt'),
                dataIndex: 'submittedAt',
                render: (value: string) => dayjs(value).format('LLL'),
              },
              {
                title: t('common.status'),
                dataIndex: 'status',
                render: (status: WhiteListApplication['status']) => (
                  <Tag color={applicationColour(status)}>{t(`applicationStatus.${status}`)}</Tag>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}

function LiveApplication({
  application,
  isFounder,
  onChange,
}: {
  application: WhiteListApplication;
  isFounder: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ response: string }>();

  const withdraw = async () => {
    setBusy(true);
    try {
      await apiClient.POST('/hetao/white-list/applications/{id}/withdraw', {
        params: { path: { id: application.id } },
      });
      void message.success(t('mine.withdrawn'));
      onChange();
    } catch (caught) {
      setFailure(describeError(caught));
    } finally {
      setBusy(false);
    }
  };
  const respond = async (values: { response: string }) => {
    setBusy(true);
    try {
      await apiClient.POST('/hetao/white-list/applications/{id}/information', {
        params: { path: { id: application.id } },
        body: { response: values.response },
      });
      void message.success(t('mine.responded'));
      onChange();
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    } finally {
      setBusy(false);
    }
  };
  const uploadFile = async (file: File) => {
    const body = new FormData();
    body.append('file', file);
    try {
      await uploadWithProgress('/hetao/white-list/applications/{id}/documents', body, {
        params: { path: { id: application.id } },
      });
      void message.success(t('mine.uploaded'));
      onChange();
    } catch (caught) {
      setFailure(describeError(caught));
    }
  };

  return (
    <Card
      type="inner"
      size="small"
      style={{ marginTop: 12 }}
      data-testid="wl-live-application"
      title={
        <Space>
          {t('mine.applications')}
          <Tag color={applicationColour(application.status)} data-testid="wl-application-status">
            {t(`applicationStatus.${application.status}`)}
          </Tag>
        </Space>
      }
      extra={
        isFounder && (
          <Popconfirm title={t('mine.withdrawConfirm')} onConfirm={withdraw}>
            <Button danger loading={busy} data-testid="wl-withdraw">
              {t('mine.withdraw')}
            </Button>
          </Popconfirm>
        )
      }
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('common.entityType')}>
          {t(`entityType.${application.entityType}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.address')}>
          {application.supervisedAreaAddress}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.documents')}>
          <Space direction="vertical" size={0}>
            {application.documents.length === 0 && t('common.none')}
            {application.documents.map((document) => (
              <a
                key={document.id}
                href={`${API_BASE}/hetao/white-list/applications/${application.id}/documents/${document.id}`}
              >
                {document.fileName}
              </a>
            ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {isFounder && (
        <Upload
          showUploadList={false}
          accept=".pdf,.png,.jpg,.jpeg,.gif,.webp"
          beforeUpload={(file) => {
            void uploadFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('mine.upload')}</Button>
        </Upload>
      )}
      {application.status === 'more_information_requested' && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            message={t('mine.informationRequest')}
            description={application.informationRequest}
          />
          {isFounder && (
            <Form form={form} layout="vertical" onFinish={respond} style={{ marginTop: 12 }}>
              <Form.Item
                name="response"
                label={t('mine.respond')}
                rules={[
                  { required: true, whitespace: true, message: t('common:validation.required') },
                ]}
              >
                <Input.TextArea rows={3} maxLength={4000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('mine.sendResponse')}
              </Button>
            </Form>
          )}
        </>
      )}
    </Card>
  );
}

function ApplyForm({
  organisationId,
  onApplied,
}: {
  organisationId: string;
  onApplied: () => void;
}) {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const required = { required: true, whitespace: true, message: t('common:validation.required') };

  const submit = async (values: ApplyValues) => {
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/hetao/white-list/applications', {
        body: {
          organisationId,
          entityType: values.entityType,
          registeredInSupervisedArea: true,
          supervisedAreaAddress: values.supervisedAreaAddress,
          researchActivities: values.researchActivities,
          contacts: values.contacts.map((contact) => ({
            name: contact.name,
            ...(contact.role ? { role: contact.role } : {}),
            ...(contact.phone ? { phone: contact.phone } : {}),
            ...(contact.email ? { email: contact.email } : {}),
          })),
        },
      });
      void message.success(t('mine.submitted'));
      onApplied();
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      type="inner"
      size="small"
      title={t('mine.apply')}
      style={{ marginTop: 12 }}
      data-testid="wl-apply-form"
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<ApplyValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ contacts: [{ name: '' }] }}
      >
        <Form.Item
          name="entityType"
          label={t('common.entityType')}
          rules={[{ required: true, message: t('common:validation.required') }]}
        >
          <Select
            data-testid="wl-entity-type"
            options={entityTypes.map((value) => ({ value, label: t(`entityType.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="registeredInSupervisedArea"
          valuePropName="checked"
          rules={[
            {
              validator: (_, value) =>
                value ? Promise.resolve() : Promise.reject(new Error(t('mine.registeredRequired'))),
            },
          ]}
        >
          <Checkbox data-testid="wl-registered">{t('mine.registered')}</Checkbox>
        </Form.Item>
        <Form.Item name="supervisedAreaAddress" label={t('common.address')} rules={[required]}>
          <Input maxLength={300} data-testid="wl-address" />
        </Form.Item>
        <Form.Item name="researchActivities" label={t('common.research')} rules={[required]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="wl-research" />
        </Form.Item>
        <Typography.Text strong>{t('common.contacts')}</Typography.Text>
        <Form.List name="contacts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} wrap align="start" style={{ display: 'flex', marginTop: 8 }}>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[required]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input
                      placeholder={t('mine.contactName')}
                      data-testid={`wl-contact-name-${index}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('mine.contactRole')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('mine.contactPhone')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'email']} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('mine.contactEmail')} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <MinusCircleOutlined
                      aria-label={t('common:actions.remove')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Space>
              ))}
              {fields.length < 10 && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ name: '' })}
                  style={{ marginTop: 8 }}
                >
                  {t('mine.addContact')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <div style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="wl-submit">
            {t('mine.submit')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
