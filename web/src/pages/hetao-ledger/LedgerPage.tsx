import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { ElectionsCard } from './ElectionsCard';
import { formatFen, LedgerTable, quantityText, useOrganisationChoice } from './parts';
import {
  ledgerTabs,
  moveKinds,
  type LedgerItem,
  type LedgerSummary,
  type LedgerTab,
  type MoveKind,
} from './types';

/** Which items a tab shows: a status, or every item with tax due. */
function inTab(item: LedgerItem, tab: LedgerTab) {
  return tab === 'due' ? item.dueFen > 0 : item.status === tab;
}

/**
 * The importer's electronic ledger (issue #16 items 4, 5): what is under supervision, to write
 * off, written off, moved (with the tax due) or released; the tax spared this year and the to-do
 * list; write-offs and moves; the B.N6 elections.
 */
export default function LedgerPage() {
  const { t } = useTranslation('hetaoLedger');
  const { organisationId, picker, loaded } = useOrganisationChoice();
  const query = organisationId ? { organisationId } : {};
  const ledger = useApi(
    (signal) => apiClient.GET('/hetao/ledger/mine', { params: { query }, signal }),
    [organisationId],
  );
  const summary = useApi(
    (signal) =>
      loaded
        ? apiClient.GET('/hetao/ledger/summary', { params: { query }, signal })
        : new Promise<never>(() => undefined),
    [organisationId, loaded],
  );
  const [tab, setTab] = useState<LedgerTab>('in-supervision');
  const [writingOff, setWritingOff] = useState<LedgerItem | null>(null);
  const [moving, setMoving] = useState<LedgerItem | null>(null);
  const reload = () => {
    ledger.reload();
    summary.reload();
  };
  if (ledger.error && !ledger.data)
    return <LoadFailed error={ledger.error} onRetry={ledger.reload} />;
  const items = ledger.data ?? [];

  return (
    <>
      <PageHeading
        title={t('titles.ledger')}
        description={t('ledger.description')}
        extra={
          <ButtonLink to="/hetao/declarations/new" type="primary">
            {t('declarations.record')}
          </ButtonLink>
        }
      />
      {picker && <div style={{ marginBottom: 12 }}>{picker}</div>}
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {summary.error && !summary.data ? (
          <LoadFailed error={summary.error} onRetry={summary.reload} />
        ) : (
          summary.data && <SummaryCard summary={summary.data} items={items} />
        )}
        <Card>
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as LedgerTab)}
            items={ledgerTabs.map((key) => {
              const count = items.filter((item) => inTab(item, key)).length;
              return {
                key,
                label: (
                  <span data-testid={`tab-${key}`}>
                    {t(`ledger.tabs.${key}`)}{' '}
                    <Badge count={count} showZero color={count ? undefined : '#bfbfbf'} />
                  </span>
                ),
                children: (
                  <LedgerTable
                    items={items.filter((item) => inTab(item, key))}
                    loading={ledger.loading}
                    actions={(item) => (
                      <Space wrap>
                        {item.regime === 'write-off' && item.quantityHeld > 0 && (
                          <Button
                            size="small"
                            onClick={() => setWritingOff(item)}
                            data-testid="write-off"
                          >
                            {t('ledger.writeOff')}
                          </Button>
                        )}
                        {item.quantityHeld > 0 && item.quantityMoved === 0 && (
                          <Button
                            size="small"
                            danger
                            onClick={() => setMoving(item)}
                            data-testid="move"
                          >
                            {t('ledger.move')}
                          </Button>
                        )}
                      </Space>
                    )}
                  />
                ),
              };
            })}
          />
        </Card>
        <ElectionsCard organisationId={organisationId} />
      </Space>
      {writingOff && (
        <WriteOffDialog
          item={writingOff}
          onClose={() => setWritingOff(null)}
          onDone={() => {
            setWritingOff(null);
            reload();
          }}
        />
      )}
      {moving && (
        <MoveDialog
          item={moving}
          onClose={() => setMoving(null)}
          onDone={(moved) => {
            setMoving(null);
            reload();
            setTab(moved.dueFen > 0 ? 'due' : 'moved');
          }}
        />
      )}
    </>
  );
}

function SummaryCard({ summary, items }: { summary: LedgerSummary; items: LedgerItem[] }) {
  const { t } = useTranslation('hetaoLedger');
  const unitOf = (id: string) => items.find((item) => item.id === id);
  return (
    <Card title={t('ledger.summary')} size="small" data-testid="ledger-summary">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Statistic
            title={t('ledger.taxSparedYear', { year: summary.year })}
            value={formatFen(summary.taxSparedThisYearFen)}
            valueStyle={{ color: '#389e0d' }}
            data-testid="tax-spared-year"
          />
          <Statistic
            style={{ marginTop: 12 }}
            title={t('ledger.dueTotal')}
            value={formatFen(summary.dueFen)}
            valueStyle={summary.dueFen > 0 ? { color: '#cf1322' } : undefined}
            data-testid="tax-due-total"
          />
        </Col>
        <Col xs={24} md={16}>
          <Typography.Text strong>{t('ledger.todo')}</Typography.Text>
          <List
            size="small"
            dataSource={summary.todo}
            locale={{ emptyText: t('ledger.todoEmpty') }}
            renderItem={(entry) => (
              <List.Item data-testid="todo" data-kind={entry.kind}>
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>
                    {entry.description}
                    {unitOf(entry.itemId) && (
                      <Typography.Text type="secondary">
                        {' '}
                        (
                        {quantityText(
                          unitOf(entry.itemId)!.quantityHeld,
                          unitOf(entry.itemId)!.unit,
                        )}
                        )
                      </Typography.Text>
                    )}
                  </Typography.Text>
                  <Typography.Text type={entry.kind === 'tax-due' ? 'danger' : 'secondary'}>
                    {t(`ledger.todoKind.${entry.kind}`, {
                      date: entry.date ?? '',
                      permit: entry.permitReference ?? '',
                      amount: formatFen(entry.amountFen),
                    })}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Col>
      </Row>
    </Card>
  );
}

function WriteOffDialog({
  item,
  onClose,
  onDone,
}: {
  item: LedgerItem;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('hetaoLedger');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ quantity: number; researchUse: string; writtenOffOn?: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: {
    quantity: number;
    researchUse: string;
    writtenOffOn?: string;
  }) => {
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/hetao/ledger/{id}/write-offs', {
        params: { path: { id: item.id } },
        body: {
          quantity: values.quantity,
          researchUse: values.researchUse,
          ...(values.writtenOffOn ? { writtenOffOn: values.writtenOffOn } : {}),
        },
      });
      void message.success(t('ledger.writtenOffDone'));
      onDone();
    } catch (caught) {
      setFailure(submitFailure(form, caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('ledger.writeOffTitle', { item: item.description })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('ledger.writeOff')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'write-off-submit' } as never}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="quantity"
          label={t('ledger.writeOffQuantity', { held: quantityText(item.quantityHeld, item.unit) })}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <InputNumber min={0} style={{ width: '100%' }} data-testid="write-off-quantity" />
        </Form.Item>
        <Form.Item
          name="researchUse"
          label={t('ledger.researchUse')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} data-testid="write-off-use" />
        </Form.Item>
        <Form.Item name="writtenOffOn" label={t('ledger.writeOffDate')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface MoveValues {
  kind: MoveKind;
  quantity?: number;
  movedOn?: string;
  reason?: string;
  recipient?: string;
}

function MoveDialog({
  item,
  onClose,
  onDone,
}: {
  item: LedgerItem;
  onClose: () => void;
  onDone: (moved: LedgerItem) => void;
}) {
  const { t, i18n } = useTranslation('hetaoLedger');
  const { modal } = App.useApp();
  const [form] = Form.useForm<MoveValues>();
  const kind = Form.useWatch('kind', form);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const language = (i18n.resolvedLanguage ?? 'zh-Hans') as 'zh-Hans' | 'zh-Hant' | 'en';
  const submit = async (values: MoveValues) => {
    setBusy(true);
    setFailure(null);
    try {
      const moved = await apiClient.POST('/hetao/ledger/{id}/moves', {
        params: { path: { id: item.id } },
        body: {
          kind: values.kind,
          ...(values.quantity ? { quantity: values.quantity } : {}),
          ...(values.movedOn ? { movedOn: values.movedOn } : {}),
          ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
          ...(values.recipient?.trim() ? { recipient: values.recipient.trim() } : {}),
        },
      });
      const movement = moved.movements.at(-1);
      // The tax now due, shown once more after the move (it stays on the item and the to-do list).
      modal.info({
        title:
          movement?.dueFen !== null && movement?.dueFen !== undefined
            ? t('ledger.movedDone', { amount: formatFen(movement.dueFen) })
            : t('ledger.movedNoTax'),
        content: (
          <Space direction="vertical" data-testid="move-result">
            {movement?.monthsServed !== null && movement?.monthsServed !== undefined && (
              <Typography.Text>
                {t('ledger.monthsServed', { months: movement.monthsServed })}
              </Typography.Text>
            )}
            {movement?.explanation && (
              <Typography.Text>{movement.explanation[language]}</Typography.Text>
            )}
          </Space>
        ),
      });
      onDone(moved);
    } catch (caught) {
      setFailure(submitFailure(form, caught));
    } finally {
      setBusy(false);
    }
  };
  const transfer = kind === 'transfer' || kind === 'forced-transfer';
  return (
    <Modal
      open
      title={t('ledger.moveTitle', { item: item.description })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('ledger.move')}
      okButtonProps={{ danger: true, 'data-testid': 'move-submit' } as never}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Alert
        type="warning"
        showIcon
        message={t('ledger.moveWarning')}
        style={{ marginBottom: 12 }}
      />
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'second-line' }}>
        <Form.Item
          name="kind"
          label={t('ledger.moveKind')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            data-testid="move-kind"
            options={moveKinds.map((value) => ({ value, label: t(`moveKind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={t('ledger.moveQuantity', { held: quantityText(item.quantityHeld, item.unit) })}
        >
          <InputNumber min={0} style={{ width: '100%' }} data-testid="move-quantity" />
        </Form.Item>
        <Form.Item name="movedOn" label={t('ledger.movedOn')}>
          <Input type="date" data-testid="move-date" />
        </Form.Item>
        {transfer && (
          <Form.Item
            name="recipient"
            label={t('ledger.recipient')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input maxLength={200} data-testid="move-recipient" />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('ledger.reason')}
          rules={
            kind === 'forced-transfer'
              ? [{ required: true, whitespace: true, message: t('form.required') }]
              : []
          }
        >
          <Input.TextArea rows={2} maxLength={1000} data-testid="move-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
