import {
  App as AntApp,
  Button,
  Card,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Table,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useIsPhone } from '../../components/use-is-phone';
import { useSession } from '../../session/session-context';
import { fenToYuan, formatFen, yuanToFen } from '../applications/money';
import { usePolicyNames } from '../applications/policy-names';
import { BudgetLedger } from './BudgetLedger';
import type { BudgetLine } from './types';

interface BudgetForm {
  policyId: string;
  year: number;
  totalYuan: number;
  note?: string;
}

export default function BudgetsPage() {
  const { t } = useTranslation('applications');
  const { message } = AntApp.useApp();
  const session = useSession();
  const { policies, policyName } = usePolicyNames();
  const isPhone = useIsPhone();
  const canManage = session.hasRole('admin', 'finance_officer');
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/budgets', { signal }),
    [],
  );
  const [editing, setEditing] = useState<BudgetLine | 'new' | null>(null);
  const [ledgerOf, setLedgerOf] = useState<BudgetLine | null>(null);
  const [form] = Form.useForm<BudgetForm>();
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;

  const open = (line: BudgetLine | 'new') => {
    setEditing(line);
    form.setFieldsValue(
      line === 'new'
        ? { year: new Date().getFullYear(), policyId: undefined, totalYuan: 0, note: '' }
        : {
            policyId: line.policyId,
            year: line.year,
            totalYuan: fenToYuan(line.totalFen) ?? 0,
            note: line.note,
          },
    );
  };

  const save = async () => {
    const values = await form.validateFields();
    const totalFen = yuanToFen(values.totalYuan);
    // NOTE: the total is a required field, so validateFields has already refused a blank one.
    if (totalFen === null) return;
    try {
      if (editing === 'new') {
        await apiClient.POST('/budgets', {
          body: {
            policyId: values.policyId,
            year: values.year,
            totalFen,
            note: values.note,
          },
        });
        void message.success(t('budgets.created'));
      } else if (editing) {
        await apiClient.PATCH('/budgets/{id}', {
          params: { path: { id: editing.id } },
          body: { totalFen, note: values.note },
        });
        void message.success(t('budgets.updated'));
      }
      setEditing(null);
      reload();
    } catch (caught) {
      const rest = applyFieldErrors(form, caught);
      if (rest.length > 0) void message.error(rest.map((problem) => problem.detail).join('；'));
      else if (caught instanceof Error) void message.error(caught.message);
    }
  };

  return (
    <>
      <PageHeading
        title={t('titles.budgets')}
        description={t('budgets.description')}
        extra={
          canManage && (
            <Button type="primary" onClick={() => open('new')}>
              {t('budgets.create')}
            </Button>
          )
        }
      />
      <Card>
        <Table<BudgetLine>
          rowKey="id"
          loading={loading}
          dataSource={data ?? []}
          pagination={false}
          // NOTE: no sideways scroll: the columns share the width; on a phone the breakdown
          // (reserved, consumed, the bar, the note) gives way to total and remaining.
          columns={[
            {
              title: t('common.policy'),
              dataIndex: 'policyId',
              // Room for the benefit's name beside the amounts; a phone has none to spare.
              width: isPhone ? undefined : 220,
              render: (policyId: string) => policyName(policyId),
            },
            { title: t('budgets.year'), dataIndex: 'year' },
            {
              title: t('budgets.total'),
              dataIndex: 'totalFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('budgets.reserved'),
              responsive: ['md'],
              dataIndex: 'reservedFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('budgets.consumed'),
              responsive: ['md'],
              dataIndex: 'consumedFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: t('budgets.remaining'),
              dataIndex: 'remainingFen',
              align: 'right',
              render: (fen: number) => formatFen(fen),
            },
            {
              title: '',
              responsive: ['lg'],
              render: (_: unknown, line) => {
                const percent = line.totalFen
                  ? Math.round(((line.reservedFen + line.consumedFen) / line.totalFen) * 100)
                  : 0;
                return (
                  <Progress
                    aria-label={t('budgets.usedShare', { percent })}
                    style={{ minWidth: 80 }}
                    percent={percent}
                    success={{
                      percent: line.totalFen
                        ? Math.round((line.consumedFen / line.totalFen) * 100)
                        : 0,
                    }}
                    size="small"
                  />
                );
              },
            },
            { title: t('budgets.note'), dataIndex: 'note', responsive: ['md'] },
            {
              title: '',
              render: (_: unknown, line) => (
                <Flex gap={4} wrap>
                  <Button size="small" onClick={() => setLedgerOf(line)} data-testid="ledger">
                    {t('budgets.ledger')}
                  </Button>
                  {canManage && (
                    <Button size="small" onClick={() => open(line)}>
                      {t('budgets.edit')}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={ledgerOf !== null}
        onClose={() => setLedgerOf(null)}
        size={isPhone ? '100%' : 720}
        title={
          ledgerOf &&
          t('budgets.ledgerTitle', { policy: policyName(ledgerOf.policyId), year: ledgerOf.year })
        }
        destroyOnHidden
      >
        {ledgerOf && <BudgetLedger lineId={ledgerOf.id} />}
      </Drawer>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('budgets.create') : t('budgets.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="policyId" label={t('common.policy')} rules={[{ required: true }]}>
            <Select
              disabled={editing !== 'new'}
              showSearch
              optionFilterProp="label"
              options={policies.map((policy) => ({
                value: policy.id,
                label: policyName(policy.id),
              }))}
            />
          </Form.Item>
          <Form.Item name="year" label={t('budgets.year')} rules={[{ required: true }]}>
            <InputNumber disabled={editing !== 'new'} min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="totalYuan" label={t('budgets.total')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label={t('budgets.note')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
