import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import type { paths } from '../../api/schema';
import { Code, RulingStatusTag, useLocalised } from './parts';
import type { Ruling } from './types';
import { chinaTodayAsDayjs } from '../../app/china-today';

type DecideBody =
  paths['/hetao/rulings/{id}/decide']['post']['requestBody']['content']['application/json'];

const date = (value: string | null) => (value ? dayjs(value).format('LL') : '—');

/** One advance-ruling request with its B.N8 dates and the actions open to the viewer. */
export function RulingCard({
  ruling,
  onChange,
}: {
  ruling: Ruling;
  onChange: (ruling: Ruling) => void;
}) {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const localised = useLocalised();
  const [dialog, setDialog] = useState<'accept' | 'refuse' | 'decide' | null>(null);
  const can = (action: string) => ruling.allowedActions.includes(action);
  const params = { path: { id: ruling.id } };
  const act = async (send: () => Promise<Ruling>, done?: string) => {
    try {
      const updated = await send();
      onChange(updated);
      void message.success(done ?? t('rulings.done'));
      setDialog(null);
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };
  return (
    <Card
      size="small"
      data-testid="ruling"
      title={
        <Space wrap>
          {ruling.reference}
          <RulingStatusTag status={ruling.status} />
          {ruling.acceptanceOverdue && <Tag color="red">{t('rulings.acceptanceOverdue')}</Tag>}
          {ruling.validUntil && (
            <Tag color={ruling.inForce ? 'green' : 'default'}>
              {ruling.inForce ? t('rulings.inForce') : t('rulings.expired')}
            </Tag>
          )}
        </Space>
      }
      extra={
        <Space wrap>
          {can('file') && (
            <Popconfirm
              title={t('rulings.fileConfirm')}
              onConfirm={async () => {
                try {
                  const updated = await apiClient.POST('/hetao/rulings/{id}/file', {
                    params,
                  });
                  onChange(updated);
                  void message.success(t('rulings.filed', { date: date(updated.acceptanceDueOn) }));
                } catch (caught) {
                  void message.error(describeError(caught));
                }
              }}
            >
              <Button type="primary" size="small">
                {t('rulings.file')}
              </Button>
            </Popconfirm>
          )}
          {can('withdraw') && (
            <Popconfirm
              title={t('rulings.withdrawConfirm')}
              onConfirm={() =>
                act(() => apiClient.POST('/hetao/rulings/{id}/withdraw', { params }))
              }
            >
              <Button size="small">{t('rulings.withdraw')}</Button>
            </Popconfirm>
          )}
          {can('accept') && (
            <Button size="small" type="primary" onClick={() => setDialog('accept')}>
              {t('rulings.accept')}
            </Button>
          )}
          {can('refuse') && (
            <Button size="small" danger onClick={() => setDialog('refuse')}>
              {t('rulings.refuse')}
            </Button>
          )}
          {can('rule') && (
            <Button size="small" type="primary" onClick={() => setDialog('decide')}>
              {t('rulings.decide')}
            </Button>
          )}
          {can('publish') && (
            <Button
              size="small"
              onClick={() => act(() => apiClient.POST('/hetao/rulings/{id}/publish', { params }))}
            >
              {t('rulings.publish')}
            </Button>
          )}
        </Space>
      }
    >
      {ruling.warnings.map((warning) => (
        <Alert
          key={warning.code}
          type="warning"
          showIcon
          message={localised(warning.message)}
          style={{ marginBottom: 12 }}
        />
      ))}
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{ruling.goods}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'org', label: t('common.organisation'), children: ruling.organisation.name },
          {
            key: 'code',
            label: t('rulings.proposedCode'),
            children: ruling.proposedCode ? <Code code={ruling.proposedCode} /> : '—',
          },
          {
            key: 'planned',
            label: t('rulings.plannedImportOn'),
            children: date(ruling.plannedImportOn),
          },
          {
            key: 'latest',
            label: t('rulings.latestFilingOn'),
            children: date(ruling.latestFilingOn),
          },
          { key: 'filed', label: t('rulings.filedOn'), children: date(ruling.filedOn) },
          {
            key: 'due',
            label: t('rulings.acceptanceDueOn'),
            children: date(ruling.acceptanceDueOn),
          },
          {
            key: 'decidedAcceptance',
            label: t('rulings.acceptanceDecidedOn'),
            children: date(ruling.acceptanceDecidedOn),
          },
          ...(ruling.customsReference
            ? [
                {
                  key: 'ref',
                  label: t('rulings.customsReference'),
                  children: ruling.customsReference,
                },
              ]
            : []),
          ...(ruling.notAcceptedReason
            ? [
                {
                  key: 'why',
                  label: t('rulings.notAcceptedReason'),
                  children: ruling.notAcceptedReason,
                },
              ]
            : []),
          ...(ruling.decidedOn
            ? [
                { key: 'decided', label: t('rulings.decidedOn'), children: date(ruling.decidedOn) },
                {
                  key: 'rulingCode',
                  label: t('rulings.rulingCode'),
                  children: ruling.rulingCode ? <Code code={ruling.rulingCode} /> : '—',
                },
                { key: 'valid', label: t('rulings.validUntil'), children: date(ruling.validUntil) },
                { key: 'text', label: t('rulings.rulingText'), children: ruling.rulingText },
                ...(ruling.tradeSecret
                  ? [{ key: 'secret', label: t('rulings.tradeSecret'), children: '✓' }]
                  : []),
              ]
            : []),
          ...(ruling.questionId
            ? [
                {
                  key: 'q',
                  label: t('rulings.question'),
                  children: <Link to={`/hetao/questions/${ruling.questionId}`}>→</Link>,
                },
              ]
            : []),
        ]}
      />
      {dialog === 'accept' && (
        <AcceptDialog
          onCancel={() => setDialog(null)}
          onSubmit={(customsReference) =>
            act(() =>
              apiClient.POST('/hetao/rulings/{id}/accept', { params, body: { customsReference } }),
            )
          }
        />
      )}
      {dialog === 'refuse' && (
        <ReasonDialog
          title={t('rulings.refuse')}
          label={t('rulings.notAcceptedReason')}
          onCancel={() => setDialog(null)}
          onSubmit={(reason) =>
            act(() => apiClient.POST('/hetao/rulings/{id}/refuse', { params, body: { reason } }))
          }
        />
      )}
      {dialog === 'decide' && (
        <DecideDialog
          ruling={ruling}
          onCancel={() => setDialog(null)}
          onSubmit={(body) =>
            act(() => apiClient.POST('/hetao/rulings/{id}/decide', { params, body }))
          }
        />
      )}
    </Card>
  );
}

function AcceptDialog({
  onCancel,
  onSubmit,
}: {
  onCancel: () => void;
  onSubmit: (reference: string | null) => void;
}) {
  const { t } = useTranslation(['hetao', 'common']);
  const [reference, setReference] = useState('');
  return (
    <Modal
      open
      title={t('rulings.accept')}
      onCancel={onCancel}
      onOk={() => onSubmit(reference.trim() || null)}
      cancelText={t('common:actions.cancel')}
    >
      <Input
        placeholder={t('rulings.customsReference')}
        value={reference}
        onChange={(event) => setReference(event.target.value)}
      />
    </Modal>
  );
}

function ReasonDialog({
  title,
  label,
  onCancel,
  onSubmit,
}: {
  title: string;
  label: string;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const { t } = useTranslation('common');
  const [reason, setReason] = useState('');
  return (
    <Modal
      open
      title={title}
      onCancel={onCancel}
      onOk={() => onSubmit(reason)}
      okButtonProps={{ disabled: !reason.trim() }}
      cancelText={t('actions.cancel')}
    >
      <Input.TextArea
        rows={3}
        placeholder={label}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </Modal>
  );
}

interface DecideValues {
  rulingCode: string;
  rulingText: string;
  tradeSecret: boolean;
  decidedOn: Dayjs;
}

function DecideDialog({
  ruling,
  onCancel,
  onSubmit,
}: {
  ruling: Ruling;
  onCancel: () => void;
  onSubmit: (body: DecideBody) => void;
}) {
  const { t } = useTranslation(['hetao', 'common']);
  const [form] = Form.useForm<DecideValues>();
  return (
    <Modal
      open
      title={t('rulings.decide')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      cancelText={t('common:actions.cancel')}
    >
      <Form<DecideValues>
        form={form}
        layout="vertical"
        initialValues={{
          rulingCode: ruling.proposedCode ?? '',
          tradeSecret: false,
          decidedOn: chinaTodayAsDayjs(),
        }}
        onFinish={(values) =>
          onSubmit({
            rulingCode: values.rulingCode,
            rulingText: values.rulingText,
            tradeSecret: values.tradeSecret,
            decidedOn: values.decidedOn.format('YYYY-MM-DD'),
          })
        }
      >
        <Form.Item
          name="rulingCode"
          label={t('rulings.rulingCode')}
          rules={[{ required: true, message: t('common:validation.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="rulingText"
          label={t('rulings.rulingText')}
          rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('rulings.decidedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="tradeSecret" valuePropName="checked">
          <Checkbox>{t('rulings.tradeSecret')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A list of ruling cards that replaces a card when an action returns the new state. */
export function RulingList({
  rulings,
  loading,
  onChange,
}: {
  rulings: Ruling[];
  loading: boolean;
  onChange: (ruling: Ruling) => void;
}) {
  const { t } = useTranslation('hetao');
  return (
    <List<Ruling>
      loading={loading}
      dataSource={rulings}
      locale={{ emptyText: <Empty description={t('rulings.empty')} /> }}
      renderItem={(ruling) => (
        <List.Item key={ruling.id} style={{ display: 'block' }}>
          <RulingCard ruling={ruling} onChange={onChange} />
        </List.Item>
      )}
    />
  );
}
