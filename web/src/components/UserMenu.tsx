import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError } from '../api/client';
import { LOGIN_PATH, REGISTER_PATH } from '../app/paths';
import { ButtonLink } from './ButtonLink';
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
        {/* Outlined in white: the header itself is the primary colour. */}
        <ButtonLink to={LOGIN_PATH} ghost size={compact ? 'small' : 'middle'}>
          {t('header.signIn')}
        </ButtonLink>
        {!compact && <ButtonLink to={REGISTER_PATH}>{t('header.register')}</ButtonLink>}
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
      <Button
        type="text"
        data-testid="user-menu"
        // On a phone only the avatar shows: the button still says whose account it is.
        aria-label={compact ? t('header.signedInAs', { name: me.account.displayName }) : undefined}
        style={{ color: 'inherit' }}
      >
        <Space size={6}>
          <Avatar size="small" icon={<UserOutlined />} />
          {!compact && <span data-user-content>{me.account.displayName}</span>}
        </Space>
      </Button>
    </Dropdown>
  );
}
