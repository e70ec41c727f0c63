import { Select, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { formatFen } from '../applications/money';
import { statusColour, type LedgerItem, type LedgerStatus } from './types';

export { formatFen };

export function StatusTag({ status }: { status: LedgerStatus }) {
  const { t } = useTranslation('hetaoLedger');
  return (
    <Tag color={statusColour(status)} data-testid="ledger-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

/** A quantity with its unit: "10 瓶", "2.5 kg". */
export function quantityText(quantity: number, unit: string) {
  return `${quantity.toLocaleString('en-US', { maximumFractionDigits: 3 })} ${unit}`;
}

/**
 * The importer's organisations: the one to act for (undefined while there is only one, so the
 * server picks it), and a picker shown when there are several.
 */
export function useOrganisationChoice() {
  const { t } = useTranslation('hetaoLedger');
  const { data } = useApi((signal) => apiClient.GET('/organisations', { signal }), []);
  const [chosen, setChosen] = useState<string | undefined>();
  const organisations = data ?? [];
  const organisationId = organisations.length > 1 ? (chosen ?? organisations[0]?.id) : undefined;
  const picker =
    organisations.length > 1 ? (
      <Space>
        <Typography.Text>{t('declarations.organisationPick')}</Typography.Text>
        <Select
          style={{ minWidth: 240 }}
          value={organisationId}
          onChange={setChosen}
          options={organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
          }))}
          data-testid="organisation-pick"
        />
      </Space>
    ) : null;
  return { organisationId, picker, loaded: data !== undefined };
}

/**
 * The ledger's items as a table (the importer's ledger and customs' console): the goods, their
 * regime, the quantity held of what was declared, the supervision end, tax spared and due.
 */
export function LedgerTable({
  items,
  loading,
  showOrganisation = false,
  actions,
}: {
  items: LedgerItem[];
  loading?: boolean;
  showOrganisation?: boolean;
  actions?: (item: LedgerItem) => ReactNode;
}) {
  const { t } = useTranslation('hetaoLedger');
  return (
    <Table<LedgerItem>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      locale={{ emptyText: t('ledger.empty') }}
      onRow={(item) => ({ 'data-testid': 'ledger-item', 'data-item': item.listItemId }) as never}
      expandable={{
        rowExpandable: (item) => item.movements.length > 0,
        expandedRowRender: (item) => <Movements item={item} />,
      }}
      columns={[
        ...(showOrganisation
          ? [{ title: t('common.organisation'), dataIndex: 'organisationName' as const }]
          : []),
        {
          title: t('common.description'),
          dataIndex: 'description',
          render: (description: string, item) => (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{description}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Link to={`/hetao/declarations/${item.declarationId}`}>
                  {item.declarationNumber}
                </Link>{' '}
                · {item.hsCode} · {item.listItemId}
              </Typography.Text>
              {item.biosafety && (
                <Tag color="volcano" data-testid="biosafety-tag">
                  {t('common.biosafety')}
                  {item.permitReference ? ` ${item.permitReference}` : ''}
                </Tag>
              )}
            </Space>
          ),
        },
        {
          title: t('common.regime'),
          dataIndex: 'regime',
          render: (regime: LedgerItem['regime'], item) => (
            <Space direction="vertical" size={2}>
              <span>{t(`regime.${regime}`)}</span>
              <StatusTag status={item.status} />
            </Space>
          ),
        },
        {
          title: t('ledger.held'),
          dataIndex: 'quantityHeld',
          align: 'right',
          render: (held: number, item) => (
            <Space direction="vertical" size={0} style={{ textAlign: 'right' }}>
              <Typography.Text strong data-testid="quantity-held">
                {quantityText(held, item.unit)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('ledger.declared')} {quantityText(item.quantityDeclared, item.unit)}
                {item.quantityWrittenOff > 0 &&
                  ` · ${t('ledger.writtenOff')} ${quantityText(item.quantityWrittenOff, item.unit)}`}
                {item.quantityMoved > 0 &&
                  ` · ${t('ledger.moved')} ${quantityText(item.quantityMoved, item.unit)}`}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('ledger.supervisionEnds'),
          dataIndex: 'supervisionEndsOn',
          render: (date: string | null, item) =>
            item.regime === 'write-off'
              ? '—'
              : (date ?? (
                  <Typography.Text type="secondary">
                    {t('ledger.supervisionUnpublished')}
                  </Typography.Text>
                )),
        },
        {
          title: t('common.taxSpared'),
          dataIndex: 'taxSparedFen',
          align: 'right',
          render: (fen: number) => formatFen(fen),
        },
        {
          title: t('ledger.due'),
          dataIndex: 'dueFen',
          align: 'right',
          render: (fen: number) =>
            fen > 0 ? (
              <Typography.Text type="danger" strong data-testid="item-due">
                {formatFen(fen)}
              </Typography.Text>
            ) : (
              '—'
            ),
        },
        ...(actions
          ? [
              {
                title: t('ledger.actions'),
                key: 'actions',
                render: (_: unknown, item: LedgerItem) => actions(item),
              },
            ]
          : []),
      ]}
    />
  );
}

/** An item's write-offs and moves, with the tax each move made due and why. */
function Movements({ item }: { item: LedgerItem }) {
  const { t, i18n } = useTranslation('hetaoLedger');
  const language = (i18n.resolvedLanguage ?? 'zh-Hans') as 'zh-Hans' | 'zh-Hant' | 'en';
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={item.movements}
      columns={[
        { title: t('common.declaredOn'), dataIndex: 'occurredOn' },
        {
          title: t('ledger.moveKind'),
          dataIndex: 'kind',
          render: (kind: LedgerItem['movements'][number]['kind']) => t(`moveKind.${kind}`),
        },
        {
          title: t('common.quantity'),
          dataIndex: 'quantity',
          render: (quantity: number) => quantityText(quantity, item.unit),
        },
        {
          title: t('ledger.reason'),
          key: 'why',
          render: (_: unknown, movement: LedgerItem['movements'][number]) =>
            [
              movement.researchUse,
              movement.reason,
              movement.recipient,
              movement.explanation?.[language],
            ]
              .filter(Boolean)
              .join(' · '),
        },
        {
          title: t('ledger.due'),
          dataIndex: 'dueFen',
          align: 'right' as const,
          render: (fen: number | null) => (fen === null ? '—' : formatFen(fen)),
        },
      ]}
    />
  );
}
