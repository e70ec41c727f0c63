import {
  Alert,
  App as AntApp,
  Col,
  DatePicker,
  Form,
  InputNumber,
  Modal,
  Radio,
  Row,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { chinaTodayAsDayjs } from '../../app/china-today';
import { fenToYuan, yuanToFen } from '../applications/money';
import { formatFen, MonthlyRent, suggestedTerms, yuanRule } from './parts';
import type { Lease, Unit, UnitKind } from './types';

const rungOrder: Record<UnitKind, number> = { desk: 0, office: 1, floor: 2 };

interface MoveUpValues {
  unitId: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
  rentYuan: number;
  subsidyYuan: number;
}

/**
 * Move-up (A.S2): the operator picks a free unit on a higher rung than the lease's; the new lease
 * starts on the chosen day and the old one ends the day before, in one step on the server, which
 * also checks the resident's declared team fits that rung. Rent and subsidy are prefilled from the
 * unit's rents in force, in yuan.
 */
export function MoveUpDialog({
  lease,
  units,
  requestId,
  onClose,
  onDone,
}: {
  lease: Lease;
  units: Unit[];
  requestId?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<MoveUpValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidates = units.filter(
    (unit) => unit.available && !unit.occupied && rungOrder[unit.kind] > rungOrder[lease.unitKind],
  );
  const today = chinaTodayAsDayjs();
  const earliest = dayjs(lease.startsOn).add(1, 'day');
  const latest = dayjs(lease.endsOn).add(1, 'day');
  const start = today.isBefore(earliest) ? earliest : today.isAfter(latest) ? latest : today;
  const choose = (unit: Unit | undefined) => {
    if (!unit) return;
    const terms = suggestedTerms(unit);
    form.setFieldsValue({
      rentYuan: fenToYuan(terms.monthlyRentFen) ?? 0,
      subsidyYuan: fenToYuan(terms.monthlySubsidyFen) ?? 0,
    });
  };
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/spaces/leases/{leaseId}/move-up', {
        params: { path: { leaseId: lease.id } },
        body: {
          unitId: values.unitId,
          startsOn: values.startsOn.format('YYYY-MM-DD'),
          endsOn: values.endsOn.format('YYYY-MM-DD'),
          monthlyRentFen: yuanToFen(values.rentYuan) ?? 0,
          monthlySubsidyFen: yuanToFen(values.subsidyYuan) ?? 0,
          ...(requestId ? { requestId } : {}),
        },
      });
      void message.success(t('operate.moveUp.done'));
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
      width={720}
      title={t('operate.moveUp.title', { company: lease.organisationName, unit: lease.unitLabel })}
      okText={t('operate.moveUp.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={
        { disabled: candidates.length === 0, 'data-testid': 'move-up-submit' } as never
      }
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <Typography.Paragraph>{t('operate.moveUp.help')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      {candidates.length === 0 ? (
        <Alert type="info" showIcon message={t('operate.moveUp.noUnits')} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            startsOn: start,
            endsOn: dayjs(lease.endsOn).isAfter(start) ? dayjs(lease.endsOn) : start.add(1, 'year'),
          }}
        >
          <Form.Item
            name="unitId"
            label={t('operate.allocate.unit')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Radio.Group
              onChange={(event) =>
                choose(candidates.find((unit) => unit.id === (event.target.value as string)))
              }
            >
              <Space direction="vertical">
                {candidates.map((unit) => (
                  <Radio
                    key={unit.id}
                    value={unit.id}
                    data-testid="move-up-unit"
                    data-label={unit.label}
                  >
                    <strong>{unit.label}</strong> · {t(`kinds.${unit.kind}`)} ·{' '}
                    {t('common.areaValue', { area: unit.areaM2 })} · {t('common.lowCostRent')}{' '}
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
                label={t('operate.moveUp.startsOn')}
                extra={t('operate.moveUp.startsOnHelp')}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  disabledDate={(day) =>
                    day.isBefore(earliest, 'day') || day.isAfter(latest, 'day')
                  }
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="endsOn"
                label={t('common.endsOn')}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
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
                  data-testid="move-up-rent"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="subsidyYuan"
                label={t('operate.allocate.subsidyYuan')}
                rules={[
                  { required: true, message: t('validation.required') },
                  yuanRule(t('validation.amount')),
                ]}
              >
                <InputNumber
                  min={0}
                  prefix="¥"
                  style={{ width: '100%' }}
                  data-testid="move-up-subsidy"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const rent = yuanToFen(form.getFieldValue('rentYuan') as number | null);
              const subsidy = yuanToFen(form.getFieldValue('subsidyYuan') as number | null);
              return rent !== null && subsidy !== null && subsidy <= rent ? (
                <Typography.Text type="secondary">
                  {t('company.youPay', { amount: formatFen(rent - subsidy) })}
                </Typography.Text>
              ) : null;
            }}
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
