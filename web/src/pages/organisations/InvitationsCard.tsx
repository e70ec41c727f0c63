import { CheckOutlined, CloseOutlined, MailOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import type { MembershipInvitation } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useSession } from '../../session/session-context';

/**
 * Invitations to join organisations addressed to the signed-in account, with Accept and
 * Decline. Nothing shows when there are none. `onAccepted` lets the page reload what it lists.
 */
export function InvitationsCard({ onAccepted }: { onAccepted?: () => void }) {
  const { t } = useTranslation(['organisations', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const { data, reload } = useApi((signal) => apiClient.GET('/invitations', { signal }), []);
  const [answering, setAnswering] = useState<string | null>(null);

  if (!data || data.length === 0) return null;

  const answer = async (invitation: MembershipInvitation, action: 'accept' | 'decline') => {
    setAnswering(invitation.id);
    try {
      const path = action === 'accept' ? '/invitations/{id}/accept' : '/invitations/{id}/decline';
      await apiClient.POST(path, { params: { path: { id: invitation.id } } });
      const name = invitation.organisationName;
      void message.success(
        action === 'accept'
          ? t('invitations.accepted', { name })
          : t('invitations.declined', { name }),
      );
      if (action === 'accept') {
        // The dashboard and the Hetao desk list memberships from /me.
        void apiClient.GET('/me').then(session.update, () => undefined);
        onAccepted?.();
      }
    } catch (error) {
      void message.error(
        isApiError(error, 'invitation.not_pending') || isApiError(error, 'invitation.not_found')
          ? t('invitations.gone')
          : describeError(error),
      );
    } finally {
      setAnswering(null);
      reload();
    }
  };

  return (
    <Card
      title={
        <Space>
          <MailOutlined />
          {t('invitations.title')}
        </Space>
      }
      style={{ marginBottom: 16 }}
      data-testid="invitations"
    >
      <Typography.Paragraph type="secondary">{t('invitations.description')}</Typography.Paragraph>
      <Table<MembershipInvitation>
        rowKey="id"
        dataSource={data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('columns.name'),
            dataIndex: 'organisationName',
            render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
          },
          {
            title: t('detail.columns.role'),
            dataIndex: 'role',
            render: (role: MembershipInvitation['role']) => (
              <Tag color={role === 'founder' ? 'gold' : 'default'}>{t(`memberRoles.${role}`)}</Tag>
            ),
          },
          {
            title: t('detail.columns.invitedAt'),
            dataIndex: 'invitedAt',
            render: (value: string, invitation) => (
              <Space orientation="vertical" size={0}>
                {dayjs(value).format('LL')}
                {invitation.invitedByName && (
                  <Typography.Text type="secondary">
                    {t('invitations.invitedBy', { name: invitation.invitedByName })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('detail.columns.actions'),
            key: 'actions',
            render: (_: unknown, invitation) => (
              <Space>
                <Button
                  type="primary"
                  size="small"
                  icon={<CheckOutlined />}
                  loading={answering === invitation.id}
                  onClick={() => void answer(invitation, 'accept')}
                >
                  {t('invitations.accept')}
                </Button>
                <Popconfirm
                  title={t('invitations.declineConfirm', { name: invitation.organisationName })}
                  okText={t('invitations.decline')}
                  cancelText={t('common:actions.cancel')}
                  onConfirm={() => answer(invitation, 'decline')}
                >
                  <Button
                    size="small"
                    icon={<CloseOutlined />}
                    disabled={answering === invitation.id}
                  >
                    {t('invitations.decline')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
