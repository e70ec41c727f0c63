import { KeyOutlined, UserOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineRoutes([
  {
    path: '/account',
    page: () => import('./ProfilePage'),
    audience: 'authenticated',
    titleKey: 'account:titles.profile',
    nav: { key: 'profile', labelKey: 'account:nav.profile', icon: <UserOutlined />, order: 900 },
  },
  {
    path: '/account/tokens',
    page: () => import('./TokensPage'),
    audience: audienceOf('tokens.manage'),
    titleKey: 'account:titles.tokens',
    nav: { key: 'api-tokens', labelKey: 'account:nav.tokens', icon: <KeyOutlined />, order: 910 },
  },
]);
