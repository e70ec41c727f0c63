import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { chinaToday, chinaTodayAsDayjs } from '../../app/china-today';
import { formatFen, LeaseStatusTag } from './parts';
import type { Lease } from './types';

/** Leases ending within this many days are listed first, to renew or to plan a move-out. */
export const ENDING_SOON_DAYS = 60;

/** Days from today (China) to a date; negative when past. */
function daysUntil(date: string): number {
  return dayjs(date).diff(dayjs(chinaToday()), 'day');
}

/** The community's leases: those ending soon first; renew or record a move-out. */
export function LeasesPanel({
  leases,
  loading,
  companyNames,
  onChanged,
}: {
  leases: Lease[] | undefined;
  loading: boolean;
  companyNames: Map<string, string>;
  onChanged: () => void;
}) {
  const { t } = useTranslation('spaces');
  const [renewing, setRenewing] = useState<Lease | null>(null);
  const [movingOut, setMovingOut] = useState<Lease | null>(null);
  const active = (leases ?? []).filter((lease) => lease.status === 'active');
  const endingSoon = active
    .filter((lease) => daysUntil(lease.endsOn) <= ENDING_SOON_DAYS)
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn));
  const company = (lease: Lease) => companyNames.get(lease.organisationId) ?? '—';
  const columns = [
    { title: t('common.unit'), dataIndex: 'unitLabel', key: 'unit' },
    {
      title: t('common.company'),
      key: 'company',
      render: (_: unknown, lease: Lease) => company(lease),
    },
    {
      title: t('common.endsOn'),
      dataIndex: 'endsOn',
      key: 'endsOn',
      render: (value: string, lease: Lease) => (
        <Space direction="vertical" size={0}>
          <span>{dayjs(value).format('LL')}</span>
          {lease.status === 'active' && daysUntil(value) <= ENDING_SOON_DAYS && (
            <Tag color="orange">{t('operate.leases.daysLeft', { count: daysUntil(value) })}</Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('common.startsOn'),
      dataIndex: 'startsOn',
      key: 'startsOn',
      responsive: ['md' as const],
      render: (value: string) => dayjs(value).format('LL'),
    },
    {
      title: t('common.monthlyRent'),
      dataIndex: 'monthlyRentFen',
      key: 'rent',
      align: 'right' as const,
      responsive: ['sm' as const],
      render: (fen: number) => formatFen(fen),
    },
    {
      title: t('common.monthlySubsidy'),
      dataIndex: 'monthlySubsidyFen',
      key: 'subsidy',
      align: 'right' as const,
      responsive: ['sm' as const],
      render: (fen: number) => formatFen(fen),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      key: 'status',
      responsive: ['lg' as const],
      render: (_: unknown, lease: Lease) => <LeaseStatusTag status={lease.status} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, lease: Lease) =>
        lease.status === 'active' && (
          <Space wrap>
            <Button size="small" onClick={() => setRenewing(lease)} data-testid="renew">
              {t('operate.leases.renew')}
            </Button>
            <Button size="small" danger onClick={() => setMovingOut(lease)} data-testid="move-out">
              {t('operate.leases.moveOut')}
            </Button>
          </Space>
        ),
    },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('operate.leases.endingSoon')} data-testid="leases-ending-soon">
        <Table<Lease>
          rowKey="id"
          size="small"
          loading={loading && !leases}
          dataSource={endingSoon}
          pagination={false}
          locale={{ emptyText: <Empty description={t('operate.leases.noneEndingSoon')} /> }}
          columns={columns}
        />
      </Card>
      <Card title={t('operate.leases.active')} data-testid="leases">
        <Table<Lease>
          rowKey="id"
          size="small"
          loading={loading && !leases}
          dataSource={leases ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('operate.leases.none')} /> }}
          columns={columns}
        />
      </Card>
      {renewing && (
        <RenewDialog
          lease={renewing}
          onClose={() => setRenewing(null)}
          onDone={() => {
            setRenewing(null);
            onChanged();
          }}
        />
      )}
      {movingOut && (
        <MoveOutDialog
          lease={movingOut}
          company={company(movingOut)}
          onClose={() => setMovingOut(null)}
          onDone={() => {
            setMovingOut(null);
            onChanged();
          }}
        />
      )}
    </Space>
  );
}

function RenewDialog({
  lease,
  onClose,
  onDone,
}: {
  lease: Lease;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ endsOn: Dayjs }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/spaces/leases/{leaseId}/renew', {
        params: { path: { leaseId: lease.id } },
        body: { endsOn: values.endsOn.format('YYYY-MM-DD') },
      });
      void message.success(t('operate.leases.renewed'));
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
      title={t('operate.leases.renewTitle', { unit: lease.unitLabel })}
      okText={t('operate.leases.renew')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>{t('operate.leases.renewHelp')}</Typography.Paragraph>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('common.endsOn')}>
          {dayjs(lease.endsOn).format('LL')}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.monthlyRent')}>
          {formatFen(lease.monthlyRentFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.monthlySubsidy')}>
          {formatFen(lease.monthlySubsidyFen)}
        </Descriptions.Item>
      </Descriptions>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ endsOn: dayjs(lease.endsOn).add(1, 'year') }}
      >
        <Form.Item
          name="endsOn"
          label={t('operate.leases.newEnd')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => !day.isAfter(dayjs(lease.endsOn), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MoveOutDialog({
  lease,
  company,
  onClose,
  onDone,
}: {
  lease: Lease;
  company: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ movedOutOn: Dayjs }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const today = chinaTodayAsDayjs();
  const start = dayjs(lease.startsOn);
  const end = dayjs(lease.endsOn);
  const initial = today.isBefore(start) ? start : today.isAfter(end) ? end : today;
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/spaces/leases/{leaseId}/move-out', {
        params: { path: { leaseId: lease.id } },
        body: { movedOutOn: values.movedOutOn.format('YYYY-MM-DD') },
      });
      void message.success(t('operate.leases.movedOut'));
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
      title={t('operate.leases.moveOutTitle', { company, unit: lease.unitLabel })}
      okText={t('operate.leases.moveOut')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>{t('operate.leases.moveOutHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ movedOutOn: initial }}>
        <Form.Item
          name="movedOutOn"
          label={t('operate.leases.movedOutOn')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isBefore(start, 'day') || day.isAfter(end, 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
