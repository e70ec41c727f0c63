import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../components/use-is-phone';
import { formatFen } from '../applications/money';
import { formatMonth } from './format';
import type { DueInstalment } from './types';

/**
 * Finance's list of monthly allowance instalments whose month has come: one row per instalment
 * (one line each in the batch). Ticking some builds the batch from the ticked rows only.
 */
export function DueInstalmentsPanel({
  rows,
  loading,
  selected,
  onSelect,
  policyName,
}: {
  rows: DueInstalment[];
  loading: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
  /** The benefit's name in the UI language (the rows carry its id). */
  policyName: (policyId: string) => string;
}) {
  const { t } = useTranslation('allowances');
  const total = rows.reduce((sum, row) => sum + row.amountFen, 0);
  // The total sits under the amounts: after the tick box and the columns shown before them.
  const columnsBeforeAmount = useIsPhone() ? 3 : 5;
  return (
    <Card title={t('due.title')} style={{ marginTop: 16 }} data-testid="due-instalments">
      <Typography.Paragraph type="secondary">{t('due.description')}</Typography.Paragraph>
      <Table<DueInstalment>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => onSelect(keys as string[]),
        }}
        locale={{ emptyText: t('due.empty') }}
        columns={[
          {
            title: t('due.reference'),
            dataIndex: 'reference',
            render: (reference: string) => (
              <span style={{ whiteSpace: 'nowrap' }}>{reference}</span>
            ),
          },
          {
            title: t('columns.month'),
            dataIndex: 'month',
            render: (month: string) => formatMonth(month, t('monthFormat')),
          },
          // On a phone the benefit and the payee give way; the batch lists them line by line.
          {
            title: t('due.policy'),
            dataIndex: 'policyId',
            responsive: ['md'],
            render: (policyId: string) => policyName(policyId),
          },
          { title: t('due.payee'), dataIndex: 'payeeName', responsive: ['md'] },
          {
            title: t('columns.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
        ]}
        summary={() =>
          rows.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={columnsBeforeAmount}>
                {t('totals.due')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={columnsBeforeAmount} align="right">
                {formatFen(total)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
