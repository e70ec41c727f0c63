import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { chinaYear } from '../../app/china-today';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen, yuanToFen } from '../applications/money';
import { KindLabel, positiveYuanRule } from './parts';
import { VOUCHER_KINDS, type Pool, type VoucherKind } from './types';

/** The budget pools (kind × year) vouchers are issued from, and funding them with a reason. */
export default function PoolsPage() {
  const { t } = useTranslation('vouchers');
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/vouchers/pools', { signal }),
    [],
  );
  const [funding, setFunding] = useState<{ kind?: VoucherKind; year?: number } | null>(null);
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading
        title={t('titles.pools')}
        description={t('pools.description')}
        extra={
          <Button onClick={() => setFunding({})} data-testid="fund-new-pool">
            {t('pools.newPool')}
          </Button>
        }
      />
      <Card>
        <Table<Pool>
          rowKey={(pool) => `${pool.kind}-${pool.year}`}
          size="small"
          loading={loading}
          pagination={false}
          dataSource={data ?? []}
          locale={{ emptyText: t('pools.empty') }}
          columns={[
            {
              title: t('common.kind'),
              dataIndex: 'kind',
              render: (kind: VoucherKind) => <KindLabel kind={kind} />,
            },
            { title: t('pools.year'), dataIndex: 'year' },
            {
              title: t('pools.available'),
              dataIndex: 'availableFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('common.actions'),
              key: 'fund',
              render: (_: unknown, pool) => (
                <Button
                  size="small"
                  onClick={() => setFunding({ kind: pool.kind, year: pool.year })}
                >
                  {t('pools.fund')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {funding && (
        <FundDialog
          initial={funding}
          onClose={() => setFunding(null)}
          onDone={() => {
            setFunding(null);
            reload();
          }}
        />
      )}
    </>
  );
}

interface FundForm {
  kind: VoucherKind;
  year: number;
  amountYuan: number;
  reason: string;
}

function FundDialog({
  initial,
  onClose,
  onDone,
}: {
  initial: { kind?: VoucherKind; year?: number };
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('vouchers');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FundForm>();
  const kind = Form.useWatch('kind', form) ?? initial.kind ?? 'compute';
  const year = Form.useWatch('year', form) ?? initial.year ?? chinaYear();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      const amountFen = yuanToFen(values.amountYuan) ?? 0;
      await apiClient.POST('/vouchers/pools/{kind}/{year}/funding', {
        params: { path: { kind: values.kind, year: values.year } },
        body: { amountFen, reason: values.reason.trim() },
      });
      void message.success(t('pools.funded', { amount: formatFen(amountFen) }));
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
      title={t('pools.fundTitle', { kind: t(`kinds.${kind}`), year })}
      okText={t('pools.fund')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<FundForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: initial.kind ?? 'compute', year: initial.year ?? chinaYear() }}
      >
        <Form.Item
          name="kind"
          label={t('common.kind')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            disabled={initial.kind !== undefined}
            options={VOUCHER_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('pools.year')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber
            min={2026}
            max={2100}
            precision={0}
            disabled={initial.year !== undefined}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="amountYuan"
          label={t('pools.fundAmount')}
          rules={[
            { required: true, message: t('validation.required') },
            positiveYuanRule(t('validation.positiveAmount')),
          ]}
        >
          <InputNumber min={0} precision={2} max={10_000_000_000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('pools.fundReason')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 500, message: t('validation.tooLong', { max: 500 }) },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
