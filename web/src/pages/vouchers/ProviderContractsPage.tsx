import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { buildUrl, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { chinaTodayAsDayjs } from '../../app/china-today';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useCursorStack } from '../../components/use-cursor-stack';
import { formatFen, yuanToFen } from '../applications/money';
import {
  ContractStatusTag,
  KindLabel,
  positiveYuanRule,
  StatementStatusTag,
  useIdempotencyKey,
  usePeriodLabel,
} from './parts';
import {
  CONTRACT_STATUSES,
  type Contract,
  type ContractStatus,
  type Provider,
  type Statement,
} from './types';
import { useMyProvider } from './use-my-provider';

/** Contracts a page shows (the server allows up to 200). */
const PAGE_SIZE = 20;

/** A provider's voucher contracts (A.V1): register, follow, and the monthly statements. */
export default function ProviderContractsPage() {
  const { t } = useTranslation('vouchers');
  const { mine, provider, choose } = useMyProvider();
  if (mine.error && !mine.data) return <LoadFailed error={mine.error} onRetry={mine.reload} />;
  return (
    <>
      <PageHeading
        title={t('titles.provider')}
        description={t('provider.description')}
        extra={
          (mine.data?.length ?? 0) > 1 && (
            <Flex align="center" gap={8}>
              <label htmlFor="voucher-provider">{t('provider.chooseProvider')}</label>
              <Select
                id="voucher-provider"
                value={provider?.id}
                onChange={choose}
                options={(mine.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
                style={{ minWidth: 240 }}
              />
            </Flex>
          )
        }
      />
      {mine.loading && !mine.data && <Card loading />}
      {mine.data && !provider && (
        <Card>
          <Empty description={t('provider.noProvider')} />
        </Card>
      )}
      {provider && <ProviderView provider={provider} />}
    </>
  );
}

function ProviderView({ provider }: { provider: Provider }) {
  const { t } = useTranslation('vouchers');
  const periodLabel = usePeriodLabel();
  const [status, setStatus] = useState<ContractStatus | undefined>(undefined);
  const [registering, setRegistering] = useState(false);
  const pages = useCursorStack(JSON.stringify([provider.id, status]));
  const contracts = useApi(
    (signal) =>
      apiClient.GET('/vouchers/providers/{providerId}/contracts', {
        params: {
          path: { providerId: provider.id },
          query: { status, cursor: pages.cursor, limit: PAGE_SIZE },
        },
        signal,
      }),
    [provider.id, status, pages.cursor],
  );
  const statements = useApi(
    (signal) =>
      apiClient.GET('/vouchers/providers/{providerId}/statements', {
        params: { path: { providerId: provider.id } },
        signal,
      }),
    [provider.id],
  );
  const contractPath = (contract: Contract) =>
    `/vouchers/provider/${provider.id}/contracts/${contract.id}`;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {provider.status !== 'active' && (
        <Alert
          type="warning"
          showIcon
          message={t('provider.inactive', { status: t(`providerStatus.${provider.status}`) })}
          description={provider.statusReason}
        />
      )}
      <Card
        title={t('provider.contracts')}
        extra={
          <Button
            type="primary"
            disabled={provider.status !== 'active'}
            onClick={() => setRegistering(true)}
            data-testid="register-contract"
          >
            {t('provider.register')}
          </Button>
        }
      >
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          <label htmlFor="contract-status-filter">{t('common.status')}</label>
          <Select<ContractStatus | 'all'>
            id="contract-status-filter"
            value={status ?? 'all'}
            onChange={(value) => setStatus(value === 'all' ? undefined : value)}
            style={{ minWidth: 180 }}
            options={[
              { value: 'all', label: t('provider.allStatuses') },
              ...CONTRACT_STATUSES.map((value) => ({
                value,
                label: t(`contractStatus.${value}`),
              })),
            ]}
            data-testid="contract-status-filter"
          />
        </Flex>
        {contracts.error && !contracts.data ? (
          <LoadFailed error={contracts.error} onRetry={contracts.reload} />
        ) : (
          <Table<Contract>
            rowKey="id"
            size="small"
            loading={contracts.loading}
            pagination={false}
            dataSource={contracts.data?.items ?? []}
            locale={{ emptyText: t('provider.noContractsYet') }}
            columns={[
              {
                title: t('common.contractNumber'),
                dataIndex: 'contractNumber',
                render: (number: string, contract) => (
                  <Link to={contractPath(contract)} data-testid="contract-link">
                    {number}
                  </Link>
                ),
              },
              { title: t('common.company'), dataIndex: 'companyName', responsive: ['md'] },
              {
                title: t('common.kind'),
                dataIndex: 'kind',
                responsive: ['lg'],
                render: (kind: Contract['kind']) => <KindLabel kind={kind} />,
              },
              {
                title: t('common.contractAmount'),
                dataIndex: 'contractAmountFen',
                align: 'right',
                responsive: ['sm'],
                render: (fen: number) => formatFen(fen),
              },
              {
                title: t('contract.held'),
                dataIndex: 'heldFen',
                align: 'right',
                responsive: ['md'],
                render: (fen: number) => formatFen(fen),
              },
              {
                title: t('contract.capturedAmount'),
                dataIndex: 'capturedFen',
                align: 'right',
                responsive: ['md'],
                render: (fen: number) => formatFen(fen),
              },
              {
                title: t('common.status'),
                dataIndex: 'status',
                render: (value: ContractStatus) => <ContractStatusTag status={value} />,
              },
            ]}
          />
        )}
        {(pages.hasPrevious || contracts.data?.nextCursor) && (
          <Flex justify="flex-end" align="center" gap={8} style={{ marginTop: 12 }}>
            <Typography.Text type="secondary">
              {t('provider.page', { page: pages.pageNumber })}
            </Typography.Text>
            <Button disabled={!pages.hasPrevious || contracts.loading} onClick={pages.previous}>
              {t('provider.previous')}
            </Button>
            <Button
              disabled={!contracts.data?.nextCursor || contracts.loading}
              onClick={() => contracts.data?.nextCursor && pages.next(contracts.data.nextCursor)}
            >
              {t('provider.next')}
            </Button>
          </Flex>
        )}
      </Card>
      <Card title={t('provider.statements')}>
        {statements.error && !statements.data ? (
          <LoadFailed error={statements.error} onRetry={statements.reload} />
        ) : (
          <Table<Statement>
            rowKey="id"
            size="small"
            loading={statements.loading}
            pagination={false}
            dataSource={statements.data ?? []}
            locale={{ emptyText: t('provider.noStatements') }}
            columns={[
              { title: t('common.reference'), dataIndex: 'reference' },
              {
                title: t('common.period'),
                dataIndex: 'period',
                render: (period: string) => periodLabel(period),
              },
              {
                title: t('provider.captured'),
                dataIndex: 'capturedFen',
                align: 'right',
                responsive: ['md'],
                render: (fen: number) => formatFen(fen),
              },
              {
                title: t('provider.refunded'),
                dataIndex: 'refundedFen',
                align: 'right',
                responsive: ['md'],
                render: (fen: number) => formatFen(fen),
              },
              {
                title: t('provider.net'),
                dataIndex: 'netFen',
                align: 'right',
                render: (fen: number) => formatFen(fen),
              },
              {
                title: t('common.status'),
                dataIndex: 'status',
                render: (value: Statement['status']) => <StatementStatusTag status={value} />,
              },
              {
                title: t('common.actions'),
                key: 'download',
                render: (_: unknown, statement) => (
                  <Space wrap size={4}>
                    <a
                      href={buildUrl(
                        `/vouchers/providers/${provider.id}/statements/${statement.id}/export`,
                        { format: 'csv' },
                      )}
                    >
                      {t('common.downloadCsv')}
                    </a>
                    <a
                      href={buildUrl(
                        `/vouchers/providers/${provider.id}/statements/${statement.id}/export`,
                        { format: 'xlsx' },
                      )}
                    >
                      {t('common.downloadXlsx')}
                    </a>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('provider.apiTitle')}>
        <Typography.Paragraph>{t('provider.apiText')}</Typography.Paragraph>
        <Space wrap>
          <ButtonLink to="/account/tokens">{t('provider.apiTokens')}</ButtonLink>
          <a href="/api/docs" target="_blank" rel="noreferrer">
            {t('provider.apiDocs')}
          </a>
        </Space>
      </Card>
      {registering && (
        <RegisterContractDialog
          provider={provider}
          onClose={() => setRegistering(false)}
          onDone={() => {
            setRegistering(false);
            contracts.reload();
          }}
        />
      )}
    </Space>
  );
}

interface ContractForm {
  contractNumber: string;
  creditCode: string;
  kind: Contract['kind'];
  contractAmountYuan: number;
  contractDate: Dayjs;
  notRelated: boolean;
  description?: string;
}

const CREDIT_CODE = /^[0-9A-Z]{18}$/;

function RegisterContractDialog({
  provider,
  onClose,
  onDone,
}: {
  provider: Provider;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('vouchers');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ContractForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const idempotency = useIdempotencyKey();
  const today = chinaTodayAsDayjs();
  const submit = async () => {
    const values = await form.validateFields();
    const body = {
      contractNumber: values.contractNumber.trim(),
      creditCode: values.creditCode.trim().toUpperCase(),
      kind: values.kind,
      contractAmountFen: yuanToFen(values.contractAmountYuan) ?? 0,
      contractDate: values.contractDate.format('YYYY-MM-DD'),
      relatedParty: false,
      description: values.description?.trim() || null,
    };
    setBusy(true);
    setFailure(null);
    try {
      const contract = await apiClient.POST('/vouchers/providers/{providerId}/contracts', {
        params: {
          path: { providerId: provider.id },
          header: { 'idempotency-key': idempotency.keyFor('register', body) },
        },
        body,
      });
      idempotency.done();
      void message.success(t('provider.registered', { number: contract.contractNumber }));
      onDone();
    } catch (error) {
      setFailure(submitFailure(form, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      width={640}
      title={t('provider.registerTitle')}
      okText={t('provider.register')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <Typography.Paragraph type="secondary">{t('provider.registerHelp')}</Typography.Paragraph>
      {failure && (
        <Alert
          type="error"
          showIcon
          message={failure}
          style={{ marginBottom: 12 }}
          data-testid="register-failure"
        />
      )}
      <Form<ContractForm>
        form={form}
        layout="vertical"
        initialValues={{
          kind: provider.kinds[0],
          contractDate: today,
          notRelated: false,
        }}
      >
        <Form.Item
          name="contractNumber"
          label={t('common.contractNumber')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 100, message: t('validation.tooLong', { max: 100 }) },
          ]}
        >
          <Input maxLength={100} data-testid="contract-number" />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t('common.creditCode')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            {
              validator: (_, value: string | undefined) =>
                !value || CREDIT_CODE.test(value.trim().toUpperCase())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.creditCode'))),
            },
          ]}
        >
          <Input maxLength={18} data-testid="credit-code" />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('common.kind')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            options={provider.kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="contractAmountYuan"
          label={`${t('common.contractAmount')}（${t('common.yuanSuffix')}）`}
          rules={[
            { required: true, message: t('validation.required') },
            positiveYuanRule(t('validation.positiveAmount')),
          ]}
        >
          <InputNumber
            min={0}
            max={10_000_000_000}
            precision={2}
            style={{ width: '100%' }}
            data-testid="contract-amount"
          />
        </Form.Item>
        <Form.Item
          name="contractDate"
          label={t('common.contractDate')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: (_, value: Dayjs | undefined) =>
                !value || !value.isAfter(today, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.futureDate'))),
            },
          ]}
        >
          <DatePicker
            disabledDate={(day) => day.isAfter(today, 'day')}
            style={{ width: '100%' }}
            data-testid="contract-date"
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('common.description')}
          rules={[{ max: 500, message: t('validation.tooLong', { max: 500 }) }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="notRelated"
          valuePropName="checked"
          extra={t('provider.relatedPartyHelp')}
          rules={[
            {
              validator: (_, value: boolean | undefined) =>
                value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.providerRelated'))),
            },
          ]}
        >
          <Checkbox data-testid="provider-not-related">{t('provider.relatedParty')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
