import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Table,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { CommunityStatusTag, communityName, localised } from './parts';
import type { Community, CommunityStatus, District, DistrictCode } from './types';
import { OperatorPicker } from './OperatorPicker';

/** A.S1: a community is "in principle" at least this many m²; below it a reason is recorded. */
const AREA_IN_PRINCIPLE_M2 = 10_000;
const STATUSES: CommunityStatus[] = ['planned', 'opening', 'open', 'closed'];

/** The administrator's register of OPC communities (issue #14 item 1). */
export default function RegisterPage() {
  const { t } = useTranslation('spaces');
  const communities = useApi((signal) => apiClient.GET('/spaces/communities', { signal }), []);
  const districts = useApi((signal) => apiClient.GET('/spaces/districts', { signal }), []);
  const [editing, setEditing] = useState<Community | 'new' | null>(null);
  if (communities.error && !communities.data)
    return <LoadFailed error={communities.error} onRetry={communities.reload} />;
  return (
    <>
      <PageHeading
        title={t('titles.register')}
        description={t('register.description')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="add-community"
          >
            {t('register.add')}
          </Button>
        }
      />
      <Card>
        <Table<Community>
          rowKey="id"
          size="small"
          loading={communities.loading && !communities.data}
          dataSource={communities.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('register.empty')} /> }}
          columns={[
            {
              title: t('common.community'),
              key: 'name',
              render: (_, row) => (
                <Flex gap={4} wrap align="center">
                  <span>{communityName(row)}</span>
                  {row.firstBatch && <Tag color="blue">{t('common.firstBatch')}</Tag>}
                  {row.demo && <Tag color="purple">{t('common.demo')}</Tag>}
                </Flex>
              ),
            },
            {
              title: t('common.district'),
              key: 'district',
              responsive: ['md'],
              render: (_, row) =>
                row.district ? localised(row.district.names) : t('register.noDistrict'),
            },
            {
              title: t('common.grossArea'),
              dataIndex: 'grossAreaM2',
              align: 'right',
              responsive: ['sm'],
              render: (area: number | null) =>
                area === null
                  ? t('common.unknown')
                  : t('common.areaValue', { area: area.toLocaleString('en-US') }),
            },
            {
              title: t('common.operator'),
              key: 'operator',
              responsive: ['lg'],
              render: (_, row) => row.operator?.name ?? t('common.unknown'),
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (status: CommunityStatus) => <CommunityStatusTag status={status} />,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, row) => (
                <Button size="small" onClick={() => setEditing(row)} data-testid="edit-community">
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <CommunityDialog
          community={editing === 'new' ? null : editing}
          districts={districts.data ?? []}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            communities.reload();
          }}
        />
      )}
    </>
  );
}

interface CommunityValues {
  nameZhHans: string;
  nameZhHant: string;
  nameEn: string;
  districtCode: DistrictCode | null;
  address: string | null;
  operatorOrganisationId: string | null;
  grossAreaM2: number | null;
  belowAreaReason: string | null;
  status: CommunityStatus;
  plannedOpeningOn: Dayjs | null;
  openedOn: Dayjs | null;
  closesOn: Dayjs | null;
  firstBatch: boolean;
}

const asDate = (value: string | null | undefined) => (value ? dayjs(value) : null);
const fromDate = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const blankToNull = (value: string | null | undefined) => value?.trim() || null;

function CommunityDialog({
  community,
  districts,
  onClose,
  onDone,
}: {
  community: Community | null;
  districts: District[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CommunityValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const area = Form.useWatch('grossAreaM2', form);
  const needsReason = typeof area === 'number' && area < AREA_IN_PRINCIPLE_M2;
  const submit = async () => {
    const values = await form.validateFields();
    const body = {
      names: {
        'zh-Hans': values.nameZhHans.trim(),
        'zh-Hant': values.nameZhHant.trim(),
        en: values.nameEn.trim(),
      },
      districtCode: values.districtCode ?? null,
      address: blankToNull(values.address),
      operatorOrganisationId: blankToNull(values.operatorOrganisationId),
      grossAreaM2: values.grossAreaM2 ?? null,
      belowAreaReason: needsReason ? blankToNull(values.belowAreaReason) : null,
      status: values.status,
      plannedOpeningOn: fromDate(values.plannedOpeningOn),
      openedOn: fromDate(values.openedOn),
      closesOn: fromDate(values.closesOn),
      firstBatch: values.firstBatch,
    };
    setBusy(true);
    setFailure(null);
    try {
      if (community)
        await apiClient.PATCH('/spaces/communities/{communityId}', {
          params: { path: { communityId: community.id } },
          body,
        });
      else await apiClient.POST('/spaces/communities', { body });
      void message.success(t('register.saved'));
      onDone();
    } catch (error) {
      setFailure(submitFailure(form, error));
    } finally {
      setBusy(false);
    }
  };
  const required = { required: true, whitespace: true, message: t('validation.required') };
  const name = (field: 'nameZhHans' | 'nameZhHant' | 'nameEn') => (
    <Form.Item
      name={field}
      label={t(`register.${field}`)}
      rules={[required, { max: 200, message: t('validation.tooLong', { max: 200 }) }]}
    >
      <Input maxLength={200} data-testid={`community-${field}`} />
    </Form.Item>
  );
  return (
    <Modal
      open
      width={760}
      title={
        community
          ? t('register.editTitle', { name: communityName(community) })
          : t('register.addTitle')
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          nameZhHans: community?.names['zh-Hans'] ?? '',
          nameZhHant: community?.names['zh-Hant'] ?? '',
          nameEn: community?.names.en ?? '',
          districtCode: community?.district?.code ?? null,
          address: community?.address ?? '',
          operatorOrganisationId: community?.operator?.organisationId ?? null,
          grossAreaM2: community?.grossAreaM2 ?? null,
          belowAreaReason: community?.belowAreaReason ?? '',
          status: community?.status ?? 'planned',
          plannedOpeningOn: asDate(community?.plannedOpeningOn),
          openedOn: asDate(community?.openedOn),
          closesOn: asDate(community?.closesOn),
          firstBatch: community?.firstBatch ?? false,
        }}
      >
        {name('nameZhHans')}
        {name('nameZhHant')}
        {name('nameEn')}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="districtCode" label={t('common.district')}>
              <Select
                allowClear
                options={districts.map((district) => ({
                  value: district.code,
                  label: localised(district.names),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="status"
              label={t('common.status')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <Select
                options={STATUSES.map((status) => ({
                  value: status,
                  label: t(`communityStatus.${status}`),
                }))}
                data-testid="community-status-select"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="address"
          label={t('common.address')}
          rules={[{ max: 500, message: t('validation.tooLong', { max: 500 }) }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="operatorOrganisationId"
          label={t('register.operatorId')}
          extra={t('register.operatorHelp')}
        >
          <OperatorPicker current={community?.operator ?? null} />
        </Form.Item>
        <Form.Item
          name="grossAreaM2"
          label={t('register.grossAreaM2')}
          rules={[{ type: 'number', min: 0.01, message: t('validation.positiveArea') }]}
        >
          <InputNumber
            min={0}
            style={{ width: '100%' }}
            addonAfter="m²"
            data-testid="community-area"
          />
        </Form.Item>
        {needsReason && (
          <Form.Item
            name="belowAreaReason"
            label={t('register.belowAreaReason')}
            extra={t('register.belowAreaHelp')}
            rules={[
              { required: true, whitespace: true, message: t('validation.belowAreaReason') },
              { max: 1000, message: t('validation.tooLong', { max: 1000 }) },
            ]}
          >
            <Input.TextArea rows={2} maxLength={1000} data-testid="below-area-reason" />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="plannedOpeningOn" label={t('register.plannedOpeningOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="openedOn" label={t('register.openedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="closesOn" label={t('register.closesOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="firstBatch" valuePropName="checked">
          <Checkbox>{t('register.firstBatch')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
