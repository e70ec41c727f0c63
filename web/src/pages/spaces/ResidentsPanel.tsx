import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { LoadFailed } from '../../components/StatusPages';
import type { CommunityResident } from './types';

/**
 * The residents of a community (issue #14 item 4): each company's declared team and AI talents
 * (A.T3) and its high-growth mark (A.T2), with forms to declare the team and to set the mark with
 * its evidence. The mark needs an administrator's published definition of high growth (the source
 * gives none); until then the server refuses it and the form says why.
 */
export function ResidentsPanel({ communityId }: { communityId: string }) {
  const { t } = useTranslation('spaces');
  const residents = useApi(
    (signal) =>
      apiClient.GET('/spaces/communities/{communityId}/residents', {
        params: { path: { communityId }, query: { limit: 500 } },
        signal,
      }),
    [communityId],
  );
  const [declaring, setDeclaring] = useState<CommunityResident | null>(null);
  const [marking, setMarking] = useState<CommunityResident | null>(null);
  if (residents.error && !residents.data)
    return <LoadFailed error={residents.error} onRetry={residents.reload} />;
  return (
    <Card title={t('residents.title')} data-testid="residents">
      <Typography.Paragraph type="secondary">{t('residents.help')}</Typography.Paragraph>
      <Table<CommunityResident>
        rowKey="organisationId"
        size="small"
        loading={residents.loading && !residents.data}
        dataSource={residents.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={t('residents.none')} /> }}
        columns={[
          { title: t('common.company'), dataIndex: 'name', key: 'name' },
          {
            title: t('common.teamSize'),
            key: 'team',
            render: (_: unknown, row: CommunityResident) =>
              row.record
                ? t('common.people', { count: row.record.teamSize })
                : t('residents.notDeclared'),
          },
          {
            title: t('residents.aiTalents'),
            key: 'talents',
            render: (_: unknown, row: CommunityResident) => (
              <span data-testid="resident-talents">{row.record ? row.record.aiTalents : '—'}</span>
            ),
          },
          {
            title: t('residents.highGrowth'),
            key: 'highGrowth',
            render: (_: unknown, row: CommunityResident) =>
              row.highGrowth === null ? (
                <Tag>{t('residents.notMarked')}</Tag>
              ) : row.highGrowth.highGrowth ? (
                <Tag color="green" data-testid="high-growth-tag">
                  {t('residents.marked')}
                </Tag>
              ) : (
                <Tag>{t('residents.notHighGrowth')}</Tag>
              ),
          },
          {
            title: t('residents.declaredAt'),
            key: 'at',
            responsive: ['md' as const],
            render: (_: unknown, row: CommunityResident) =>
              row.record
                ? `${dayjs(row.record.setAt).format('LL')} · ${t(`residents.declaredAs.${row.record.declaredAs}`)}`
                : '—',
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, row: CommunityResident) => (
              <Space wrap>
                <Button size="small" onClick={() => setDeclaring(row)} data-testid="declare-team">
                  {t('residents.declare')}
                </Button>
                <Button size="small" onClick={() => setMarking(row)} data-testid="mark-high-growth">
                  {t('residents.mark')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {declaring && (
        <TeamDeclarationDialog
          organisationId={declaring.organisationId}
          name={declaring.name}
          current={declaring.record}
          onClose={() => setDeclaring(null)}
          onDone={() => {
            setDeclaring(null);
            residents.reload();
          }}
        />
      )}
      {marking && (
        <HighGrowthDialog
          resident={marking}
          onClose={() => setMarking(null)}
          onDone={() => {
            setMarking(null);
            residents.reload();
          }}
        />
      )}
    </Card>
  );
}

interface TeamValues {
  teamSize: number;
  aiFounderCount: number;
  aiStaffCount: number;
  source: string;
}

/** Declares a resident's team (A.T3): AI founders and AI staff together no more than the team. */
export function TeamDeclarationDialog({
  organisationId,
  name,
  current,
  onClose,
  onDone,
}: {
  organisationId: string;
  name: string;
  current: CommunityResident['record'];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<TeamValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/spaces/residents/{organisationId}/records', {
        params: { path: { organisationId } },
        body: {
          teamSize: values.teamSize,
          aiFounderCount: values.aiFounderCount,
          aiStaffCount: values.aiStaffCount,
          source: values.source?.trim() ? values.source.trim() : null,
        },
      });
      void message.success(t('residents.declared'));
      onDone();
    } catch (error) {
      setFailure(submitFailure(form, error));
    } finally {
      setBusy(false);
    }
  };
  const whole = (min: number) => [
    { required: true, message: t('validation.required') },
    {
      type: 'integer' as const,
      min,
      max: 100_000,
      message: min === 0 ? t('validation.wholeZeroOrMore') : t('validation.positiveWhole'),
    },
  ];
  return (
    <Modal
      open
      title={t('residents.declareTitle', { company: name })}
      okText={t('residents.declare')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'declare-submit' } as never}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('residents.declareHelp')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          teamSize: current?.teamSize ?? 1,
          aiFounderCount: current?.aiFounderCount ?? 1,
          aiStaffCount: current?.aiStaffCount ?? 0,
          source: '',
        }}
      >
        <Form.Item name="teamSize" label={t('common.teamSize')} rules={whole(1)}>
          <InputNumber
            min={1}
            precision={0}
            style={{ width: '100%' }}
            data-testid="resident-team-size"
          />
        </Form.Item>
        <Form.Item name="aiFounderCount" label={t('residents.aiFounders')} rules={whole(0)}>
          <InputNumber
            min={0}
            precision={0}
            style={{ width: '100%' }}
            data-testid="resident-ai-founders"
          />
        </Form.Item>
        <Form.Item
          name="aiStaffCount"
          label={t('residents.aiStaff')}
          dependencies={['teamSize', 'aiFounderCount']}
          rules={[
            ...whole(0),
            ({ getFieldValue }) => ({
              validator: (_, value: number | null | undefined) => {
                const team = getFieldValue('teamSize') as number | null | undefined;
                const founders = getFieldValue('aiFounderCount') as number | null | undefined;
                return value === null ||
                  value === undefined ||
                  team == null ||
                  founders == null ||
                  founders + value <= team
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('residents.talentsExceedTeam')));
              },
            }),
          ]}
        >
          <InputNumber
            min={0}
            precision={0}
            style={{ width: '100%' }}
            data-testid="resident-ai-staff"
          />
        </Form.Item>
        <Form.Item name="source" label={t('residents.source')}>
          <Input maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The operator's or administrator's high-growth mark (A.T2), with the evidence. */
function HighGrowthDialog({
  resident,
  onClose,
  onDone,
}: {
  resident: CommunityResident;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ highGrowth: boolean; evidence: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const definitions = useApi(
    (signal) => apiClient.GET('/targets/high-growth-definitions', { signal }),
    [],
  );
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/spaces/residents/{organisationId}/high-growth-marks', {
        params: { path: { organisationId: resident.organisationId } },
        body: { highGrowth: values.highGrowth, evidence: values.evidence },
      });
      void message.success(t('residents.markSaved'));
      onDone();
    } catch (error) {
      setFailure(submitFailure(form, error));
    } finally {
      setBusy(false);
    }
  };
  const published = definitions.data ?? [];
  return (
    <Modal
      open
      title={t('residents.markTitle', { company: resident.name })}
      okText={t('residents.mark')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'mark-submit' } as never}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {definitions.data && published.length === 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('residents.definitionUnpublished')}
          style={{ marginBottom: 12 }}
        />
      )}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ highGrowth: resident.highGrowth?.highGrowth ?? true, evidence: '' }}
      >
        <Form.Item name="highGrowth" label={t('residents.highGrowth')}>
          <Radio.Group>
            <Radio value={true}>{t('residents.marked')}</Radio>
            <Radio value={false}>{t('residents.notHighGrowth')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('residents.evidence')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} data-testid="high-growth-evidence" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
