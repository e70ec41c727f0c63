import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { chinaTodayAsDayjs } from '../../app/china-today';
import { LoadFailed } from '../../components/StatusPages';
import { fenToYuan, yuanToFen } from '../applications/money';
import {
  ApplicationStatusTag,
  formatFen,
  MonthlyRent,
  RungLabel,
  suggestedTerms,
  yuanRule,
} from './parts';
import type { Application, Unit } from './types';

/** The community's applications: admit or decline the submitted, allocate to the admitted. */
export function ApplicationsPanel({
  applications,
  loading,
  onChanged,
}: {
  applications: Application[] | undefined;
  loading: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message, modal } = AntApp.useApp();
  const [declining, setDeclining] = useState<Application | null>(null);
  const [allocating, setAllocating] = useState<Application | null>(null);
  const admit = (application: Application) =>
    modal.confirm({
      title: t('operate.applications.admitTitle', { company: application.organisationName }),
      content: t('operate.applications.admitHelp'),
      okText: t('operate.applications.admit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await apiClient.POST('/spaces/applications/{applicationId}/admit', {
            params: { path: { applicationId: application.id } },
            body: {},
          });
          void message.success(t('operate.applications.admitted'));
          onChanged();
        } catch (error) {
          void message.error(describeError(error));
        }
      },
    });
  return (
    <Card title={t('operate.applications.title')} data-testid="applications">
      <Table<Application>
        rowKey="id"
        size="small"
        loading={loading && !applications}
        dataSource={applications ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={t('operate.applications.empty')} /> }}
        columns={[
          { title: t('common.company'), dataIndex: 'organisationName' },
          {
            title: t('common.teamSize'),
            dataIndex: 'teamSize',
            responsive: ['sm'],
            render: (team: number, row) => (
              <>
                {t('common.people', { count: team })}
                <Typography.Text type="secondary">
                  {' '}
                  ({t('common.aiFounders')} {row.aiFounderCount})
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('common.rung'),
            dataIndex: 'rung',
            responsive: ['md'],
            render: (_: unknown, row) => <RungLabel rung={row.rung} />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (_: unknown, row) => (
              <Space direction="vertical" size={2}>
                <ApplicationStatusTag status={row.status} />
                {row.waitingPosition !== null && (
                  <Tag color="orange" data-testid="waiting-position">
                    {t('operate.applications.waiting', { position: row.waitingPosition })}
                  </Tag>
                )}
                {row.status === 'declined' && row.decisionReason && (
                  <Typography.Text type="secondary">{row.decisionReason}</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('common.submittedAt'),
            dataIndex: 'createdAt',
            responsive: ['lg'],
            render: (value: string) => dayjs(value).format('LL'),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, row) => (
              <Space wrap>
                {row.status === 'submitted' && (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => admit(row)}
                      data-testid="admit"
                    >
                      {t('operate.applications.admit')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => setDeclining(row)}
                      data-testid="decline"
                    >
                      {t('operate.applications.decline')}
                    </Button>
                  </>
                )}
                {row.status === 'admitted' && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setAllocating(row)}
                    data-testid="allocate"
                  >
                    {t('operate.applications.allocate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {declining && (
        <DeclineDialog
          application={declining}
          onClose={() => setDeclining(null)}
          onDone={() => {
            setDeclining(null);
            onChanged();
          }}
        />
      )}
      {allocating && (
        <AllocateDialog
          application={allocating}
          onClose={() => setAllocating(null)}
          onDone={() => {
            setAllocating(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

function DeclineDialog({
  application,
  onClose,
  onDone,
}: {
  application: Application;
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
      await apiClient.POST('/spaces/applications/{applicationId}/decline', {
        params: { path: { applicationId: application.id } },
        body: { reason: values.reason.trim() },
      });
      void message.success(t('operate.applications.declined'));
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
      title={t('operate.applications.declineTitle', { company: application.organisationName })}
      okText={t('operate.applications.decline')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>{t('operate.applications.declineHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('operate.applications.declineReason')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 1000, message: t('validation.tooLong', { max: 1000 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="decline-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface LeaseValues {
  unitId: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
  rentYuan: number;
  subsidyYuan: number;
}

/**
 * Allocation: the free units of the application's rung (the offer), and the lease — start, end,
 * monthly rent and subsidy prefilled from the chosen unit's rents in force.
 */
function AllocateDialog({
  application,
  onClose,
  onDone,
}: {
  application: Application;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const offer = useApi(
    (signal) =>
      apiClient.GET('/spaces/applications/{applicationId}/offer', {
        params: { path: { applicationId: application.id } },
        signal,
      }),
    [application.id],
  );
  const [form] = Form.useForm<LeaseValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const units = offer.data?.units ?? [];
  const choose = (unit: Unit | undefined) => {
    if (!unit) return;
    const terms = suggestedTerms(unit);
    form.setFieldsValue({
      unitId: unit.id,
      rentYuan: fenToYuan(terms.monthlyRentFen) ?? 0,
      subsidyYuan: fenToYuan(terms.monthlySubsidyFen) ?? 0,
    });
  };
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/spaces/applications/{applicationId}/lease', {
        params: { path: { applicationId: application.id } },
        body: {
          unitId: values.unitId,
          startsOn: values.startsOn.format('YYYY-MM-DD'),
          endsOn: values.endsOn.format('YYYY-MM-DD'),
          monthlyRentFen: yuanToFen(values.rentYuan) ?? 0,
          monthlySubsidyFen: yuanToFen(values.subsidyYuan) ?? 0,
        },
      });
      void message.success(t('operate.allocate.done'));
      onDone();
    } catch (error) {
      setFailure(submitFailure(form, error));
    } finally {
      setBusy(false);
    }
  };
  const today = chinaTodayAsDayjs();
  const rung = offer.data?.rung ?? application.rung;
  return (
    <Modal
      open
      width={720}
      title={t('operate.allocate.title', { company: application.organisationName })}
      okText={t('operate.allocate.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: units.length === 0 }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {Boolean(offer.error) && !offer.data && (
        <LoadFailed error={offer.error} onRetry={offer.reload} />
      )}
      {offer.loading && !offer.data && <Spin />}
      {offer.data && (
        <>
          <Typography.Paragraph>
            {t('operate.allocate.rungHelp', { team: application.teamSize })}
            <RungLabel rung={rung} />
          </Typography.Paragraph>
          {rung === 'unpublished' ? (
            <Alert type="warning" showIcon message={t('operate.allocate.ladderUnpublished')} />
          ) : units.length === 0 ? (
            <Alert type="info" showIcon message={t('operate.allocate.noUnits')} />
          ) : (
            <>
              {failure && (
                <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />
              )}
              <Form
                form={form}
                layout="vertical"
                initialValues={{ startsOn: today, endsOn: today.add(1, 'year').subtract(1, 'day') }}
              >
                <Form.Item
                  name="unitId"
                  label={t('operate.allocate.unit')}
                  rules={[{ required: true, message: t('validation.required') }]}
                >
                  <Radio.Group
                    onChange={(event) =>
                      choose(units.find((unit) => unit.id === (event.target.value as string)))
                    }
                    style={{ width: '100%' }}
                  >
                    <Space direction="vertical" style={{ width: '100%' }}>
                      {units.map((unit) => (
                        <Radio
                          key={unit.id}
                          value={unit.id}
                          data-testid="offer-unit"
                          data-label={unit.label}
                        >
                          <strong>{unit.label}</strong> · {t(`kinds.${unit.kind}`)} ·{' '}
                          {t('common.areaValue', { area: unit.areaM2 })} ·{' '}
                          {t('common.seatsValue', { count: unit.seats })} ·{' '}
                          {t('common.lowCostRent')}{' '}
                          <MonthlyRent fen={unit.lowCostRent?.monthlyRentFen} />
                        </Radio>
                      ))}
                    </Space>
                  </Radio.Group>
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name="startsOn"
                      label={t('common.startsOn')}
                      rules={[{ required: true, message: t('validation.required') }]}
                    >
                      <DatePicker style={{ width: '100%' }} data-testid="lease-start" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name="endsOn"
                      label={t('common.endsOn')}
                      dependencies={['startsOn']}
                      rules={[
                        { required: true, message: t('validation.required') },
                        ({ getFieldValue }) => ({
                          validator: (_, value: Dayjs | null | undefined) => {
                            const start = getFieldValue('startsOn') as Dayjs | null | undefined;
                            return !value || !start || !value.isBefore(start, 'day')
                              ? Promise.resolve()
                              : Promise.reject(new Error(t('validation.endAfterStart')));
                          },
                        }),
                      ]}
                    >
                      <DatePicker style={{ width: '100%' }} data-testid="lease-end" />
                    </Form.Item>
                  </Col>
                </Row>
                <Typography.Paragraph type="secondary">
                  {t('operate.allocate.prefillHelp')}
                </Typography.Paragraph>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name="rentYuan"
                      label={t('operate.allocate.rentYuan')}
                      rules={[
                        { required: true, message: t('validation.required') },
                        yuanRule(t('validation.amount')),
                      ]}
                    >
                      <InputNumber
                        min={0}
                        prefix="¥"
                        style={{ width: '100%' }}
                        data-testid="lease-rent"
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name="subsidyYuan"
                      label={t('operate.allocate.subsidyYuan')}
                      dependencies={['rentYuan']}
                      rules={[
                        { required: true, message: t('validation.required') },
                        yuanRule(t('validation.amount')),
                        ({ getFieldValue }) => ({
                          validator: (_, value: number | null | undefined) => {
                            const rent = getFieldValue('rentYuan') as number | null | undefined;
                            return value === null ||
                              value === undefined ||
                              rent === null ||
                              rent === undefined ||
                              value <= rent
                              ? Promise.resolve()
                              : Promise.reject(new Error(t('validation.subsidyNotAboveRent')));
                          },
                        }),
                      ]}
                    >
                      <InputNumber
                        min={0}
                        prefix="¥"
                        style={{ width: '100%' }}
                        data-testid="lease-subsidy"
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item noStyle shouldUpdate>
                  {() => {
                    const rent = yuanToFen(form.getFieldValue('rentYuan') as number | null);
                    const subsidy = yuanToFen(form.getFieldValue('subsidyYuan') as number | null);
                    return rent !== null && subsidy !== null && subsidy <= rent ? (
                      <Typography.Text type="secondary" data-testid="company-pays">
                        {t('company.youPay', { amount: formatFen(rent - subsidy) })}
                      </Typography.Text>
                    ) : null;
                  }}
                </Form.Item>
              </Form>
            </>
          )}
        </>
      )}
    </Modal>
  );
}
