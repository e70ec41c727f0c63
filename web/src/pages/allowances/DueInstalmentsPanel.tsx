import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
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
}: {
  rows: DueInstalment[];
  loading: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
}) {
  const { t } = useTranslation('allowances');
  const total = rows.reduce((sum, row) => sum + row.amountFen, 0);
  return (
    <Card title={t('due.title')} style={{ marginTop: 16 }} data-testid="due-instalments">
      <Typography.Paragraph type="secondary">{t('due.description')}</Typography.Paragraph>
      <Table<DueInstalment>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => onSelect(keys as string[]),
        }}
        locale={{ emptyText: t('due.empty') }}
        columns={[
          { title: t('due.reference'), dataIndex: 'reference' },
          {
            title: t('columns.month'),
            dataIndex: 'month',
            render: (month: string) => formatMonth(month, t('monthFormat')),
          },
          { title: t('due.policy'), dataIndex: 'policyId' },
          { title: t('due.payee'), dataIndex: 'payeeName' },
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
              <Table.Summary.Cell index={0} colSpan={5}>
                {t('totals.due')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {formatFen(total)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
