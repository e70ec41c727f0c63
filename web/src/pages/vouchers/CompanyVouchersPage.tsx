import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen } from '../applications/money';
import { ContractStatusTag, formatRate, KindLabel, movementColumns } from './parts';
import type { CompanyVouchers, Contract, Grant, KindBalance, Movement } from './types';

/** The founder's vouchers (A.P9, A.V1): balances per kind, grants, contracts to confirm, history. */
export default function CompanyVouchersPage() {
  const { t } = useTranslation('vouchers');
  const organisations = useApi((signal) => apiClient.GET('/organisations', { signal }), []);
  const [chosen, setChosen] = useState<string | null>(null);
  const organisationId = chosen ?? organisations.data?.[0]?.id ?? null;
  const vouchers = useApi(
    (signal) =>
      organisationId
        ? apiClient.GET('/vouchers/companies/{organisationId}', {
            params: { path: { organisationId } },
            signal,
          })
        : Promise.resolve(null),
    [organisationId],
  );
  if (organisations.error && !organisations.data)
    return <LoadFailed error={organisations.error} onRetry={organisations.reload} />;
  if (vouchers.error && !vouchers.data)
    return <LoadFailed error={vouchers.error} onRetry={vouchers.reload} />;
  const companies = organisations.data ?? [];
  return (
    <>
      <PageHeading
        title={t('titles.company')}
        description={t('company.description')}
        extra={
          companies.length > 1 && (
            <Flex align="center" gap={8}>
              <label htmlFor="voucher-company">{t('company.selectCompany')}</label>
              <Select
                id="voucher-company"
                value={organisationId}
                onChange={setChosen}
                options={companies.map((company) => ({ value: company.id, label: company.name }))}
                style={{ minWidth: 240 }}
                data-testid="company-select"
              />
            </Flex>
          )
        }
      />
      {organisations.data && companies.length === 0 && (
        <Card>
          <Empty description={t('company.noCompany')}>
            <ButtonLink to="/organisations">{t('company.selectCompany')}</ButtonLink>
          </Empty>
        </Card>
      )}
      {(organisations.loading || vouchers.loading) && !vouchers.data && <Card loading />}
      {vouchers.data && <CompanyVouchersView data={vouchers.data} onChanged={vouchers.reload} />}
    </>
  );
}

function CompanyVouchersView({
  data,
  onChanged,
}: {
  data: CompanyVouchers;
  onChanged: () => void;
}) {
  const { t } = useTranslation('vouchers');
  const [confirming, setConfirming] = useState<Contract | null>(null);
  const [declining, setDeclining] = useState<Contract | null>(null);
  const awaiting = data.contracts.filter((contract) => contract.status === 'awaiting_company');
  const others = data.contracts.filter((contract) => contract.status !== 'awaiting_company');
  const rateFor = (contract: Contract) => {
    const balance = data.kinds.find((kind) => kind.kind === contract.kind);
    const startup = data.grants.some((grant) => grant.kind === contract.kind && grant.startup);
    return formatRate(startup ? balance?.startupRateBp : balance?.rateBp) ?? '—';
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        {data.kinds.map((balance) => (
          <Col key={balance.kind} xs={24} lg={8}>
            <KindCard balance={balance} />
          </Col>
        ))}
      </Row>
      <Card title={t('company.awaiting')} data-testid="awaiting-contracts">
        <Typography.Paragraph type="secondary">{t('company.awaitingHelp')}</Typography.Paragraph>
        <Table<Contract>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={awaiting}
          locale={{ emptyText: t('company.noAwaiting') }}
          columns={[
            { title: t('common.contractNumber'), dataIndex: 'contractNumber' },
            { title: t('common.provider'), dataIndex: 'providerName', responsive: ['sm'] },
            {
              title: t('common.kind'),
              dataIndex: 'kind',
              responsive: ['md'],
              render: (kind: Contract['kind']) => <KindLabel kind={kind} />,
            },
            {
              title: t('common.contractAmount'),
              dataIndex: 'contractAmountFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_: unknown, contract) => (
                <Space wrap>
                  <Button
                    type="primary"
                    size="small"
                    onClick={() => setConfirming(contract)}
                    data-testid="confirm-contract"
                  >
                    {t('company.confirm')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => setDeclining(contract)}
                    data-testid="decline-contract"
                  >
                    {t('company.decline')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('company.grants')}>
        <Table<Grant>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.grants}
          locale={{ emptyText: t('company.noGrants') }}
          columns={[
            {
              title: t('common.kind'),
              dataIndex: 'kind',
              render: (kind: Grant['kind'], grant) => (
                <Space wrap size={4}>
                  <KindLabel kind={kind} />
                  {grant.startup && <Tag>{t('company.startup')}</Tag>}
                  {grant.expired && <Tag color="red">{t('company.expiredTag')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('company.granted'),
              dataIndex: 'amountFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('company.available'),
              dataIndex: 'availableFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('company.issuedAt'),
              dataIndex: 'issuedAt',
              responsive: ['md'],
              render: (value: string) => dayjs(value).format('LL'),
            },
            {
              title: t('company.validUntil'),
              dataIndex: 'validUntil',
              responsive: ['sm'],
              render: (value: string | null) =>
                value ? dayjs(value).format('LL') : t('company.noExpiry'),
            },
          ]}
        />
      </Card>
      <Card title={t('company.contracts')}>
        <Table<Contract>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={others}
          locale={{ emptyText: t('company.noContracts') }}
          columns={[
            { title: t('common.contractNumber'), dataIndex: 'contractNumber' },
            { title: t('common.provider'), dataIndex: 'providerName', responsive: ['md'] },
            {
              title: t('common.contractAmount'),
              dataIndex: 'contractAmountFen',
              align: 'right',
              responsive: ['sm'],
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('company.captured'),
              dataIndex: 'capturedFen',
              align: 'right',
              render: (fen: number, contract) => formatFen(fen - contract.refundedFen),
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (status: Contract['status']) => <ContractStatusTag status={status} />,
            },
          ]}
        />
      </Card>
      <Card title={t('company.history')}>
        <Table<Movement>
          rowKey="id"
          size="small"
          dataSource={data.history}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('company.noHistory') }}
          columns={[
            {
              title: t('common.date'),
              dataIndex: 'createdAt',
              render: (value: string) => dayjs(value).format('LLL'),
            },
            {
              title: t('common.kind'),
              dataIndex: 'kind',
              responsive: ['sm'],
              render: (kind: Movement['kind']) => <KindLabel kind={kind} />,
            },
            ...movementColumns(t),
          ]}
        />
      </Card>
      {confirming && (
        <ConfirmDialog
          contract={confirming}
          rate={rateFor(confirming)}
          onClose={() => setConfirming(null)}
          onDone={() => {
            setConfirming(null);
            onChanged();
          }}
        />
      )}
      {declining && (
        <DeclineDialog
          contract={declining}
          onClose={() => setDeclining(null)}
          onDone={() => {
            setDeclining(null);
            onChanged();
          }}
        />
      )}
    </Space>
  );
}

function KindCard({ balance }: { balance: KindBalance }) {
  const { t } = useTranslation('vouchers');
  const rate = formatRate(balance.rateBp);
  const startupRate = formatRate(balance.startupRateBp);
  return (
    <Card
      size="small"
      title={<KindLabel kind={balance.kind} />}
      data-testid="kind-balance"
      data-kind={balance.kind}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 1, xxl: 2 }}>
        <Descriptions.Item label={t('company.cap')}>
          {balance.capFen === null ? t('company.unpublished') : formatFen(balance.capFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('company.granted')}>
          {formatFen(balance.grantedFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('company.available')}>
          <Typography.Text strong data-testid="available">
            {formatFen(balance.availableFen)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('company.held')}>
          {formatFen(balance.heldFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('company.captured')}>
          {formatFen(balance.capturedFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('company.expired')}>
          {formatFen(balance.expiredFen)}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">
        {rate
          ? t('company.rate', { rate, startupRate: startupRate ?? rate })
          : t('company.rateUnknown')}
      </Typography.Text>
    </Card>
  );
}

function ConfirmDialog({
  contract,
  rate,
  onClose,
  onDone,
}: {
  contract: Contract;
  rate: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('vouchers');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ notRelated: boolean }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/vouchers/contracts/{contractId}/confirm', {
        params: { path: { contractId: contract.id } },
        body: { relatedParty: false },
      });
      void message.success(t('company.confirmed'));
      onDone();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('company.confirmTitle', { number: contract.contractNumber })}
      okText={t('company.confirm')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('common.provider')}>{contract.providerName}</Descriptions.Item>
        <Descriptions.Item label={t('common.kind')}>
          <KindLabel kind={contract.kind} />
        </Descriptions.Item>
        <Descriptions.Item label={t('common.contractAmount')}>
          {formatFen(contract.contractAmountFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.contractDate')}>
          {dayjs(contract.contractDate).format('LL')}
        </Descriptions.Item>
        {contract.description && (
          <Descriptions.Item label={t('common.description')}>
            {contract.description}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Paragraph>{t('company.confirmExplain', { rate })}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="notRelated"
          valuePropName="checked"
          rules={[
            {
              validator: (_, value: boolean | undefined) =>
                value ? Promise.resolve() : Promise.reject(new Error(t('validation.relatedParty'))),
            },
          ]}
        >
          <Checkbox data-testid="not-related">
            {t('company.confirmDeclaration', { provider: contract.providerName })}
          </Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DeclineDialog({
  contract,
  onClose,
  onDone,
}: {
  contract: Contract;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('vouchers');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string; relatedParty?: boolean }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/vouchers/contracts/{contractId}/decline', {
        params: { path: { contractId: contract.id } },
        body: { reason: values.reason.trim(), relatedParty: values.relatedParty ?? false },
      });
      void message.success(t('company.declined'));
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
      title={t('company.declineTitle', { number: contract.contractNumber })}
      okText={t('company.decline')}
      okButtonProps={{ danger: true }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('company.declineReason')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 500, message: t('validation.tooLong', { max: 500 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="decline-reason" />
        </Form.Item>
        <Form.Item name="relatedParty" valuePropName="checked">
          <Checkbox>{t('company.declineRelated')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
