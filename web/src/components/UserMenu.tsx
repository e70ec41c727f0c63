import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../api/client';
import { LOGIN_PATH, REGISTER_PATH } from '../app/paths';
import { useSession } from '../session/session-context';

/** Signed in: the account's name with profile and sign-out; signed out: sign in / register. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const { message } = App.useApp();
  const me = session.me;

  if (session.status !== 'signed-in' || !me) {
    if (session.status === 'loading') return null;
    return (
      <Space size="small">
        <Link to={LOGIN_PATH}>
          {/* Outlined in white: the header itself is the primary colour. */}
          <Button ghost size={compact ? 'small' : 'middle'}>
            {t('header.signIn')}
          </Button>
        </Link>
        {!compact && (
          <Link to={REGISTER_PATH}>
            <Button>{t('header.register')}</Button>
          </Link>
        )}
      </Space>
    );
  }

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            disabled: true,
            label: (
              <Typography.Text type="secondary">
                {t('header.signedInAs', { name: me.account.email })}
              </Typography.Text>
            ),
          },
          { type: 'divider' },
          {
            key: 'profile',
            icon: <UserOutlined />,
            label: <Link to="/account">{t('header.profile')}</Link>,
          },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: <span data-testid="sign-out">{t('header.signOut')}</span>,
            onClick: () => {
              session.logout().catch((error: unknown) => void message.error(describeError(error)));
            },
          },
        ],
      }}
    >
      <Button type="text" data-testid="user-menu" style={{ color: 'inherit' }}>
        <Space size={6}>
          <Avatar size="small" icon={<UserOutlined />} />
          {!compact && <span data-user-content>{me.account.displayName}</span>}
        </Space>
      </Button>
    </Dropdown>
  );
}
