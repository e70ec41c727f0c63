import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Input,
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
import { MoveUpDialog } from './MoveUpDialog';
import { formatFen, LeaseStatusTag } from './parts';
import type { Lease, MoveUpRequest, Unit } from './types';

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
  units,
  moveUpRequests,
  onChanged,
}: {
  leases: Lease[] | undefined;
  loading: boolean;
  companyNames: Map<string, string>;
  units: Unit[] | undefined;
  moveUpRequests: MoveUpRequest[] | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation('spaces');
  const [renewing, setRenewing] = useState<Lease | null>(null);
  const [movingOut, setMovingOut] = useState<Lease | null>(null);
  const [movingUp, setMovingUp] = useState<{ lease: Lease; requestId?: string } | null>(null);
  const [declining, setDeclining] = useState<MoveUpRequest | null>(null);
  const openRequests = (moveUpRequests ?? []).filter((request) => request.status === 'requested');
  const canMoveUp = (lease: Lease) =>
    lease.status === 'active' && lease.route === 'opc-community' && lease.unitKind !== 'floor';
  const active = (leases ?? []).filter((lease) => lease.status === 'active');
  const endingSoon = active
    .filter((lease) => daysUntil(lease.endsOn) <= ENDING_SOON_DAYS)
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn));
  const company = (lease: Lease) =>
    lease.organisationName || (companyNames.get(lease.organisationId) ?? '—');
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
            {canMoveUp(lease) && (
              <Button size="small" onClick={() => setMovingUp({ lease })} data-testid="move-up">
                {t('operate.moveUp.action')}
              </Button>
            )}
            <Button size="small" danger onClick={() => setMovingOut(lease)} data-testid="move-out">
              {t('operate.leases.moveOut')}
            </Button>
          </Space>
        ),
    },
  ];
  const expandable = {
    rowExpandable: (lease: Lease) => lease.terms.length > 1,
    expandedRowRender: (lease: Lease) => <TermsHistory lease={lease} />,
  };
  const leaseOf = (request: MoveUpRequest) =>
    (leases ?? []).find((lease) => lease.id === request.leaseId);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {openRequests.length > 0 && (
        <Card title={t('operate.moveUp.requests')} data-testid="move-up-requests">
          <Table<MoveUpRequest>
            rowKey="id"
            size="small"
            dataSource={openRequests}
            pagination={false}
            columns={[
              { title: t('common.company'), dataIndex: 'organisationName', key: 'company' },
              {
                title: t('common.teamSize'),
                dataIndex: 'teamSize',
                key: 'team',
                render: (count: number) => t('common.people', { count }),
              },
              {
                title: t('operate.moveUp.toRung'),
                dataIndex: 'rung',
                key: 'rung',
                render: (rung: Unit['kind']) => t(`kinds.${rung}`),
              },
              {
                title: t('operate.moveUp.askedBy'),
                dataIndex: 'requestedAs',
                key: 'as',
                responsive: ['md' as const],
                render: (as: MoveUpRequest['requestedAs']) => t(`operate.moveUp.as.${as}`),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, request: MoveUpRequest) => {
                  const lease = leaseOf(request);
                  return (
                    <Space wrap>
                      {lease && (
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => setMovingUp({ lease, requestId: request.id })}
                          data-testid="move-up-request-allocate"
                        >
                          {t('operate.moveUp.action')}
                        </Button>
                      )}
                      <Button size="small" danger onClick={() => setDeclining(request)}>
                        {t('operate.moveUp.decline')}
                      </Button>
                    </Space>
                  );
                },
              },
            ]}
          />
        </Card>
      )}
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
          expandable={expandable}
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
      {movingUp && (
        <MoveUpDialog
          lease={movingUp.lease}
          units={units ?? []}
          {...(movingUp.requestId ? { requestId: movingUp.requestId } : {})}
          onClose={() => setMovingUp(null)}
          onDone={() => {
            setMovingUp(null);
            onChanged();
          }}
        />
      )}
      {declining && (
        <DeclineMoveUpDialog
          request={declining}
          onClose={() => setDeclining(null)}
          onDone={() => {
            setDeclining(null);
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
  const [form] = Form.useForm<{ endsOn: Dayjs; newTerms: boolean }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/spaces/leases/{leaseId}/renew', {
        params: { path: { leaseId: lease.id } },
        body: { endsOn: values.endsOn.format('YYYY-MM-DD'), newTerms: values.newTerms },
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
        initialValues={{ endsOn: dayjs(lease.endsOn).add(1, 'year'), newTerms: false }}
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
        <Form.Item
          name="newTerms"
          valuePropName="checked"
          extra={t('operate.leases.newTermsHelp', {
            day: dayjs(lease.endsOn).add(1, 'day').format('LL'),
          })}
        >
          <Checkbox data-testid="renew-new-terms">{t('operate.leases.newTerms')}</Checkbox>
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

/** A lease's terms over time, with the dated rents each came from (old terms stay visible). */
export function TermsHistory({ lease }: { lease: Lease }) {
  const { t } = useTranslation('spaces');
  const source = (rent: Lease['terms'][number]['marketReferenceRent']) =>
    rent
      ? t('operate.terms.source', {
          from: dayjs(rent.effectiveFrom).format('LL'),
          source: rent.source,
        })
      : '';
  return (
    <Table<Lease['terms'][number]>
      rowKey="startsOn"
      size="small"
      pagination={false}
      dataSource={lease.terms}
      data-testid="lease-terms"
      columns={[
        {
          title: t('operate.terms.from'),
          dataIndex: 'startsOn',
          key: 'from',
          render: (value: string) => dayjs(value).format('LL'),
        },
        {
          title: t('common.monthlyRent'),
          dataIndex: 'monthlyRentFen',
          key: 'rent',
          align: 'right' as const,
          render: (fen: number) => formatFen(fen),
        },
        {
          title: t('common.monthlySubsidy'),
          dataIndex: 'monthlySubsidyFen',
          key: 'subsidy',
          align: 'right' as const,
          render: (fen: number) => formatFen(fen),
        },
        {
          title: t('operate.terms.reason'),
          dataIndex: 'reason',
          key: 'reason',
          render: (reason: Lease['terms'][number]['reason']) =>
            t(`operate.terms.reasons.${reason}`),
        },
        {
          title: t('operate.terms.sources'),
          key: 'sources',
          responsive: ['md' as const],
          render: (_: unknown, term: Lease['terms'][number]) =>
            [source(term.marketReferenceRent), source(term.lowCostRent)]
              .filter(Boolean)
              .join('；') || t('operate.terms.entered'),
        },
      ]}
    />
  );
}

function DeclineMoveUpDialog({
  request,
  onClose,
  onDone,
}: {
  request: MoveUpRequest;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/spaces/move-up-requests/{requestId}/decline', {
        params: { path: { requestId: request.id } },
        body: { reason: values.reason },
      });
      void message.success(t('operate.moveUp.declined'));
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
      title={t('operate.moveUp.declineTitle', { company: request.organisationName })}
      okText={t('operate.moveUp.decline')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('operate.moveUp.reason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
