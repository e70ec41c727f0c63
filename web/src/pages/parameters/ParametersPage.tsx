import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  message,
  Modal,
  Radio,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient, type ApiSchema } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';
import { usePolicyNames } from '../applications/policy-names';
import { chinaToday } from '../../app/china-today';

type Unit = 'fen' | 'basis-points' | 'months' | 'years' | 'square-metres' | 'people' | 'in-force';
type EntryStatus = ApiSchema<'ParameterEntry'>['status'];

/** NOTE: the document types `unit` as any string (issue #18); the page knows these units. */
type Parameter = Omit<ApiSchema<'Parameter'>, 'unit'> & { unit: Unit };

/** A value in its unit, for people: fen as yuan, basis points as %. */
function formatValue(value: number | null, unit: Unit, t: (key: never) => string): string {
  if (value === null) return '—';
  if (unit === 'fen')
    return `¥${(value / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
  if (unit === 'basis-points') return `${value / 100}%`;
  // A period kept as a parameter (the plan's 2026—2027): its value only says it is in force.
  if (unit === 'in-force') return t('units.in-force' as never);
  return `${value.toLocaleString('en-US')} ${t(`units.${unit}` as never)}`;
}

/** Shaped like the request body, so the server's field errors land on the right fields. */
interface EntryForm {
  effectiveFrom: string;
  status: EntryStatus;
  /** In yuan (fen), per cent (basis points) or the unit itself. */
  value?: number | null;
  source: { clauses: string[]; document: string; url?: string };
  note?: string;
}

/**
 * Administrators: every parameter with its value in force and its history, and a form to enter
 * a dated value (or mark it unpublished, or end it) with its source. Amounts are typed in yuan
 * and sent in fen; rates in per cent and sent in basis points.
 */
export default function ParametersPage() {
  const { t } = useTranslation('parameters');
  const { policyName } = usePolicyNames();
  const language = currentLanguage();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Parameter | null>(null);
  const { data, error, loading, reload } = useApi(
    (signal) =>
      apiClient
        .GET('/parameters', { signal })
        .then((answer) => ({ ...answer, parameters: answer.parameters as Parameter[] })),
    [],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  const shown = (data?.parameters ?? []).filter((parameter) =>
    `${parameter.id} ${parameter.label[language]}`.toLowerCase().includes(query.toLowerCase()),
  );
  return (
    <>
      <PageHeading title={t('titles.parameters')} description={t('intro')} />
      <Input.Search
        placeholder={t('search')}
        allowClear
        onChange={(event) => setQuery(event.target.value)}
        style={{ maxWidth: 360, marginBottom: 16 }}
      />
      <List
        loading={loading && !data}
        dataSource={shown}
        renderItem={(parameter) => (
          <List.Item key={parameter.id} data-testid="parameter" data-parameter={parameter.id}>
            <Card
              size="small"
              style={{ width: '100%' }}
              title={
                <Space wrap>
                  <Typography.Text strong style={{ whiteSpace: 'normal' }}>
                    {parameter.label[language]}
                  </Typography.Text>
                  <Typography.Text type="secondary" code>
                    {parameter.id}
                  </Typography.Text>
                </Space>
              }
              extra={
                <Button onClick={() => setEditing(parameter)} data-testid="parameter-enter">
                  {t('enter')}
                </Button>
              }
            >
              <Flex gap={24} wrap>
                <Space direction="vertical" size={0}>
                  <Typography.Text type="secondary">{t('columns.current')}</Typography.Text>
                  {parameter.current.status === 'published' ? (
                    <Typography.Text strong data-testid="parameter-value">
                      {formatValue(parameter.current.value, parameter.unit, t as never)}
                    </Typography.Text>
                  ) : (
                    <Tag color="orange" data-testid="parameter-value">
                      {t(`status.${parameter.current.status}`)}
                    </Tag>
                  )}
                </Space>
                <Space direction="vertical" size={0}>
                  <Typography.Text type="secondary">{t('columns.since')}</Typography.Text>
                  <Typography.Text>{parameter.current.effectiveFrom ?? '—'}</Typography.Text>
                </Space>
                <Space direction="vertical" size={0} style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <Typography.Text type="secondary">{t('columns.source')}</Typography.Text>
                  <Typography.Text style={{ whiteSpace: 'normal' }}>
                    {parameter.current.source
                      ? `${parameter.current.source.clauses.join(' ')} · ${parameter.current.source.document}`
                      : '—'}
                  </Typography.Text>
                </Space>
                <Space direction="vertical" size={0} style={{ minWidth: 0, flex: '0 1 auto' }}>
                  <Typography.Text type="secondary">{t('columns.usedBy')}</Typography.Text>
                  <Typography.Text data-testid="parameter-used-by">
                    {parameter.usedBy
                      .map(policyName)
                      .join(currentLanguage() === 'en' ? ', ' : '、')}
                  </Typography.Text>
                </Space>
              </Flex>
              {parameter.timeline.length > 1 && (
                <details style={{ marginTop: 12 }}>
                  <summary>{t('timeline')}</summary>
                  <Timeline
                    style={{ marginTop: 12 }}
                    items={parameter.timeline.map((entry) => ({
                      children: (
                        <Space direction="vertical" size={0}>
                          <Typography.Text>
                            {entry.effectiveFrom} ·{' '}
                            {entry.status === 'published'
                              ? formatValue(entry.value, parameter.unit, t as never)
                              : t(`status.${entry.status}`)}{' '}
                            <Tag>{t(`origin.${entry.origin}`)}</Tag>
                          </Typography.Text>
                          <Typography.Text type="secondary">
                            {entry.source.clauses.join(' ')} · {entry.source.document}
                            {entry.note ? ` — ${entry.note}` : ''}
                          </Typography.Text>
                          {entry.enteredAt && (
                            <Typography.Text type="secondary">
                              {t('enteredAt', { when: dayjs(entry.enteredAt).format('LLL') })}
                            </Typography.Text>
                          )}
                        </Space>
                      ),
                    }))}
                  />
                </details>
              )}
            </Card>
          </List.Item>
        )}
      />
      {editing && (
        <EnterValueModal
          parameter={editing}
          onClose={() => setEditing(null)}
          onSaved={(date) => {
            setEditing(null);
            void message.success(t('form.saved', { date }));
            reload();
          }}
        />
      )}
    </>
  );
}

function EnterValueModal({
  parameter,
  onClose,
  onSaved,
}: {
  parameter: Parameter;
  onClose: () => void;
  onSaved: (date: string) => void;
}) {
  const { t } = useTranslation(['parameters', 'common']);
  const language = currentLanguage();
  const [form] = Form.useForm<EntryForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const status = Form.useWatch('status', form) ?? 'published';
  // Yuan → fen and per cent → basis points are both × 100; other units are whole numbers.
  const toUnit = (value: number) =>
    parameter.unit === 'fen' || parameter.unit === 'basis-points'
      ? Math.round(value * 100)
      : Math.round(value);

  const submit = async (values: EntryForm) => {
    setSaving(true);
    setFailure(null);
    try {
      await apiClient.POST('/parameters/{id}/values', {
        params: { path: { id: parameter.id } },
        body: {
          effectiveFrom: values.effectiveFrom,
          status: values.status,
          ...(values.status === 'published' && values.value !== undefined && values.value !== null
            ? { value: toUnit(values.value) }
            : {}),
          source: {
            clauses: values.source.clauses,
            document: values.source.document,
            ...(values.source.url ? { url: values.source.url } : {}),
          },
          ...(values.note ? { note: values.note } : {}),
        },
      });
      onSaved(values.effectiveFrom);
    } catch (error) {
      const failure = submitFailure(form, error);
      if (failure) setFailure(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('form.title', { name: parameter.label[language] })}
      onCancel={onClose}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'parameter-save' } as never}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<EntryForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          effectiveFrom: chinaToday(),
          status: 'published',
          source: { clauses: parameter.clauses, document: '' },
        }}
      >
        <Form.Item
          name="effectiveFrom"
          label={t('form.effectiveFrom')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input type="date" data-testid="parameter-date" />
        </Form.Item>
        <Form.Item name="status" label={t('form.status')}>
          <Radio.Group
            options={(['published', 'unpublished', 'ended'] as const).map((value) => ({
              value,
              label: t(`status.${value}`),
            }))}
          />
        </Form.Item>
        {status === 'published' && (
          <Form.Item
            name="value"
            label={t('form.value')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <InputNumber<number>
              min={0}
              precision={parameter.unit === 'fen' || parameter.unit === 'basis-points' ? 2 : 0}
              prefix={parameter.unit === 'fen' ? '¥' : undefined}
              suffix={
                parameter.unit === 'fen'
                  ? t('form.unitFen')
                  : parameter.unit === 'basis-points'
                    ? t('form.unitPercent')
                    : t(`units.${parameter.unit}`)
              }
              style={{ width: 240 }}
              data-testid="parameter-value-input"
            />
          </Form.Item>
        )}
        <Form.Item
          name={['source', 'clauses']}
          label={t('form.clauses')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select mode="tags" options={parameter.clauses.map((id) => ({ value: id, label: id }))} />
        </Form.Item>
        <Form.Item
          name={['source', 'document']}
          label={t('form.document')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 500 }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            placeholder={t('form.documentPlaceholder')}
            data-testid="parameter-document"
          />
        </Form.Item>
        <Form.Item name={['source', 'url']} label={t('form.url')} rules={[{ type: 'url' }]}>
          <Input inputMode="url" />
        </Form.Item>
        <Form.Item name="note" label={t('form.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 1 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
