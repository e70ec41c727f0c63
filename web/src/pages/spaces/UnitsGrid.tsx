import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Switch,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { chinaTodayAsDayjs } from '../../app/china-today';
import { yuanToFen } from '../applications/money';
import { MonthlyRent, yuanRule } from './parts';
import type { Unit, UnitKind } from './types';

const KINDS: UnitKind[] = ['desk', 'office', 'floor'];

/** The floor plan as a grid of unit cards, by rung: desks, then offices, then floors. */
export function UnitsGrid({
  communityId,
  units,
  loading,
  onChanged,
}: {
  communityId: string;
  units: Unit[] | undefined;
  loading: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('spaces');
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const sorted = [...(units ?? [])].sort(
    (a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.label.localeCompare(b.label),
  );
  return (
    <Card
      title={t('operate.units.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-unit">
          {t('operate.units.add')}
        </Button>
      }
      loading={loading && !units}
    >
      {units && units.length === 0 && <Empty description={t('operate.units.empty')} />}
      <Row gutter={[12, 12]}>
        {sorted.map((unit) => (
          <Col key={unit.id} xs={24} sm={12} lg={8} xxl={6}>
            <UnitCard unit={unit} onEdit={() => setEditing(unit)} />
          </Col>
        ))}
      </Row>
      {editing && (
        <UnitDialog
          communityId={communityId}
          unit={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

function UnitCard({ unit, onEdit }: { unit: Unit; onEdit: () => void }) {
  const { t } = useTranslation('spaces');
  const state = !unit.available
    ? { colour: 'default', text: t('operate.units.unavailable') }
    : unit.occupied
      ? { colour: 'red', text: t('operate.units.occupied') }
      : { colour: 'green', text: t('operate.units.free') };
  return (
    <Card
      size="small"
      data-testid="unit-card"
      data-label={unit.label}
      data-occupied={unit.occupied}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{unit.label}</span>
          <Tag>{t(`kinds.${unit.kind}`)}</Tag>
        </Flex>
      }
      extra={
        <Button
          size="small"
          type="link"
          onClick={onEdit}
          aria-label={`${t('common.edit')} ${unit.label}`}
        >
          {t('common.edit')}
        </Button>
      }
      style={{ borderColor: unit.occupied ? '#ffa39e' : undefined }}
    >
      <Tag color={state.colour} data-testid="unit-state">
        {state.text}
      </Tag>
      <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('common.area')}>
          {t('common.areaValue', { area: unit.areaM2.toLocaleString('en-US') })}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.seats')}>{unit.seats}</Descriptions.Item>
        <Descriptions.Item label={t('common.lowCostRent')}>
          <span data-testid="low-cost-rent">
            <MonthlyRent fen={unit.lowCostRent?.monthlyRentFen} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('common.marketRent')}>
          <MonthlyRent fen={unit.marketReferenceRent?.monthlyRentFen} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

interface UnitValues {
  kind: UnitKind;
  label: string;
  areaM2: number;
  seats: number;
  available: boolean;
  lowCostYuan?: number | null;
  marketYuan?: number | null;
  effectiveFrom?: Dayjs | null;
  rentSource?: string;
}

/** Adds a unit or edits one; rents given here are recorded from their date (dated values). */
function UnitDialog({
  communityId,
  unit,
  onClose,
  onDone,
}: {
  communityId: string;
  unit: Unit | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<UnitValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lowCost = Form.useWatch('lowCostYuan', form);
  const market = Form.useWatch('marketYuan', form);
  const rentGiven =
    (lowCost !== null && lowCost !== undefined) || (market !== null && market !== undefined);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      const saved = unit
        ? await apiClient.PATCH('/spaces/units/{unitId}', {
            params: { path: { unitId: unit.id } },
            body: {
              label: values.label.trim(),
              areaM2: values.areaM2,
              seats: values.seats,
              available: values.available,
            },
          })
        : await apiClient.POST('/spaces/communities/{communityId}/units', {
            params: { path: { communityId } },
            body: {
              kind: values.kind,
              label: values.label.trim(),
              areaM2: values.areaM2,
              seats: values.seats,
              available: values.available,
            },
          });
      const rents = [
        { kind: 'low_cost' as const, fen: yuanToFen(values.lowCostYuan) },
        { kind: 'market_reference' as const, fen: yuanToFen(values.marketYuan) },
      ];
      for (const rent of rents)
        if (rent.fen !== null)
          await apiClient.POST('/spaces/units/{unitId}/rents', {
            params: { path: { unitId: saved.id } },
            body: {
              kind: rent.kind,
              monthlyRentFen: rent.fen,
              effectiveFrom: (values.effectiveFrom ?? chinaTodayAsDayjs()).format('YYYY-MM-DD'),
              source: (values.rentSource ?? '').trim(),
            },
          });
      void message.success(t('operate.units.saved'));
      onDone();
    } catch (error) {
      setFailure(submitFailure(form, error));
    } finally {
      setBusy(false);
    }
  };
  const required = { required: true, message: t('validation.required') };
  return (
    <Modal
      open
      title={
        unit ? t('operate.units.editTitle', { label: unit.label }) : t('operate.units.addTitle')
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          kind: unit?.kind ?? 'desk',
          label: unit?.label ?? '',
          areaM2: unit?.areaM2,
          seats: unit?.seats ?? 1,
          available: unit?.available ?? true,
          effectiveFrom: chinaTodayAsDayjs(),
        }}
      >
        <Form.Item label={t('common.kind')} name="kind" rules={[required]}>
          <Select
            disabled={unit !== null}
            options={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            data-testid="unit-kind"
          />
        </Form.Item>
        <Form.Item
          label={t('operate.units.label')}
          name="label"
          rules={[
            { ...required, whitespace: true },
            { max: 50, message: t('validation.tooLong', { max: 50 }) },
          ]}
        >
          <Input maxLength={50} data-testid="unit-label" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              label={t('common.area')}
              name="areaM2"
              rules={[
                required,
                { type: 'number', min: 0.01, message: t('validation.positiveArea') },
              ]}
            >
              <InputNumber
                min={0}
                style={{ width: '100%' }}
                addonAfter="m²"
                data-testid="unit-area"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              label={t('common.seats')}
              name="seats"
              rules={[
                required,
                { type: 'integer', min: 1, message: t('validation.positiveWhole') },
              ]}
            >
              <InputNumber
                min={1}
                precision={0}
                style={{ width: '100%' }}
                data-testid="unit-seats"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('operate.units.available')} name="available" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Divider plain>{t('operate.units.rentsTitle')}</Divider>
        {unit && (
          <Typography.Paragraph type="secondary">
            {t('common.lowCostRent')}: <MonthlyRent fen={unit.lowCostRent?.monthlyRentFen} />
            {' · '}
            {t('common.marketRent')}: <MonthlyRent fen={unit.marketReferenceRent?.monthlyRentFen} />
          </Typography.Paragraph>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              label={t('operate.units.lowCostYuan')}
              name="lowCostYuan"
              rules={[yuanRule(t('validation.amount'))]}
            >
              <InputNumber
                min={0}
                style={{ width: '100%' }}
                prefix="¥"
                data-testid="low-cost-yuan"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              label={t('operate.units.marketYuan')}
              name="marketYuan"
              rules={[yuanRule(t('validation.amount'))]}
            >
              <InputNumber min={0} style={{ width: '100%' }} prefix="¥" data-testid="market-yuan" />
            </Form.Item>
          </Col>
        </Row>
        {rentGiven && (
          <>
            <Form.Item
              label={t('operate.units.effectiveFrom')}
              name="effectiveFrom"
              rules={[required]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              label={t('operate.units.rentSource')}
              name="rentSource"
              rules={[
                { ...required, whitespace: true },
                { max: 500, message: t('validation.tooLong', { max: 500 }) },
              ]}
            >
              <Input
                maxLength={500}
                placeholder={t('operate.units.rentSourcePlaceholder')}
                data-testid="rent-source"
              />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
