import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { audienceOf } from '../../app/audience';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useSession } from '../../session/session-context';
import { KindLabel } from './parts';
import { VOUCHER_KINDS, type Provider, type VoucherKind } from './types';

const CREDIT_CODE = /^[0-9A-Z]{18}$/;
const ACCOUNT_NUMBER = /^[0-9 -]{6,40}$/;

/** The provider register (A.V1: vouchers are used at registered providers only). */
export default function RegisterPage() {
  const { t } = useTranslation('vouchers');
  const session = useSession();
  const canChange = session.canSee(audienceOf('vouchers.register'));
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/vouchers/register', { signal }),
    [],
  );
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<Provider | null>(null);
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading
        title={t('titles.register')}
        description={t('register.description')}
        extra={
          canChange ? (
            <Button type="primary" onClick={() => setAdding(true)} data-testid="add-provider">
              {t('register.add')}
            </Button>
          ) : undefined
        }
      />
      {!canChange && (
        <Alert
          type="info"
          showIcon
          message={t('register.adminOnly')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card>
        <Table<Provider>
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={data ?? []}
          locale={{ emptyText: t('register.empty') }}
          columns={[
            {
              title: t('common.provider'),
              dataIndex: 'name',
              render: (name: string, provider) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text>{name}</Typography.Text>
                  <Typography.Text type="secondary">{provider.creditCode}</Typography.Text>
                </Space>
              ),
            },
            {
              title: t('register.kinds'),
              dataIndex: 'kinds',
              responsive: ['md'],
              render: (kinds: VoucherKind[]) => (
                <Space wrap size={4}>
                  {kinds.map((kind) => (
                    <Tag key={kind}>
                      <KindLabel kind={kind} />
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (status: Provider['status'], provider) => (
                <Space direction="vertical" size={0}>
                  <Tag
                    color={status === 'active' ? 'green' : status === 'suspended' ? 'gold' : 'red'}
                  >
                    {t(`providerStatus.${status}`)}
                  </Tag>
                  {provider.statusReason && (
                    <Typography.Text type="secondary">{provider.statusReason}</Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('register.contactName'),
              dataIndex: 'contactName',
              responsive: ['lg'],
              render: (name: string, provider) =>
                [name, provider.contactPhone, provider.contactEmail].filter(Boolean).join(' · '),
            },
            {
              title: t('register.bank'),
              key: 'bank',
              responsive: ['lg'],
              render: (_: unknown, provider) =>
                `${provider.payeeName} · ${provider.bankName} · ${provider.accountNumber}`,
            },
            {
              title: t('register.registeredAt'),
              dataIndex: 'registeredAt',
              responsive: ['xl'],
              render: (value: string) => dayjs(value).format('LL'),
            },
            ...(canChange
              ? [
                  {
                    title: t('common.actions'),
                    key: 'change',
                    render: (_: unknown, provider: Provider) => (
                      <Button size="small" onClick={() => setChanging(provider)}>
                        {t('register.change')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {adding && (
        <ProviderDialog
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
      {changing && (
        <ProviderDialog
          provider={changing}
          onClose={() => setChanging(null)}
          onDone={() => {
            setChanging(null);
            reload();
          }}
        />
      )}
    </>
  );
}

interface ProviderForm {
  creditCode: string;
  kinds: VoucherKind[];
  status: Provider['status'];
  statusReason?: string;
  contactName: string;
  contactPhone?: string;
  contactEmail?: string;
  payeeName: string;
  bankName: string;
  accountNumber: string;
}

/** Registers a provider (no `provider`) or changes one: kinds, status with a reason, contact, bank. */
function ProviderDialog({
  provider,
  onClose,
  onDone,
}: {
  provider?: Provider;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('vouchers');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ProviderForm>();
  const status = Form.useWatch('status', form);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const optional = (value: string | undefined) => value?.trim() || null;
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      const common = {
        kinds: values.kinds,
        contactName: values.contactName.trim(),
        contactPhone: optional(values.contactPhone),
        contactEmail: optional(values.contactEmail),
        payeeName: values.payeeName.trim(),
        bankName: values.bankName.trim(),
        accountNumber: values.accountNumber.trim(),
      };
      if (provider) {
        await apiClient.PATCH('/vouchers/register/{providerId}', {
          params: { path: { providerId: provider.id } },
          body: { ...common, status: values.status, statusReason: optional(values.statusReason) },
        });
        void message.success(t('register.changed'));
      } else {
        await apiClient.POST('/vouchers/register', {
          body: { ...common, creditCode: values.creditCode.trim().toUpperCase() },
        });
        void message.success(t('register.registered'));
      }
      onDone();
    } catch (error) {
      setFailure(submitFailure(form, error));
    } finally {
      setBusy(false);
    }
  };
  const required = { required: true, whitespace: true, message: t('validation.required') };
  const max = (length: number) => ({
    max: length,
    message: t('validation.tooLong', { max: length }),
  });
  return (
    <Modal
      open
      width={640}
      title={provider ? t('register.changeTitle', { name: provider.name }) : t('register.addTitle')}
      okText={provider ? t('register.change') : t('register.add')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<ProviderForm>
        form={form}
        layout="vertical"
        initialValues={
          provider
            ? {
                kinds: provider.kinds,
                status: provider.status,
                statusReason: provider.statusReason ?? undefined,
                contactName: provider.contactName,
                contactPhone: provider.contactPhone ?? undefined,
                contactEmail: provider.contactEmail ?? undefined,
                payeeName: provider.payeeName,
                bankName: provider.bankName,
                accountNumber: provider.accountNumber,
              }
            : { kinds: ['compute'] }
        }
      >
        {!provider && (
          <Form.Item
            name="creditCode"
            label={t('common.creditCode')}
            rules={[
              required,
              {
                validator: (_, value: string | undefined) =>
                  !value || CREDIT_CODE.test(value.trim().toUpperCase())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('validation.creditCode'))),
              },
            ]}
          >
            <Input maxLength={18} />
          </Form.Item>
        )}
        <Form.Item
          name="kinds"
          label={t('register.kinds')}
          // NOTE: a validator, not `required`: Ant Design would put aria-required on the group's
          // <div>, which ARIA does not allow there (axe: aria-allowed-attr).
          rules={[
            {
              validator: (_, value: VoucherKind[] | undefined) =>
                value && value.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.kinds'))),
            },
          ]}
        >
          <Checkbox.Group
            options={VOUCHER_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
        </Form.Item>
        {provider && (
          <>
            <Form.Item name="status" label={t('common.status')}>
              <Select
                options={(['active', 'suspended', 'removed'] as const).map((value) => ({
                  value,
                  label: t(`providerStatus.${value}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="statusReason"
              label={t('register.statusReason')}
              extra={t('register.statusReasonHelp')}
              rules={[
                ...(status && status !== 'active' && status !== provider.status ? [required] : []),
                max(500),
              ]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="contactName"
          label={t('register.contactName')}
          rules={[required, max(100)]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('register.contactPhone')} rules={[max(40)]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="contactEmail"
          label={t('register.contactEmail')}
          rules={[{ type: 'email', message: t('validation.email') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="payeeName" label={t('register.payeeName')} rules={[required, max(200)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="bankName" label={t('register.bankName')} rules={[required, max(200)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="accountNumber"
          label={t('register.accountNumber')}
          rules={[
            required,
            {
              validator: (_, value: string | undefined) =>
                !value || ACCOUNT_NUMBER.test(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.accountNumber'))),
            },
          ]}
        >
          <Input inputMode="numeric" maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
