import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Divider,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { describeError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { ButtonLink } from '../../components/ButtonLink';
import { Heading } from '../../components/Heading';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { fenToYuan, formatFen, yuanToFen } from '../applications/money';
import {
  ContractStatusTag,
  formatRate,
  KindLabel,
  movementColumns,
  positiveYuanRule,
  useIdempotencyKey,
} from './parts';
import type { ContractDetail, Movement } from './types';

/** One contract as its provider sees it, with what can be done next (hold, capture, void, refund). */
export default function ProviderContractPage() {
  const { t } = useTranslation('vouchers');
  const { providerId = '', contractId = '' } = useParams();
  const { data, error, loading, reload, setData } = useApi(
    (signal) =>
      apiClient.GET('/vouchers/providers/{providerId}/contracts/{contractId}', {
        params: { path: { providerId, contractId } },
        signal,
      }),
    [providerId, contractId],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return <Card loading={loading} />;
  const when = (value: string | null) => (value ? dayjs(value).format('LLL') : '—');
  return (
    <>
      <PageHeading
        title={
          <Space wrap>
            {`${t('titles.contract')} ${data.contractNumber}`}
            <ContractStatusTag status={data.status} />
          </Space>
        }
        extra={
          <ButtonLink to={`/vouchers/provider?provider=${providerId}`}>
            {t('contract.back')}
          </ButtonLink>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('common.company')}>{data.companyName}</Descriptions.Item>
            <Descriptions.Item label={t('common.creditCode')}>
              {data.companyCreditCode}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.kind')}>
              <KindLabel kind={data.kind} />
            </Descriptions.Item>
            <Descriptions.Item label={t('common.contractAmount')}>
              {formatFen(data.contractAmountFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.contractDate')}>
              {dayjs(data.contractDate).format('LL')}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.rate')}>
              {formatRate(data.rateBp) ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('contract.held')}>
              <span data-testid="contract-held">{formatFen(data.heldFen)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('contract.capturedAmount')}>
              <span data-testid="contract-captured">{formatFen(data.capturedFen)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('contract.refunded')}>
              {formatFen(data.refundedFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('contract.holding')}>
              {formatFen(data.holdingFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('contract.invoice')}>
              {data.invoiceNumber ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('contract.deliveryProof')}>
              {data.deliveryProof ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('contract.registeredAt')}>
              {when(data.registeredAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('contract.confirmedAt')}>
              {when(data.confirmedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('contract.heldAt')}>{when(data.heldAt)}</Descriptions.Item>
            <Descriptions.Item label={t('contract.capturedAt')}>
              {when(data.capturedAt)}
            </Descriptions.Item>
            {data.voidedAt && (
              <Descriptions.Item label={t('contract.voidedAt')}>
                {when(data.voidedAt)}
              </Descriptions.Item>
            )}
            {data.declineReason && (
              <Descriptions.Item label={t('contract.declineReason')}>
                {data.declineReason}
              </Descriptions.Item>
            )}
            {data.description && (
              <Descriptions.Item label={t('common.description')}>
                {data.description}
              </Descriptions.Item>
            )}
            {data.clauses.length > 0 && (
              <Descriptions.Item label={t('common.clauses')}>
                {data.clauses.join(', ')}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Card title={t('contract.steps')} data-testid="contract-actions">
          <ContractActions
            contract={data}
            providerId={providerId}
            onChanged={(changed) => {
              setData({ ...data, ...changed });
              reload();
            }}
          />
        </Card>
        <Card title={t('contract.movements')}>
          <Table<Movement>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.movements}
            locale={{ emptyText: t('company.noHistory') }}
            columns={[
              {
                title: t('common.date'),
                dataIndex: 'createdAt',
                render: (value: string) => dayjs(value).format('LLL'),
              },
              ...movementColumns(t),
            ]}
          />
        </Card>
      </Space>
    </>
  );
}

type ContractChange = Partial<ContractDetail>;

function ContractActions({
  contract,
  providerId,
  onChanged,
}: {
  contract: ContractDetail;
  providerId: string;
  onChanged: (changed: ContractChange) => void;
}) {
  const { t } = useTranslation('vouchers');
  const { message } = AntApp.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const idempotency = useIdempotencyKey();
  const [captureForm] = Form.useForm<{
    invoiceNumber: string;
    deliveryProof: string;
    amountYuan?: number | null;
  }>();
  const [refundForm] = Form.useForm<{ amountYuan: number; reason: string }>();
  const path = { providerId, contractId: contract.id };

  const run = async (
    action: 'hold' | 'capture' | 'void' | 'refund',
    call: (key: string) => Promise<ContractChange>,
    body: unknown,
    done: (changed: ContractChange) => string,
    form?: Parameters<typeof submitFailure>[0],
  ) => {
    setBusy(action);
    setFailure(null);
    try {
      const changed = await call(idempotency.keyFor(action, body));
      idempotency.done();
      void message.success(done(changed));
      onChanged(changed);
    } catch (error) {
      setFailure(form ? submitFailure(form, error) : describeError(error));
    } finally {
      setBusy(null);
    }
  };

  const hold = () =>
    run(
      'hold',
      (key) =>
        apiClient.POST('/vouchers/providers/{providerId}/contracts/{contractId}/hold', {
          params: { path, header: { 'idempotency-key': key } },
          body: {},
        }),
      {},
      (changed) => t('contract.heldDone', { amount: formatFen(changed.heldFen) }),
    );

  const capture = async () => {
    const values = await captureForm.validateFields();
    const amountFen = yuanToFen(values.amountYuan ?? null);
    const body = {
      invoiceNumber: values.invoiceNumber.trim(),
      deliveryProof: values.deliveryProof.trim(),
      ...(amountFen !== null ? { amountFen } : {}),
    };
    await run(
      'capture',
      (key) =>
        apiClient.POST('/vouchers/providers/{providerId}/contracts/{contractId}/capture', {
          params: { path, header: { 'idempotency-key': key } },
          body,
        }),
      body,
      (changed) => t('contract.capturedDone', { amount: formatFen(changed.capturedFen) }),
      captureForm,
    );
  };

  const voidHold = () =>
    run(
      'void',
      (key) =>
        apiClient.POST('/vouchers/providers/{providerId}/contracts/{contractId}/void', {
          params: { path, header: { 'idempotency-key': key } },
          body: {},
        }),
      {},
      () => t('contract.voidedDone'),
    );

  const refund = async () => {
    const values = await refundForm.validateFields();
    const body = { amountFen: yuanToFen(values.amountYuan) ?? 0, reason: values.reason.trim() };
    await run(
      'refund',
      (key) =>
        apiClient.POST('/vouchers/providers/{providerId}/contracts/{contractId}/refunds', {
          params: { path, header: { 'idempotency-key': key } },
          body,
        }),
      body,
      () => t('contract.refundedDone', { amount: formatFen(body.amountFen) }),
      refundForm,
    );
  };

  const refundable = contract.capturedFen - contract.refundedFen;
  return (
    <>
      {failure && (
        <Alert
          type="error"
          showIcon
          message={failure}
          style={{ marginBottom: 12 }}
          data-testid="action-failure"
        />
      )}
      {contract.status === 'awaiting_company' && (
        <Typography.Paragraph>{t('contract.awaitingCompany')}</Typography.Paragraph>
      )}
      {contract.status === 'confirmed' && (
        <section>
          <Heading level={2} looksLike={5}>
            {t('contract.hold')}
          </Heading>
          <Typography.Paragraph type="secondary">{t('contract.holdExplain')}</Typography.Paragraph>
          <Button
            type="primary"
            loading={busy === 'hold'}
            onClick={() => void hold()}
            data-testid="hold"
          >
            {t('contract.hold')}
          </Button>
        </section>
      )}
      {contract.status === 'held' && (
        <>
          <section>
            <Heading level={2} looksLike={5}>
              {t('contract.capture')}
            </Heading>
            <Typography.Paragraph type="secondary">
              {t('contract.captureExplain')}
            </Typography.Paragraph>
            <Form form={captureForm} layout="vertical" style={{ maxWidth: 560 }}>
              <Form.Item
                name="invoiceNumber"
                label={t('contract.invoiceNumber')}
                rules={[
                  { required: true, whitespace: true, message: t('validation.required') },
                  { max: 100, message: t('validation.tooLong', { max: 100 }) },
                ]}
              >
                <Input maxLength={100} data-testid="invoice-number" />
              </Form.Item>
              <Form.Item
                name="deliveryProof"
                label={t('contract.deliveryProofLabel')}
                rules={[
                  { required: true, whitespace: true, message: t('validation.required') },
                  { max: 1000, message: t('validation.tooLong', { max: 1000 }) },
                ]}
              >
                <Input.TextArea rows={2} maxLength={1000} data-testid="delivery-proof" />
              </Form.Item>
              <Form.Item
                name="amountYuan"
                label={t('contract.captureAmount')}
                extra={t('contract.captureAmountHelp', { amount: formatFen(contract.holdingFen) })}
                rules={[
                  positiveYuanRule(t('validation.positiveAmount')),
                  {
                    validator: (_, value: number | null | undefined) =>
                      value === null ||
                      value === undefined ||
                      (yuanToFen(value) ?? 0) <= contract.holdingFen
                        ? Promise.resolve()
                        : Promise.reject(
                            new Error(
                              t('validation.notAbove', { amount: formatFen(contract.holdingFen) }),
                            ),
                          ),
                  },
                ]}
              >
                <InputNumber
                  min={0}
                  precision={2}
                  max={fenToYuan(contract.holdingFen) ?? undefined}
                  style={{ width: '100%' }}
                  data-testid="capture-amount"
                />
              </Form.Item>
              <Button
                type="primary"
                loading={busy === 'capture'}
                onClick={() => void capture().catch(() => undefined)}
                data-testid="capture"
              >
                {t('contract.capture')}
              </Button>
            </Form>
          </section>
          <Divider />
          <section>
            <Heading level={2} looksLike={5}>
              {t('contract.void')}
            </Heading>
            <Typography.Paragraph type="secondary">
              {t('contract.voidExplain')}
            </Typography.Paragraph>
            <Popconfirm
              title={t('contract.void')}
              description={t('contract.voidConfirm', { amount: formatFen(contract.holdingFen) })}
              onConfirm={() => voidHold()}
            >
              <Button danger loading={busy === 'void'} data-testid="void">
                {t('contract.void')}
              </Button>
            </Popconfirm>
          </section>
        </>
      )}
      {contract.status === 'captured' && refundable > 0 && (
        <section>
          <Heading level={2} looksLike={5}>
            {t('contract.refund')}
          </Heading>
          <Typography.Paragraph type="secondary">
            {t('contract.refundExplain')}
          </Typography.Paragraph>
          <Form form={refundForm} layout="vertical" style={{ maxWidth: 560 }}>
            <Form.Item
              name="amountYuan"
              label={t('contract.refundAmount')}
              rules={[
                { required: true, message: t('validation.required') },
                positiveYuanRule(t('validation.positiveAmount')),
                {
                  validator: (_, value: number | null | undefined) =>
                    value === null || value === undefined || (yuanToFen(value) ?? 0) <= refundable
                      ? Promise.resolve()
                      : Promise.reject(
                          new Error(t('validation.notAbove', { amount: formatFen(refundable) })),
                        ),
                },
              ]}
            >
              <InputNumber
                min={0}
                precision={2}
                max={fenToYuan(refundable) ?? undefined}
                style={{ width: '100%' }}
                data-testid="refund-amount"
              />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('contract.refundReason')}
              rules={[
                { required: true, whitespace: true, message: t('validation.required') },
                { max: 500, message: t('validation.tooLong', { max: 500 }) },
              ]}
            >
              <Input.TextArea rows={2} maxLength={500} data-testid="refund-reason" />
            </Form.Item>
            <Button
              loading={busy === 'refund'}
              onClick={() => void refund().catch(() => undefined)}
              data-testid="refund"
            >
              {t('contract.refund')}
            </Button>
          </Form>
        </section>
      )}
      {(contract.status === 'declined' ||
        contract.status === 'voided' ||
        (contract.status === 'captured' && refundable <= 0)) && (
        <Typography.Paragraph type="secondary">{t('contract.noActions')}</Typography.Paragraph>
      )}
    </>
  );
}
