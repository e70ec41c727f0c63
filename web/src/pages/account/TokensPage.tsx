import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import type { ApiTokenSummary, CreatedApiToken } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';

interface CreateValues {
  name: string;
  expiresInDays: number | 'never';
}

const expiryChoices = [30, 90, 365] as const;

function tokenStatus(token: ApiTokenSummary): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && dayjs(token.expiresAt).isBefore(dayjs())) return 'expired';
  return 'active';
}

/** Provider and admin API tokens: create (secret shown once), list, revoke. */
export default function TokensPage() {
  const { t } = useTranslation(['account', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const { data, error, loading, reload, setData } = useApi(
    (signal) => apiClient.GET('/me/tokens', { signal }),
    [],
  );
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [secret, setSecret] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);

  const onCreate = async (values: CreateValues) => {
    setCreating(true);
    setFailure(null);
    try {
      const created = await apiClient.POST('/me/tokens', {
        body: {
          name: values.name,
          ...(values.expiresInDays === 'never' ? {} : { expiresInDays: values.expiresInDays }),
        },
      });
      form.resetFields();
      setSecret(created);
      setData([created.token, ...(data ?? [])]);
    } catch (createError) {
      const failure = submitFailure(form, createError);
      if (failure) setFailure(failure);
    } finally {
      setCreating(false);
    }
  };

  const revoke = async (token: ApiTokenSummary) => {
    setRevoking(token.id);
    try {
      const revoked = await apiClient.DELETE('/me/tokens/{id}', {
        params: { path: { id: token.id } },
      });
      setData((data ?? []).map((item) => (item.id === revoked.id ? revoked : item)));
      void message.success(t('tokens.revoked', { name: token.name }));
    } catch (revokeError) {
      void message.error(describeError(revokeError));
    } finally {
      setRevoking(null);
    }
  };

  const formatTime = (value: string | null, empty: string) =>
    value ? (
      dayjs(value).format('LLL')
    ) : (
      <Typography.Text type="secondary">{empty}</Typography.Text>
    );

  return (
    <>
      <PageHeading title={t('titles.tokens')} description={t('tokens.description')} />
      <Card title={t('tokens.create')} style={{ marginBottom: 16 }}>
        {failure && (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={failure} />
        )}
        <Form<CreateValues>
          form={form}
          layout="inline"
          initialValues={{ expiresInDays: 365 }}
          disabled={creating}
          onFinish={(values) => void onCreate(values)}
          style={{ rowGap: 12 }}
        >
          <Form.Item
            name="name"
            label={t('tokens.name')}
            rules={[
              { required: true, whitespace: true, message: t('common:validation.required') },
              { max: 100, message: t('common:validation.tooLong', { max: 100 }) },
            ]}
            style={{ minWidth: 240, flex: '1 1 240px' }}
          >
            <Input placeholder={t('tokens.namePlaceholder')} data-testid="token-name" />
          </Form.Item>
          <Form.Item name="expiresInDays" label={t('tokens.expires')}>
            <Select
              style={{ width: 140 }}
              options={[
                ...expiryChoices.map((days) => ({
                  value: days,
                  label: t('tokens.expiresDays', { days }),
                })),
                { value: 'never', label: t('tokens.never') },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={creating}>
              {t('tokens.create')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card>
        {error && !data ? (
          <LoadFailed error={error} onRetry={reload} />
        ) : (
          <Table<ApiTokenSummary>
            rowKey="id"
            loading={loading}
            dataSource={data ?? []}
            pagination={false}
            locale={{ emptyText: t('tokens.empty') }}
            columns={[
              { title: t('tokens.columns.name'), dataIndex: 'name' },
              {
                title: t('tokens.columns.prefix'),
                responsive: ['md'],
                dataIndex: 'prefix',
                render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
              },
              {
                title: t('tokens.columns.createdAt'),
                responsive: ['md'],
                dataIndex: 'createdAt',
                render: (value: string) => formatTime(value, ''),
              },
              {
                title: t('tokens.columns.lastUsedAt'),
                responsive: ['md'],
                dataIndex: 'lastUsedAt',
                render: (value: string | null) => formatTime(value, t('tokens.neverUsed')),
              },
              {
                title: t('tokens.columns.expiresAt'),
                dataIndex: 'expiresAt',
                render: (value: string | null) => formatTime(value, t('tokens.noExpiry')),
              },
              {
                title: t('tokens.columns.status'),
                key: 'status',
                render: (_, token) => {
                  const status = tokenStatus(token);
                  return (
                    <Tag color={status === 'active' ? 'green' : 'default'}>
                      {t(`tokens.status.${status}`)}
                    </Tag>
                  );
                },
              },
              {
                title: t('tokens.columns.actions'),
                key: 'actions',
                render: (_, token) =>
                  tokenStatus(token) === 'active' && (
                    <Popconfirm
                      title={t('tokens.revokeConfirm', { name: token.name })}
                      description={t('tokens.revokeConfirmText')}
                      okText={t('tokens.revoke')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common:actions.cancel')}
                      onConfirm={() => revoke(token)}
                    >
                      <Button
                        danger
                        size="small"
                        icon={<DeleteOutlined />}
                        loading={revoking === token.id}
                      >
                        {t('tokens.revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Modal
        open={secret !== null}
        title={t('tokens.secretTitle')}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
        // The secret leaves the page once the dialog closes.
        destroyOnHidden
        footer={
          <Button type="primary" onClick={() => setSecret(null)} data-testid="token-secret-done">
            {t('tokens.secretDone')}
          </Button>
        }
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('tokens.secretWarning')}
        />
        <Typography.Paragraph
          code
          copyable={{ tooltips: [t('common:actions.copy'), t('common:actions.copied')] }}
          style={{ wordBreak: 'break-all', fontSize: 15 }}
          data-testid="token-secret"
        >
          {secret?.secret}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
