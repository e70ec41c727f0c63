import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  LogoutOutlined,
  RollbackOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Result,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, describeError, isApiError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import type {
  MembershipInvitation,
  MembershipRole,
  OrganisationDetail,
  OrganisationMember,
} from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { PageLoading } from '../../components/PageLoading';
import { LoadFailed } from '../../components/StatusPages';
import { useSession } from '../../session/session-context';
import { OrganisationNameField, RegisteredAddressField } from './fields';
import { ButtonLink } from '../../components/ButtonLink';
import { Heading } from '../../components/Heading';

interface AddMemberValues {
  email: string;
  role: MembershipRole;
}

/** Invites someone by e-mail; they become a member only when they accept (issue #11). */
function AddMemberForm({
  organisationId,
  onInvited,
}: {
  organisationId: string;
  onInvited: () => void;
}) {
  const { t } = useTranslation(['organisations', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<AddMemberValues>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = async (values: AddMemberValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const invitation = await apiClient.POST('/organisations/{id}/members', {
        params: { path: { id: organisationId } },
        body: values,
      });
      form.resetFields();
      void message.success(t('detail.added', { email: invitation.email }));
      onInvited();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'organisation.already_member') {
        form.setFields([{ name: 'email', errors: [t('detail.alreadyMember')] }]);
      } else {
        const failure = submitFailure(form, error);
        if (failure) setFailure(failure);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('detail.addMemberHelp')}</Typography.Paragraph>
      {failure && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={failure} />
      )}
      <Form<AddMemberValues>
        form={form}
        layout="inline"
        initialValues={{ role: 'member' }}
        disabled={submitting}
        onFinish={(values) => void onFinish(values)}
        style={{ rowGap: 12 }}
      >
        <Form.Item
          name="email"
          label={t('detail.memberEmail')}
          rules={[
            { required: true, whitespace: true, message: t('common:validation.required') },
            { type: 'email', message: t('common:validation.email') },
          ]}
          style={{ minWidth: 260, flex: '1 1 260px' }}
        >
          <Input inputMode="email" autoComplete="off" data-testid="member-email" />
        </Form.Item>
        <Form.Item name="role" label={t('detail.memberRole')}>
          <Select
            style={{ width: 120 }}
            options={(['member', 'founder'] as const).map((role) => ({
              value: role,
              label: t(`memberRoles.${role}`),
            }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<UserAddOutlined />} loading={submitting}>
            {t('detail.add')}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}

interface DetailsValues {
  name: string;
  registeredAddress?: string;
}

/** Founders and admins correct the name or address; Cancel leaves everything as it was. */
function EditDetailsDialog({
  organisation,
  onClose,
  onSaved,
}: {
  organisation: OrganisationDetail;
  onClose: () => void;
  onSaved: (organisation: OrganisationDetail) => void;
}) {
  const { t } = useTranslation(['organisations', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<DetailsValues>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = async (values: DetailsValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const saved = await apiClient.PATCH('/organisations/{id}', {
        params: { path: { id: organisation.id } },
        body: {
          name: values.name.trim(),
          registeredAddress: values.registeredAddress?.trim() || null,
        },
      });
      void message.success(t('detail.saved'));
      onSaved(saved);
    } catch (error) {
      const failure = submitFailure(form, error);
      if (failure) setFailure(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={t('detail.editTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('detail.editHelp')}</Typography.Paragraph>
      {failure && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={failure} />
      )}
      <Form<DetailsValues>
        form={form}
        layout="vertical"
        disabled={submitting}
        initialValues={{
          name: organisation.name,
          registeredAddress: organisation.registeredAddress ?? '',
        }}
        onFinish={(values) => void onFinish(values)}
      >
        <OrganisationNameField />
        <RegisteredAddressField />
      </Form>
    </Modal>
  );
}

export default function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['organisations', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const {
    data: loaded,
    error,
    loading,
    reload,
    setData,
  } = useApi(
    (signal) => apiClient.GET('/organisations/{id}', { params: { path: { id } }, signal }),
    [id],
  );
  const navigate = useNavigate();
  const [removing, setRemoving] = useState<string | null>(null);
  const [changingRole, setChangingRole] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  // While another organisation loads, do not show the previous one.
  const data = loaded?.id === id ? loaded : undefined;

  const back = (
    <ButtonLink to="/organisations" icon={<ArrowLeftOutlined />}>
      {t('detail.back')}
    </ButtonLink>
  );
  if (loading && !data) return <PageLoading />;
  if (isApiError(error) && (error.status === 404 || error.code === 'request.validation_failed')) {
    return <Result status="404" title={t('detail.notFound')} extra={back} />;
  }
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return null;

  const canManage = data.myRole === 'founder' || session.hasRole('admin');
  const myPersonId = session.me?.person?.id;
  const removeMember = async (member: OrganisationMember) => {
    setRemoving(member.personId);
    try {
      const remaining = await apiClient.DELETE('/organisations/{id}/members/{personId}', {
        params: { path: { id: data.id, personId: member.personId } },
      });
      if (remaining) {
        setData(remaining);
        void message.success(t('detail.removed', { name: member.fullName }));
      } else {
        // The caller left: they no longer see the organisation.
        void message.success(t('detail.left', { name: data.name }));
        void apiClient.GET('/me').then(session.update, () => undefined);
        navigate('/organisations');
      }
    } catch (removeError) {
      void message.error(
        isApiError(removeError, 'organisation.last_founder')
          ? t('detail.lastFounder')
          : describeError(removeError),
      );
    } finally {
      setRemoving(null);
    }
  };
  const changeRole = async (member: OrganisationMember, role: MembershipRole) => {
    setChangingRole(member.personId);
    try {
      setData(
        await apiClient.PATCH('/organisations/{id}/members/{personId}', {
          params: { path: { id: data.id, personId: member.personId } },
          body: { role },
        }),
      );
      void message.success(t('detail.roleChanged', { name: member.fullName }));
    } catch (changeError) {
      void message.error(
        isApiError(changeError, 'organisation.last_founder')
          ? t('detail.lastFounder')
          : describeError(changeError),
      );
    } finally {
      setChangingRole(null);
    }
  };
  const withdrawInvitation = async (invitation: MembershipInvitation) => {
    setWithdrawing(invitation.id);
    try {
      setData(
        await apiClient.DELETE('/organisations/{id}/invitations/{invitationId}', {
          params: { path: { id: data.id, invitationId: invitation.id } },
        }),
      );
      void message.success(t('detail.withdrawn', { email: invitation.email }));
    } catch (withdrawError) {
      void message.error(describeError(withdrawError));
      reload();
    } finally {
      setWithdrawing(null);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeading title={data.name} extra={back} />
      {data.myRole === null && <Alert type="info" showIcon title={t('detail.staffView')} />}
      {editing && (
        <EditDetailsDialog
          organisation={data}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setData(saved);
            setEditing(false);
          }}
        />
      )}
      <Card
        title={t('detail.details')}
        extra={
          canManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('detail.edit')}
            </Button>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('columns.creditCode')}>
            <Typography.Text copyable code>
              {data.creditCode}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('columns.kind')}>{t(`kinds.${data.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('detail.address')}>
            {data.registeredAddress ?? (
              <Typography.Text type="secondary">{t('detail.noAddress')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('columns.createdAt')}>
            {dayjs(data.createdAt).format('LL')}
          </Descriptions.Item>
          {data.myRole && (
            <Descriptions.Item label={t('columns.myRole')}>
              {t(`memberRoles.${data.myRole}`)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card
        title={t('detail.members')}
        extra={
          <Typography.Text type="secondary">
            {t('detail.memberCount', { count: data.members.length })}
          </Typography.Text>
        }
      >
        <Table<OrganisationMember>
          rowKey="personId"
          dataSource={data.members}
          pagination={false}
          loading={loading}
          data-testid="members"
          columns={[
            { title: t('detail.columns.name'), dataIndex: 'fullName' },
            { title: t('detail.columns.email'), dataIndex: 'email', responsive: ['md'] },
            {
              title: t('detail.columns.role'),
              dataIndex: 'role',
              // A founder changes others' roles; their own shows as a tag (leaving is below).
              render: (role: MembershipRole, member: OrganisationMember) =>
                canManage && member.personId !== myPersonId ? (
                  <Select<MembershipRole>
                    size="small"
                    style={{ width: 110 }}
                    value={role}
                    loading={changingRole === member.personId}
                    disabled={changingRole !== null}
                    aria-label={t('detail.changeRole', { name: member.fullName })}
                    onChange={(next) => void changeRole(member, next)}
                    options={(['member', 'founder'] as const).map((value) => ({
                      value,
                      label: t(`memberRoles.${value}`),
                    }))}
                  />
                ) : (
                  <Tag color={role === 'founder' ? 'gold' : 'default'}>
                    {t(`memberRoles.${role}`)}
                  </Tag>
                ),
            },
            {
              title: t('detail.columns.since'),
              dataIndex: 'since',
              responsive: ['sm'],
              render: (value: string) => dayjs(value).format('LL'),
            },
            ...(canManage || data.myRole !== null
              ? [
                  {
                    title: t('detail.columns.actions'),
                    key: 'actions',
                    // On one's own row the button leaves; a founder removes others.
                    render: (_: unknown, member: OrganisationMember) => {
                      const leaving = member.personId === myPersonId;
                      if (!canManage && !leaving) return null;
                      const action = leaving ? t('detail.leave') : t('detail.remove');
                      return (
                        <Popconfirm
                          title={
                            leaving
                              ? t('detail.leaveConfirm')
                              : t('detail.removeConfirm', { name: member.fullName })
                          }
                          description={
                            leaving ? t('detail.leaveConfirmText') : t('detail.removeConfirmText')
                          }
                          okText={action}
                          okButtonProps={{ danger: true }}
                          cancelText={t('common:actions.cancel')}
                          onConfirm={() => removeMember(member)}
                        >
                          <Button
                            danger
                            size="small"
                            icon={leaving ? <LogoutOutlined /> : <DeleteOutlined />}
                            loading={removing === member.personId}
                          >
                            {action}
                          </Button>
                        </Popconfirm>
                      );
                    },
                  },
                ]
              : []),
          ]}
        />
        {data.invitations.length > 0 && (
          <>
            {/* Under the page's h1 (card titles are not headings): an h2, looking like an h5. */}
            <Heading level={2} looksLike={5} style={{ marginTop: 24 }}>
              {t('detail.invitations')}
            </Heading>
            <Typography.Paragraph type="secondary">
              {t('detail.invitationsHelp')}
            </Typography.Paragraph>
            <Table<MembershipInvitation>
              rowKey="id"
              dataSource={data.invitations}
              pagination={false}
              scroll={{ x: 'max-content' }}
              data-testid="invitations"
              columns={[
                { title: t('detail.columns.email'), dataIndex: 'email' },
                {
                  title: t('detail.columns.role'),
                  dataIndex: 'role',
                  render: (role: MembershipRole) => t(`memberRoles.${role}`),
                },
                {
                  title: t('detail.columns.invitedAt'),
                  dataIndex: 'invitedAt',
                  render: (value: string) => dayjs(value).format('LL'),
                },
                {
                  title: t('detail.columns.status'),
                  key: 'status',
                  render: () => <Tag color="processing">{t('detail.pending')}</Tag>,
                },
                ...(canManage
                  ? [
                      {
                        title: t('detail.columns.actions'),
                        key: 'actions',
                        render: (_: unknown, invitation: MembershipInvitation) => (
                          <Popconfirm
                            title={t('detail.withdrawConfirm', { email: invitation.email })}
                            okText={t('detail.withdraw')}
                            cancelText={t('common:actions.cancel')}
                            onConfirm={() => withdrawInvitation(invitation)}
                          >
                            <Button
                              size="small"
                              icon={<RollbackOutlined />}
                              loading={withdrawing === invitation.id}
                            >
                              {t('detail.withdraw')}
                            </Button>
                          </Popconfirm>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </>
        )}
      </Card>
      {canManage ? (
        <Card title={t('detail.addMember')}>
          <AddMemberForm organisationId={data.id} onInvited={reload} />
        </Card>
      ) : (
        <Typography.Text type="secondary">{t('detail.onlyFounders')}</Typography.Text>
      )}
    </Space>
  );
}
